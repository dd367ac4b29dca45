// Reading a pack or a backup for import: from the picked File piece by piece (or from bytes), each file's
// SHA-256 started as soon as it is read. Nothing of the database or the extension APIs: the workers load it.
import { fastCrc32, sha256Hex } from '../hash';
import { bytesSource, openZip, type UnzipLimits, type ZipIndex, type ZipSource } from '../zip/safe-unzip';

/** The File is read ahead in windows of this size: entries are read in the order they were written. */
export const PACK_READ_BYTES = 16 * 1024 * 1024;

/**
 * At most this many bytes wait to be hashed at once. WebCrypto copies what it hashes and hashes off this
 * thread, so the next window is read and CRC-checked while earlier files are hashed, within this bound.
 */
export const HASH_AHEAD_BYTES = 48 * 1024 * 1024;

/**
 * A File read in large windows rather than once per entry: a case of 200 screenshots was 400 reads (each
 * entry's header, then its data), and each read of a file from disk has a fixed cost. The window after
 * the one being read from is read meanwhile (entries are read in the order they were written), so the
 * disk and the browser's copy work while this thread checks and hashes. Memory stays bounded: a window is
 * dropped once reading moves past it (entries already read keep it only while their case is being
 * checked). `at` tells where in the file bytes it returned lie.
 */
export function readAheadSource(
  blob: Blob,
  window = PACK_READ_BYTES,
): ZipSource & { at(bytes: Uint8Array): number | undefined } {
  type Window = { start: number; bytes: Uint8Array };
  let current: Window = { start: 0, bytes: new Uint8Array(0) };
  let ahead: { start: number; bytes: Promise<ArrayBuffer> } | undefined;
  const given = new WeakMap<Uint8Array, number>();
  // A slice's arrayBuffer(): in a worker in Chromium it read a 110 MB pack with less CPU time than a byte
  // stream read into our own buffer (the stream's many small reads cost more; scripts/bench/import.ts).
  const load = (from: number, length: number) => blob.slice(from, from + length).arrayBuffer();
  const readAhead = () => {
    const end = current.start + current.bytes.byteLength;
    ahead = end < blob.size ? { start: end, bytes: load(end, window) } : undefined;
    // A failed read ahead is reported when (if) its window is read.
    ahead?.bytes.catch(() => undefined);
  };
  const within = (w: Window, offset: number, length: number) =>
    offset >= w.start && offset + length <= w.start + w.bytes.byteLength;
  return {
    size: blob.size,
    async read(offset, length) {
      let part: Uint8Array;
      if (within(current, offset, length)) {
        part = current.bytes.subarray(offset - current.start, offset - current.start + length);
      } else {
        const next =
          ahead && offset + length > ahead.start
            ? { start: ahead.start, bytes: new Uint8Array(await ahead.bytes) }
            : undefined;
        const tail = current.start + current.bytes.byteLength;
        if (next && within(next, offset, length)) {
          current = next;
          part = current.bytes.subarray(offset - current.start, offset - current.start + length);
        } else if (
          next &&
          offset >= current.start &&
          offset < tail &&
          within(next, next.start, offset + length - tail)
        ) {
          // An entry across the two windows: only its own bytes are copied into one piece.
          part = new Uint8Array(length);
          part.set(current.bytes.subarray(offset - current.start));
          part.set(next.bytes.subarray(0, offset + length - tail), tail - offset);
          current = next;
        } else {
          current = { start: offset, bytes: new Uint8Array(await load(offset, Math.max(length, window))) };
          part = current.bytes.subarray(0, length);
        }
        readAhead();
      }
      given.set(part, offset);
      return part;
    },
    at: (part) => given.get(part),
  };
}

/** An archive opened for import: its checked index, and the Blob each checked file is to be stored as. */
export interface PackArchive {
  archive: ZipIndex;
  /**
   * The Blob to store for checked bytes: a file stored as is (pictures, videos) in a File is kept as a slice
   * of that File holding the very bytes checked, not copied into a new Blob (the copy cost more than reading
   * and hashing them); the browser refuses to read a File changed since it was picked.
   */
  blobOf(bytes: Uint8Array, type: string): Blob;
  /**
   * Reads the files `wanted` picks, each one's SHA-256 started as it is read. `digests` holds them by path
   * less `prefix` (the folder preparePack reads the pack from), for verifyPackEntries.
   */
  readHashed(
    wanted: (name: string) => boolean,
    prefix?: string,
  ): Promise<{ files: Map<string, Uint8Array>; digests: Map<string, Promise<string>> }>;
}

/** Opens a pack or backup (the directory and whole-archive checks of openZip run here, before any file is read). */
export async function openPackArchive(zip: Uint8Array | Blob, limits: Partial<UnzipLimits>): Promise<PackArchive> {
  const file = zip instanceof Uint8Array ? undefined : readAheadSource(zip);
  const archive = await openZip(file ?? bytesSource(zip as Uint8Array), limits, await fastCrc32());
  return {
    archive,
    blobOf(bytes, type) {
      const offset = file?.at(bytes);
      return offset !== undefined && zip instanceof Blob
        ? zip.slice(offset, offset + bytes.byteLength, type)
        : new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
    },
    async readHashed(wanted, prefix = '') {
      const digests = new Map<string, Promise<string>>();
      const pending: { done: Promise<unknown>; size: number }[] = [];
      let waiting = 0;
      const files = await archive.read(wanted, async (name, bytes) => {
        const digest = sha256Hex(bytes);
        // A failed digest is reported where verifyPackEntries awaits it; here it only frees its place.
        const done = digest.catch(() => undefined);
        if (name.startsWith(prefix)) digests.set(name.slice(prefix.length), digest);
        pending.push({ done, size: bytes.byteLength });
        waiting += bytes.byteLength;
        while (waiting > HASH_AHEAD_BYTES && pending.length) {
          const first = pending.shift()!;
          await first.done;
          waiting -= first.size;
        }
      });
      return { files, digests };
    },
  };
}
