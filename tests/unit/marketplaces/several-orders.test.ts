import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../utils/marketplaces/extract-page';
import { orderSchema, type Order } from '../../../utils/schemas/order';
import { docFromHtml } from '../../support/dom';

/**
 * SYNTHETIC detail pages that print more than one order number under the order label (a combined checkout, a
 * "related orders" box): the page's own order is the one its address names, read in its own block only; when
 * the address names none, no label-read value may come from the first block that happens to be there.
 */
function read(url: string, body: string): Order[] {
  const r = extractPage(new URL(url), docFromHtml(`<!doctype html><html><body>${body}</body></html>`, url));
  for (const o of r.orders) expect(orderSchema.safeParse(o).success).toBe(true);
  return r.orders;
}
const block = (id: string, date: string, total: string) =>
  `<section class="order-block"><div>Order ID: ${id}</div><div>Order time: ${date}</div><div>Order total: ${total}</div></section>`;

describe('a detail page with several order numbers', () => {
  it('Temu: the block of the order the address names, not the first one on the page', () => {
    const orders = read(
      'https://www.temu.com/bgt_order_detail.html?parent_order_sn=PO-211-22222222222222222',
      `<div class="order-detail">${block('PO-211-11111111111111111', 'Mar 1, 2024', '$10.00')}${block(
        'PO-211-22222222222222222',
        'Mar 5, 2024',
        '$45.99',
      )}</div>`,
    );
    expect(orders).toHaveLength(1);
    expect(orders[0]!.orderId).toBe('PO-211-22222222222222222');
    expect(orders[0]!.placedAt).toBe('2024-03-05');
    expect(orders[0]!.amounts.total).toEqual({ amount: 45.99, currency: 'USD' });
  });

  it('an address that names none of them: no adapter-read order (another order’s total would be wrong)', () => {
    const orders = read(
      'https://seller.shopee.sg/portal/sale/order/123456789012',
      `<div class="order-detail-page">${block('240510ABCD1234', '2024-05-10', '$10.00')}${block(
        '240511WXYZ9876',
        '2024-05-11',
        '$45.99',
      )}</div>`,
    );
    expect(orders.filter((o) => o.confidence === 'adapter')).toEqual([]);
  });

  it('one order number printed twice (header and summary) is one order, read as before', () => {
    const orders = read(
      'https://www.temu.com/bgt_order_detail.html?parent_order_sn=PO-211-22222222222222222',
      `<div class="order-detail"><h1>Order ID: PO-211-22222222222222222</h1>${block(
        'PO-211-22222222222222222',
        'Mar 5, 2024',
        '$45.99',
      )}</div>`,
    );
    expect(orders).toHaveLength(1);
    expect(orders[0]!.orderId).toBe('PO-211-22222222222222222');
    expect(orders[0]!.amounts.total).toEqual({ amount: 45.99, currency: 'USD' });
  });
});
