import { expect } from 'vitest';

/**
 * Byte arrays compared as bytes. Vitest's deep equality walks a typed array element by element as an
 * object's keys (seconds per megabyte), and the unit tests compare packs, PDFs and pictures byte for byte.
 * Same verdict as the default: two views of the same kind are equal when their bytes are; anything else
 * (other kinds, a typed array against an array) is left to the default, and so is a failure's diff.
 */
function sameBytes(a: unknown, b: unknown): boolean | undefined {
  if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b) || a instanceof DataView || b instanceof DataView)
    return undefined;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return undefined;
  const x = a as unknown as { length: number; byteLength: number; byteOffset: number; buffer: ArrayBufferLike };
  const y = b as unknown as typeof x;
  if (x.length !== y.length || x.byteLength !== y.byteLength) return false;
  // Float arrays: NaN and -0 follow Object.is in the default; leave them to it.
  if (a instanceof Float32Array || a instanceof Float64Array) return undefined;
  const bytesOf = (v: typeof x) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  return bytesOf(x).equals(bytesOf(y)) ? true : undefined;
}

expect.addEqualityTesters([sameBytes]);
