import { Inflate } from 'fflate';

/** Limits for reading a ZIP that came from anywhere. */
export interface UnzipLimits {
  maxEntries: number;
  /** Sum of every file's uncompressed size. */
  maxTotalBytes: number;
  maxFileBytes: number;
  /** Uncompressed / compressed, checked for files above 1 MiB (small files compress wildly and harmlessly). */
  maxRatio: number;
}

export const DEFAULT_UNZIP_LIMITS: UnzipLimits = {
  maxEntries: 20_000,
  maxTotalBytes: 2 * 1024 ** 3,
  maxFileBytes: 1024 ** 3,
  maxRatio: 200,
};

export class UnzipError extends Error {
  override name = 'UnzipError';
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Why a name is refused, or undefined for a safe relative path. */
export function unsafePathReason(name: string): string | undefined {
  if (!name) return 'an empty name';
  if (name.includes('\0')) return 'a NUL character';
  if (name.includes('\\')) return 'a backslash';
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return 'an absolute path';
  const parts = name.replace(/\/$/, '').split('/');
  if (parts.some((p) => p === '..' || p === '.' || p === '')) return 'a "..", "." or empty path segment';
  if (name.length > 400) return 'a name over 400 characters';
  return undefined;
}

interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function readCentralDirectory(zip: Uint8Array, limits: UnzipLimits): CentralEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  if (zip.byteLength < 22) throw new UnzipError('not a ZIP file (too short)');
  let eocd = -1;
  for (let i = zip.byteLength - 22; i >= Math.max(0, zip.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new UnzipError('not a ZIP file, or a truncated one (no end of central directory)');
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new UnzipError('ZIP64 archives are not supported');
  if (count > limits.maxEntries) throw new UnzipError(`too many entries (${count}, the limit is ${limits.maxEntries})`);
  if (cdOffset + cdSize > eocd) throw new UnzipError('the central directory lies outside the file (truncated or damaged ZIP)');
  const entries: CentralEntry[] = [];
  const names = new Set<string>();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let at = cdOffset;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== 0x02014b50) throw new UnzipError('damaged central directory');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (at + 46 + nameLen > eocd) throw new UnzipError('damaged central directory');
    let name: string;
    try {
      name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLen));
    } catch {
      throw new UnzipError('an entry name is not valid UTF-8');
    }
    at += 46 + nameLen + extraLen + commentLen;
    const reason = unsafePathReason(name);
    if (reason) throw new UnzipError(`unsafe entry name "${name.slice(0, 80)}": ${reason}`);
    if (names.has(name)) throw new UnzipError(`the entry "${name}" appears twice`);
    names.add(name);
    if (flags & 1) throw new UnzipError(`"${name}" is encrypted`);
    if (method !== 0 && method !== 8) throw new UnzipError(`"${name}" uses compression method ${method}, which is not supported`);
    if (size > limits.maxFileBytes) throw new UnzipError(`"${name}" would unpack to ${size} bytes, over the ${limits.maxFileBytes}-byte limit`);
    if (method === 0 && size !== compressedSize) throw new UnzipError(`"${name}" is stored with inconsistent sizes`);
    if (size > 1024 * 1024 && size / Math.max(1, compressedSize) > limits.maxRatio) {
      throw new UnzipError(`"${name}" compresses ${Math.round(size / Math.max(1, compressedSize))}:1, beyond the ${limits.maxRatio}:1 limit (a ZIP bomb?)`);
    }
    total += size;
    if (total > limits.maxTotalBytes) throw new UnzipError(`the archive would unpack to more than ${limits.maxTotalBytes} bytes`);
    entries.push({ name, method, flags, crc, compressedSize, size, localOffset });
  }
  return entries;
}

function inflateWithBudget(name: string, data: Uint8Array, budget: number): Uint8Array {
  const out = new Uint8Array(budget);
  let produced = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (produced + chunk.length > budget) {
      overflow = true;
      return;
    }
    out.set(chunk, produced);
    produced += chunk.length;
  });
  const step = 64 * 1024;
  try {
    for (let i = 0; i < data.length && !overflow; i += step) inflater.push(data.subarray(i, i + step), i + step >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    throw new UnzipError(`"${name}" is damaged (${err instanceof Error ? err.message : String(err)})`);
  }
  if (overflow) throw new UnzipError(`"${name}" unpacks to more than its declared ${budget} bytes`);
  if (produced !== budget) throw new UnzipError(`"${name}" unpacks to ${produced} bytes, not its declared ${budget}`);
  return out;
}

/**
 * Unpacks a ZIP from an untrusted source: names, counts, sizes and ratios are checked from the
 * central directory before anything is inflated, and each file is inflated into a buffer of its
 * declared size, so a lying header cannot make it use more memory than the limits allow.
 */
export function safeUnzip(zip: Uint8Array, limits: Partial<UnzipLimits> = {}): Map<string, Uint8Array> {
  const l = { ...DEFAULT_UNZIP_LIMITS, ...limits };
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const files = new Map<string, Uint8Array>();
  for (const e of readCentralDirectory(zip, l)) {
    if (e.localOffset + 30 > zip.byteLength || view.getUint32(e.localOffset, true) !== 0x04034b50) throw new UnzipError(`"${e.name}": damaged local header`);
    const start = e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
    const end = start + e.compressedSize;
    if (end > zip.byteLength) throw new UnzipError(`"${e.name}" is cut short (truncated ZIP)`);
    if (e.name.endsWith('/')) {
      if (e.size !== 0) throw new UnzipError(`the folder entry "${e.name}" has content`);
      continue;
    }
    const raw = zip.subarray(start, end);
    const bytes = e.method === 0 ? raw.slice() : inflateWithBudget(e.name, raw, e.size);
    if (crc32(bytes) !== e.crc) throw new UnzipError(`"${e.name}" fails its CRC check (damaged ZIP)`);
    files.set(e.name, bytes);
  }
  return files;
}
