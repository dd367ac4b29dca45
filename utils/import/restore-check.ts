// Reading and checking a backup, with nothing of the database or the extension APIs in reach:
// restore-worker.ts runs it off the page's main thread; restore-backup.ts writes what it returns.
import { MAX_STORED_FILE_BYTES } from '../db/space';
import { backupIndexSchema } from '../export/backup-index';
import type { Recipe } from '../schemas/recipe';
import { openPackArchive } from './pack-source';
import { preparePack, type PreparedImport } from './prepare-pack';
import { ImportRefused } from './refusal';
import type { UnzipLimits } from '../zip/safe-unzip';

const MAX_INDEX_BYTES = 16 * 1024 * 1024;

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
  const { archive, blobOf, readHashed } = await openPackArchive(zip, { ...RESTORE_LIMITS, ...limits });
  const indexBytes = (await archive.read((name) => name === 'backup.json')).get('backup.json');
  if (!indexBytes) throw new ImportRefused('backup.json is missing: this is not an OrderProof backup', 'notPack');
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
    const { files, digests } = await readHashed((name) => name.startsWith(entry.folder), entry.folder);
    const checking = performance.now();
    const p = await preparePack(files, entry.folder, { digests }, blobOf);
    if (p.case.id !== entry.id) throw new ImportRefused(`${entry.folder}: holds case ${p.case.id}, not ${entry.id}`);
    if (p.manifestSha256 !== entry.manifestSha256)
      throw new ImportRefused(`${entry.folder}manifest.json: not the one backup.json recorded`);
    // The checked files now live in the prepared records' Blobs (slices of the backup, or small copies).
    files.clear();
    prepared.push(p);
    timings.read += checking - reading;
    timings.check += performance.now() - checking;
  }
  return { prepared, recipes: index.recipes ?? [], timings };
}
