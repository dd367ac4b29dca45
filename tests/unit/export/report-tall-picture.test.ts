import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { PDFDict, PDFDocument, PDFName, PDFRef, PDFStream } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { addEvidence, createCase } from '../../../utils/db/store';
import { buildPack } from '../../../utils/export/pack';
import { crc32 } from '../../../utils/zip/crc32';
import { freshDb, META } from '../../support/db';
import { hasPdftotext } from '../../support/pdftotext';
import { loadTestFont } from './font';

type Rgb = [number, number, number];
const RED: Rgb = [220, 30, 30];
const GREEN: Rgb = [30, 180, 60];
const BLUE: Rgb = [30, 60, 220];

/** An RGB PNG of `width` x `height` whose rows are red, then green, then blue, a third each (a whole page's picture). */
function tallPng(width: number, height: number): Uint8Array {
  const row = (c: Rgb) => Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => c).flat())]);
  const rows = [RED, GREEN, BLUE].map(row);
  const raw = Buffer.concat(Array.from({ length: height }, (_, y) => rows[Math.min(2, Math.floor((3 * y) / height))]!));
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

async function reportWith(png: Uint8Array): Promise<Uint8Array> {
  const db = freshDb();
  const c = await createCase(db, { platform: 'amazon', role: 'buyer', title: 'Parcel never came', orderRef: '111-1' });
  await addEvidence(db, {
    caseId: c.id,
    kind: 'full-page-screenshot',
    title: 'Order details, whole page',
    sourceUrl: 'https://www.amazon.com/gp/your-account/order-details?orderID=111-1',
    capturedAt: Date.now(),
    capture: META,
    files: [{ name: 'full-page.png', mime: 'image/png', bytes: png }],
  });
  const pack = await buildPack(db, c.id, { lang: 'en', loadFont: loadTestFont });
  return unzipSync(pack.bytes)['report.pdf']!;
}

/** The image objects of a PDF, and for each the pages that draw it. */
async function imagesAndPages(pdf: Uint8Array): Promise<{ images: string[]; pagesOf: Map<string, number[]> }> {
  const doc = await PDFDocument.load(pdf);
  const images: string[] = [];
  for (const [ref, obj] of doc.context.enumerateIndirectObjects())
    if (obj instanceof PDFStream && obj.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'))
      images.push(ref.toString());
  const pagesOf = new Map<string, number[]>();
  doc.getPages().forEach((page, i) => {
    const xobjects = page.node.Resources()?.lookup(PDFName.of('XObject'));
    if (!(xobjects instanceof PDFDict)) return;
    for (const value of xobjects.values())
      if (value instanceof PDFRef) pagesOf.set(value.toString(), [...(pagesOf.get(value.toString()) ?? []), i]);
  });
  return { images, pagesOf };
}

/** Renders every page with poppler (PPM, 30 dpi) and gives, per page, the share of the page width each colour spans on its widest row. */
function colourWidths(pdf: Uint8Array): { red: number; green: number; blue: number }[] {
  const dir = mkdtempSync(join(tmpdir(), 'tall-'));
  writeFileSync(join(dir, 'r.pdf'), pdf);
  execFileSync('pdftoppm', ['-r', '30', join(dir, 'r.pdf'), join(dir, 'p')]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ppm'))
    .sort()
    .map((f) => {
      const ppm = readFileSync(join(dir, f));
      const [, w, h] = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 32).toString('latin1'))!.map(Number);
      const start = ppm.length - w! * h! * 3;
      const near = (at: number, c: Rgb) => c.every((v, k) => Math.abs(ppm[at + k]! - v) <= 24);
      const widest = (c: Rgb) => {
        let best = 0;
        for (let y = 0; y < h!; y++) {
          let n = 0;
          for (let x = 0; x < w!; x++) if (near(start + (y * w! + x) * 3, c)) n++;
          best = Math.max(best, n);
        }
        return best / w!;
      };
      return { red: widest(RED), green: widest(GREEN), blue: widest(BLUE) };
    });
}

describe('report.pdf: a picture taller than a page', () => {
  // 1000 x 4000 px: at the page's text width (499 pt) it is about 2,000 pt tall, nearly three pages.
  let pdf: Uint8Array;
  beforeAll(async () => {
    pdf = await reportWith(tallPng(1000, 4000));
  });

  it('holds the picture once, drawn in parts on the three or more pages it needs', async () => {
    const { images, pagesOf } = await imagesAndPages(pdf);
    expect(images).toHaveLength(1);
    expect(pagesOf.get(images[0]!)?.length).toBeGreaterThanOrEqual(3);
  });

  it('shows it at the page’s text width, top to bottom in order across the pages (poppler renders it)', () => {
    if (!hasPdftotext()) {
      console.warn('poppler-utils is not installed: the rendering is not checked');
      expect(pdf.byteLength).toBeGreaterThan(0);
      return;
    }
    const pages = colourWidths(pdf);
    // The text width is 499 of 595 pt (84 %); fitted into one page the picture was 187 pt wide (31 %).
    const shown = (p: { red: number; green: number; blue: number }) =>
      (['red', 'green', 'blue'] as const).filter((c) => p[c] > 0.8);
    const order = pages.flatMap(shown);
    expect(order[0]).toBe('red');
    expect(order.at(-1)).toBe('blue');
    expect(order).toContain('green');
    // Each colour's pages come before the next colour's: the parts are in the picture's order.
    expect(order.join(' ')).toMatch(/^(red )*(red|green)( green)*( (green|blue))*( blue)*$/);
  });

  it('keeps a picture of a page and a half or less on one page, shrunk to fit', async () => {
    const short = await reportWith(tallPng(1000, 1800));
    expect((await imagesAndPages(short)).images).toHaveLength(1);
    if (!hasPdftotext()) {
      console.warn('poppler-utils is not installed: the rendering is not checked');
      return;
    }
    // Beside the small overview picture, one page shows it large, all three colours on it.
    const large = colourWidths(short).filter((p) => Math.max(p.red, p.green, p.blue) > 0.5);
    expect(large).toHaveLength(1);
    expect(Math.min(large[0]!.red, large[0]!.green, large[0]!.blue)).toBeGreaterThan(0.5);
  });
});
