import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import { caseTarget, targetCase } from '../../../entrypoints/background/capture';
import { demoShop } from '../../../utils/marketplaces/demo-shop/index';
import { setCatalogue } from '../../../utils/i18n';
import type { PagePayload } from '../../../utils/schemas/messages';
import { freshDb } from '../../support/db';

/**
 * UX review D10: the demo order page shows 签收时间 2026-11-08, yet the guide asked the user to type the
 * delivered date. The adapter reads it, and a new case starts with the dates its order page shows.
 */
const URL_ = new URL('http://demo-shop.orderproof.test/orders/DS-20261104-0001.html');
const HTML = readFileSync('tests/demo-shop/site/orders/DS-20261104-0001.html', 'utf8');

function demoOrder() {
  const doc = new JSDOM(HTML, { url: URL_.href }).window.document;
  const result = demoShop.extract(URL_, doc);
  return result.orders[0]!;
}

describe('dates an order page shows', () => {
  beforeEach(() => setCatalogue('en', en));

  it('the demo adapter reads the delivered date the page marks up', () => {
    const order = demoOrder();
    expect(order.placedAt).toBe('2026-11-04');
    expect(order.shipments[0]?.deliveredAt).toBe('2026-11-08');
    expect(order.provenance.deliveredAt).toContain('time');
  });

  it('a new case starts with the ordered and delivered dates of its order', async () => {
    const order = demoOrder();
    const page = {
      url: URL_.href,
      title: 'Order',
      text: '',
      viewport: { width: 1280, height: 800 },
      pageSize: { width: 1280, height: 2000 },
      devicePixelRatio: 1,
      marketplace: 'demo-shop',
      kind: 'order-detail',
      role: 'buyer',
      orders: [order],
    } as PagePayload;
    const created = await targetCase(freshDb(), caseTarget({}, page, order));
    expect(created.dates).toMatchObject({ ordered: '2026-11-04', delivered: '2026-11-08' });
  });
});
