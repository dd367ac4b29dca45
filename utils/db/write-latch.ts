import { browser } from 'wxt/browser';
import { z } from 'zod';

// "Writes stopped": set by the first failed write and kept outside IndexedDB (which may be the thing
// that is broken), in storage.session (memory: always writable) and storage.local (survives a restart).
// While it is set every write to the evidence store is refused; reading goes on, so a backup can be made.

export const LATCH_KEY = 'orderproof.writesStopped';

export const latchSchema = z.object({
  at: z.number(),
  /** The browser's error, as it named it (e.g. "QuotaExceededError: Encountered full disk…"). */
  error: z.string().max(2000),
});
export type WritesStopped = z.infer<typeof latchSchema>;

let current: WritesStopped | undefined;
let listening = false;

type Area = 'local' | 'session';
const AREAS: Area[] = ['session', 'local'];

function area(name: Area) {
  // storage.session is missing in older Firefox; local alone still survives restarts.
  return (
    (browser as typeof browser | undefined)?.storage as Partial<Record<Area, typeof browser.storage.local>> | undefined
  )?.[name];
}

function listen(): void {
  if (listening || !(browser as typeof browser | undefined)?.storage?.onChanged) return;
  listening = true;
  browser.storage.onChanged.addListener((changes) => {
    const change = changes[LATCH_KEY];
    if (!change) return;
    const parsed = latchSchema.safeParse(change.newValue);
    current = parsed.success ? parsed.data : undefined;
  });
}

/** The latch as this page last saw it: synchronous, for the check every write transaction passes. */
export function writesStoppedNow(): WritesStopped | undefined {
  return current;
}

/** What a browser restart does to this page's copy (tests only). */
export function forgetLatchForTests(): void {
  current = undefined;
}

/** Reads the latch from storage (any page may have set it) into this page's copy. */
export async function loadLatch(): Promise<WritesStopped | undefined> {
  listen();
  // Both areas at once (every write asks): session's mark first, local's where session holds none.
  const found = await Promise.all(
    AREAS.map(async (name) => {
      try {
        const got = await area(name)?.get(LATCH_KEY);
        const parsed = latchSchema.safeParse(got?.[LATCH_KEY]);
        return parsed.success ? parsed.data : undefined;
      } catch {
        // An unreadable area says nothing; the other one may.
        return undefined;
      }
    }),
  );
  current = found.find(Boolean);
  return current;
}

export async function setLatch(error: string, at = Date.now()): Promise<void> {
  if (current) return;
  const value = latchSchema.parse({ at, error: error.slice(0, 2000) });
  current = value;
  listen();
  for (const name of AREAS) {
    try {
      await area(name)?.set({ [LATCH_KEY]: value });
    } catch (err) {
      // The disk may be too full even for this; the other area and this page's copy still hold.
      console.error('[OrderProof] could not record that writes stopped in', name, err);
    }
  }
}

export async function clearLatch(): Promise<void> {
  current = undefined;
  for (const name of AREAS) {
    try {
      await area(name)?.remove(LATCH_KEY);
    } catch (err) {
      console.error('[OrderProof] could not clear the writes-stopped mark in', name, err);
    }
  }
}

function describe(err: unknown): { name: string; message: string } {
  if (err && typeof err === 'object') {
    const e = err as { name?: unknown; message?: unknown; inner?: unknown };
    // Dexie wraps the browser's error (AbortError around QuotaExceededError): the inner one says why.
    if (e.inner && typeof e.inner === 'object') return describe(e.inner);
    return {
      name: typeof e.name === 'string' ? e.name : 'Error',
      message: typeof e.message === 'string' ? e.message : String(err),
    };
  }
  return { name: 'Error', message: String(err) };
}

/** Errors that come from our own code's logic, not from the disk or the store: they do not stop writes. */
const LOGIC_ERRORS = new Set([
  'ConstraintError',
  'DataCloneError',
  'StorageRefused',
  'SourceUnreadable',
  'ZodError',
  'ImportRefused',
]);

/**
 * A picked File the browser will no longer read (NotReadableError), when reading it or when IndexedDB
 * copies it at commit: it changed or went on disk after it was picked. The file's fault, not the store's.
 */
export function isUnreadableSource(err: unknown): boolean {
  return describe(err).name === 'NotReadableError';
}

/**
 * Whether a failed write means the store can no longer be trusted to write: every browser storage error
 * (IOError, QuotaExceededError, UnknownError, a blob that failed to write, a transaction the browser
 * aborted) except a key clash or an uncloneable value, which are the program's mistakes.
 */
export function isStorageFailure(err: unknown): boolean {
  const { name, message } = describe(err);
  if (LOGIC_ERRORS.has(name) || isUnreadableSource(err)) return false;
  if (name === 'DataError') return /blob|IOError|disk|write/i.test(message);
  // An AbortError on its own only says the transaction ended; the transaction's own error (checked
  // where it aborts) says whether the browser ended it.
  if (['QuotaExceededError', 'UnknownError', 'OpenFailedError'].includes(name)) return true;
  return /IOError|backing store|full disk|disk full|quota/i.test(message);
}

export function storageErrorText(err: unknown): string {
  const { name, message } = describe(err);
  return `${name}: ${message}`;
}
