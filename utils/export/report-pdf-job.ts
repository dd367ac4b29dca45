// report.pdf's job in a form that crosses to the report worker (structured clone): the report's input, its
// pictures as Blobs (posted by reference, read where the PDF is made) and the font. Only the worker and
// tests import this: it brings pdf-lib with it.
import { z } from 'zod';
import { errorText } from '../error-text';
import { renderReportPdf } from './report-pdf';
import type { ReportInput } from './report-input';
import { budgetedPictures } from './report-pictures';
// The bundled font is read by the worker itself: its 10 MB never pass through the page's thread.
import { fetchFont } from './cjk-font';
import { SpanTotal, timed } from '../stage-time';

export interface PdfJob {
  input: ReportInput;
  /** The pictures report.pdf may show, by pack path. */
  images: ReadonlyMap<string, Blob>;
  /** The font's bytes, or where the worker reads them itself (the extension's bundled font). */
  font: Uint8Array | string;
}

/** report.pdf from a job, its pictures read under the same budget, in the same order, as on the page's thread. */
export async function renderPdfJob(job: PdfJob): Promise<Uint8Array> {
  const reads = new SpanTotal('pack:reports:pdf-image-reads');
  const load = budgetedPictures((path) => job.images.get(path));
  const { font } = job;
  const fontBytes =
    typeof font === 'string' ? await timed('pack:reports:pdf-render:font-load', () => fetchFont(font)) : font;
  const pdf = await renderReportPdf({ ...job.input, loadImage: (path) => reads.add(() => load(path)) }, fontBytes);
  reads.record();
  return pdf;
}

const inputShape = z.object({ lang: z.enum(['en', 'zh', 'zh-TW']), generatedAt: z.string(), auditHead: z.string() });

export const reportJobSchema = z.object({
  // Made by this extension's own pack code a moment before: its shape is checked and the value kept as it
  // came (a parse that dropped or reordered a field could change the PDF's bytes).
  input: z.custom<ReportInput>((v) => inputShape.safeParse(v).success, 'not a report input'),
  images: z.map(z.string(), z.instanceof(Blob)),
  // Only a file of this extension's own (the bundled font), never an address elsewhere.
  font: z.union([
    z.instanceof(Uint8Array),
    z
      .string()
      .refine(
        (u) => Boolean(globalThis.location) && u.startsWith(new URL('/', globalThis.location.href).href),
        'not this extension’s file',
      ),
  ]),
});

/** The worker's answer to one message, and what it hands over rather than copies (the PDF's buffer). */
export async function answerReportJob(data: unknown): Promise<{ reply: unknown; transfer: Transferable[] }> {
  const parsed = reportJobSchema.safeParse(data);
  if (!parsed.success) return { reply: { ok: false, reason: 'bad request' }, transfer: [] };
  try {
    const pdf = await renderPdfJob(parsed.data);
    // The stage times measured in the worker, on its own clock: the page records them for the bench.
    const timings = Object.fromEntries(
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('pack:'))
        .map((m) => [m.name, m.duration]),
    );
    return { reply: { ok: true, pdf, timings }, transfer: [pdf.buffer] };
  } catch (err) {
    return { reply: { ok: false, reason: errorText(err) }, transfer: [] };
  }
}
