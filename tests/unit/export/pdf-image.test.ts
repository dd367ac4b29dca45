import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { pngChunk } from '../../support/png';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { drawPicture, embedPicture, pngStream } from '../../../utils/export/pdf-image';
import { hasPdftotext } from '../../support/pdftotext';

/** A PNG whose rows use every filter type (so the reader must undo each), its IDAT split in `parts`. */
function png(o: {
  width: number;
  height: number;
  colorType: number;
  bitDepth?: number;
  parts?: number;
  extra?: Buffer[];
}) {
  const channels = o.colorType === 2 ? 3 : o.colorType === 6 ? 4 : 1;
  const depth = o.bitDepth ?? 8;
  const rowBytes = Math.ceil((o.width * channels * depth) / 8);
  const pixels = Buffer.alloc(rowBytes * o.height);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919 + ((i * i) >> 3)) & 0xff;
  const bpp = Math.max(1, (channels * depth) / 8);
  const rows: Buffer[] = [];
  for (let y = 0; y < o.height; y++) {
    const row = pixels.subarray(y * rowBytes, (y + 1) * rowBytes);
    const up = y ? pixels.subarray((y - 1) * rowBytes, y * rowBytes) : Buffer.alloc(rowBytes);
    const filter = y % 3; // none, Sub, Up
    const out = Buffer.alloc(rowBytes + 1);
    out[0] = filter;
    for (let x = 0; x < rowBytes; x++) {
      const left = x >= bpp ? row[x - bpp]! : 0;
      out[x + 1] = (row[x]! - (filter === 1 ? left : filter === 2 ? up[x]! : 0)) & 0xff;
    }
    rows.push(out);
  }
  const z = deflateSync(Buffer.concat(rows));
  const n = o.parts ?? 1;
  const step = Math.ceil(z.length / n);
  const idat = Array.from({ length: n }, (_, i) => pngChunk('IDAT', z.subarray(i * step, (i + 1) * step)));
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(o.width);
  ihdr.writeUInt32BE(o.height, 4);
  ihdr.set([depth, o.colorType, 0, 0, 0], 8);
  const bytes = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    ...(o.extra ?? []),
    ...idat,
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
  return { bytes: new Uint8Array(bytes), pixels, zlib: new Uint8Array(z) };
}

async function pdfWith(bytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([300, 300]);
  const pic = await embedPicture(doc, bytes, true);
  drawPicture(page, pic, { x: 10, y: 10, width: pic.width, height: pic.height });
  return doc.save();
}

/** The pixels poppler decodes from the PDF's only image, as RGB samples (the PPM body). */
function popplerPixels(pdf: Uint8Array): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-image-'));
  writeFileSync(join(dir, 'r.pdf'), pdf);
  execFileSync('pdfimages', [join(dir, 'r.pdf'), join(dir, 'img')]);
  const file = readdirSync(dir).find((f) => f.startsWith('img'))!;
  const data = readFileSync(join(dir, file));
  // Netpbm header: magic, width, height, maxval, each followed by whitespace.
  let at = 0;
  for (let fields = 0; fields < 4; fields++) {
    while (/\s/.test(String.fromCharCode(data[at]!))) at++;
    while (!/\s/.test(String.fromCharCode(data[at]!))) at++;
  }
  return data.subarray(at + 1);
}

describe('PNG pictures in report.pdf', () => {
  it('takes an RGB PNG’s compressed stream as is, IDAT parts joined', async () => {
    const p = png({ width: 37, height: 23, colorType: 2, parts: 3 });
    const s = pngStream(p.bytes);
    expect(s).toMatchObject({ width: 37, height: 23, bitDepth: 8, colors: 3 });
    expect(Buffer.from(s!.data).equals(Buffer.from(p.zlib))).toBe(true);
    const doc = await PDFDocument.load(await pdfWith(p.bytes));
    const images = [...doc.context.enumerateIndirectObjects()]
      .map(([, o]) => o)
      .filter(
        (o): o is PDFRawStream =>
          o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'),
      );
    expect(images).toHaveLength(1);
    expect(Buffer.from(images[0]!.contents).equals(Buffer.from(p.zlib))).toBe(true);
  });

  it('leaves to a decoder what one PDF stream cannot hold: alpha, interlacing, transparency, 16 bits', () => {
    expect(pngStream(png({ width: 4, height: 4, colorType: 6 }).bytes)).toBeUndefined();
    expect(pngStream(png({ width: 4, height: 4, colorType: 2, bitDepth: 16 }).bytes)).toBeUndefined();
    const trns = pngChunk('tRNS', new Uint8Array([0, 0, 0, 0, 0, 0]));
    expect(pngStream(png({ width: 4, height: 4, colorType: 2, extra: [trns] }).bytes)).toBeUndefined();
    const interlaced = png({ width: 4, height: 4, colorType: 2 }).bytes;
    interlaced[28] = 1;
    expect(pngStream(interlaced)).toBeUndefined();
    const cut = png({ width: 4, height: 4, colorType: 2 }).bytes;
    expect(pngStream(cut.subarray(0, cut.length - 12))).toBeUndefined();
  });

  it.skipIf(!hasPdftotext())(
    'shows the same pixels as the PNG (RGB, grey, palette), as poppler decodes them',
    async () => {
      const rgb = png({ width: 37, height: 23, colorType: 2, parts: 2 });
      expect(popplerPixels(await pdfWith(rgb.bytes)).equals(rgb.pixels)).toBe(true);
      const grey = png({ width: 19, height: 11, colorType: 0 });
      // pdfimages writes grey as RGB.
      const greyRgb = Buffer.concat([...grey.pixels].map((v) => Buffer.from([v, v, v])));
      expect(popplerPixels(await pdfWith(grey.bytes)).equals(greyRgb)).toBe(true);
      const palette = Buffer.from(Array.from({ length: 256 * 3 }, (_, i) => (i * 37) & 0xff));
      const indexed = png({ width: 13, height: 9, colorType: 3, extra: [pngChunk('PLTE', palette)] });
      const expected = Buffer.concat([...indexed.pixels].map((i) => palette.subarray(i * 3, i * 3 + 3)));
      expect(popplerPixels(await pdfWith(indexed.bytes)).equals(expected)).toBe(true);
    },
  );

  it('still embeds an RGBA PNG (decoded, where no native encoder exists)', async () => {
    const doc = await PDFDocument.load(await pdfWith(png({ width: 5, height: 4, colorType: 6 }).bytes));
    const images = [...doc.context.enumerateIndirectObjects()].filter(
      ([, o]) => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'),
    );
    // pdf-lib puts the alpha channel in a soft mask of its own.
    expect(images.length).toBeGreaterThanOrEqual(1);
  });
});
