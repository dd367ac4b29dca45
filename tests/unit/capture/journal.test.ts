import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OrderProofDB } from '../../../utils/db/database';
import {
  CaptureJournal,
  groupJournal,
  type JournalLayout,
  type JournalMeta,
  journalFailed,
  loadBands,
  MAX_ATTEMPTS,
  readJournal,
  resumePlan,
} from '../../../utils/capture/journal';

/** A PNG header that says `width` × `height`: enough for pngSize, which never decodes. */
function fakePng(width: number, height: number, fill = 0): Uint8Array {
  const bytes = new Uint8Array(32).fill(fill);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x89504e47);
  view.setUint32(4, 0x0d0a1a0a);
  view.setUint32(8, 13);
  bytes.set([0x49, 0x48, 0x44, 0x52], 12); // IHDR
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

const meta: JournalMeta = {
  url: 'https://shop.example/tall',
  title: 'Tall page',
  target: { platform: 'other', role: 'buyer', title: 'Tall page' },
  startedAt: 1_700_000_000_000,
  viewport: { width: 1280, height: 800 },
};

const layout = (over: Partial<JournalLayout> = {}): JournalLayout => ({
  method: 'scroll-stitch:tabs.captureVisibleTab',
  width: 1265,
  bottom: 24_000,
  viewportWidth: 1280,
  devicePixelRatio: 2,
  pageSize: { width: 1280, height: 24_000 },
  expected: 30,
  health: [],
  ...over,
});

const band = (i: number, fill = i) => ({
  x: 0,
  y: i * 800,
  width: 1265,
  height: 800,
  scale: 2,
  png: fakePng(2560, 1600, fill),
});

let db: OrderProofDB;
beforeEach(() => {
  db = new OrderProofDB(`capture-journal-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('capture journal', () => {
  it('keeps each band with its placement and bytes, and reads them back in order', async () => {
    const journal = new CaptureJournal(db, meta);
    for (const i of [0, 1, 2]) await journal.band(i, band(i, 40 + i), layout({ health: [`note ${i}`] }));
    // A capture running in this background is live, not a leftover: a fresh start sees it.
    expect((await readJournal(db)).pending).toEqual([]);
    const { pending, drop } = groupJournal(await db.settings.toArray());
    expect(drop).toEqual([]);
    expect(pending).toHaveLength(1);
    const [capture] = pending;
    expect(capture!.header.meta).toEqual(meta);
    expect(capture!.header.layout.health).toEqual(['note 2']);
    const bands = await loadBands(capture!);
    expect(bands.map((b) => b.y)).toEqual([0, 800, 1600]);
    expect(bands.map((b) => b.png[30])).toEqual([40, 41, 42]);
  });

  it('removes every row of a finished capture, and only its own', async () => {
    const other = new CaptureJournal(db, meta);
    await other.band(0, band(0), layout());
    const journal = new CaptureJournal(db, meta);
    await journal.band(0, band(0), layout());
    await journal.band(1, band(1), layout());
    await db.settings.put({ key: 'captureMethod', value: 'stitch' });
    await journal.close();
    const keys = (await db.settings.toArray()).map((r) => r.key);
    expect(keys.filter((k) => k.includes(journal.runId))).toEqual([]);
    expect(keys.filter((k) => k.includes(other.runId))).toHaveLength(2);
    expect(keys).toContain('captureMethod');
  });

  it('drops what fails validation or cannot make a picture, and ignores other settings', () => {
    const png = new Blob([fakePng(10, 10) as Uint8Array<ArrayBuffer>]);
    const header = (runId: string) => ({
      key: `captureJournal:${runId}`,
      value: { runId, meta, layout: layout(), attempts: 0 },
    });
    const row = (runId: string, index: number, value: unknown = { index, x: 0, y: 0, width: 10, height: 10, png }) => ({
      key: `captureJournal:${runId}:band:${String(index).padStart(5, '0')}`,
      value,
    });
    const { pending, drop } = groupJournal([
      { key: 'captureMethod', value: 'stitch' },
      header('good'),
      row('good', 1),
      row('good', 0),
      // Bytes that are not a Blob, a header for another run, a header alone, bands alone.
      header('bytes'),
      row('bytes', 0, { index: 0, x: 0, y: 0, width: 10, height: 10, png: 'AAAA' }),
      { key: 'captureJournal:swapped', value: { runId: 'other', meta, layout: layout(), attempts: 0 } },
      row('swapped', 0),
      header('empty'),
      row('orphan', 0),
      {
        key: 'captureJournal:bad-meta',
        value: { runId: 'bad-meta', meta: { ...meta, startedAt: 'yesterday' }, layout: layout(), attempts: 0 },
      },
      row('bad-meta', 0),
    ]);
    expect(pending.map((p) => [p.runId, p.bands.map((b) => b.index)])).toEqual([['good', [0, 1]]]);
    expect(drop.sort()).toEqual(['bad-meta', 'bytes', 'empty', 'orphan', 'swapped']);
  });

  it('gives up on a journal that keeps failing, after a few starts', async () => {
    const journal = new CaptureJournal(db, meta);
    await journal.band(0, band(0), layout());
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      const [capture] = groupJournal(await db.settings.toArray()).pending;
      await journalFailed(db, capture!);
      expect(groupJournal(await db.settings.toArray()).pending[0]!.header.attempts).toBe(attempt);
    }
    const [capture] = groupJournal(await db.settings.toArray()).pending;
    await journalFailed(db, capture!);
    expect(await db.settings.count()).toBe(0);
  });
});

describe('resumePlan', () => {
  it('places the kept bands as the stitching would, and counts kept against expected screens', () => {
    const plan = resumePlan(layout(), [band(0), band(1), band(2)]);
    expect(plan.scale).toBe(2);
    expect(plan.bands.every((b) => b.scale === 2)).toBe(true);
    expect(plan.area).toEqual({ x: 0, y: 0, width: 1265, height: 2400 });
    expect([plan.kept, plan.expected]).toEqual([3, 30]);
  });

  it('stops at the bottom the capture was heading for, and never expects fewer screens than it kept', () => {
    const plan = resumePlan(layout({ bottom: 2000, expected: 2 }), [band(0), band(1), { ...band(2), y: 1200 }]);
    expect(plan.area.height).toBe(2000);
    expect([plan.kept, plan.expected]).toEqual([3, 3]);
  });

  it('refuses an empty journal', () => {
    expect(() => resumePlan(layout(), [])).toThrow();
  });
});
