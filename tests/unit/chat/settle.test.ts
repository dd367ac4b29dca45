import { describe, expect, it } from 'vitest';
import {
  MAX_BUDGET_MS,
  MAX_QUIET_MS,
  MIN_BUDGET_MS,
  MIN_QUIET_MS,
  Pace,
  settle,
  type SettleProbe,
} from '../../../utils/chat/settle';

/**
 * A page on a made-up clock: `events` are the times (ms) its rows change; `busyUntil` the time its loader
 * goes away; `rowsFrom` when the band first holds rows.
 */
function page(opts: { events?: number[]; busyUntil?: number; rowsFrom?: number }): SettleProbe & { waited: number[] } {
  let now = 0;
  const events = opts.events ?? [];
  const waited: number[] = [];
  return {
    waited,
    now: () => now,
    pause: (ms) => {
      waited.push(ms);
      now += ms;
      return Promise.resolve();
    },
    lastChange: () => Math.max(Number.NEGATIVE_INFINITY, ...events.filter((t) => t <= now)),
    rows: () => String(events.filter((t) => t <= now).length),
    busy: () => now < (opts.busyUntil ?? 0) || now < (opts.rowsFrom ?? 0),
  };
}

describe('settle', () => {
  it('ends a quiet period after the last change, not at a fixed time', async () => {
    const p = page({ events: [30, 80, 200, 260] });
    const r = await settle(p, { since: 0, quietMs: 150, budgetMs: 5000 });
    expect(r.settled).toBe(true);
    expect(r.ms).toBeGreaterThanOrEqual(260 + 150);
    expect(r.ms).toBeLessThan(260 + 150 + 50);
    // The rows are compared at each look (every quarter of the quiet period at most 50 ms apart).
    expect(r.reactMs).toBeGreaterThanOrEqual(260);
    expect(r.reactMs).toBeLessThan(260 + 50);
  });

  it('settles after one quiet period when nothing changes at all', async () => {
    const r = await settle(page({}), { since: 0, quietMs: 120, budgetMs: 5000 });
    expect(r).toEqual({ settled: true, ms: expect.any(Number) });
    expect(r.ms).toBeGreaterThanOrEqual(120);
    expect(r.ms).toBeLessThan(200);
  });

  it('waits while the page shows its loader or has no rows yet, even when quiet', async () => {
    expect(
      (await settle(page({ busyUntil: 900 }), { since: 0, quietMs: 100, budgetMs: 5000 })).ms,
    ).toBeGreaterThanOrEqual(900);
    expect(
      (await settle(page({ rowsFrom: 700 }), { since: 0, quietMs: 100, budgetMs: 5000 })).ms,
    ).toBeGreaterThanOrEqual(700);
  });

  it('gives up at the budget, unsettled, when the rows never stop changing or the loader never goes', async () => {
    const busy = await settle(page({ events: Array.from({ length: 200 }, (_, i) => i * 40) }), {
      since: 0,
      quietMs: 100,
      budgetMs: 1000,
    });
    expect(busy.settled).toBe(false);
    expect(busy.ms).toBeGreaterThanOrEqual(1000);
    expect(busy.ms).toBeLessThan(1100);
    const loader = await settle(page({ busyUntil: 1e9 }), { since: 0, quietMs: 100, budgetMs: 800 });
    expect(loader.settled).toBe(false);
  });

  it('does not wait on a list that keeps ticking while its rows stay as they are (a countdown, a typing line)', async () => {
    let now = 0;
    const probe: SettleProbe = {
      now: () => now,
      pause: (ms) => Promise.resolve(void (now += ms)),
      // The observer sees a change every 40 ms for ever; the band's rows never change.
      lastChange: () => Math.floor(now / 40) * 40,
      rows: () => 'same rows',
      busy: () => false,
    };
    const r = await settle(probe, { since: 0, quietMs: 100, budgetMs: 5000 });
    expect(r.settled).toBe(true);
    expect(r.ms).toBeGreaterThanOrEqual(200);
    expect(r.ms).toBeLessThan(300);
  });

  it('counts changes of the band’s rows that the observer did not see', async () => {
    let now = 0;
    const probe: SettleProbe = {
      now: () => now,
      pause: (ms) => Promise.resolve(void (now += ms)),
      lastChange: () => Number.NEGATIVE_INFINITY,
      rows: () => (now < 90 ? 'stale' : 'fresh'),
      busy: () => false,
    };
    const r = await settle(probe, { since: 0, quietMs: 100, budgetMs: 5000 });
    expect(r.settled).toBe(true);
    expect(r.ms).toBeGreaterThanOrEqual(190);
  });
});

describe('Pace', () => {
  it('starts at the least waits a healthy page needs', () => {
    const pace = new Pace();
    expect(pace.quietMs).toBe(MIN_QUIET_MS);
    expect(pace.budgetMs).toBe(MIN_BUDGET_MS);
    expect(pace.historyQuietMs(2500)).toBe(2500);
  });

  it('grows the waits with slow frames and slow reactions, within their caps', () => {
    const pace = new Pace();
    pace.noteFrame(100);
    expect(pace.quietMs).toBe(400);
    expect(pace.budgetMs).toBe(30 * 100 + 400);
    pace.noteReact(1000);
    expect(pace.quietMs).toBe(1500);
    pace.noteFrame(10_000);
    expect(pace.quietMs).toBe(MAX_QUIET_MS);
    expect(pace.budgetMs).toBe(MAX_BUDGET_MS);
  });

  it('forgets one slow frame once enough normal ones follow', () => {
    const pace = new Pace();
    pace.noteFrame(400);
    for (let i = 0; i < 8; i++) pace.noteFrame(16);
    expect(pace.quietMs).toBe(MIN_QUIET_MS);
  });

  it('waits for more history three times as long as the slowest page this chat took', () => {
    const pace = new Pace();
    pace.noteLoad(1500);
    expect(pace.historyQuietMs(2500)).toBe(4500);
    pace.noteLoad(600);
    expect(pace.historyQuietMs(2500)).toBe(4500);
    pace.noteLoad(60_000);
    expect(pace.historyQuietMs(2500)).toBe(30_000);
  });

  it('ignores nonsense figures', () => {
    const pace = new Pace();
    pace.noteFrame(Number.NaN);
    pace.noteReact(-5);
    pace.noteLoad(Number.POSITIVE_INFINITY);
    expect([pace.quietMs, pace.budgetMs, pace.historyQuietMs(2500)]).toEqual([MIN_QUIET_MS, MIN_BUDGET_MS, 2500]);
  });
});
