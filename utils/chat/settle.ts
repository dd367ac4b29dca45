/**
 * Waiting for a chat list to finish showing what a scroll asked for. Plain TypeScript (the chat script stays
 * free of zod). The waits are not fixed: they grow with how slow this page has shown itself to be (its
 * frames, how long its rows took to appear after a scroll, how long a page of older history took), because a
 * slow laptop that misses a band's rows cuts the transcript without a word.
 */

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The least quiet that counts as settled: a few frames of a healthy page. */
export const MIN_QUIET_MS = 120;
export const MAX_QUIET_MS = 3_000;
export const MIN_BUDGET_MS = 2_000;
export const MAX_BUDGET_MS = 20_000;
/** Frames kept for the page's pace: a single slow frame (a pause in the page) is forgotten after these. */
const FRAMES_KEPT = 8;

/** How slow this page is, learnt while the capture runs. */
export class Pace {
  private frames: number[] = [];
  private react = 0;
  private load = 0;

  /** A frame took this long (ms). */
  noteFrame(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) return;
    this.frames.push(ms);
    if (this.frames.length > FRAMES_KEPT) this.frames.shift();
  }

  /** The page's rows last changed this long after a scroll. */
  noteReact(ms: number): void {
    if (Number.isFinite(ms) && ms > 0) this.react = Math.max(this.react, ms);
  }

  /** A page of older history took this long to arrive after the list reached its top. */
  noteLoad(ms: number): void {
    if (Number.isFinite(ms) && ms > 0) this.load = Math.max(this.load, ms);
  }

  get frameMs(): number {
    return this.frames.length ? Math.max(...this.frames) : 16;
  }

  /** No change for this long: the rows a scroll asked for are all there. */
  get quietMs(): number {
    return Math.round(clamp(Math.max(4 * this.frameMs, 1.5 * this.react), MIN_QUIET_MS, MAX_QUIET_MS));
  }

  /** The most one band may wait for its rows before it is read anyway and marked unsettled. */
  get budgetMs(): number {
    return Math.round(clamp(Math.max(4 * this.react, 30 * this.frameMs) + this.quietMs, MIN_BUDGET_MS, MAX_BUDGET_MS));
  }

  /**
   * How long nothing may arrive at the list's top before no more history is assumed: at least `floor`, and
   * three times the slowest page of history this chat has taken so far.
   */
  historyQuietMs(floor: number, max = 30_000): number {
    return Math.round(clamp(Math.max(floor, 3 * this.load, this.quietMs), floor, Math.max(floor, max)));
  }
}

/** What settle needs from the page; a test gives its own. */
export interface SettleProbe {
  now(): number;
  pause(ms: number): Promise<void>;
  /** When the watched list last changed (same clock as now); -Infinity if never. */
  lastChange(): number;
  /** What the band shows now (its rows and their places): the same string means nothing moved. */
  rows(): string;
  /** True while the page shows it is still working on it: its loader, or no rows yet where rows belong. */
  busy(): boolean;
}

export interface Settled {
  /** The band stayed unchanged for the quiet period with nothing pending, within the budget. */
  settled: boolean;
  /** From `since` to the end of the wait. */
  ms: number;
  /** From `since` to the page's last change, when it changed after `since`. */
  reactMs?: number;
}

/**
 * Waits from `since` (the scroll) until neither the list nor the band's rows have changed for `quietMs` and
 * the page is not busy, or `budgetMs` is spent (then `settled` is false and the band is read as it is).
 */
export async function settle(
  probe: SettleProbe,
  opts: { since: number; quietMs: number; budgetMs: number },
): Promise<Settled> {
  const { since, quietMs, budgetMs } = opts;
  let rows = probe.rows();
  let rowsAt = since;
  const step = Math.max(10, Math.min(50, quietMs / 4));
  for (;;) {
    const now = probe.now();
    const current = probe.rows();
    if (current !== rows) {
      rows = current;
      rowsAt = now;
    }
    // A change the observer saw that leaves the band's rows as they were (a countdown, a "typing…" line, a
    // relative time ticking inside the list) counts only for one quiet period after the rows last changed:
    // otherwise a page that never stops ticking would hold every band to the budget and grow the pace.
    const changed = Math.max(rowsAt, Math.min(probe.lastChange(), rowsAt + quietMs));
    const reactMs = changed > since ? changed - since : undefined;
    const calm = now - Math.max(since, changed) >= quietMs;
    const done = calm && !probe.busy();
    if (done || now - since >= budgetMs)
      return { settled: done, ms: now - since, ...(reactMs !== undefined ? { reactMs } : {}) };
    await probe.pause(step);
  }
}
