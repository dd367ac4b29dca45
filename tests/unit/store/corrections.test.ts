import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../../utils/audit/chain';
import { addEvidence, auditLog, correctOrderField, createCase } from '../../../utils/db/store';
import { matchesQuery } from '../../../utils/db/search-text';
import { applyCorrections } from '../../../utils/order-corrections';
import type { Order } from '../../../utils/schemas/order';
import { freshDb, META } from '../../support/db';

const ORDER: Order = {
  marketplace: 'demo-shop',
  orderId: 'DS-1',
  placedAt: '2026-11-04',
  items: [{ title: 'Mug', quantity: 2, unitPrice: { amount: 89, currency: 'CNY' } }],
  amounts: { total: { amount: 237.9, currency: 'CNY' } },
  shipments: [{ carrier: 'SF Express', trackingNumber: 'SF0000' }],
  provenance: {},
  confidence: 'adapter',
};

async function withOrder() {
  const db = freshDb();
  const c = await createCase(db, { platform: 'demo-shop', role: 'buyer', title: 'Order DS-1', orderRef: 'DS-1' });
  const ev = await addEvidence(db, {
    caseId: c.id,
    kind: 'order-data',
    title: 'Order DS-1',
    capturedAt: 1,
    capture: META,
    order: ORDER,
    files: [],
  });
  return { db, c, ev };
}

describe('order corrections', () => {
  it('keeps the extraction, logs before, after and the extracted value, and reads through the fix', async () => {
    const { db, c, ev } = await withOrder();
    await correctOrderField(db, ev.id, 'trackingNumber', 'SF1402286519034');
    await correctOrderField(db, ev.id, 'total', 227.9);
    const stored = (await db.evidence.get(ev.id))!;
    expect(stored.order).toEqual(ORDER);
    const fixed = applyCorrections(stored.order!, stored.corrections);
    expect(fixed.shipments[0]?.trackingNumber).toBe('SF1402286519034');
    expect(fixed.amounts.total).toEqual({ amount: 227.9, currency: 'CNY' });
    const log = await auditLog(db, c.id);
    expect(log.at(-2)).toMatchObject({
      action: 'correct',
      evidenceId: ev.id,
      details: { field: 'trackingNumber', before: 'SF0000', after: 'SF1402286519034', extracted: 'SF0000' },
    });
    expect(verifyChain(log)).toEqual([]);
    expect(matchesQuery((await db.search.get(c.id))!.text, 'sf1402286519034')).toBe(true);
  });

  it('moves the case with a corrected order id and dates, which deadlines count from', async () => {
    const { db, c, ev } = await withOrder();
    await correctOrderField(db, ev.id, 'orderId', 'DS-2');
    await correctOrderField(db, ev.id, 'deliveredAt', '2026-11-08');
    const updated = (await db.cases.get(c.id))!;
    expect(updated.orderRef).toBe('DS-2');
    expect(updated.dates.delivered).toBe('2026-11-08');
  });

  it('clears a field the page got wrong, and refuses malformed values, changing nothing', async () => {
    const { db, c, ev } = await withOrder();
    await correctOrderField(db, ev.id, 'seller', '');
    expect(applyCorrections(ORDER, (await db.evidence.get(ev.id))!.corrections).seller).toBeUndefined();
    const entries = (await auditLog(db, c.id)).length;
    await expect(correctOrderField(db, ev.id, 'placedAt', 'last Tuesday')).rejects.toThrow(/YYYY-MM-DD/);
    await expect(correctOrderField(db, ev.id, 'total', 'lots')).rejects.toThrow(/number/);
    expect((await auditLog(db, c.id)).length).toBe(entries);
    expect((await db.evidence.get(ev.id))!.corrections).toHaveLength(1);
  });
});
