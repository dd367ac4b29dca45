import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pngStream } from '../../../utils/export/pdf-image';
import { rgbPng } from '../../../utils/png-encode';
import { crc32 } from '../../../utils/zip/crc32';

/** A picture's RGBA pixels from a colour function, and a reader over them that records what it was asked. */
function picture(width: number, height: number, color: (x: number, y: number) => [number, number, number, number]) {
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rgba.set(color(x, y), (y * width + x) * 4);
  const asked: [number, number][] = [];
  const read = (top: number, rows: number) => {
    asked.push([top, rows]);
    return rgba.subarray(top * width * 4, (top + rows) * width * 4);
  };
  return { rgba, read, asked };
}

/** The chunks of a PNG, each with whether its CRC is right. */
function chunks(png: Uint8Array): { type: string; data: Uint8Array; crcRight: boolean }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    const crcRight = view.getUint32(at + 8 + length) === crc32(png.subarray(at + 4, at + 8 + length));
    out.push({ type, data, crcRight });
    at += 12 + length;
  }
  return out;
}

describe('rgbPng: an opaque picture as an RGB PNG that report.pdf takes as it is', () => {
  const color = (x: number, y: number): [number, number, number, number] => [
    (x * 7) & 255,
    (y * 13) & 255,
    (x + y) & 255,
    255,
  ];

  it('writes the signature, IHDR (8-bit RGB, no interlace), one IDAT and IEND, each with its right CRC', async () => {
    const { read } = picture(5, 3, color);
    const png = (await rgbPng(5, 3, read))!;
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const list = chunks(png);
    expect(list.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(list.every((c) => c.crcRight)).toBe(true);
    const ihdr = new DataView(list[0]!.data.buffer, list[0]!.data.byteOffset, 13);
    expect([ihdr.getUint32(0), ihdr.getUint32(4), ...list[0]!.data.subarray(8)]).toEqual([5, 3, 8, 2, 0, 0, 0]);
  });

  it('keeps every pixel: each row is filter 0 then the RGB of each pixel, alpha dropped', async () => {
    const { read } = picture(5, 3, color);
    const png = (await rgbPng(5, 3, read))!;
    const raw = inflateSync(chunks(png).find((c) => c.type === 'IDAT')!.data);
    expect(raw.length).toBe(3 * (1 + 5 * 3));
    for (let y = 0; y < 3; y++) {
      const row = raw.subarray(y * 16, (y + 1) * 16);
      expect(row[0], `row ${y} filter`).toBe(0);
      for (let x = 0; x < 5; x++)
        expect([...row.subarray(1 + x * 3, 4 + x * 3)], `pixel ${x},${y}`).toEqual(color(x, y).slice(0, 3));
    }
  });

  it('is a picture the PDF writer embeds as it is (RGB, three samples a pixel), not one it must re-encode', async () => {
    const { read } = picture(4, 4, color);
    const stream = pngStream((await rgbPng(4, 4, read))!);
    expect(
      stream && { width: stream.width, height: stream.height, colors: stream.colors, bitDepth: stream.bitDepth },
    ).toEqual({
      width: 4,
      height: 4,
      colors: 3,
      bitDepth: 8,
    });
  });

  it('reads a tall picture a strip of about 1 MB at a time, never whole, and keeps the rows in order', async () => {
    const width = 1024;
    const height = 2500;
    const { read, asked } = picture(width, height, (x, y) => [y & 255, (y >> 8) & 255, x & 255, 255]);
    const png = (await rgbPng(width, height, read))!;
    // 1 MB of RGBA is 256 rows of 1024 pixels; the last strip is what is left.
    expect(asked).toEqual(Array.from({ length: 10 }, (_, k) => [k * 256, k < 9 ? 256 : 2500 - 9 * 256]));
    const raw = inflateSync(chunks(png).find((c) => c.type === 'IDAT')!.data);
    const rowBytes = 1 + width * 3;
    for (const y of [0, 255, 256, 1023, 1024, 2303, 2304, 2499])
      expect([...raw.subarray(y * rowBytes + 1, y * rowBytes + 4)], `row ${y}`).toEqual([y & 255, (y >> 8) & 255, 0]);
  });

  it('gives nothing for a picture with a pixel not fully opaque (an RGB PNG would lose it), without an unhandled error', async () => {
    const { read } = picture(6, 4, (x, y) => [0, 0, 0, x === 5 && y === 3 ? 254 : 255]);
    await expect(rgbPng(6, 4, read)).resolves.toBeUndefined();
  });

  it('stops with a clear error when the reader gives fewer pixels than asked', async () => {
    await expect(rgbPng(4, 4, () => new Uint8ClampedArray(8))).rejects.toThrow(/fewer pixels/);
  });
});
