import { z } from 'zod';
import type { OrderProofDB } from '../db/database';
import { ensureRoom } from '../db/storage-guard';
import { importRecipes } from '../recipes/store';
import { recipeSchema } from '../schemas/recipe';
import { recordDurations, timed } from '../stage-time';
import { askChecker, spareWorker } from './checker';
import { commitImports, preparedSchema } from './import-pack';
import { type Refusal, refusalOf } from './refusal';
import { checkBackup, type CheckedBackup } from './restore-check';
import type { UnzipLimits } from '../zip/safe-unzip';

export type RestoreResult =
  | { ok: true; cases: number; evidence: number; blobsAdded: number; blobsShared: number; recipes: number }
  | ({ ok: false } & Refusal);

export interface RestoreOptions {
  limits?: Partial<UnzipLimits>;
  now?: number;
  /** false checks on this thread; by default a page checks a backup File in a worker. */
  worker?: boolean;
}

/**
 * Restores a backup made by buildBackup, read from the file piece by piece (never whole in memory): the
 * archive is checked as a whole first, then each case folder as a pack, one at a time (restore-check.ts,
 * in a worker on pages), then all cases are written in one transaction. One bad case refuses the whole backup.
 */
export async function restoreBackup(
  db: OrderProofDB,
  zip: Uint8Array | Blob,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  try {
    const useWorker =
      options.worker !== false && zip instanceof Blob && typeof Worker === 'function' && typeof document === 'object';
    const checked = await timed('restore:check', () =>
      useWorker
        ? checkInWorker(zip, options.limits)
        : checkBackup(zip, options.limits ?? {}, (total, largest) => ensureRoom(total, largest)),
    );
    recordDurations('restore:check:', checked.timings);
    const { prepared } = checked;
    const { blobsAdded, blobsShared } = await timed('restore:write', () => commitImports(db, prepared, options.now));
    // Checked with backup.json; the user's own recipes for the same field are kept.
    const recipes = await importRecipes(db, checked.recipes);
    return {
      recipes: recipes.added,
      ok: true,
      cases: prepared.length,
      evidence: prepared.reduce((n, p) => n + p.evidence.length, 0),
      blobsAdded,
      blobsShared,
    };
  } catch (err) {
    return { ok: false, ...refusalOf(err) };
  }
}

const roomSchema = z.object({ room: z.object({ totalBytes: z.number(), largestBytes: z.number() }) });
const checkedSchema = z.object({
  prepared: z.array(preparedSchema),
  recipes: z.array(recipeSchema),
  timings: z.object({ read: z.number(), check: z.number() }),
});

/** The backup checker's worker, startable ahead of a pick (PackTransfer prepares it when shown). */
export const backupChecker = spareWorker(
  () => new Worker(new URL('./restore-worker.ts', import.meta.url), { type: 'module' }),
);

/** Runs restore-check.ts in restore-worker.ts; this page answers whether the backup fits on the disk. */
function checkInWorker(zip: Blob, limits?: Partial<UnzipLimits>): Promise<CheckedBackup> {
  const worker = backupChecker.take();
  return askChecker(worker, 'backup', { zip, ...(limits ? { limits } : {}) }, checkedSchema, {
    answer(data, reply) {
      const asked = roomSchema.safeParse(data);
      if (asked.success)
        ensureRoom(asked.data.room.totalBytes, asked.data.room.largestBytes).then(
          () => reply({ room: true }),
          (err: unknown) => reply({ room: refusalOf(err).reason }),
        );
      return asked.success;
    },
  });
}
