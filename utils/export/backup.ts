import { unzipSync, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import type { OrderProofDB } from '../db/database';
import { sha256Hex } from '../hash';
import { idSchema } from '../schemas/records';
import { buildPack, type PackOptions } from './pack';

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

/** Every case in the library, each as its own pack folder, in one ZIP. */
export async function buildBackup(db: OrderProofDB, options: PackOptions = {}): Promise<BuiltBackup> {
  const now = options.now ?? new Date();
  const cases = await db.cases.orderBy('updatedAt').toArray();
  const zip: Zippable = {};
  const index: BackupIndex = { format: BACKUP_FORMAT, version: BACKUP_VERSION, generatedAt: now.toISOString(), cases: [] };
  let n = 0;
  for (const c of cases) {
    n += 1;
    const folder = `cases/${String(n).padStart(3, '0')}/`;
    // Reports are for reading one case; a backup is for restoring, so PDFs are left out unless asked for.
    const pack = await buildPack(db, c.id, { ...options, now, pdf: options.pdf ?? false });
    const files = unzipSync(pack.bytes);
    for (const [path, bytes] of Object.entries(files)) zip[folder + path] = [bytes, { level: /\.(png|jpe?g|webp|pdf)$/i.test(path) ? 0 : 6 }];
    index.cases.push({ id: c.id, title: c.title, folder, manifestSha256: await sha256Hex(files['manifest.json']!) });
  }
  zip['backup.json'] = [new TextEncoder().encode(JSON.stringify(backupIndexSchema.parse(index), null, 2)), { level: 6 }];
  return { bytes: zipSync(zip, { mtime: now }), filename: `OrderProof_backup_${now.toISOString().slice(0, 10)}.zip`, index };
}
