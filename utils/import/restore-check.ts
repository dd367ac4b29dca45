// Reading and checking a backup, with nothing of the database or the extension APIs in reach:
// restore-worker.ts runs it off the page's main thread; restore-backup.ts writes what it returns.
import { MAX_STORED_FILE_BYTES } from '../db/space';
import { backupIndexSchema } from '../export/backup-index';
import type { Recipe } from '../schemas/recipe';
import { fastCrc32, readBlobBytes, sha256Hex } from '../hash';
import { ImportRefused, preparePack, type PreparedImport } from './prepare-pack';
import { bytesSource, openZip, type UnzipLimits, type ZipSource } from '../zip/safe-unzip';

const MAX_INDEX_BYTES = 16 * 1024 * 1024;

/** The backup File is read ahead in windows of this size: entries are read in the order they were written. */
export const RESTORE_READ_BYTES = 16 * 1024 * 1024;

/**
 * What a backup may hold: whatever OrderProof itself writes into one. A backup is a ZIP without
 * ZIP64 (under 4 GiB, at most 65 535 entries, `backup.ts` refuses to write more), each file at most
 * the per-file limit the store keeps; the total is bounded by the disk (checked before inflating) and
 * by the ratio check, so no fixed total applies.
 */
export const RESTORE_LIMITS: UnzipLimits = {
  maxEntries: 0xffff,
  maxTotalBytes: Number.MAX_SAFE_INTEGER,
  maxFileBytes: MAX_STORED_FILE_BYTES,
  maxRatio: 200,
};

/**
 * A File read in large windows rather than once per entry: a case of 200 screenshots was 400 reads (each
 * entry's header, then its data), and each read of a file from disk has a fixed cost. Memory stays bounded:
 * a window is dropped once reading moves past it (entries already read keep it only while their case is
 * being checked). `at` tells where in the file bytes it returned lie.
 */
export function readAheadSource(
  blob: Blob,
  window = RESTORE_READ_BYTES,
): ZipSource & { at(bytes: Uint8Array): number | undefined } {
  let start = 0;
  let bytes = new Uint8Array(0);
  const given = new WeakMap<Uint8Array, number>();
  return {
    size: blob.size,
    async read(offset, length) {
      if (offset < start || offset + length > start + bytes.byteLength) {
        start = offset;
        bytes = await readBlobBytes(blob.slice(offset, offset + Math.max(length, window)));
      }
      const part = bytes.subarray(offset - start, offset - start + length);
      given.set(part, offset);
      return part;
    },
    at: (part) => given.get(part),
  };
}

export interface CheckedBackup {
  prepared: PreparedImport[];
  recipes: Recipe[];
  /** Milliseconds spent reading the file and checking the cases (for the bench's timeline). */
  timings: { read: number; check: number };
}

/**
 * Reads a backup made by buildBackup piece by piece (never whole in memory) and checks it: the archive
 * as a whole first (names, sizes, ratio, overlaps; `confirmRoom` refuses it when it would not fit on the
 * disk), then each case folder as a pack (hashes, SHA256SUMS, audit chain), one at a time. One bad case
 * refuses the whole backup (throws ImportRefused or UnzipError).
 */
export async function checkBackup(
  zip: Uint8Array | Blob,
  limits: Partial<UnzipLimits>,
  confirmRoom: (totalBytes: number, largestBytes: number) => Promise<void>,
): Promise<CheckedBackup> {
  const file = zip instanceof Uint8Array ? undefined : readAheadSource(zip);
  // A file stored as is (pictures, videos) is kept as a slice of the backup File holding the very bytes
  // checked, not copied into a new Blob; the browser refuses to read a File changed since it was picked.
  const blobOf = (bytes: Uint8Array, type: string): Blob => {
    const offset = file?.at(bytes);
    return offset !== undefined && zip instanceof Blob
      ? zip.slice(offset, offset + bytes.byteLength, type)
      : new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  };
  const archive = await openZip(
    file ?? bytesSource(zip as Uint8Array),
    { ...RESTORE_LIMITS, ...limits },
    await fastCrc32(),
  );
  const indexBytes = (await archive.read((name) => name === 'backup.json')).get('backup.json');
  if (!indexBytes) throw new ImportRefused('backup.json is missing: this is not an OrderProof backup');
  if (indexBytes.byteLength > MAX_INDEX_BYTES) throw new ImportRefused('backup.json is too large');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(indexBytes));
  } catch {
    throw new ImportRefused('backup.json is not valid JSON');
  }
  const parsed = backupIndexSchema.safeParse(raw);
  if (!parsed.success)
    throw new ImportRefused(
      `backup.json does not match its schema: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`,
    );
  const index = parsed.data;
  const folders = new Set(index.cases.map((c) => c.folder));
  if (folders.size !== index.cases.length) throw new ImportRefused('backup.json lists a folder twice');
  for (const { name } of archive.entries) {
    if (name === 'backup.json') continue;
    const folder = /^cases\/\d{3,6}\//.exec(name)?.[0];
    if (!folder || !folders.has(folder)) throw new ImportRefused(`${name}: not part of any case listed in backup.json`);
  }
  // Before a case is inflated: the whole backup must fit on the disk with the margin.
  await confirmRoom(archive.totalBytes, archive.largestBytes);
  const prepared: PreparedImport[] = [];
  const timings = { read: 0, check: 0 };
  for (const entry of index.cases) {
    const reading = performance.now();
    const files = await archive.read((name) => name.startsWith(entry.folder));
    const checking = performance.now();
    const p = await preparePack(files, entry.folder, {}, blobOf);
    if (p.case.id !== entry.id) throw new ImportRefused(`${entry.folder}: holds case ${p.case.id}, not ${entry.id}`);
    if ((await sha256Hex(files.get(`${entry.folder}manifest.json`)!)) !== entry.manifestSha256)
      throw new ImportRefused(`${entry.folder}manifest.json: not the one backup.json recorded`);
    // The checked files now live in the prepared records' Blobs (slices of the backup, or small copies).
    files.clear();
    prepared.push(p);
    timings.read += checking - reading;
    timings.check += performance.now() - checking;
  }
  return { prepared, recipes: index.recipes ?? [], timings };
}
