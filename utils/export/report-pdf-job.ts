// report.pdf's job in a form that crosses to the report worker (structured clone): the report's input, its
// pictures as Blobs (posted by reference), the font, and then each picture's bytes as the page reads them for
// the pack. Only the worker and tests import this: it brings pdf-lib with it.
import { z } from 'zod';
import { errorText } from '../error-text';
import { renderReportPdf } from './report-pdf';
import type { ReportInput } from './report-input';
import { admittedPictures, reportPictureOrder } from './report-pictures';
import { PICTURE_HEAD_BYTES, pictureSize, type PictureSize, readyPicture, type ReadyPicture } from './pdf-image';
import { bytesOfBlob, pdfBlob, type PdfHole } from './pdf-blob';
import { fastCrc32, sha256Hex } from '../hash';
// The bundled font is read by the worker itself: its 10 MB never pass through the page's thread.
import { fetchFont } from './cjk-font';
import { SpanTotal, timed } from '../stage-time';

export interface PdfJob {
  input: ReportInput;
  /** The pictures report.pdf may show, by pack path. */
  images: ReadonlyMap<string, Blob>;
  /** The font's bytes, or where the worker reads them itself (the extension's bundled font). */
  font: Uint8Array | string;
  /**
   * The page posts the bytes of the pictures the report will take as it reads them for the pack (a
   * `picture` message each, or none for one it did not read whole): they are then not read twice.
   */
  fromPage?: boolean;
}

const inputShape = z.object({
  lang: z.enum(['en', 'zh', 'zh-TW']),
  generatedAt: z.string(),
  auditHead: z.string(),
  evidence: z.array(z.object({ paths: z.array(z.string()) })),
});

// Only a file of this extension's own (the bundled font), never an address elsewhere.
const fontSchema = z.union([
  z.instanceof(Uint8Array),
  z
    .string()
    .refine(
      (u) => Boolean(globalThis.location) && u.startsWith(new URL('/', globalThis.location.href).href),
      'not this extension’s file',
    ),
]);

export const reportJobSchema = z.object({
  // Made by this extension's own pack code a moment before: its shape is checked and the value kept as it
  // came (a parse that dropped or reordered a field could change the PDF's bytes).
  input: z.custom<ReportInput>((v) => inputShape.safeParse(v).success, 'not a report input'),
  images: z.map(z.string(), z.instanceof(Blob)),
  font: fontSchema,
  fromPage: z.boolean().optional(),
});

/** A picture's bytes from the page (null: read it from its Blob here), or the page's word that no more will come. */
const pictureMessageSchema = z.union([
  z.object({ picture: z.string(), bytes: z.instanceof(Uint8Array).nullable() }),
  z.object({ picturesDone: z.literal(true) }),
]);

/** Read the font now, before any job: the page sends this when an export is in sight. */
const prefetchSchema = z.object({ prefetchFont: fontSchema });

/**
 * The page is reading the font at this address itself (its script is running while this worker's is still
 * loading) and will send its bytes, or say it could not (then this worker reads it).
 */
const fontComingSchema = z.object({ fontComing: fontSchema.refine((f) => typeof f === 'string') });
const fontSentSchema = z.object({
  fontSent: fontSchema.refine((f) => typeof f === 'string'),
  bytes: z.instanceof(Uint8Array).optional(),
});

type Answer = { reply: unknown; transfer: Transferable[] };

/** report.pdf as the worker hands it back: its bytes, their SHA-256 and CRC-32, and a Blob of them for the pack. */
export interface MadePdf {
  pdf: Uint8Array;
  sha256: string;
  crc: number;
  blob: Blob;
}

/** A promise and its resolver, for bytes a later message brings. */
function later<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * One report worker: the font read once and kept for every job after it, and the job under way, whose
 * pictures are made ready (readyPicture: a PNG's stream found, a picture with transparency re-encoded) each
 * as soon as its bytes come, while the report waits for others or lays out text.
 */
export class ReportWorker {
  private readonly fonts = new Map<string, Promise<Uint8Array>>();
  /** Fonts the page said it is reading: their bytes, or its word that this worker must read them. */
  private readonly fontsComing = new Map<string, (bytes: Uint8Array | undefined) => void>();
  private fromPage = new Map<
    string,
    { promise: Promise<Uint8Array | null>; resolve: (v: Uint8Array | null) => void }
  >();

  private font(font: Uint8Array | string): Promise<Uint8Array> {
    if (typeof font !== 'string') return Promise.resolve(font);
    let read = this.fonts.get(font);
    if (!read) {
      read = timed('pack:reports:pdf-render:font-load', () => fetchFont(font));
      // A failed read is tried again by the next job, not remembered.
      read.catch(() => this.fonts.delete(font));
      this.fonts.set(font, read);
    }
    return read;
  }

  private pageBytes(path: string) {
    let wait = this.fromPage.get(path);
    if (!wait) this.fromPage.set(path, (wait = later()));
    return wait;
  }

  /** report.pdf from a job: its pictures are the ones the same budget takes, in the same order, as on the page's thread. */
  async render(job: PdfJob): Promise<MadePdf> {
    const reencoding = new SpanTotal('pack:reports:pdf-render:pictures-reencoded');
    const fontBytes = this.font(job.font);
    const taken = admittedPictures(reportPictureOrder(job.input.evidence), (path) => job.images.get(path)?.size);
    const ready = new Map<string, Promise<ReadyPicture>>();
    for (const path of taken) {
      const blob = job.images.get(path)!;
      // Either way the bytes are the Blob's whole content, so the PDF can refer to the Blob for them (pdf-blob.ts).
      const bytes = async () =>
        bytesOfBlob(
          (job.fromPage ? await this.pageBytes(path).promise : null) ?? new Uint8Array(await blob.arrayBuffer()),
          blob,
        );
      const made = bytes().then((b) => readyPicture(b, /\.png$/i.test(path), reencoding));
      // Failures surface when the report asks for the picture, not as unhandled rejections now.
      made.catch(() => undefined);
      ready.set(path, made);
    }
    // Each picture's size from its file's first bytes, read now: the report is laid out with these while the
    // pictures' bytes still come from the page (renderReportPdf's pictureSize).
    const sizes = new Map<string, Promise<PictureSize | undefined>>();
    for (const path of taken) {
      const png = /\.png$/i.test(path);
      const head = job.images.get(path)!.slice(0, png ? 33 : PICTURE_HEAD_BYTES);
      sizes.set(
        path,
        head.arrayBuffer().then(
          (b) => pictureSize(new Uint8Array(b), png),
          () => undefined,
        ),
      );
    }
    // For the bench's timeline: when the last picture's size was read (the layout waits for each in turn), when
    // the page had sent the last picture, and when the last was made ready (a JPEG re-encoded on this thread).
    void timed('pack:reports:pdf-picture-sizes', () => Promise.all(sizes.values()));
    if (job.fromPage)
      void timed('pack:reports:pdf-pictures-came', () => Promise.all([...taken].map((p) => this.pageBytes(p).promise)));
    void timed('pack:reports:pdf-pictures-ready', () => Promise.allSettled(ready.values()));
    const font = await timed('pack:reports:pdf-font-wait', () => fontBytes);
    // The time the report waits for its pictures is measured where it waits (renderReportPdf's late-pictures-wait).
    const loadImage = (path: string) => ready.get(path) ?? Promise.resolve(undefined);
    const holes: PdfHole[] = [];
    const pictureSizeOf = (path: string) => sizes.get(path) ?? Promise.resolve(undefined);
    const pdf = await renderReportPdf({ ...job.input, loadImage, pictureSize: pictureSizeOf }, font, holes);
    reencoding.record();
    // Hashed here, on this core, from the very bytes the pack will hold: the page writes them as they are.
    const [sha256, crc] = await timed('pack:reports:pdf-hash', async () => [
      await sha256Hex(pdf),
      (await fastCrc32())(pdf),
    ]);
    return { pdf, sha256, crc, blob: pdfBlob(pdf, holes) };
  }

  /** Answers one message: a job gets its PDF back; a picture or the font to read ahead gets no answer. */
  async answer(data: unknown): Promise<Answer | undefined> {
    const coming = fontComingSchema.safeParse(data);
    if (coming.success) {
      const url = coming.data.fontComing as string;
      if (!this.fonts.has(url)) {
        const sent = later<Uint8Array | undefined>();
        this.fontsComing.set(url, sent.resolve);
        const read = timed('pack:reports:pdf-render:font-load', async () => (await sent.promise) ?? fetchFont(url));
        read.catch(() => this.fonts.delete(url));
        this.fonts.set(url, read);
      }
      return undefined;
    }
    const fontSent = fontSentSchema.safeParse(data);
    if (fontSent.success) {
      const url = fontSent.data.fontSent as string;
      this.fontsComing.get(url)?.(fontSent.data.bytes);
      this.fontsComing.delete(url);
      return undefined;
    }
    const prefetch = prefetchSchema.safeParse(data);
    if (prefetch.success) {
      this.font(prefetch.data.prefetchFont).catch(() => undefined);
      return undefined;
    }
    const picture = pictureMessageSchema.safeParse(data);
    if (picture.success) {
      if ('picture' in picture.data) this.pageBytes(picture.data.picture).resolve(picture.data.bytes);
      else for (const wait of this.fromPage.values()) wait.resolve(null);
      return undefined;
    }
    const parsed = reportJobSchema.safeParse(data);
    if (!parsed.success) return { reply: { ok: false, reason: 'bad request' }, transfer: [] };
    // A job's pictures are its own: none left from the one before.
    this.fromPage = new Map();
    try {
      const { pdf, sha256, crc, blob } = await this.render(parsed.data);
      // The stage times measured in the worker, and when each began (wall clock, ms since the epoch): the
      // page records them on its own timeline for the bench.
      const measures = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('pack:'));
      const timings = Object.fromEntries(measures.map((m) => [m.name, m.duration]));
      const startedAt = Object.fromEntries(measures.map((m) => [m.name, performance.timeOrigin + m.startTime]));
      performance.clearMeasures();
      return { reply: { ok: true, pdf, sha256, crc, blob, timings, startedAt }, transfer: [pdf.buffer] };
    } catch (err) {
      return { reply: { ok: false, reason: errorText(err) }, transfer: [] };
    }
  }
}

/** A job answered by a worker of its own (tests; the worker keeps one ReportWorker for its life). */
export async function answerReportJob(data: unknown): Promise<Answer> {
  return (await new ReportWorker().answer(data)) ?? { reply: { ok: false, reason: 'bad request' }, transfer: [] };
}
