import { crc32, deflateRawSync } from 'node:zlib';

/** A file for `zipNative`: its bytes, or its bytes and the deflate level (zlib's default, 6, otherwise). */
export type NativeZipEntry = Uint8Array | [Uint8Array, { level?: number }];

/**
 * A ZIP of `entries` deflated by Node's zlib instead of fflate: for test packs that hold megabytes of zeros
 * (the zip-bomb and size-limit cases), where fflate, in JavaScript, spent seconds deflating them and zlib
 * spends milliseconds. The layout is fflate's `zipSync`'s: each file's local header with its sizes and CRC
 * (no data descriptor), its deflated bytes, then the central directory and its end record.
 */
export function zipNative(entries: Record<string, NativeZipEntry>): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, entry] of Object.entries(entries)) {
    const [data, { level = 6 } = {}] = entry instanceof Uint8Array ? [entry] : entry;
    const path = enc.encode(name);
    const packed = deflateRawSync(data, { level });
    const crc = crc32(data);
    const local = new Uint8Array(30 + path.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, 8, true); // deflate
    lv.setUint16(12, 0x21, true); // 1980-01-01
    lv.setUint32(14, crc, true);
    lv.setUint32(18, packed.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, path.length, true);
    local.set(path, 30);
    const head = new Uint8Array(46 + path.length);
    const cv = new DataView(head.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, 8, true);
    cv.setUint16(14, 0x21, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, packed.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, path.length, true);
    cv.setUint32(42, offset, true);
    head.set(path, 46);
    parts.push(local, packed);
    central.push(head);
    offset += local.length + packed.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, central.length, true);
  ev.setUint16(10, central.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + 22);
  let at = 0;
  for (const part of [...parts, ...central, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
