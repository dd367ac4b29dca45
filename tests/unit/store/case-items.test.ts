import { describe, expect, it, vi } from 'vitest';
import { caseItemsStore, watchCaseItems } from '../../../utils/db/case-items';
import {
  addEvidence,
  caseEvidence,
  createCase,
  deleteEvidence,
  moveEvidence,
  renameEvidence,
} from '../../../utils/db/store';
import type { OrderProofDB } from '../../../utils/db/database';
import type { Evidence } from '../../../utils/schemas/records';
import { caseWithScreenshot, freshDb, META } from '../../support/db';

const note = (db: OrderProofDB, caseId: string, title: string) =>
  addEvidence(db, {
    caseId,
    kind: 'note',
    title,
    text: title,
    capturedAt: Date.now(),
    capture: META,
    files: [{ name: 'n.txt', mime: 'text/plain', bytes: new TextEncoder().encode(title) }],
  });

/** The watch's values as they come, and a wait for one that passes a check. */
function collect(db: OrderProofDB, caseId: string) {
  const seen: Evidence[][] = [];
  const sub = watchCaseItems(db, caseId).subscribe((v) => seen.push(v));
  const until = (check: (items: Evidence[]) => boolean) =>
    vi.waitFor(
      () => {
        const last = seen.at(-1);
        if (!last || !check(last)) throw new Error('not yet');
        return last;
      },
      { timeout: 5000, interval: 5 },
    );
  return { until, stop: () => sub.unsubscribe() };
}

describe('a case’s items, watched', () => {
  it('reads the case whole once, then only the items a change names, keeping the others’ objects', async () => {
    const db = freshDb();
    const { c } = await caseWithScreenshot(db);
    for (let i = 0; i < 5; i++) await note(db, c.id, `note ${i}`);
    const w = collect(db, c.id);
    const first = await w.until((items) => items.length === 6);
    const where = vi.spyOn(db.evidence, 'where');
    await note(db, c.id, 'a new note');
    const next = await w.until((items) => items.length === 7);
    expect(where).not.toHaveBeenCalled();
    expect(next.at(-1)!.title).toBe('a new note');
    for (const [i, item] of first.entries()) expect(next[i]).toBe(item);
    expect(next.map((e) => e.id)).toEqual((await caseEvidence(db, c.id)).map((e) => e.id));
    w.stop();
  });

  it('follows renames, deletions and moves in and out, as a fresh read of the case gives them', async () => {
    const db = freshDb();
    const { c, ev } = await caseWithScreenshot(db);
    const other = await createCase(db, { platform: 'demo-shop', role: 'buyer', title: 'Other' });
    const away = await note(db, c.id, 'goes away');
    const comes = await note(db, other.id, 'comes in');
    const kept = await note(db, c.id, 'kept');
    const w = collect(db, c.id);
    await w.until((items) => items.length === 3);
    await renameEvidence(db, kept.id, 'kept, renamed');
    await deleteEvidence(db, ev.id, 'test');
    await moveEvidence(db, away.id, other.id);
    await moveEvidence(db, comes.id, c.id);
    const fresh = await caseEvidence(db, c.id);
    const got = await w.until((items) => JSON.stringify(items) === JSON.stringify(fresh));
    expect(got.map((e) => e.title).sort()).toEqual(['Order page', 'comes in', 'kept, renamed']);
    expect(got.find((e) => e.id === ev.id)!.deletedAt).toBeTypeOf('number');
    w.stop();
  });

  it('serves every view of a case from one watch, and stops when the last leaves', async () => {
    const db = freshDb();
    const { c } = await caseWithScreenshot(db);
    const store = caseItemsStore(db);
    const where = vi.spyOn(db.evidence, 'where');
    const a = vi.fn();
    const b = vi.fn();
    const stopA = store.subscribe(c.id, a);
    const stopB = store.subscribe(c.id, b);
    await vi.waitFor(() => expect(store.current(c.id)).toHaveLength(1));
    expect(where).toHaveBeenCalledTimes(1);
    expect(a).toHaveBeenCalled();
    expect(b).toHaveBeenCalled();
    stopA();
    expect(store.current(c.id)).toHaveLength(1);
    stopB();
    expect(store.current(c.id)).toBeUndefined();
  });
});
