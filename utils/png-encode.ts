// Pictures OrderProof draws itself (a full page stitched from bands, an area, a masked copy) are opaque, but a
// canvas's own PNG encoder always writes an alpha channel. A PDF image cannot carry RGBA in one stream, so every
// such picture had to be decoded and re-encoded as a JPEG each time report.pdf showed it (lossy, and the slowest
// step of an export). Written as an RGB PNG instead, the same pixels go into the PDF as they are, and the file
// is smaller too (measured on saved order pages: 36–44 % below Chromium’s RGBA PNG).
import { streamCrc32 } from './hash';
import { concatBytes } from '@noble/hashes/utils.js';

/** The eight bytes every PNG starts with. */
export const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * What a PNG's header (its first chunk, IHDR) states, from the file's first 26 bytes, without decoding it;
 * undefined when the bytes are no PNG or its first chunk is not IHDR.
 */
export function pngHeader(
  bytes: Uint8Array,
): { width: number; height: number; bitDepth: number; colorType: number } | undefined {
  if (bytes.length < 26 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return undefined;
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20), bitDepth: bytes[24]!, colorType: bytes[25]! };
}
/** Pixels read back from the canvas at a time: a strip of rows of about 1 MB, never the whole picture. */
const STRIP_BYTES = 1024 * 1024;

type Pixels = Uint8ClampedArray | Uint8Array;
/** Reads `rows` rows of RGBA pixels from row `top` (ImageData's layout: 4 bytes a pixel, no padding). */
export type ReadRows = (top: number, rows: number) => Pixels | Promise<Pixels>;

/**
 * An RGB PNG (8 bits, no interlace, no row filter) of a `width` x `height` picture read strip by strip, deflated
 * by the browser's own zlib (CompressionStream). Undefined when any pixel is not fully opaque (an RGB PNG would
 * lose it) or the browser has no CompressionStream: the caller then keeps the canvas's own RGBA PNG.
 * No row filter because screenshots are flat colour and text: unfiltered rows deflated smallest of the filters
 * tried (none, Sub, Up, adaptive) on saved order pages.
 */
export async function rgbPng(width: number, height: number, read: ReadRows): Promise<Uint8Array | undefined> {
  if (typeof CompressionStream !== 'function' || width < 1 || height < 1) return undefined;
  const zlib = new CompressionStream('deflate');
  const writer = zlib.writable.getWriter();
  const out: Uint8Array[] = [];
  const drained = (async () => {
    const reader = zlib.readable.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) out.push(r.value);
  })();
  // Aborting (a transparent pixel) errors the stream: that is an answer, not an unhandled rejection.
  drained.catch(() => undefined);
  const rowBytes = 1 + width * 3;
  const strip = Math.max(1, Math.floor(STRIP_BYTES / (width * 4)));
  // One buffer for every strip's rows: the compressor has taken a chunk in whole once its write resolves.
  const raw = new Uint8Array(Math.min(strip, height) * rowBytes);
  try {
    for (let top = 0; top < height; top += strip) {
      const rows = Math.min(strip, height - top);
      const rgba = await read(top, rows);
      if (rgba.length < rows * width * 4) throw new RangeError('fewer pixels than asked for');
      for (let y = 0; y < rows; y++) {
        raw[y * rowBytes] = 0; // the row's filter: none
        let to = y * rowBytes + 1;
        const end = (y + 1) * width * 4;
        for (let from = y * width * 4; from < end; from += 4) {
          if (rgba[from + 3] !== 255) {
            await writer.abort();
            return undefined;
          }
          raw[to++] = rgba[from]!;
          raw[to++] = rgba[from + 1]!;
          raw[to++] = rgba[from + 2]!;
        }
      }
      await writer.write(rows === strip ? raw : raw.subarray(0, rows * rowBytes));
    }
    await writer.close();
    await drained;
  } catch (err) {
    await writer.abort().catch(() => undefined);
    throw err;
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits a sample, RGB, deflate, filter method 0, no interlace
  const chunks = [PNG_SIGNATURE, await chunk('IHDR', [header]), await chunk('IDAT', out), await chunk('IEND', [])];
  return concatBytes(...chunks);
}

/** One PNG chunk: length, type, data, and the CRC-32 of type and data. */
async function chunk(type: string, data: readonly Uint8Array[]): Promise<Uint8Array> {
  const length = data.reduce((n, d) => n + d.length, 0);
  const typeBytes = new Uint8Array([...type].map((c) => c.charCodeAt(0)));
  const crc = await streamCrc32();
  crc.update(typeBytes);
  for (const d of data) crc.update(d);
  const head = new Uint8Array(8);
  new DataView(head.buffer).setUint32(0, length);
  head.set(typeBytes, 4);
  const tail = new Uint8Array(4);
  new DataView(tail.buffer).setUint32(0, crc.value());
  return concatBytes(head, ...data, tail);
}

/**
 * A canvas as a PNG: RGB when every pixel is opaque (rgbPng), else the canvas's own RGBA PNG. Browser only.
 * The canvas's 2D context should have been made with `willReadFrequently` (its pixels are read back here).
 */
export async function canvasPng(canvas: OffscreenCanvas): Promise<Uint8Array> {
  const ctx = canvas.getContext('2d');
  const rgb = ctx
    ? await rgbPng(canvas.width, canvas.height, (top, rows) => ctx.getImageData(0, top, canvas.width, rows).data)
    : undefined;
  return rgb ?? new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
}

/**
 * A PNG as an RGB PNG when it is RGBA with every pixel opaque (Firefox's captureVisibleTab writes RGBA, Chromium's
 * RGB), decoded as stored, without colour management, so the pixels are the same; otherwise the bytes as given.
 * Browser only.
 */
export async function rgbIfOpaque(png: Uint8Array): Promise<Uint8Array> {
  const head = pngHeader(png);
  const rgba = head?.colorType === 6 && head.bitDepth === 8;
  if (!rgba || typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') return png;
  const bitmap = await createImageBitmap(new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }), {
    colorSpaceConversion: 'none',
    premultiplyAlpha: 'none',
  });
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return png;
    ctx.drawImage(bitmap, 0, 0);
    const width = bitmap.width;
    return (await rgbPng(width, bitmap.height, (top, rows) => ctx.getImageData(0, top, width, rows).data)) ?? png;
  } finally {
    bitmap.close();
  }
}
