import { Inflate } from 'fflate';
import { crc32 } from './crc32';
import { errorText } from '../error-text';

/** Limits for reading a ZIP that came from anywhere. */
export interface UnzipLimits {
  maxEntries: number;
  /** Sum of every file's uncompressed size. */
  maxTotalBytes: number;
  maxFileBytes: number;
  /** Uncompressed / compressed, checked for files above 1 MiB (small files compress wildly and harmlessly). */
  maxRatio: number;
}

/** Computes a ZIP CRC-32 of whole bytes: the JavaScript one by default, hash-wasm's where it was loaded (hash.ts fastCrc32). */
export type Crc32 = (bytes: Uint8Array) => number;

export const DEFAULT_UNZIP_LIMITS: UnzipLimits = {
  maxEntries: 20_000,
  maxTotalBytes: 2 * 1024 ** 3,
  maxFileBytes: 1024 ** 3,
  maxRatio: 200,
};

export class UnzipError extends Error {
  override name = 'UnzipError';
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
  /** Where the next entry (or the central directory) starts: this entry's data must end before it. */
  dataLimit: number;
}

interface Directory {
  count: number;
  cdSize: number;
  cdOffset: number;
  /** Where the end record starts, counted from the start of the archive. */
  eocd: number;
}

/** Finds the end record in the archive's last bytes (`tail`, which starts at `tailStart`). */
function locateDirectory(tail: Uint8Array, tailStart: number, limits: UnzipLimits): Directory {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  if (tailStart + tail.byteLength < 22) throw new UnzipError('not a ZIP file (too short)');
  let at = -1;
  for (let i = tail.byteLength - 22; i >= Math.max(0, tail.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new UnzipError('not a ZIP file, or a truncated one (no end of central directory)');
  const count = view.getUint16(at + 10, true);
  const cdSize = view.getUint32(at + 12, true);
  const cdOffset = view.getUint32(at + 16, true);
  const eocd = tailStart + at;
  if (count === 0xffff || cdOffset === 0xffffffff) throw new UnzipError('ZIP64 archives are not supported');
  if (count > limits.maxEntries) throw new UnzipError(`too many entries (${count}, the limit is ${limits.maxEntries})`);
  if (cdOffset + cdSize > eocd)
    throw new UnzipError('the central directory lies outside the file (truncated or damaged ZIP)');
  return { count, cdSize, cdOffset, eocd };
}

/** Reads every entry of the central directory (`cd`: its bytes alone), checking each before anything is inflated. */
function parseDirectory(cd: Uint8Array, dir: Directory, limits: UnzipLimits): CentralEntry[] {
  const view = new DataView(cd.buffer, cd.byteOffset, cd.byteLength);
  const entries: CentralEntry[] = [];
  const names = new Set<string>();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  for (let i = 0; i < dir.count; i++) {
    if (at + 46 > cd.byteLength || view.getUint32(at, true) !== 0x02014b50)
      throw new UnzipError('damaged central directory');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (at + 46 + nameLen > cd.byteLength) throw new UnzipError('damaged central directory');
    let name: string;
    try {
      name = decoder.decode(cd.subarray(at + 46, at + 46 + nameLen));
    } catch {
      throw new UnzipError('an entry name is not valid UTF-8');
    }
    at += 46 + nameLen + extraLen + commentLen;
    const reason = unsafePathReason(name);
    if (reason) throw new UnzipError(`unsafe entry name "${name.slice(0, 80)}": ${reason}`);
    if (names.has(name)) throw new UnzipError(`the entry "${name}" appears twice`);
    names.add(name);
    if (flags & 1) throw new UnzipError(`"${name}" is encrypted`);
    if (method !== 0 && method !== 8)
      throw new UnzipError(`"${name}" uses compression method ${method}, which is not supported`);
    if (size > limits.maxFileBytes)
      throw new UnzipError(`"${name}" would unpack to ${size} bytes, over the ${limits.maxFileBytes}-byte limit`);
    if (method === 0 && size !== compressedSize) throw new UnzipError(`"${name}" is stored with inconsistent sizes`);
    if (size > 1024 * 1024 && size / Math.max(1, compressedSize) > limits.maxRatio) {
      throw new UnzipError(
        `"${name}" compresses ${Math.round(size / Math.max(1, compressedSize))}:1, beyond the ${limits.maxRatio}:1 limit (a ZIP bomb?)`,
      );
    }
    entries.push({ name, method, flags, crc, compressedSize, size, localOffset, dataLimit: dir.cdOffset });
  }
  return entries;
}

/**
 * Checks the archive as a whole before anything is inflated: the sum of every declared size (small
 * entries count too), the ratio of that sum to the archive's own size, and that no two entries share
 * bytes (overlapping entries let a small file declare the same compressed data many times over).
 */
function checkArchive(entries: CentralEntry[], dir: Directory, archiveBytes: number, limits: UnzipLimits): void {
  const total = entries.reduce((n, e) => n + e.size, 0);
  if (total > limits.maxTotalBytes)
    throw new UnzipError(`the archive would unpack to more than ${limits.maxTotalBytes} bytes`);
  if (total > 1024 * 1024 && total / Math.max(1, archiveBytes) > limits.maxRatio) {
    throw new UnzipError(
      `the archive would unpack to ${total} bytes from ${archiveBytes}, ${Math.round(total / Math.max(1, archiveBytes))}:1, beyond the ${limits.maxRatio}:1 limit (a ZIP bomb?)`,
    );
  }
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 0; i < byOffset.length; i++) {
    const e = byOffset[i]!;
    if (e.localOffset + 30 > dir.cdOffset)
      throw new UnzipError(`"${e.name}": damaged local header (outside the archive's data)`);
    const next = byOffset[i + 1]?.localOffset ?? dir.cdOffset;
    // The smallest an entry can be: its header, its name and its compressed data.
    if (e.localOffset + 30 + new TextEncoder().encode(e.name).byteLength + e.compressedSize > next) {
      throw new UnzipError(`"${e.name}" overlaps the entry after it (a ZIP bomb?)`);
    }
    e.dataLimit = next;
  }
}

/** Where an entry's compressed data lies, from its local header's first 30 bytes. */
function dataRange(e: CentralEntry, header: Uint8Array): { start: number; end: number } {
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (header.byteLength < 30 || view.getUint32(0, true) !== 0x04034b50)
    throw new UnzipError(`"${e.name}": damaged local header`);
  const start = e.localOffset + 30 + view.getUint16(26, true) + view.getUint16(28, true);
  const end = start + e.compressedSize;
  if (end > e.dataLimit) throw new UnzipError(`"${e.name}" is cut short or overlaps the entry after it (damaged ZIP)`);
  return { start, end };
}

/** Inflates (or copies) one entry's data and checks its size and CRC. */
function decodeEntry(e: CentralEntry, raw: Uint8Array, crc: Crc32): Uint8Array {
  if (e.name.endsWith('/')) {
    if (e.size !== 0) throw new UnzipError(`the folder entry "${e.name}" has content`);
    return raw.subarray(0, 0);
  }
  // A stored entry is a view of the archive's bytes, not a copy: callers only read entries.
  const bytes = e.method === 0 ? raw : inflateWithBudget(e.name, raw, e.size);
  if (crc(bytes) !== e.crc) throw new UnzipError(`"${e.name}" fails its CRC check (damaged ZIP)`);
  return bytes;
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
    for (let i = 0; i < data.length && !overflow; i += step)
      inflater.push(data.subarray(i, i + step), i + step >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    throw new UnzipError(`"${name}" is damaged (${errorText(err)})`);
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
export function safeUnzip(
  zip: Uint8Array,
  limits: Partial<UnzipLimits> = {},
  crc: Crc32 = crc32,
): Map<string, Uint8Array> {
  const l = { ...DEFAULT_UNZIP_LIMITS, ...limits };
  const dir = locateDirectory(zip, 0, l);
  const entries = parseDirectory(zip.subarray(dir.cdOffset, dir.cdOffset + dir.cdSize), dir, l);
  checkArchive(entries, dir, zip.byteLength, l);
  const files = new Map<string, Uint8Array>();
  for (const e of entries) {
    const { start, end } = dataRange(e, zip.subarray(e.localOffset, e.localOffset + 30));
    const bytes = decodeEntry(e, zip.subarray(start, end), crc);
    if (!e.name.endsWith('/')) files.set(e.name, bytes);
  }
  return files;
}

/** An archive read piece by piece (a File from disk), so it never has to fit in memory whole. */
export interface ZipSource {
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

export function blobSource(blob: Blob): ZipSource {
  return {
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}

export function bytesSource(bytes: Uint8Array): ZipSource {
  return { size: bytes.byteLength, read: (offset, length) => Promise.resolve(bytes.subarray(offset, offset + length)) };
}

/** An archive's checked entries, ready to be read a few at a time. */
export interface ZipIndex {
  source: ZipSource;
  entries: readonly { name: string; size: number }[];
  /** The sum of every entry's declared size. */
  totalBytes: number;
  largestBytes: number;
  /** `onFile` sees each file as soon as it is checked (an importer starts hashing it while the next is read). */
  read(
    names: (name: string) => boolean,
    onFile?: (name: string, bytes: Uint8Array) => Promise<void> | void,
  ): Promise<Map<string, Uint8Array>>;
}

const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;

/**
 * The same checks as safeUnzip, on an archive read piece by piece: the directory and whole-archive
 * checks first, then only the entries asked for are read and inflated, one at a time.
 */
export async function openZip(
  source: ZipSource,
  limits: Partial<UnzipLimits> = {},
  crc: Crc32 = crc32,
): Promise<ZipIndex> {
  const l = { ...DEFAULT_UNZIP_LIMITS, ...limits };
  const tailStart = Math.max(0, source.size - 22 - 0xffff);
  const dir = locateDirectory(await source.read(tailStart, source.size - tailStart), tailStart, l);
  if (dir.cdSize > MAX_DIRECTORY_BYTES)
    throw new UnzipError(`the central directory is larger than ${MAX_DIRECTORY_BYTES} bytes`);
  const entries = parseDirectory(await source.read(dir.cdOffset, dir.cdSize), dir, l);
  checkArchive(entries, dir, source.size, l);
  return {
    source,
    entries: entries.map((e) => ({ name: e.name, size: e.size })),
    totalBytes: entries.reduce((n, e) => n + e.size, 0),
    largestBytes: entries.reduce((n, e) => Math.max(n, e.size), 0),
    async read(wanted, onFile) {
      const files = new Map<string, Uint8Array>();
      for (const e of entries) {
        if (e.name.endsWith('/') || !wanted(e.name)) continue;
        const { start, end } = dataRange(e, await source.read(e.localOffset, 30));
        const bytes = decodeEntry(e, await source.read(start, end - start), crc);
        files.set(e.name, bytes);
        await onFile?.(e.name, bytes);
      }
      return files;
    },
  };
}
