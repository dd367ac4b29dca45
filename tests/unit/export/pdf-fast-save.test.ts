import { deflateSync } from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { compactTrueType } from '../../../utils/export/font-compact';
import { drawPicture, embedPngStream, fastStreamWrites, writeFromParts } from '../../../utils/export/pdf-image';
import { loadTestFont } from './font';

const DATE = new Date('2026-11-27T00:00:00Z');

/** A document with text in an embedded font and a picture: every kind of stream report.pdf holds. */
async function document(): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(DATE);
  doc.setModificationDate(DATE);
  doc.registerFontkit(fontkit);
  const text = '订单 Order 42';
  const font = await doc.embedFont(
    compactTrueType(
      await loadTestFont(),
      [...text].map((c) => c.codePointAt(0)!),
    ),
  );
  const page = doc.addPage([300, 300]);
  page.drawText(text, { x: 10, y: 280, size: 12, font });
  const zlib = deflateSync(Buffer.from([0, 255, 0, 0, 0, 0, 255, 0]));
  const pic = embedPngStream(doc, {
    width: 2,
    height: 1,
    bitDepth: 8,
    colors: 3,
    parts: [zlib.subarray(0, 5), zlib.subarray(5)],
    data: zlib,
  });
  drawPicture(page, pic, { x: 10, y: 10, width: 20, height: 10 });
  return doc;
}

describe('report.pdf written stream by stream with one copy each', () => {
  it('gives the very bytes pdf-lib writes itself', async () => {
    const plain = await document();
    // pdf-lib's own writer, for comparison, with the picture's parts joined in advance.
    for (const [, o] of plain.context.enumerateIndirectObjects())
      if (o instanceof PDFStream && Object.hasOwn(o, 'copyBytesInto')) {
        const joined = o.getContents();
        const own = o as Partial<PDFStream>;
        delete own.getContents;
        delete own.getContentsSize;
        delete own.copyBytesInto;
        Object.defineProperty(o, 'contents', { value: joined });
      }
    const expected = await plain.save({ useObjectStreams: false });
    const fast = await document();
    await fast.flush();
    fastStreamWrites(fast);
    const actual = await fast.save({ useObjectStreams: false });
    expect(Buffer.from(actual).equals(Buffer.from(expected))).toBe(true);
  });

  it('every stream of the document is written from its parts after fastStreamWrites', async () => {
    const doc = await document();
    await doc.flush();
    fastStreamWrites(doc);
    const streams = [...doc.context.enumerateIndirectObjects()].filter(([, o]) => o instanceof PDFStream);
    expect(streams.length).toBeGreaterThan(3);
    for (const [, o] of streams) expect(Object.hasOwn(o, 'copyBytesInto')).toBe(true);
  });

  it('writes parts in order, sized as their sum', () => {
    const stream = { dict: { copyBytesInto: () => 0 }, updateDict: () => undefined } as unknown as PDFStream;
    writeFromParts(stream, [new Uint8Array([1, 2]), new Uint8Array([3])]);
    expect(stream.getContentsSize()).toBe(3);
    expect([...stream.getContents()]).toEqual([1, 2, 3]);
    const out = new Uint8Array(32);
    const n = stream.copyBytesInto(out, 0);
    expect(new TextDecoder().decode(out.subarray(0, n))).toBe('\nstream\n\u0001\u0002\u0003\nendstream');
  });
});
