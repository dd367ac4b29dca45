import { type Zip, ZipDeflate } from 'fflate';
import { z } from 'zod';
import type { OrderProofDB } from '../db/database';
import { idSchema } from '../schemas/records';
import { blobSink, type StreamPackOptions, writePackInto, zipStream } from './pack';

export const BACKUP_FORMAT = 'orderproof-backup';
export const BACKUP_VERSION = 1;

/**
 * backup.json at the root of a backup ZIP. Each case is a complete evidence pack unpacked in its
 * own folder (cases/NNN/...), so any one folder can be checked with its verify.html or sha256sum
 * like a pack of its own.
 */
export const backupIndexSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  generatedAt: z.string(),
  cases: z
    .array(
      z.object({
        id: idSchema,
        title: z.string(),
        folder: z.string().regex(/^cases\/\d{3,6}\/$/),
        manifestSha256: z.string().regex(/^[0-9a-f]{64}$/),
      }),
    )
    .max(100_000),
});
export type BackupIndex = z.infer<typeof backupIndexSchema>;

export interface BuiltBackup {
  bytes: Uint8Array;
  filename: string;
  index: BackupIndex;
}

/** Writes every case, each as its own pack folder, into one streaming ZIP. */
async function writeBackup(zip: Zip, db: OrderProofDB, options: StreamPackOptions): Promise<{ filename: string; index: BackupIndex }> {
  const now = options.now ?? new Date();
  const cases = await db.cases.orderBy('updatedAt').toArray();
  const index: BackupIndex = { format: BACKUP_FORMAT, version: BACKUP_VERSION, generatedAt: now.toISOString(), cases: [] };
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
export async function buildBackupBlob(db: OrderProofDB, options: StreamPackOptions = {}): Promise<{ blob: Blob; filename: string; index: BackupIndex }> {
  const out = blobSink();
  const { zip, done } = zipStream(out.sink);
  const written = await writeBackup(zip, db, options);
  zip.end();
  await done;
  return { blob: out.blob(), ...written };
}
