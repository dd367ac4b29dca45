// How much may still be written, from the browser's storage estimate. Pure arithmetic, so it is tested
// without a browser.
//
// With `unlimitedStorage` Chromium reports quota = usage + the disk's free space (measured: a profile on
// a disk with 78 GiB free reported quota 83.6e9 with 0.5 MB used), so quota − usage is what the disk
// has left, and nothing stops IndexedDB before the disk itself is full. A full disk is what lost whole
// libraries (the store deleted as corrupt on the next start), so every write must leave a margin of
// the disk free: for Chromium's own files, the store's log and compaction, and the rest of the system.
// A quota set by CDP `Storage.overrideQuotaForOrigin` shows in the estimate the same way (though
// IndexedDB does not enforce it on an unlimited origin), which is how the tests give the extension a
// small disk.

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

/** Always kept free, however small the disk. */
export const MIN_MARGIN_BYTES = 256 * MiB;
/** The margin grows with the disk (2 % of the quota) up to this. */
export const MAX_MARGIN_BYTES = 2 * GiB;
/** Below this much room for evidence the library and popup warn and offer a backup. */
export const LOW_ROOM_BYTES = 2 * GiB;
/**
 * The largest single file OrderProof stores. A backup or restore holds one file in memory at a time
 * (hashing and inflating it), so a file larger than this could be stored but never restored.
 */
export const MAX_STORED_FILE_BYTES = 1 * GiB;

/** What one save is expected to need before its pictures exist (a screenshot and a page snapshot are usually a few MB). */
export const CAPTURE_RESERVE_BYTES = 32 * MiB;

export interface Estimate {
  usage: number;
  quota: number;
}

/** Bytes a write of `payload` bytes takes on disk, with its records, log entry, search document and the store's overhead. */
export function writeCost(payload: number): number {
  return Math.ceil(payload * 1.1) + 64 * 1024;
}

export function marginFor(quota: number): number {
  return Math.min(MAX_MARGIN_BYTES, Math.max(MIN_MARGIN_BYTES, Math.ceil(quota * 0.02)));
}

export interface SpaceAssessment {
  usage: number;
  /** What the disk (or quota) has left. */
  free: number;
  /** What is kept free whatever happens. */
  margin: number;
  /** What evidence may still use: free − margin, never below 0. */
  room: number;
  /** What this write needs, overhead included. */
  need: number;
  fits: boolean;
  low: boolean;
}

export function assessSpace(estimate: Estimate, payloadBytes: number): SpaceAssessment {
  const free = Math.max(0, estimate.quota - estimate.usage);
  const margin = marginFor(estimate.quota);
  const room = Math.max(0, free - margin);
  const need = writeCost(payloadBytes);
  return { usage: estimate.usage, free, margin, room, need, fits: need <= room, low: room < LOW_ROOM_BYTES };
}

/** The largest file that may be stored now: the per-file limit, or the room left if smaller. */
export function largestFileNow(a: SpaceAssessment): number {
  return Math.max(0, Math.min(MAX_STORED_FILE_BYTES, Math.floor((a.room - 64 * 1024) / 1.1)));
}

export function formatSize(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}
