import { z } from 'zod';
import { idSchema } from '../schemas/records';
import { recipeSchema } from '../schemas/recipe';

// backup.json's shape, apart from the backup writer: the restore's worker checks it where the writer
// (the extension APIs, the database) cannot load.

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
  /** Recipes learned by pointing (utils/recipes); absent in backups made before they existed. */
  recipes: z.array(recipeSchema).max(10_000).optional(),
});
export type BackupIndex = z.infer<typeof backupIndexSchema>;
