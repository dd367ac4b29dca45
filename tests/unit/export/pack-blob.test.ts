import { crc32 as zlibCrc } from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildPack, buildPackBlob, blobSink, zipStream } from '../../../utils/export/pack';
import { blobBehind, level, PackWriter, SLICE_BYTES, WHOLE_FILE_BYTES } from '../../../utils/export/pack-writer';
import { wrap } from '../../../utils/export/report-pdf';
import { subsetTrueType } from '../../../utils/export/font-subset';
import { verifyPack } from '../../../utils/export/verify';
import { safeUnzip } from '../../../utils/zip/safe-unzip';
import { caseWithScreenshot, freshDb } from '../../support/db';
import { loadTestFont } from './font';
import { noise } from '../../support/noise';

/** Where a ZIP entry's data starts, from its local header (found by name). */
function dataStart(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = new TextEncoder().encode(name);
  for (let at = 0; at + 30 < zip.length; at++) {
    if (view.getUint32(at, true) !== 0x04034b50) continue;
    const nameLen = view.getUint16(at + 26, true);
    const got = zip.subarray(at + 30, at + 30 + nameLen);
    if (got.length === wanted.length && got.every((b, i) => b === wanted[i]))
      return at + 30 + nameLen + view.getUint16(at + 28, true);
  }
  throw new Error(`${name} not found`);
}

describe('stored files in the pack Blob', () => {
  it('go in as the Blob they were read from, whole or slice by slice, with the CRC of their bytes', async () => {
    const small = new Blob([noise(300_000, 1)]);
    const big = new Blob([noise(WHOLE_FILE_BYTES + SLICE_BYTES + 5, 2)]);
    const seen: { bytes: number; from?: Blob }[] = [];
    const out = blobSink();
    const chunks: Uint8Array[] = [];
    const { zip, done } = zipStream((chunk) => {
      const from = blobBehind(chunk);
      seen.push({ bytes: chunk.byteLength, ...(from ? { from } : {}) });
      chunks.push(chunk);
      out.sink(chunk);
    });
    const w = new PackWriter(zip, '', new Date('2026-11-27T00:00:00Z'));
    await w.addBlob('a.png', small, 'image/png');
    await w.addBlob('b.mp4', big, 'video/mp4');
    zip.end();
    await done;
    // The small file is one chunk backed by its own Blob; the big one is backed slice by slice.
    expect(seen.find((s) => s.from === small)?.bytes).toBe(small.size);
    const slices = seen.filter((s) => s.from && s.from !== small);
    expect(slices.reduce((n, s) => n + s.bytes, 0)).toBe(big.size);
    // The Blob made of those references is the very archive the bytes make, and each entry's CRC holds.
    const fromBlob = new Uint8Array(await out.blob().arrayBuffer());
    const whole = new Uint8Array(Buffer.concat(chunks));
    expect(Buffer.from(fromBlob).equals(Buffer.from(whole))).toBe(true);
    const files = safeUnzip(fromBlob);
    expect(zlibCrc(files.get('b.mp4')!)).toBe(zlibCrc(new Uint8Array(await big.arrayBuffer())));
  });

  it('a changed byte in a stored file fails its CRC and its hash', async () => {
    const db = freshDb();
    const { c } = await caseWithScreenshot(db, noise(200_000, 3));
    const pack = await buildPack(db, c.id, { pdf: false });
    const path = pack.manifest.files.find((f) => f.path.endsWith('.png'))!.path;
    const bad = pack.bytes.slice();
    bad[dataStart(bad, path) + 1000]! ^= 0x01;
    expect(() => safeUnzip(bad)).toThrow(`"${path}" fails its CRC check`);
    expect((await verifyPack(bad)).ok).toBe(false);
    expect((await verifyPack(pack.bytes)).ok).toBe(true);
  });

  it('report.pdf is stored (its streams are compressed already), and a streamed pack with it verifies', async () => {
    expect(level('application/pdf')).toBe(0);
    expect(level('text/html')).toBe(6);
    const db = freshDb();
    const { c } = await caseWithScreenshot(db, noise(50_000, 4));
    const built = await buildPackBlob(db, c.id, { loadFont: loadTestFont });
    const bytes = new Uint8Array(await built.blob.arrayBuffer());
    const view = new DataView(bytes.buffer);
    const at = dataStart(bytes, 'report.pdf') - 30 - 'report.pdf'.length;
    expect(view.getUint16(at + 8, true)).toBe(0); // compression method: stored
    expect(await verifyPack(bytes)).toMatchObject({ ok: true, problems: [] });
  });
});

describe('report.pdf line wrapping', () => {
  it('keeps every line within the width as the font measures it, and loses no character', async () => {
    const text =
      '退款纠纷：蓝牙耳机未收到货 Order TB-20261111-8848 · tracking SF1402286519034 已签收 ' +
      'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90 and some plain English words to wrap';
    const bytes = await loadTestFont();
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const f = fontkit.create(bytes);
    const ids = new Set([...new Set(text)].map((ch) => f.glyphForCodePoint(ch.codePointAt(0)!).id));
    const font = await doc.embedFont(subsetTrueType(bytes, ids), { subset: false });
    for (const [size, width] of [
      [10, 300],
      [8, 120],
      [7, 40],
    ] as const) {
      const lines = wrap(text, font, size, width);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines)
        if (line.length > 1) expect(font.widthOfTextAtSize(line, size)).toBeLessThanOrEqual(width + 1e-9);
      // Breaks at spaces drop that space; nothing else is lost.
      expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    }
  });
});
