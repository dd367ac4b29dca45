import type { OrderProofDB } from '../db/database';
import { measure, recordDurations } from '../stage-time';
import type { MadePdf } from './report-pdf-job';
import type { ReportInput } from './report-input';
import { admittedPictures, reportPictureOrder } from './report-pictures';
import { z } from 'zod';

const reportReplySchema = z.union([
  z.object({
    ok: z.literal(true),
    pdf: z.instanceof(Uint8Array),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    crc: z.number().int().nonnegative(),
    blob: z.instanceof(Blob),
    timings: z.record(z.string(), z.number()),
    startedAt: z.record(z.string(), z.number()).optional(),
  }),
  z.object({ ok: z.literal(false), reason: z.string() }),
]);

/** report.pdf being made in the report worker. */
export interface PdfInWorker {
  /** The PDF, or undefined when the worker could not make it: the caller then makes it on its own thread. */
  pdf: Promise<MadePdf | undefined>;
  /**
   * A picture the pack has just read for itself (its bytes, or undefined when it did not read it whole):
   * passed on (copied) if the report will show it, so the worker does not read it from the store again.
   */
  offer(path: string, bytes: Uint8Array | undefined): void;
  /** Every picture has been offered: the worker reads any it still waits for itself. */
  offersDone(): void;
  /** Ends the worker (the pack failed): `pdf` settles undefined. */
  stop(): void;
}

/** A worker kept this long after its last export (or after it was started ahead of one), then ended. */
const SPARE_MS = 120_000;

let spare: { worker: Worker; timer: ReturnType<typeof setTimeout> } | undefined;

function startWorker(): Worker | undefined {
  if (typeof Worker !== 'function') return undefined;
  try {
    return new Worker(new URL('./report-worker.ts', import.meta.url), { type: 'module' });
  } catch (err) {
    console.warn("report.pdf is made on the page's thread instead:", err);
    return undefined;
  }
}

/** Keeps a worker that is free for the next export, for a while; one at most. */
function keepSpare(worker: Worker): void {
  if (spare) {
    worker.terminate();
    return;
  }
  const timer = setTimeout(() => {
    if (spare?.worker !== worker) return;
    spare = undefined;
    worker.terminate();
  }, SPARE_MS);
  // A spare whose script fails is dropped, not handed to an export.
  worker.onerror = () => {
    if (spare?.worker !== worker) return;
    clearTimeout(timer);
    spare = undefined;
    worker.terminate();
  };
  worker.onmessage = null;
  spare = { worker, timer };
}

function takeWorker(): Worker | undefined {
  if (!spare) return startWorker();
  const { worker, timer } = spare;
  clearTimeout(timer);
  spare = undefined;
  return worker;
}

/** Ends the worker kept for the next export, if any (tests; a page that knows no export is coming). */
export function endSpareReportWorker(): void {
  if (!spare) return;
  clearTimeout(spare.timer);
  spare.worker.terminate();
  spare = undefined;
}

/**
 * Starts the report worker before an export is asked for (its script compiled, the font read), e.g. when
 * the offscreen document starts on the export button's hover; the next export takes it.
 */
export function warmReportWorker(font: string): void {
  if (spare) return;
  const worker = startWorker();
  if (!worker) return;
  // This page reads the font: its script runs while the worker's (1.5 MB) still loads, so the bytes are
  // there when the worker starts instead of being asked for then. They are moved, not copied, to the worker.
  worker.postMessage({ fontComing: font });
  // (cjk-font.ts's fetchFont is not imported: the background's one-file build would inline the font with it.)
  fetch(font)
    .then(async (res) => {
      if (!res.ok) throw new Error(`the report font could not be read (${res.status})`);
      return new Uint8Array(await res.arrayBuffer());
    })
    .then(
      (bytes) => worker.postMessage({ fontSent: font, bytes }, [bytes.buffer]),
      // The worker reads it itself.
      () => worker.postMessage({ fontSent: font }),
    );
  keepSpare(worker);
}

/** The pictures as Blobs, looked up in one read: a Blob is a handle, its bytes are read by the worker. */
async function pictureBlobs(db: OrderProofDB, images: ReadonlyMap<string, string | Blob>): Promise<Map<string, Blob>> {
  const stored = [...images.values()].filter((r): r is string => typeof r === 'string');
  const found = new Map((await db.blobs.bulkGet(stored)).flatMap((r) => (r ? [[r.sha256, r.data] as const] : [])));
  const out = new Map<string, Blob>();
  for (const [path, ref] of images) {
    const blob = typeof ref === 'string' ? found.get(ref) : ref;
    if (blob) out.set(path, blob);
  }
  return out;
}

/**
 * Starts report.pdf in a worker of its own, so it is made on the machine's other core while this thread
 * writes the evidence; undefined where no worker can start here (a service worker, Node). Whatever goes
 * wrong in the worker, `pdf` settles undefined rather than failing: the PDF is then made here, never lost.
 */
export function reportPdfInWorker(
  db: OrderProofDB,
  input: ReportInput,
  images: ReadonlyMap<string, string | Blob>,
  /** The font's bytes, or the address of the bundled font for the worker to read itself (off this thread). */
  loadFont: () => Promise<Uint8Array | string>,
): PdfInWorker | undefined {
  const worker = takeWorker();
  if (!worker) return undefined;
  let settle: ((pdf: MadePdf | undefined) => void) | undefined;
  let ended = false;
  const started = performance.now();
  const reply = new Promise<MadePdf | undefined>((resolve) => {
    settle = resolve;
    const fail = (why: string) => {
      console.warn(`report.pdf is made on the page's thread instead: ${why}`);
      resolve(undefined);
    };
    worker.onmessage = (e: MessageEvent) => {
      const answer = reportReplySchema.safeParse(e.data);
      if (!answer.success) return fail('the report worker sent an unreadable reply');
      if (!answer.data.ok) return fail(answer.data.reason);
      const { pdf, sha256, crc, blob, timings, startedAt } = answer.data;
      // Where the worker says when a stage began, it is placed there on this page's timeline (the bench's).
      for (const [name, ms] of Object.entries(timings)) {
        const at = startedAt?.[name];
        if (at === undefined) recordDurations('', { [name]: ms });
        else measure(name, at - performance.timeOrigin, at - performance.timeOrigin + ms);
      }
      resolve({ pdf, sha256, crc, blob });
    };
    worker.onerror = (e) => fail(e.message || 'the report worker stopped');
    worker.onmessageerror = () => fail('the report worker could not read its reply');
  });
  // Pictures offered before the job is posted wait here; then only those the report will take are passed on.
  let taken: Set<string> | undefined;
  let queued: [string, Uint8Array | undefined][] = [];
  let offersEnded = false;
  const pass = (path: string, bytes: Uint8Array | undefined) => {
    if (ended || !taken?.has(path)) return;
    // A copy goes: the pack may still hold the bytes it read (buildPack keeps them).
    const copy = bytes?.slice();
    worker.postMessage({ picture: path, bytes: copy ?? null }, copy ? [copy.buffer] : []);
  };
  const made = async (): Promise<MadePdf | undefined> => {
    const [font, blobs] = await Promise.all([loadFont(), pictureBlobs(db, images)]);
    if (ended) return undefined;
    // The same rule, on the same sizes, as the worker's: it will wait for exactly these.
    taken = admittedPictures(reportPictureOrder(input.evidence), (path) => blobs.get(path)?.size);
    // The font is copied, not transferred: a caller may keep its bytes for the next pack.
    worker.postMessage({ input, images: blobs, font, fromPage: true });
    for (const [path, bytes] of queued) pass(path, bytes);
    queued = [];
    if (offersEnded) worker.postMessage({ picturesDone: true });
    return reply;
  };
  const pdf = made()
    .catch((err: unknown) => {
      console.warn("report.pdf is made on the page's thread instead:", err);
      return undefined;
    })
    .then((made) => {
      // A worker that made its PDF serves the next export; one that failed is ended.
      if (made && !ended) keepSpare(worker);
      else worker.terminate();
      ended = true;
      measure('pack:reports:pdf-worker', started);
      return made;
    });
  return {
    pdf,
    offer: (path, bytes) => {
      if (ended || offersEnded) return;
      if (taken) pass(path, bytes);
      else queued.push([path, bytes]);
    },
    offersDone: () => {
      if (offersEnded) return;
      offersEnded = true;
      if (taken && !ended) worker.postMessage({ picturesDone: true });
    },
    stop: () => {
      ended = true;
      worker.terminate();
      settle?.(undefined);
    },
  };
}
