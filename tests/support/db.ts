import { OrderProofDB } from '../../utils/db/database';
import { addEvidence, createCase } from '../../utils/db/store';
import type { CaptureMeta } from '../../utils/schemas/records';

let n = 0;
/** A fresh database per test: fake-indexeddb keeps databases for the whole run. */
export function freshDb(): OrderProofDB {
  n += 1;
  return new OrderProofDB(`test-${process.pid}-${n}-${Math.random().toString(36).slice(2)}`);
}

export const META: CaptureMeta = {
  method: 'test',
  browser: 'Node',
  extensionVersion: '0.0.0',
  utcOffsetMinutes: 480,
  health: [],
};

export async function caseWithScreenshot(db: OrderProofDB, bytes = new Uint8Array([137, 80, 78, 71, 1, 2, 3])) {
  const c = await createCase(db, { platform: 'demo-shop', role: 'buyer', title: 'Order DS-1', orderRef: 'DS-1' });
  const ev = await addEvidence(db, {
    caseId: c.id,
    kind: 'screenshot',
    title: 'Order page',
    sourceUrl: 'https://demo-shop.orderproof.test/orders/DS-1.html',
    capturedAt: Date.now(),
    capture: META,
    files: [{ name: 'screenshot.png', mime: 'image/png', bytes }],
  });
  return { c, ev };
}
