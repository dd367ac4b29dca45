import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFImage, type PDFPage, rgb } from 'pdf-lib';
import { subsetTrueType } from './font-subset';
import { showBidiControls } from './bidi';
import { money, orderFacts, REPORT_LABELS, type ReportInput } from './report-html';
import { reportGuidance, reportOrder, type ReportGuidance } from './report-guidance';

export interface PdfReportInput extends ReportInput {
  /** Bytes of PNG/JPEG files in the pack, by pack path, to show screenshots as report.html does. */
  images?: ReadonlyMap<string, Uint8Array>;
  /** Reads a picture by pack path when the report reaches it: packs stream their files and keep none for this. */
  loadImage?: (path: string) => Promise<Uint8Array | undefined>;
}

const PAGE = { width: 595.28, height: 841.89, margin: 48 };
const GREY = rgb(0.35, 0.35, 0.35);

/** Text a PDF line can hold: no control characters (captured text can contain anything). */
function clean(s: unknown): string {
  // eslint-disable-next-line no-control-regex
  return String(s ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}

/** Greedy wrap that measures with the font; breaks at spaces when it can, anywhere in CJK text or hashes. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lastSpace = -1;
  for (const ch of clean(text)) {
    const next = line + ch;
    if (font.widthOfTextAtSize(next, size) <= width || !line) {
      line = next;
      if (ch === ' ') lastSpace = line.length - 1;
      continue;
    }
    if (ch !== ' ' && lastSpace > 0) {
      lines.push(line.slice(0, lastSpace));
      line = line.slice(lastSpace + 1) + ch;
    } else {
      lines.push(line);
      line = ch === ' ' ? '' : ch;
    }
    lastSpace = -1;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

class Writer {
  page!: PDFPage;
  y = 0;
  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
  ) {
    this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
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
      this.page.drawText(line, { x: PAGE.margin + indent, y: this.y + size * 0.3, size, font: this.font, color: opts.color ?? rgb(0.07, 0.07, 0.07) });
    }
    this.y -= opts.gap ?? 2;
  }

  heading(s: string, size = 15): void {
    this.ensure(size * 3);
    this.y -= size * 0.6;
    this.text(s, { size, gap: 6 });
  }

  image(img: PDFImage): void {
    const maxW = PAGE.width - 2 * PAGE.margin;
    const maxH = PAGE.height - 2 * PAGE.margin;
    const scale = Math.min(1, maxW / img.width, maxH / img.height);
    const w = img.width * scale;
    const h = img.height * scale;
    this.ensure(h + 6);
    this.y -= h + 4;
    this.page.drawImage(img, { x: PAGE.margin, y: this.y, width: w, height: h });
    this.page.drawRectangle({ x: PAGE.margin, y: this.y, width: w, height: h, borderColor: rgb(0.8, 0.8, 0.8), borderWidth: 0.5 });
    this.y -= 4;
  }
}

/** Every string the report will draw, so the font can be cut down to exactly these glyphs. */
function reportStrings(input: PdfReportInput, guidance: ReportGuidance | undefined): string[] {
  const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
  return [JSON.stringify(input), JSON.stringify(REPORT_LABELS[input.lang]), JSON.stringify(guidance ?? {}), ascii, '·'];
}

function glyphIdsFor(fontBytes: Uint8Array, strings: string[]): Set<number> {
  const font = fontkit.create(fontBytes);
  const ids = new Set<number>();
  const seen = new Set<number>();
  for (const s of strings) {
    for (const ch of s) {
      const cp = ch.codePointAt(0)!;
      if (seen.has(cp)) continue;
      seen.add(cp);
      ids.add(font.glyphForCodePoint(cp).id);
    }
  }
  return ids;
}

/**
 * report.pdf: the content of report.html laid out on A4 pages, with a CJK TrueType font embedded and
 * cut down to the glyphs the report uses (see font-subset.ts for why not pdf-lib's subsetting).
 */
export async function renderReportPdf(input: PdfReportInput, fontBytes: Uint8Array): Promise<Uint8Array> {
  const l = REPORT_LABELS[input.lang];
  const c = input.case;
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const guidance = reportGuidance(c, input.lang);
  const subset = subsetTrueType(fontBytes, glyphIdsFor(fontBytes, reportStrings(input, guidance)));
  const font = await doc.embedFont(subset, { subset: false });
  doc.setTitle(clean(`${l.title}: ${c.title}`));
  doc.setProducer('OrderProof');
  doc.setCreator('OrderProof');
  const generated = new Date(input.generatedAt);
  if (!Number.isNaN(generated.getTime())) {
    doc.setCreationDate(generated);
    doc.setModificationDate(generated);
  }
  const w = new Writer(doc, font);

  w.heading(`${l.title}: ${c.title}`, 18);
  const facts: [string, string | undefined][] = [
    [l.platform, c.platform],
    [l.role, c.role],
    [l.order, c.orderRef],
    [l.created, new Date(c.createdAt).toISOString()],
    [l.generated, input.generatedAt],
  ];
  for (const [k, v] of facts) if (v) w.text(`${k}: ${v}`);

  const order = reportOrder(input);
  if (order) {
    w.heading(l.orderFacts);
    for (const [k, v] of orderFacts(order, l)) w.text(`${k}: ${v}`);
    for (const item of order.items) {
      w.text(`${l.item}: ${item.title ?? ''} · ID ${item.itemId ?? ''} · ${l.qty} ${item.quantity ?? ''} · ${l.price} ${money(item.unitPrice)}`, { indent: 12 });
    }
  }

  if (guidance) {
    w.heading(guidance.heading);
    w.text(guidance.title);
    guidance.steps.forEach((step, i) => {
      w.text(`${i + 1}. ${step.zh} / ${step.en}${step.done ? ` · ${step.done}` : ''}`, { gap: 2 });
      for (const d of step.deadlines) w.text(d, { indent: 16, color: GREY });
    });
    w.text(guidance.footer, { size: 9, color: GREY });
  }

  w.heading(l.evidence);
  for (const { item, paths } of input.evidence) {
    w.text(`${item.title} (${item.kind})`, { size: 12, gap: 2 });
    w.text(`${l.captured}: ${new Date(item.capturedAt).toISOString()} · ${l.source}: ${item.sourceUrl ?? ''}`, { color: GREY });
    if (item.deletedAt) w.text(l.deleted);
    const imgPath = paths.find((p) => /\.(png|jpe?g)$/i.test(p));
    const imgBytes = imgPath ? (input.images?.get(imgPath) ?? (await input.loadImage?.(imgPath))) : undefined;
    if (imgPath && imgBytes) {
      try {
        w.image(/\.png$/i.test(imgPath) ? await doc.embedPng(imgBytes) : await doc.embedJpg(imgBytes));
      } catch {
        // A picture pdf-lib cannot decode is still in the pack and listed below with its hash.
      }
    }
    if (item.capture.health.length) w.text(`${l.health}: ${item.capture.health.join('; ')}`, { color: GREY });
    item.files.forEach((f, i) => {
      w.text(`${l.file}: ${paths[i] ?? f.name} · ${f.size} B`, { indent: 12 });
      w.text(`${l.hash} ${f.sha256}`, { indent: 24, size: 8, color: GREY });
    });
    w.y -= 8;
  }

  w.heading(l.audit);
  for (const a of input.audit) {
    w.text(`#${a.seq} · ${new Date(a.at).toISOString()} · ${a.action}`, { gap: 0 });
    w.text(a.hash, { indent: 12, size: 8, color: GREY });
  }
  w.y -= 8;
  w.text(`${l.head}: ${input.auditHead}`, { size: 9 });
  w.text(l.verifyNote, { size: 9, color: GREY });

  return doc.save({ useObjectStreams: true });
}
