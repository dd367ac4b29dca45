import type { OrderProofDB } from '../db/database';
import { MAX_STORED_FILE_BYTES } from '../db/space';
import { ensureRoom } from '../db/storage-guard';
import { backupIndexSchema } from '../export/backup';
import { importRecipes } from '../recipes/store';
import { fastCrc32, readBlobBytes, sha256Hex } from '../hash';
import { SpanTotal, timed } from '../stage-time';
import { commitImports, ImportRefused, importFailureReason, preparePack, type PreparedImport } from './import-pack';
import { bytesSource, openZip, type UnzipLimits, type ZipSource } from '../zip/safe-unzip';

export type RestoreResult =
  | { ok: true; cases: number; evidence: number; blobsAdded: number; blobsShared: number; recipes: number }
  | { ok: false; reason: string };

const MAX_INDEX_BYTES = 16 * 1024 * 1024;

/** The backup File is read ahead in windows of this size: entries are read in the order they were written. */
export const RESTORE_READ_BYTES = 16 * 1024 * 1024;

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
 * Restores a backup made by buildBackup, read from the file piece by piece (never whole in memory):
 * the archive is checked as a whole first (names, sizes, ratio, overlaps, room on the disk), then each
 * case folder is read and checked as a pack (hashes, SHA256SUMS, audit chain) one at a time, then all
 * cases are written in one transaction. One bad case refuses the whole backup.
 */
export async function restoreBackup(
  db: OrderProofDB,
  zip: Uint8Array | Blob,
  options: { limits?: Partial<UnzipLimits>; now?: number } = {},
): Promise<RestoreResult> {
  try {
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
      { ...RESTORE_LIMITS, ...options.limits },
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
      if (!folder || !folders.has(folder))
        throw new ImportRefused(`${name}: not part of any case listed in backup.json`);
    }
    // Before a case is inflated: the whole backup must fit on the disk with the margin.
    await ensureRoom(archive.totalBytes, archive.largestBytes);
    const prepared: PreparedImport[] = [];
    const reading = new SpanTotal('restore:read');
    const checking = new SpanTotal('restore:check');
    for (const entry of index.cases) {
      const files = await reading.add(() => archive.read((name) => name.startsWith(entry.folder)));
      const p = await checking.add(() => preparePack(files, entry.folder, {}, blobOf));
      if (p.case.id !== entry.id) throw new ImportRefused(`${entry.folder}: holds case ${p.case.id}, not ${entry.id}`);
      if ((await sha256Hex(files.get(`${entry.folder}manifest.json`)!)) !== entry.manifestSha256)
        throw new ImportRefused(`${entry.folder}manifest.json: not the one backup.json recorded`);
      // The checked files now live in the prepared records' Blobs, which the browser may keep on disk.
      files.clear();
      prepared.push(p);
    }
    reading.record();
    checking.record();
    const { blobsAdded, blobsShared } = await timed('restore:write', () => commitImports(db, prepared, options.now));
    // Checked with backup.json above; the user's own recipes for the same field are kept.
    const recipes = await importRecipes(db, index.recipes ?? []);
    return {
      recipes: recipes.added,
      ok: true,
      cases: prepared.length,
      evidence: prepared.reduce((n, p) => n + p.evidence.length, 0),
      blobsAdded,
      blobsShared,
    };
  } catch (err) {
    return { ok: false, reason: importFailureReason(err) };
  }
}
