import { unzipSync } from 'fflate';
import { rgbPng } from '../../support/png';
import { noise } from '../../support/noise';
import { caseWithScreenshot, freshDb } from '../../support/db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildPack } from '../../../utils/export/pack';
import { verifyPack } from '../../../utils/export/verify';
import { cjkFontUrl } from '../../../utils/export/cjk-font';
import { ReportWorker, type PdfJob } from '../../../utils/export/report-pdf-job';
import { endSpareReportWorker, warmReportWorker } from '../../../utils/export/report-pdf-worker';
import { admittedPictures, budgetedPictures } from '../../../utils/export/report-pictures';
import { bytesOfBlob, pdfBlob, type PdfHole } from '../../../utils/export/pdf-blob';
import { renderReportPdf } from '../../../utils/export/report-pdf';
import { loadTestFont } from './font';
import { fakeWorker, jobsIn, library } from './report-worker-fake';

const NOW = new Date('2026-11-28T05:00:00Z');

/** The extension's own origin, and its bundled font served from it (counting reads). */
async function extensionFont() {
  vi.stubGlobal('location', { origin: 'chrome-extension://abc', href: 'chrome-extension://abc/offscreen.html' });
  const font = await loadTestFont();
  const reads: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    reads.push(url);
    return Promise.resolve(new Response(font.slice()));
  });
  return reads;
}

const pdfOf = (bytes: Uint8Array) => unzipSync(bytes)['report.pdf'];

afterEach(() => {
  endSpareReportWorker();
  vi.unstubAllGlobals();
});

describe('the report worker between exports', () => {
  it('started ahead of the click, serves export after export and reads the font once', async () => {
    const reads = await extensionFont();
    const { db, c } = await library();
    // With no Worker (Node), the page's thread makes the PDF: the bytes every way must match.
    const here = pdfOf((await buildPack(db, c.id, { now: NOW })).bytes);
    reads.length = 0;
    const { posted, started } = fakeWorker('answer');
    warmReportWorker(cjkFontUrl());
    // The page reads the font while the worker's script loads, and hands the bytes over: read once, here.
    expect(posted[0]).toEqual({ fontComing: cjkFontUrl() });
    await vi.waitFor(() => expect(posted).toHaveLength(2));
    expect(posted[1]).toEqual({ fontSent: cjkFontUrl(), bytes: expect.any(Uint8Array) as Uint8Array });
    const firstPack = (await buildPack(db, c.id, { now: NOW })).bytes;
    // report.pdf hashed in the worker: the pack still verifies file by file.
    expect((await verifyPack(firstPack)).ok).toBe(true);
    const first = pdfOf(firstPack);
    const second = pdfOf((await buildPack(db, c.id, { now: NOW })).bytes);
    expect(started).toHaveLength(1);
    expect(jobsIn(posted)).toHaveLength(2);
    expect(reads).toEqual([cjkFontUrl()]);
    expect(here!.byteLength).toBeGreaterThan(10_000);
    expect(first).toEqual(here);
    expect(second).toEqual(here);
  });

  it('where the page cannot read the font, the worker reads it itself and makes the same PDF', async () => {
    const reads = await extensionFont();
    const { db, c } = await library();
    const here = pdfOf((await buildPack(db, c.id, { now: NOW })).bytes);
    reads.length = 0;
    const font = await loadTestFont();
    // The first read (the page's) fails; the next (the worker's) is served.
    vi.stubGlobal('fetch', (url: string) => {
      reads.push(url);
      return Promise.resolve(
        new Response(reads.length === 1 ? 'gone' : font.slice(), { status: reads.length === 1 ? 404 : 200 }),
      );
    });
    const { posted } = fakeWorker('answer');
    warmReportWorker(cjkFontUrl());
    await vi.waitFor(() => expect(posted).toContainEqual({ fontSent: cjkFontUrl() }));
    const made = pdfOf((await buildPack(db, c.id, { now: NOW })).bytes);
    expect(reads).toEqual([cjkFontUrl(), cjkFontUrl()]);
    expect(made).toEqual(here);
  });

  it('a worker that failed is not kept: the next export starts a new one', async () => {
    const { db, c } = await library();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { started } = fakeWorker('refuse');
    await buildPack(db, c.id, { now: NOW, loadFont: loadTestFont });
    await buildPack(db, c.id, { now: NOW, loadFont: loadTestFont });
    expect(started).toHaveLength(2);
    warn.mockRestore();
  });
});

describe('pictures the page passes to the worker', () => {
  it('when the page passes none, the worker reads them itself and makes the same PDF', async () => {
    const { db, c } = await library();
    const { posted } = fakeWorker('answer');
    const made = pdfOf((await buildPack(db, c.id, { now: NOW, loadFont: loadTestFont })).bytes);
    const job = jobsIn(posted)[0] as PdfJob;
    const worker = new ReportWorker();
    const answer = worker.answer(job);
    // The page's evidence stage ended without passing a picture (e.g. none was read whole).
    await worker.answer({ picturesDone: true });
    const reply = (await answer)?.reply as { ok: boolean; pdf: Uint8Array };
    expect(reply.ok).toBe(true);
    expect(reply.pdf).toEqual(made);
  });

  it('the page and the worker agree on which pictures the budget takes', async () => {
    const sizes = new Map([
      ['a', 40],
      ['b', 70],
      ['c', 50],
      ['d', 20],
    ]);
    const order = ['a', 'b', 'c', 'missing', 'd'];
    const load = budgetedPictures((p) => (sizes.has(p) ? new Blob([new Uint8Array(sizes.get(p)!)]) : undefined), 100);
    const lazily = [];
    for (const p of order) if (await load(p)) lazily.push(p);
    expect([...admittedPictures(order, (p) => sizes.get(p), 100)]).toEqual(lazily);
    expect(lazily).toEqual(['a', 'c']);
  });
});

describe('report.pdf as a Blob that refers to the stored pictures', () => {
  it('is the PDF byte for byte, with the pictures’ ranges taken from their own Blobs', async () => {
    const db = freshDb();
    const { c } = await caseWithScreenshot(db, noisyPng(120, 80));
    const { posted } = fakeWorker('answer');
    await buildPack(db, c.id, { now: NOW, loadFont: loadTestFont });
    const job = jobsIn(posted)[0] as PdfJob;
    const font = await loadTestFont();
    const plain = await renderReportPdf({ ...job.input, loadImage: async (p) => readOf(job, p) }, font);
    const holes: PdfHole[] = [];
    const loadImage = async (p: string) => {
      const bytes = await readOf(job, p);
      return bytes && bytesOfBlob(bytes, job.images.get(p)!);
    };
    const pdf = await renderReportPdf({ ...job.input, loadImage }, font, holes);
    expect(pdf).toEqual(plain);
    // The picture's IDAT data, as it is in the stored file.
    expect(holes).toHaveLength(1);
    expect(holes[0]!.length).toBeGreaterThan(120 * 80 * 3);
    const blob = pdfBlob(pdf, holes);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(pdf);
  });

  it('a hole is a stored file’s bytes where the PDF holds them', async () => {
    const bytes = new Uint8Array(10_000).map((_, i) => i % 251);
    const file = new Blob([bytes]);
    const mine = bytesOfBlob(new Uint8Array(await file.arrayBuffer()), file);
    const pdf = new Uint8Array(20_000);
    pdf.set(mine.subarray(1000, 9000), 5000);
    const holes: PdfHole[] = [{ at: 5000, length: 8000, blob: file.slice(1000, 9000) }];
    expect(new Uint8Array(await pdfBlob(pdf, holes).arrayBuffer())).toEqual(pdf);
  });
});

/** A picture's bytes as the report asks for them, read from the job's Blob. */
async function readOf(job: PdfJob, path: string): Promise<Uint8Array | undefined> {
  const blob = job.images.get(path);
  return blob && new Uint8Array(await blob.arrayBuffer());
}

/** An RGB PNG of noise (its IDAT data about its pixels' size: pictures that do not compress). */
function noisyPng(width: number, height: number): Uint8Array<ArrayBuffer> {
  const rows = Buffer.from(noise(height * (1 + width * 3), 5));
  for (let y = 0; y < height; y++) rows[y * (1 + width * 3)] = 0;
  return rgbPng(width, height, rows);
}
