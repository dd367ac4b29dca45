import { describe, expect, it, vi } from 'vitest';
import {
  addEvidence,
  correctOrderField,
  createCase,
  deleteEvidence,
  moveEvidence,
  renameEvidence,
} from '../../../utils/db/store';
import { buildSearchText, replaceSearchText } from '../../../utils/db/search-text';
import type { OrderProofDB } from '../../../utils/db/database';
import type { Order } from '../../../utils/schemas/order';
import { freshDb, META } from '../../support/db';

const ORDER: Order = {
  marketplace: 'demo-shop',
  orderId: 'DS-1',
  items: [{ title: 'Blue Mug', quantity: 1 }],
  amounts: {},
  shipments: [{ carrier: 'SF Express', trackingNumber: 'SF0000' }],
  provenance: {},
  confidence: 'adapter',
};

const lines = (s: string) => s.split('\n').sort();
/** Reads of a case's items by the caseId index: what a rebuild does (Dexie's own updates look up by ':id'). */
const caseScans = (where: { mock: { calls: unknown[][] } }) => where.mock.calls.filter(([key]) => key === 'caseId');

/** The case's search document, and what a rebuild from every item gives (refreshSearch's order). */
async function docAndRebuild(db: OrderProofDB, caseId: string) {
  const c = (await db.cases.get(caseId))!;
  const items = await db.evidence.where('caseId').equals(caseId).toArray();
  return { doc: (await db.search.get(caseId))!.text, rebuilt: buildSearchText(c, items) };
}

/** A case whose title, order and first item share lines, so a run must be found as a whole. */
async function caseWithItems(db: OrderProofDB, title = 'Order DS-1') {
  const c = await createCase(db, { platform: 'demo-shop', role: 'buyer', title, orderRef: 'DS-1' });
  const add = (kind: 'order-data' | 'note', t: string, extra: object, at: number) =>
    addEvidence(db, { caseId: c.id, kind, title: t, capturedAt: at, capture: META, files: [], ...extra });
  const order = await add('order-data', 'Order DS-1', { order: ORDER }, 1);
  const note = await add('note', 'Courier call', { text: 'Parcel left at 菜鸟驿站' }, 2);
  const other = await add('note', 'Order DS-1', { text: 'Seller promised a refund' }, 3);
  return { c, order, note, other };
}

describe('the search document, changed in place', () => {
  it('loses a deleted item’s words without the other items being read, as a rebuild would', async () => {
    const db = freshDb();
    const { c, note } = await caseWithItems(db);
    const where = vi.spyOn(db.evidence, 'where');
    await deleteEvidence(db, note.id, 'duplicate');
    expect(caseScans(where)).toEqual([]);
    const { doc, rebuilt } = await docAndRebuild(db, c.id);
    expect(doc).not.toContain('菜鸟驿站');
    expect(doc).toContain('seller promised a refund');
    expect(lines(doc)).toEqual(lines(rebuilt));
  });

  it('moves an item’s words from one case’s document to the other’s', async () => {
    const db = freshDb();
    const a = await caseWithItems(db);
    const b = await createCase(db, { platform: 'demo-shop', role: 'buyer', title: 'Other order' });
    const where = vi.spyOn(db.evidence, 'where');
    await moveEvidence(db, a.note.id, b.id);
    expect(caseScans(where)).toEqual([]);
    for (const id of [a.c.id, b.id]) {
      const { doc, rebuilt } = await docAndRebuild(db, id);
      expect(lines(doc)).toEqual(lines(rebuilt));
    }
    expect((await db.search.get(b.id))!.text).toContain('菜鸟驿站');
  });

  it('takes a correction (and the case’s order number it moves) and a rename in place', async () => {
    const db = freshDb();
    const { c, order, other } = await caseWithItems(db);
    const where = vi.spyOn(db.evidence, 'where');
    await correctOrderField(db, order.id, 'orderId', 'DS-2');
    await correctOrderField(db, order.id, 'trackingNumber', 'SF1402286519034');
    await renameEvidence(db, other.id, 'Chat with seller');
    expect(caseScans(where)).toEqual([]);
    const { doc, rebuilt } = await docAndRebuild(db, c.id);
    expect(doc).toContain('sf1402286519034');
    expect(doc).not.toContain('sf0000');
    expect(lines(doc)).toEqual(lines(rebuilt));
  });

  it('rebuilds when the document was cut at its size limit, which only a rebuild can undo', async () => {
    const db = freshDb();
    const c = await createCase(db, { platform: 'demo-shop', role: 'buyer', title: 'Long' });
    const notes = [];
    for (let i = 0; i < 3; i++)
      notes.push(
        await addEvidence(db, {
          caseId: c.id,
          kind: 'note',
          title: `n${i}`,
          capturedAt: i,
          capture: META,
          text: `${i}`.repeat(30_000),
          files: [],
        }),
      );
    await deleteEvidence(db, notes[0]!.id);
    const { doc, rebuilt } = await docAndRebuild(db, c.id);
    expect(doc === rebuilt).toBe(true);
    expect(doc.includes('0'.repeat(100))).toBe(false);
    expect(doc.includes('1'.repeat(100)) && doc.includes('2'.repeat(100))).toBe(true);
  });

  it('replaces whole lines only, and says when the old ones are not there', () => {
    expect(replaceSearchText('a\nmug\nb', 'mug', 'cup')).toBe('a\ncup\nb');
    expect(replaceSearchText('a\nmugs\nb', 'mug', '')).toBeUndefined();
    expect(replaceSearchText('mug', 'mug', '')).toBe('');
    expect(replaceSearchText('a', '', 'cup')).toBe('a\ncup');
  });
});
