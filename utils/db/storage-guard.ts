import type { DBCore, Middleware } from 'dexie';
import { t } from '../i18n';
import { assessSpace, type Estimate, formatSize, MAX_STORED_FILE_BYTES, type SpaceAssessment } from './space';
import { clearLatch, isStorageFailure, loadLatch, setLatch, storageErrorText, writesStoppedNow } from './write-latch';

// The one gate every write to the evidence store passes:
// - before a capture, upload, import or restore stores anything, `ensureRoom` checks the write fits
//   with the margin `space.ts` keeps free, and refuses with a message the user can act on;
// - every read-write transaction passes the Dexie middleware below, which refuses it while writes are
//   stopped and stops them at the first transaction or request the browser fails.

/** A write refused before it started; its message is what the user sees. */
export class StorageRefused extends Error {
  override name = 'StorageRefused';
  constructor(
    readonly kind: 'stopped' | 'full' | 'file-too-large',
    message: string,
  ) {
    super(message);
  }
}

/**
 * A file refused because the browser could not read it (it changed on disk after it was picked): that
 * file alone is not stored, and writes go on. Its message is what the user sees.
 */
export class SourceUnreadable extends Error {
  override name = 'SourceUnreadable';
  constructor(cause: unknown) {
    super(t('fileChangedOnDisk'), { cause });
  }
}

type Estimator = () => Promise<Estimate | undefined>;

const browserEstimate: Estimator = async () => {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (!storage?.estimate) return undefined;
  const e = await storage.estimate();
  return e.quota === undefined || e.usage === undefined ? undefined : { usage: e.usage, quota: e.quota };
};

let estimator: Estimator = browserEstimate;

/** Tests stand in for the browser's estimate; undefined puts the browser's back. */
export function setEstimatorForTests(fn: Estimator | undefined): void {
  estimator = fn ?? browserEstimate;
}

export function stoppedError(): StorageRefused {
  return new StorageRefused('stopped', t('writesStoppedRefusal', writesStoppedNow()?.error ?? ''));
}

/** Space as the browser reports it now, or undefined where it reports none. */
export async function currentSpace(payloadBytes = 0): Promise<SpaceAssessment | undefined> {
  const estimate = await estimator();
  return estimate ? assessSpace(estimate, payloadBytes) : undefined;
}

/**
 * Refuses a write of `payloadBytes` (the files it stores) that would not fit with the margin, any
 * file over the per-file limit, and every write while writes are stopped. Call before the write's
 * transaction: an await on anything but IndexedDB inside one would end it.
 */
export async function ensureRoom(payloadBytes: number, largestFile = 0): Promise<void> {
  if (writesStoppedNow()) throw stoppedError();
  // The latch as stored (another page may have set it) and the browser's estimate are asked for at once:
  // each is a round trip to the browser, and every capture, note and file waits for them.
  const asked = currentSpace(payloadBytes);
  // Stopped writes are refused as such whatever the estimate says (or if it fails).
  asked.catch(() => undefined);
  if (await loadLatch()) throw stoppedError();
  if (largestFile > MAX_STORED_FILE_BYTES) {
    throw new StorageRefused(
      'file-too-large',
      t('fileTooLarge', formatSize(largestFile), formatSize(MAX_STORED_FILE_BYTES)),
    );
  }
  const space = await asked;
  // Where the browser reports nothing (no estimate API) there is nothing to compare: the latch still guards.
  if (space && !space.fits)
    throw new StorageRefused('full', t('storageNoRoom', formatSize(space.need), formatSize(space.room)));
}

function stopWrites(err: unknown): void {
  if (writesStoppedNow()) return;
  console.error('[OrderProof] a write failed; all writes are stopped until space is checked again', err);
  void setLatch(storageErrorText(err));
}

/** Dexie middleware: no read-write transaction while writes are stopped; the first failed write stops them. */
export const storageGuardMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'orderproof-storage-guard',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        if (mode === 'readwrite' && writesStoppedNow()) throw stoppedError();
        const tx = down.transaction(stores, mode, options);
        if (mode === 'readwrite') {
          const native = tx as Partial<IDBTransaction>;
          // The browser aborts a transaction it cannot commit (QuotaExceededError, UnknownError at
          // commit) with its error set; an abort our own code asks for has none.
          native.addEventListener?.('abort', () => {
            const error = native.error;
            if (error && isStorageFailure(error)) stopWrites(error);
          });
        }
        return tx;
      },
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) =>
            table.mutate(req).catch((err: unknown) => {
              if (isStorageFailure(err)) stopWrites(err);
              throw err;
            }),
        };
      },
    };
  },
};

export type ResumeResult = { ok: true } | { ok: false; reason: string };

/**
 * After the user freed space: checks the estimate again and clears the latch if a write of
 * `probeBytes` fits with the margin; `probe` then writes one small record, and a failure stops writes again.
 */
export async function resumeWrites(probe: () => Promise<void>, probeBytes = 16 * 1024 ** 2): Promise<ResumeResult> {
  const space = await currentSpace(probeBytes);
  if (space && !space.fits)
    return { ok: false, reason: t('storageNoRoom', formatSize(space.need), formatSize(space.room)) };
  await clearLatch();
  try {
    await probe();
  } catch (err) {
    if (isStorageFailure(err)) await setLatch(storageErrorText(err));
    return { ok: false, reason: storageErrorText(err) };
  }
  return { ok: true };
}
