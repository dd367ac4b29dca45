import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../utils/marketplaces/extract-page';
import { amazon } from '../../../utils/marketplaces/amazon/index';
import { orderSchema, type Order } from '../../../utils/schemas/order';
import { docFromHtml } from '../../support/dom';

/**
 * Amazon numbers its digital orders D01-… on every country site; no label on the order page need say
 * "digital" (amazon.de's order details do not). The convention is the adapter's (`orderFacts`), so it
 * also holds for orders the generic reader read on an Amazon layout the adapter does not know.
 * SYNTHETIC pages written for these tests.
 */

function read(url: string, html: string) {
  const r = extractPage(new URL(url), docFromHtml(html, url), { includeAddress: true });
  for (const o of r.orders) orderSchema.parse(o);
  return r;
}

const bare = (orderId: string, extra: Partial<Order> = {}): Order => ({
  marketplace: 'amazon',
  site: 'www.amazon.de',
  orderId,
  items: [],
  amounts: {},
  shipments: [],
  provenance: { orderId: 'test' },
  confidence: 'generic',
  ...extra,
});

describe('Amazon digital orders by their number (D01-…)', () => {
  it('an order numbered D01-… is digital, with where that came from', () => {
    const o = amazon.orderFacts!(bare('D01-1234567-1234567'));
    expect(o.orderType).toBe('digital');
    expect(o.provenance.orderType).toMatch(/D01/);
  });

  it('a physical order number, a number of another shape, or no number: no order type', () => {
    for (const id of ['302-1234567-1234567', 'D01-123', 'XD01-1234567-1234567'])
      expect(amazon.orderFacts!(bare(id)).orderType).toBeUndefined();
    const noId = bare('x');
    delete noId.orderId;
    expect(amazon.orderFacts!(noId).orderType).toBeUndefined();
  });

  it('a type a reader already read is kept', () => {
    const o = amazon.orderFacts!(bare('D01-1234567-1234567', { orderType: 'subscription' }));
    expect(o.orderType).toBe('subscription');
  });

  it.each([
    ['www.amazon.de', 'Bestellnummer', 'Bestellung aufgegeben', '16. April 2026', 'Gesamtbetrag', '54,99 €'],
    ['www.amazon.co.jp', '注文番号', '注文日', '2026年4月16日', '注文合計', '￥5,499'],
    ['www.amazon.com', 'Order #', 'Order placed', 'April 16, 2026', 'Total', '$54.99'],
  ])(
    '%s order details that print no "digital" label: digital by the number',
    (host, idL, dateL, date, totalL, total) => {
      const html = `<div id="orderDetails"><div>${dateL}</div><div>${date}</div><div>${idL}</div>
      <div>D01-1151337-3109897</div><div>${totalL}:</div><div>${total}</div></div>`;
      const r = read(`https://${host}/gp/your-account/order-details?orderID=D01-1151337-3109897`, html);
      expect(r.orders[0]?.orderId).toBe('D01-1151337-3109897');
      expect(r.orders[0]?.orderType).toBe('digital');
    },
  );

  it('an order list in a layout the adapter does not know (read by the generic reader): D01-… cards are digital, others not', () => {
    const card = (id: string, total: string) => `<section class="unknown-card">
      <div>Bestellung aufgegeben</div><div>16. April 2026</div>
      <div>Summe</div><div>${total}</div>
      <div>Bestellnr. ${id}</div></section>`;
    const html = `<main>${card('D01-1151337-3109897', '54,99 €')}${card('302-1027899-2645350', '199,94 €')}</main>`;
    const r = read('https://www.amazon.de/your-orders/orders?timeFilter=year-2026', html);
    expect(r.orders.map((o) => o.confidence)).toEqual(['generic', 'generic']);
    expect(r.orders.map((o) => [o.orderId, o.orderType])).toEqual([
      ['D01-1151337-3109897', 'digital'],
      ['302-1027899-2645350', undefined],
    ]);
  });
});
