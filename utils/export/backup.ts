import { type Zip, ZipDeflate } from 'fflate';
import type { OrderProofDB } from '../db/database';
import { formatSize, MAX_STORED_FILE_BYTES } from '../db/space';
import { t } from '../i18n';
import { type Case, type Evidence } from '../schemas/records';
import { listRecipes } from '../recipes/store';
import { blobSink, level, type StreamPackOptions, writePackInto, zipStream } from './pack';
import { checkZip32Plan, type PlannedEntry, ZipTooLarge } from './zip-limits';
import { BACKUP_FORMAT, BACKUP_VERSION, backupIndexSchema, type BackupIndex } from './backup-index';

export interface BuiltBackup {
  bytes: Uint8Array;
  filename: string;
  index: BackupIndex;
}

/** The files of each case's pack folder, as far as they are known before it is written (the reports' sizes are not). */
export function plannedBackupEntries(
  cases: readonly { folder: string; items: readonly Evidence[] }[],
  pdf: boolean,
): PlannedEntry[] {
  const out: PlannedEntry[] = [{ path: 'backup.json', size: 0, storedAsIs: false }];
  for (const { folder, items } of cases) {
    for (const name of [
      'case.json',
      'report.html',
      ...(pdf ? ['report.pdf'] : []),
      'verify.html',
      'manifest.json',
      'SHA256SUMS',
    ]) {
      out.push({ path: `${folder}${name}`, size: 0, storedAsIs: false });
    }
    for (const item of items) {
      if (item.deletedAt) continue;
      for (const f of item.files)
        out.push({
          path: `${folder}evidence/000-${item.kind}/${f.name}`,
          size: f.size,
          storedAsIs: level(f.mime) === 0,
        });
    }
  }
  return out;
}

/**
 * Refuses, before anything is written, a backup that could not be written (over the ZIP limits) or
 * could not be restored (a file over the per-file limit): what OrderProof backs up, it can restore.
 */
export function checkBackupPlan(entries: readonly PlannedEntry[]): void {
  const big = entries.find((e) => e.size > MAX_STORED_FILE_BYTES);
  if (big)
    throw new ZipTooLarge(`${big.path}: ${t('fileTooLarge', formatSize(big.size), formatSize(MAX_STORED_FILE_BYTES))}`);
  checkZip32Plan(entries);
}

/** Writes every case, each as its own pack folder, into one streaming ZIP. */
async function writeBackup(
  zip: Zip,
  db: OrderProofDB,
  options: StreamPackOptions,
): Promise<{ filename: string; index: BackupIndex }> {
  const now = options.now ?? new Date();
  const cases = await db.cases.orderBy('updatedAt').toArray();
  checkBackupPlan(plannedBackupEntries(await withItems(db, cases), options.pdf ?? false));
  const index: BackupIndex = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    generatedAt: now.toISOString(),
    cases: [],
    recipes: await listRecipes(db),
  };
  let n = 0;
  for (const c of cases) {
    n += 1;
    const folder = `cases/${String(n).padStart(3, '0')}/`;
    // Reports are for reading one case; a backup is for restoring, so PDFs are left out unless asked for.
    const pack = await writePackInto(zip, db, c.id, { ...options, now, pdf: options.pdf ?? false }, folder);
    index.cases.push({ id: c.id, title: c.title, folder, manifestSha256: pack.manifestSha256 });
  }
  const indexFile = new ZipDeflate('backup.json', { level: 6 });
  indexFile.mtime = now;
  zip.add(indexFile);
  indexFile.push(new TextEncoder().encode(JSON.stringify(backupIndexSchema.parse(index), null, 2)), true);
  return { filename: `OrderProof_backup_${now.toISOString().slice(0, 10)}.zip`, index };
}

async function withItems(db: OrderProofDB, cases: readonly Case[]): Promise<{ folder: string; items: Evidence[] }[]> {
  return Promise.all(
    cases.map(async (c, i) => ({
      folder: `cases/${String(i + 1).padStart(3, '0')}/`,
      items: await db.evidence.where('caseId').equals(c.id).toArray(),
    })),
  );
}

/** Every case in the library, each as its own pack folder, in one ZIP (collected in memory). */
export async function buildBackup(db: OrderProofDB, options: StreamPackOptions = {}): Promise<BuiltBackup> {
  const chunks: Uint8Array[] = [];
  const { zip, done } = zipStream((chunk) => chunks.push(chunk));
  const written = await writeBackup(zip, db, options);
  zip.end();
  await done;
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const chunk of chunks.splice(0)) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { bytes, ...written };
}

/** The backup as a Blob built from the ZIP's chunks as they come: what a page saves to disk. */
export async function buildBackupBlob(
  db: OrderProofDB,
  options: StreamPackOptions = {},
): Promise<{ blob: Blob; filename: string; index: BackupIndex }> {
  const out = blobSink();
  const { zip, done } = zipStream(out.sink);
  const written = await writeBackup(zip, db, options);
  zip.end();
  await done;
  return { blob: out.blob(), ...written };
}
