import { describe, expect, it } from 'vitest';
import { buildReport, type ReportInput } from '../../../utils/chat/report';

const base: ReportInput = {
  messages: [
    { time: '2026-11-04T02:12:00.000Z', timeText: '10:12' },
    { timeText: '11:00' },
    { time: '2026-11-05T01:00:00.000Z', timeText: '09:00' },
  ],
  history: { basis: 'marker', pages: 3, ms: 900 },
  bands: [
    { index: 0, height: 700 },
    { index: 1, height: 700 },
  ],
  listHeight: 1400,
  overlapGaps: [],
  images: [{ url: 'http://a.test/x.png', saved: true }],
};

describe('completeness report', () => {
  it('calls a thread complete when the start was reached and every band and message is there', () => {
    const r = buildReport(base);
    expect(r).toMatchObject({
      messages: 3,
      firstTime: '2026-11-04T02:12:00.000Z',
      lastTime: '2026-11-05T01:00:00.000Z',
      startReached: true,
      historyPages: 3,
      complete: true,
      gaps: [],
    });
    expect(r.bands).toEqual({ count: 2, failed: [], coveredHeight: 1400, listHeight: 1400 });
  });

  it('names history that stopped loading, with the page’s words, and is not complete', () => {
    const r = buildReport({ ...base, history: { basis: 'history-error', pages: 2, errorText: '加载失败', ms: 3000 } });
    expect(r.startReached).toBe(false);
    expect(r.complete).toBe(false);
    expect(r.gaps[0]).toMatchObject({ kind: 'history-error', afterMessage: 0 });
    expect(r.gaps[0]!.detail).toContain('加载失败');
    expect(r.gaps[0]!.detail).toContain('2 page(s)');
  });

  it('takes "no more history" as the start only where the UI has no marker to show', () => {
    expect(buildReport({ ...base, history: { basis: 'no-more-history', pages: 0, ms: 2500 } }).startReached).toBe(true);
    const stalled = buildReport({ ...base, history: { basis: 'stalled', pages: 1, ms: 2500 } });
    expect(stalled.startReached).toBe(false);
    expect(stalled.gaps.map((g) => g.kind)).toEqual(['history-stalled']);
  });

  it('names failed bands and missing overlap, and counts only pictured height as covered', () => {
    const r = buildReport({
      ...base,
      bands: [
        { index: 0, height: 700 },
        { index: 1, height: 700, failed: 'quota' },
      ],
      overlapGaps: [{ after: 2 }],
    });
    expect(r.gaps.map((g) => g.kind)).toEqual(['no-overlap', 'band-failed']);
    expect(r.bands.failed).toEqual([1]);
    expect(r.bands.coveredHeight).toBe(700);
    expect(r.complete).toBe(false);
  });

  it('lists unread images without calling the messages incomplete', () => {
    const r = buildReport({
      ...base,
      images: [{ url: 'http://cdn.test/a.png', saved: false, reason: 'it is on another host' }],
    });
    expect(r.images).toEqual({ total: 1, saved: 0, notRead: 1 });
    expect(r.gaps[0]).toMatchObject({ kind: 'image-not-read' });
    expect(r.gaps[0]!.detail).toContain('http://cdn.test/a.png');
    expect(r.complete).toBe(true);
  });
});
