import { describe, expect, it } from 'vitest';
import { caseTarget, storeSave, targetCase } from '../../../entrypoints/background/capture';
import {
  evidenceFor,
  SAVE_EVIDENCE_KINDS,
  orderEvidence,
  pictureEvidence,
  type SaveParts,
  snapshotEvidence,
} from '../../../entrypoints/background/save-evidence';
import type { Order } from '../../../utils/schemas/order';
import type { PagePayload } from '../../../utils/schemas/messages';
import { freshDb } from '../../support/db';
import { useFakeBackground } from './fake-tab';

const PAGE: PagePayload = {
  url: 'https://demo-shop.orderproof.test/orders/DS-1.html',
  title: 'Order DS-1',
  text: 'Order DS-1 placed 2026-11-01',
  viewport: { width: 1280, height: 800 },
  pageSize: { width: 1280, height: 3000 },
  devicePixelRatio: 1,
  marketplace: 'demo-shop',
  kind: 'order-detail',
  role: 'buyer',
  orders: [],
};
const ORDER: Order = {
  marketplace: 'demo-shop',
  orderId: 'DS-1',
  placedAt: '2026-11-01',
  items: [],
  amounts: {},
  shipments: [],
  provenance: {},
  confidence: 'adapter',
} as unknown as Order;
const PNG = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);

const parts = (extra: Partial<SaveParts> = {}): SaveParts => ({
  target: caseTarget({}, PAGE, ORDER),
  page: PAGE,
  capturedAt: Date.UTC(2026, 10, 2, 10, 0),
  health: [],
  ...extra,
});

describe('the stages of a save', () => {
  useFakeBackground();

  it('caseTarget: names the case after the order and carries its reference and date', () => {
    expect(caseTarget({}, PAGE, ORDER)).toEqual({
      platform: 'demo-shop',
      role: 'buyer',
      title: 'Order DS-1',
      orderRef: 'DS-1',
      placedAt: '2026-11-01',
    });
    expect(caseTarget({ caseId: 'case-0001' }, { ...PAGE, marketplace: undefined, title: '' }, undefined)).toEqual({
      caseId: 'case-0001',
      platform: 'other',
      role: 'buyer',
      title: 'Untitled page',
    });
  });

  it("targetCase: the order's existing case, a new one for a new order, the named one when asked", async () => {
    const db = freshDb();
    const first = await targetCase(db, caseTarget({}, PAGE, ORDER));
    expect(first).toMatchObject({
      platform: 'demo-shop',
      orderRef: 'DS-1',
      title: 'Order DS-1',
      dates: { ordered: '2026-11-01' },
    });
    expect((await targetCase(db, caseTarget({}, PAGE, ORDER))).id).toBe(first.id);
    const other = await targetCase(db, caseTarget({}, PAGE, { ...ORDER, orderId: 'DS-2' }));
    expect(other.id).not.toBe(first.id);
    expect(
      (await targetCase(db, { ...caseTarget({}, PAGE, { ...ORDER, orderId: 'DS-2' }), caseId: first.id })).id,
    ).toBe(first.id);
    await expect(
      targetCase(db, { caseId: 'no-such-case', platform: 'demo-shop', role: 'buyer', title: 'x' }),
    ).rejects.toThrow('No case no-such-case');
  });

  it('pictureEvidence: a visible screenshot as one PNG; nothing without a picture', () => {
    expect(pictureEvidence(parts())).toBeUndefined();
    const item = pictureEvidence(parts({ picture: { visible: PNG }, health: ['slow page'] }))!;
    expect(item.kind).toBe('screenshot');
    expect(item.files).toEqual([{ name: 'screenshot.png', mime: 'image/png', bytes: PNG }]);
    expect(item.capture).toMatchObject({
      method: 'captureVisibleTab',
      health: ['slow page'],
      pageSize: PAGE.pageSize,
      browser: 'Chromium 150.0.1.2',
      extensionVersion: '9.9.9',
    });
  });

  it('snapshotEvidence: MHTML when there is one, always the text and page.json; a listing keeps its facts', () => {
    const enc = new TextEncoder();
    const plain = snapshotEvidence(parts());
    expect(plain.files.map((f) => f.name)).toEqual(['page.txt', 'page.json']);
    expect(plain.capture.method).toBe('innerText');
    expect(plain.text).toBe(PAGE.text);
    const withMhtml = snapshotEvidence(parts({ mhtml: enc.encode('MIME') }));
    expect(withMhtml.files.map((f) => f.name)).toEqual(['page.mhtml', 'page.txt', 'page.json']);
    expect(withMhtml.capture.method).toBe('pageCapture.saveAsMHTML');
    const pageJson = JSON.parse(new TextDecoder().decode((withMhtml.files[2] as { bytes: Uint8Array }).bytes)) as {
      capturedAt: string;
      url: string;
    };
    expect(pageJson).toMatchObject({ url: PAGE.url, capturedAt: '2026-11-02T10:00:00.000Z' });
    const listing = { title: 'Kettle', price: { amount: 10, currency: 'EUR' } };
    const onListing = snapshotEvidence(
      parts({ page: { ...PAGE, kind: 'listing', listing } as unknown as PagePayload }),
    );
    expect(onListing.files.map((f) => f.name)).toEqual(['page.txt', 'page.json', 'listing.json']);
    expect(onListing.listing).toEqual(listing);
    expect(onListing.title).toBe('Listing: Kettle');
  });

  it('orderEvidence: the order facts as order.json, only when there is an order', () => {
    expect(orderEvidence(parts())).toBeUndefined();
    const item = orderEvidence(parts({ order: ORDER }))!;
    expect(item).toMatchObject({
      kind: 'order-data',
      title: 'Order DS-1',
      order: ORDER,
      capture: { method: 'adapter:demo-shop' },
    });
    expect(JSON.parse(new TextDecoder().decode((item.files[0] as { bytes: Uint8Array }).bytes))).toEqual(ORDER);
  });

  it('evidenceFor: picture, the order on its list, snapshot and order, in that order, each from its own builder', () => {
    expect(SAVE_EVIDENCE_KINDS).toEqual(['picture', 'orderArea', 'snapshot', 'order']);
    const all = parts({ picture: { visible: PNG }, order: ORDER });
    expect(SAVE_EVIDENCE_KINDS.map((kind) => evidenceFor(kind, all)?.kind)).toEqual([
      'screenshot',
      undefined,
      'page-snapshot',
      'order-data',
    ]);
    expect(SAVE_EVIDENCE_KINDS.map((kind) => evidenceFor(kind, parts())?.kind)).toEqual([
      undefined,
      undefined,
      'page-snapshot',
      undefined,
    ]);
  });

  it('storeSave: closes a full page’s journal only once its picture is stored', async () => {
    const db = freshDb();
    const closed: number[] = [];
    const journal = { close: () => Promise.resolve(void closed.push(Date.now())) } as unknown as SaveParts['journal'];
    await storeSave(db, parts({ journal }));
    expect(closed).toHaveLength(0);
    await storeSave(db, parts({ picture: { visible: PNG }, journal }));
    expect(closed).toHaveLength(1);
  });

  it('storeSave: one case, then picture, snapshot and order, in that order and all in the case', async () => {
    const db = freshDb();
    const stored = await storeSave(db, parts({ picture: { visible: PNG }, order: ORDER }));
    const items = await db.evidence.where('caseId').equals(stored.caseId).toArray();
    const byId = new Map(items.map((e) => [e.id, e.kind]));
    expect(stored.evidenceIds.map((id) => byId.get(id))).toEqual(['screenshot', 'page-snapshot', 'order-data']);
    expect(items.every((e) => e.sourceUrl === PAGE.url && e.capturedAt === Date.UTC(2026, 10, 2, 10, 0))).toBe(true);
    const again = await storeSave(db, parts());
    expect(again.caseId).toBe(stored.caseId);
    expect(again.evidenceIds).toHaveLength(1);
  });
});
