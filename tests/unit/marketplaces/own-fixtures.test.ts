import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { orderSchema, type Order } from '../../../utils/schemas/order';
import { adapterForUrl, marketplaces } from '../../../utils/marketplaces/registry';
import { docFromHtml, loadDoc } from '../../support/dom';
import { ownDir } from '../../support/fixtures';

/** Our own fixture pages for marketplaces without a real saved page; values in expected.json. */
interface Expected {
  url: string;
  kind: string;
  orderId: string;
  placedAt?: string;
  status?: string;
  seller?: string;
  total: number;
  currency: string;
  subtotal?: number;
  shipping?: number;
  tax?: number;
  discount?: number;
  items: { title: string; quantity: number; unitPrice: number; itemId?: string }[];
  tracking?: string;
  carrier?: string;
}

const ids = readdirSync(ownDir).filter((d) => readdirSync(path.join(ownDir, d)).includes('expected.json'));

function compare(order: Order, exp: Expected): string[] {
  const wrong: string[] = [];
  const eq = (name: string, got: unknown, want: unknown) => {
    if (want !== undefined && JSON.stringify(got) !== JSON.stringify(want))
      wrong.push(`${name}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  };
  eq('orderId', order.orderId, exp.orderId);
  eq('placedAt', order.placedAt, exp.placedAt);
  eq('status', order.status, exp.status);
  eq('seller', order.seller, exp.seller);
  eq('total', order.amounts.total, { amount: exp.total, currency: exp.currency });
  for (const f of ['subtotal', 'shipping', 'tax', 'discount'] as const) {
    if (exp[f] !== undefined) eq(f, order.amounts[f], { amount: exp[f], currency: exp.currency });
  }
  eq('items.length', order.items.length, exp.items.length);
  exp.items.forEach((it, i) => {
    const got = order.items[i];
    eq(`items.${i}.title`, got?.title, it.title);
    eq(`items.${i}.quantity`, got?.quantity, it.quantity);
    eq(`items.${i}.unitPrice`, got?.unitPrice, { amount: it.unitPrice, currency: exp.currency });
    eq(`items.${i}.itemId`, got?.itemId, it.itemId);
  });
  eq('tracking', order.shipments[0]?.trackingNumber, exp.tracking);
  eq('carrier', order.shipments[0]?.carrier, exp.carrier);
  return wrong;
}

describe('own fixture pages', () => {
  it.each(ids)('%s: the fixture folder names a registered marketplace', (id) => {
    expect(marketplaces.map((m) => m.id)).toContain(id);
  });

  for (const id of ids) {
    const exp = JSON.parse(readFileSync(path.join(ownDir, id, 'expected.json'), 'utf8')) as Expected;
    const file = path.join(ownDir, id, 'detail.html');

    it(`${id}: reads every field of its fixture`, () => {
      const url = new URL(exp.url);
      const adapter = adapterForUrl(url);
      expect(adapter?.id).toBe(id);
      const doc = loadDoc(file, exp.url);
      expect(adapter!.detect(url, doc).kind).toBe(exp.kind);
      const result = adapter!.extract(url, doc);
      expect(result.changed).toBeUndefined();
      expect(result.orders).toHaveLength(1);
      const order = orderSchema.parse(result.orders[0]);
      expect(compare(order, exp)).toEqual([]);
      // Every present top-level field says where it came from.
      for (const f of ['orderId', 'placedAt', 'seller', 'status'] as const)
        if (order[f]) expect(order.provenance[f]).toBeTruthy();
      expect(order.provenance['amounts.total']).toBeTruthy();
      // The address is shown but not kept unless asked for.
      expect(order.addressShown).toBe(true);
      expect(order.address).toBeUndefined();
      expect(adapter!.extract(url, doc, { includeAddress: true }).orders[0]?.address).toBeTruthy();
    });

    it(`${id}: says the page has changed when its key parts are gone, and invents nothing`, () => {
      const url = new URL(exp.url);
      const adapter = adapterForUrl(url)!;
      const html = readFileSync(file, 'utf8')
        .replace(/<div class="(?:row|order-number)">.*<\/div>\n/g, '')
        .replace(/<div class="items">[\s\S]*?<\/div>\n<\/div>/, '<div class="items"></div>');
      const result = adapter.extract(url, docFromHtml(html, exp.url));
      expect(result.changed).toMatch(/^this page has changed: /);
      const order = result.orders[0];
      expect(order?.missing?.length).toBeGreaterThan(0);
      expect(order?.orderId).toBeUndefined();
      expect(order?.amounts.total).toBeUndefined();
      expect(order?.items).toEqual([]);
    });
  }
});
