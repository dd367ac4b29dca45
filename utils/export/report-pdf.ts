import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, type PDFRef, rgb } from 'pdf-lib';
import {
  drawPicture,
  embedPicture,
  embedReady,
  embedReadyAt,
  fastStreamWrites,
  type PdfPicture,
  type PictureSize,
  type ReadyPicture,
  readyPicture,
} from './pdf-image';
import { compactTrueType } from './font-compact';
import { showBidiControls } from './bidi';
import { localTimeZone } from '../i18n-format';
import { money, orderFacts, REPORT_LABELS, reportColon, reportPlatform, reportTime } from './report-html';
import type { ReportInput } from './report-input';
import { reportGuidance, reportOrder, type ReportGuidance } from './report-guidance';
import { SpanTotal, timed } from '../stage-time';
import { reportPicturePath } from './report-pictures';
import { collectHoles, type PdfHole } from './pdf-blob';

export interface PdfReportInput extends ReportInput {
  /** Bytes of PNG/JPEG files in the pack, by pack path, to show screenshots as report.html does. */
  images?: ReadonlyMap<string, Uint8Array>;
  /**
   * Reads a picture by pack path when the report reaches it: packs stream their files and keep none for this.
   * The report worker gives pictures it made ready as their bytes came (readyPicture), the same either way.
   */
  loadImage?: (path: string) => Promise<Uint8Array | ReadyPicture | undefined>;
  /**
   * A picture's size from its file's header, known before its bytes are (the report worker reads the headers
   * first): the report is then laid out while the pictures still come, and they are put in before it is saved.
   * A picture that then cannot be placed at that size has the report laid out again without this.
   */
  pictureSize?: (path: string) => Promise<PictureSize | undefined>;
}

/** A picture the layout placed by its size alone: put into the document under `ref` once its bytes are ready. */
interface LatePicture {
  ref: PDFRef;
  size: PictureSize;
  png: boolean;
  ready: Promise<Uint8Array | ReadyPicture | undefined>;
}

const PAGE = { width: 595.28, height: 841.89, margin: 48 };
const GREY = rgb(0.35, 0.35, 0.35);

/** Text a PDF line can hold: no control characters (captured text can contain anything). */
function clean(s: unknown): string {
  // eslint-disable-next-line no-control-regex
  return String(s ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}

/** Each character's width at size 1, per font: a report lays out thousands of lines of the same few hundred characters. */
const charWidths = new WeakMap<PDFFont, Map<string, number>>();

function charWidth(font: PDFFont, ch: string): number {
  let widths = charWidths.get(font);
  if (!widths) charWidths.set(font, (widths = new Map()));
  let width = widths.get(ch);
  if (width === undefined) widths.set(ch, (width = font.widthOfTextAtSize(ch, 1)));
  return width;
}

/**
 * Greedy wrap that measures with the font; breaks at spaces when it can, anywhere in CJK text or hashes.
 * A line's width is the sum of its characters' widths (what pdf-lib measures too: it adds the glyphs'
 * advances), kept as the line grows rather than measured again for each character.
 */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  const limit = width / size;
  let line = '';
  let lineWidth = 0;
  let lastSpace = -1;
  // Width up to and including the last space, to know what is left when the line breaks there.
  let widthAtSpace = 0;
  for (const ch of clean(text)) {
    const w = charWidth(font, ch);
    if (lineWidth + w <= limit || !line) {
      line += ch;
      lineWidth += w;
      if (ch === ' ') {
        lastSpace = line.length - 1;
        widthAtSpace = lineWidth;
      }
      continue;
    }
    if (ch !== ' ' && lastSpace > 0) {
      lines.push(line.slice(0, lastSpace));
      line = line.slice(lastSpace + 1) + ch;
      lineWidth = lineWidth - widthAtSpace + w;
    } else {
      lines.push(line);
      line = ch === ' ' ? '' : ch;
      lineWidth = ch === ' ' ? 0 : w;
    }
    lastSpace = -1;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** What a page's header names: the evidence shown on it, with its source and capture time. */
interface PageContext {
  source?: string;
  captured?: string;
}

class Writer {
  page!: PDFPage;
  y = 0;
  /** The header context of every page, by page index. */
  readonly contexts: (PageContext | undefined)[] = [];
  private context: PageContext | undefined;
  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
  ) {
    this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    // The page's one font, named once in its resources: drawText given a font names it anew every time
    // (a key per line, each found unique by a scan of the keys before it).
    this.page.setFont(this.font);
    this.contexts.push(this.context);
    this.y = PAGE.height - PAGE.margin;
  }

  /** From here on, pages are about this evidence (or about nothing in particular, with undefined). */
  about(context: PageContext | undefined): void {
    this.context = context;
    const i = this.contexts.length - 1;
    if (context && !this.contexts[i]) this.contexts[i] = context;
  }

  ensure(height: number): void {
    if (this.y - height < PAGE.margin) this.newPage();
  }

  text(s: string, opts: { size?: number; indent?: number; color?: ReturnType<typeof rgb>; gap?: number } = {}): void {
    const size = opts.size ?? 10;
    const indent = opts.indent ?? 0;
    const lineHeight = size * 1.4;
    // Page text may hold bidi controls: shown as visible escapes (all ASCII, so in the font subset).
    for (const line of wrap(showBidiControls(s), this.font, size, PAGE.width - 2 * PAGE.margin - indent)) {
      this.ensure(lineHeight);
      this.y -= lineHeight;
      this.page.drawText(line, {
        x: PAGE.margin + indent,
        y: this.y + size * 0.3,
        size,
        color: opts.color ?? rgb(0.07, 0.07, 0.07),
      });
    }
    this.y -= opts.gap ?? 2;
  }

  heading(s: string, size = 15): void {
    this.ensure(size * 3);
    this.y -= size * 0.6;
    this.text(s, { size, gap: 6 });
  }

  /** Small pictures side by side with a caption under each, wrapping onto new rows and pages. */
  thumbnails(items: { img: PdfPicture; caption: string }[]): void {
    const perRow = 3;
    const gap = 12;
    const w = (PAGE.width - 2 * PAGE.margin - gap * (perRow - 1)) / perRow;
    const maxH = 150;
    for (let i = 0; i < items.length; i += perRow) {
      const row = items.slice(i, i + perRow);
      const h = Math.max(...row.map(({ img }) => Math.min(maxH, (img.height * w) / img.width)));
      this.ensure(h + 30);
      row.forEach(({ img, caption }, j) => {
        const scale = Math.min(w / img.width, maxH / img.height);
        const x = PAGE.margin + j * (w + gap);
        const top = this.y - 4;
        // Top-aligned: a screenshot's top is what identifies the page.
        const ih = img.height * scale;
        drawPicture(this.page, img, { x, y: top - ih, width: img.width * scale, height: ih });
        this.page.drawRectangle({
          x,
          y: top - ih,
          width: img.width * scale,
          height: ih,
          borderColor: rgb(0.8, 0.8, 0.8),
          borderWidth: 0.5,
        });
        wrap(caption, this.font, 7, w)
          .slice(0, 2)
          .forEach((line, k) => {
            this.page.drawText(line, { x, y: top - h - 10 - k * 9, size: 7, color: GREY });
          });
      });
      this.y -= h + 30;
    }
  }

  image(img: PdfPicture): void {
    const maxW = PAGE.width - 2 * PAGE.margin;
    const maxH = PAGE.height - 2 * PAGE.margin;
    const atWidth = Math.min(1, maxW / img.width);
    // Up to a page and a half tall at the page's width, it is shrunk onto one page (still two thirds of the
    // width); taller, it would be too narrow to read there and goes on over pages.
    if (img.height * atWidth > 1.5 * maxH) return this.tallImage(img, img.width * atWidth);
    const scale = Math.min(atWidth, maxH / img.height);
    const w = img.width * scale;
    const h = img.height * scale;
    this.ensure(h + 6);
    this.y -= h + 4;
    drawPicture(this.page, img, { x: PAGE.margin, y: this.y, width: w, height: h });
    this.page.drawRectangle({
      x: PAGE.margin,
      y: this.y,
      width: w,
      height: h,
      borderColor: rgb(0.8, 0.8, 0.8),
      borderWidth: 0.5,
    });
    this.y -= 4;
  }

  /**
   * A picture taller than a page (a whole order page's screenshot) at the page's width, continued over as
   * many pages as it needs: fitted into one page it was a strip too narrow to read. Each page shows its part
   * of the one image object through a clip, so the PDF holds the picture once.
   */
  private tallImage(img: PdfPicture, w: number): void {
    const h = img.height * (w / img.width);
    const maxH = PAGE.height - 2 * PAGE.margin;
    let shown = 0;
    while (shown < h - 0.5) {
      const room = this.y - PAGE.margin - 8;
      // No sliver at a page's foot: a part is at least a quarter page, or all that is left of the picture.
      if (room < Math.min(h - shown, maxH / 4)) {
        this.newPage();
        continue;
      }
      const part = Math.min(room, h - shown);
      const top = this.y - 4;
      const frame = { x: PAGE.margin, y: top - part, width: w, height: part };
      drawPicture(this.page, img, { x: PAGE.margin, y: top + shown - h, width: w, height: h }, frame);
      this.page.drawRectangle({ ...frame, borderColor: rgb(0.8, 0.8, 0.8), borderWidth: 0.5 });
      this.y = top - part - 4;
      shown += part;
    }
  }
}

/** Every string the report will draw, so the font can be cut down to exactly these glyphs. */
function reportStrings(input: PdfReportInput, guidance: ReportGuidance | undefined): string[] {
  const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
  // Dates, money and page numbers are formatted at draw time: their characters (年, 月, ¥, …) are listed here.
  const formatted = [
    reportTime(input.generatedAt, input.lang),
    ...input.evidence.map(({ item }) => reportTime(item.capturedAt, input.lang)),
    ...input.audit.map((a) => reportTime(a.at, input.lang)),
    reportTime(input.case.createdAt, input.lang),
    reportPlatform(input.case.platform, input.lang),
    '年月日¥€£₩₹$…',
  ];
  return [
    JSON.stringify(input),
    JSON.stringify(REPORT_LABELS[input.lang]),
    JSON.stringify(guidance ?? {}),
    ascii,
    // What the layout writes itself, beside the labels: separators, the quantity's sign, a cut line's end,
    // the footer's page word. A character missing here is cut from the font and prints as an empty box.
    '·×…页頁',
    ...formatted,
  ];
}

/** Every character of these strings, once. */
function codePointsOf(strings: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const s of strings) for (const ch of s) out.add(ch.codePointAt(0)!);
  return out;
}

/**
 * report.pdf: the content of report.html laid out on A4 pages, with a CJK TrueType font embedded and
 * cut down to the glyphs the report uses (font-compact.ts; font-subset.ts says why not pdf-lib's subsetting).
 */
export async function renderReportPdf(
  input: PdfReportInput,
  fontBytes: Uint8Array,
  /** Filled with where stored files' bytes went into the saved PDF (pdf-blob.ts), when given. */
  holes?: PdfHole[],
): Promise<Uint8Array> {
  const l = REPORT_LABELS[input.lang];
  const c = input.case;
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const guidance = reportGuidance(c, input.lang);
  const font = await timed('pack:reports:pdf-render:font', () =>
    doc.embedFont(compactTrueType(fontBytes, codePointsOf(reportStrings(input, guidance))), {
      subset: false,
    }),
  );
  const pictures = new SpanTotal('pack:reports:pdf-render:pictures');
  const reencoding = new SpanTotal('pack:reports:pdf-render:pictures-reencoded');
  doc.setTitle(clean(`${l.title}: ${c.title}`));
  doc.setProducer('OrderProof');
  doc.setCreator('OrderProof');
  const generated = new Date(input.generatedAt);
  if (!Number.isNaN(generated.getTime())) {
    doc.setCreationDate(generated);
    doc.setModificationDate(generated);
  }
  const w = new Writer(doc, font);
  const zone = localTimeZone();
  const when = (at: number | string) => reportTime(at, input.lang, zone);
  const embedded = new Map<string, PdfPicture | null>();
  const late: LatePicture[] = [];
  const picture = async (paths: string[]): Promise<PdfPicture | undefined> => {
    const imgPath = reportPicturePath(paths);
    if (!imgPath) return undefined;
    const size = embedded.has(imgPath) || !input.loadImage ? undefined : await input.pictureSize?.(imgPath);
    if (size && input.loadImage) {
      // Its number is taken now, where embedding it would have taken it: the saved bytes are the same.
      const ready = input.loadImage(imgPath);
      // A failure is met when the picture is put in, not as an unhandled rejection now.
      ready.catch(() => undefined);
      late.push({ ref: doc.context.nextRef(), size, png: /\.png$/i.test(imgPath), ready });
      embedded.set(imgPath, { ref: late.at(-1)!.ref, ...size });
    }
    if (!embedded.has(imgPath)) {
      const bytes = input.images?.get(imgPath) ?? (await input.loadImage?.(imgPath));
      let img: PdfPicture | null = null;
      try {
        if (bytes instanceof Uint8Array)
          img = await pictures.add(() => embedPicture(doc, bytes, /\.png$/i.test(imgPath), reencoding));
        else if (bytes) img = await pictures.add(() => embedReady(doc, bytes));
      } catch {
        // A picture pdf-lib cannot decode is still in the pack and listed with its hash.
      }
      embedded.set(imgPath, img);
    }
    return embedded.get(imgPath) ?? undefined;
  };

  // Page 1, the summary: what the case is, and the evidence at a glance.
  w.heading(`${l.title}${reportColon(input.lang)}${c.title}`, 18);
  const facts: [string, string | undefined][] = [
    [l.platform, reportPlatform(c.platform, input.lang)],
    [l.role, l.roles[c.role]],
    [l.order, c.orderRef],
    [l.created, when(c.createdAt)],
    [l.generated, when(input.generatedAt)],
  ];
  const colon = reportColon(input.lang);
  for (const [k, v] of facts) if (v) w.text(`${k}${colon}${v}`);
  w.text(`${l.timesIn}${input.lang === 'en' ? ' ' : ''}${zone}`, { size: 9, color: GREY });

  const order = reportOrder(input);
  if (order) {
    w.heading(l.orderFacts, 13);
    for (const [k, v] of orderFacts(order, l, input.lang)) w.text(`${k}${colon}${v}`);
    for (const item of order.items) {
      w.text(
        `${l.item}${colon}${item.title ?? ''}${item.quantity ? ` × ${item.quantity}` : ''}${item.unitPrice ? ` · ${money(item.unitPrice, input.lang)}` : ''}`,
        { indent: 12 },
      );
    }
  }

  const thumbs: { img: PdfPicture; caption: string }[] = [];
  for (const { item, paths } of input.evidence) {
    if (item.deletedAt) continue;
    const img = await picture(paths);
    if (img) thumbs.push({ img, caption: `${l.kinds[item.kind]} · ${when(item.capturedAt)}` });
  }
  if (thumbs.length) {
    w.heading(`${l.summary} · ${l.evidence} (${input.evidence.length})`, 13);
    w.thumbnails(thumbs);
  }

  if (guidance) {
    w.newPage();
    w.heading(guidance.heading);
    w.text(guidance.title);
    guidance.steps.forEach((step, i) => {
      w.text(`${i + 1}. ${step.zh} / ${step.en}${step.done ? ` · ${step.done}` : ''}`, { gap: 2 });
      for (const d of step.deadlines) w.text(d, { indent: 16, color: GREY });
    });
    w.text(guidance.footer, { size: 9, color: GREY });
  }

  w.newPage();
  w.heading(l.evidence);
  for (const { item, paths } of input.evidence) {
    w.about({ ...(item.sourceUrl ? { source: item.sourceUrl } : {}), captured: when(item.capturedAt) });
    w.text(`${item.title} (${l.kinds[item.kind]})`, { size: 12, gap: 2 });
    w.text(
      `${l.captured}${colon}${when(item.capturedAt)}${item.sourceUrl ? ` · ${l.source}${colon}${item.sourceUrl}` : ''}`,
      { color: GREY },
    );
    if (item.deletedAt) w.text(l.deleted);
    const img = item.deletedAt ? undefined : await picture(paths);
    if (img) w.image(img);
    if (item.capture.health.length) w.text(`${l.health}${colon}${item.capture.health.join('; ')}`, { color: GREY });
    item.files.forEach((f, i) => {
      w.text(`${l.file}${colon}${paths[i] ?? f.name} · ${f.size} B`, { indent: 12 });
      w.text(`${l.hash} ${f.sha256}`, { indent: 24, size: 8, color: GREY });
    });
    w.y -= 8;
  }
  w.about(undefined);

  w.newPage();
  w.heading(l.audit);
  for (const a of input.audit) {
    w.text(`#${a.seq} · ${when(a.at)} · ${l.actions[a.action]}`, { gap: 0 });
    w.text(a.hash, { indent: 12, size: 8, color: GREY });
  }
  w.y -= 8;
  w.text(`${l.head}${colon}${input.auditHead}`, { size: 9 });
  w.text(l.verifyNote, { size: 9, color: GREY });

  drawHeadersAndFooters(doc, font, w.contexts, {
    title: `${c.title} · ${l.title}`,
    generated: `${l.generated}${colon}${when(input.generatedAt)}`,
    lang: input.lang,
    l,
  });
  // Pictures laid out by their size go in now, after the flush that puts in the fonts (and where embedding them
  // would have put them). One that is missing, unreadable or of another size: laid out again without sizes.
  if (late.length) {
    const placed = await pictures.add(() => placeLate(doc, late, reencoding));
    if (!placed) return renderReportPdf({ ...input, pictureSize: undefined }, fontBytes, holes);
  }
  pictures.record();
  reencoding.record();
  // No object streams: pdf-lib deflates them in JavaScript, which took about half the save's time for a
  // report of hundreds of pages, to make the file under 1 % smaller (its pictures are most of it).
  return timed('pack:reports:pdf-render:save', async () => {
    await doc.flush();
    fastStreamWrites(doc);
    if (holes) collectHoles(doc, holes);
    return doc.save({ useObjectStreams: false });
  });
}

/** Puts in the pictures the layout placed by size; false when one cannot be placed as laid out. */
async function placeLate(doc: PDFDocument, late: readonly LatePicture[], reencoding: SpanTotal): Promise<boolean> {
  // The fonts are put in and every stream so far compressed now, while the last pictures still come (the save
  // would do both after them): the same objects in the same order, as the pictures are put in after the flush.
  await doc.flush();
  fastStreamWrites(doc);
  // The time the laid-out report waits for its last pictures' bytes (and their making ready).
  const settled = await timed('pack:reports:pdf-render:late-pictures-wait', () =>
    Promise.allSettled(late.map((l) => l.ready)),
  );
  for (const [i, l] of late.entries()) {
    const got = settled[i]!;
    if (got.status === 'rejected' || !got.value) return false;
    try {
      const ready = got.value instanceof Uint8Array ? await readyPicture(got.value, l.png, reencoding) : got.value;
      const size = await embedReadyAt(doc, ready, l.ref);
      if (size.width !== l.size.width || size.height !== l.size.height) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * Every page says which case it belongs to and which page of how many it is; pages about one piece
 * of evidence also name its source address and capture time, so a page printed alone still says
 * what it shows.
 */
function drawHeadersAndFooters(
  doc: PDFDocument,
  font: PDFFont,
  contexts: readonly (PageContext | undefined)[],
  o: { title: string; generated: string; lang: ReportInput['lang']; l: (typeof REPORT_LABELS)[ReportInput['lang']] },
): void {
  const pages = doc.getPages();
  const width = PAGE.width - 2 * PAGE.margin;
  const line = (page: PDFPage, text: string, y: number, right = false) => {
    const fitted = wrap(text, font, 7.5, width)[0] ?? '';
    const shown = fitted.length < clean(text).length ? `${fitted.slice(0, -1)}…` : fitted;
    const x = right ? PAGE.width - PAGE.margin - font.widthOfTextAtSize(shown, 7.5) : PAGE.margin;
    // Every page was made by the Writer, with the report's font already set.
    page.drawText(shown, { x, y, size: 7.5, color: GREY });
  };
  const colon = reportColon(o.lang);
  pages.forEach((page, i) => {
    line(page, o.title, PAGE.height - 26);
    const ctx = contexts[i];
    if (ctx)
      line(
        page,
        [
          ctx.source ? `${o.l.source}${colon}${ctx.source}` : '',
          ctx.captured ? `${o.l.captured}${colon}${ctx.captured}` : '',
        ]
          .filter(Boolean)
          .join(' · '),
        PAGE.height - 36,
      );
    page.drawLine({
      start: { x: PAGE.margin, y: PAGE.height - 40 },
      end: { x: PAGE.width - PAGE.margin, y: PAGE.height - 40 },
      thickness: 0.3,
      color: rgb(0.8, 0.8, 0.8),
    });
    line(page, o.generated, 24);
    line(
      page,
      o.lang !== 'en'
        ? `${o.l.page} ${i + 1} ${o.l.of} ${pages.length} ${o.lang === 'zh' ? '页' : '頁'}`
        : `${o.l.page} ${i + 1} ${o.l.of} ${pages.length}`,
      24,
      true,
    );
  });
}
