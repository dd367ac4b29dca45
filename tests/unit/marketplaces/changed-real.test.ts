import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { amazon } from '../../../utils/marketplaces/amazon/index';
import { taobao } from '../../../utils/marketplaces/taobao/index';
import { decode, docFromHtml } from '../../support/dom';
import { realDir } from '../../support/fixtures';

/** Real pages with their key parts stripped: the adapter must say so and must not invent values. */
describe('page has changed (real pages, key parts removed)', { timeout: 60_000 }, () => {
  it('amazon: order details without the summary and items', () => {
    const url = 'https://www.amazon.com/gp/your-account/order-details?orderID=112-9685975-5907428';
    const doc = docFromHtml(
      decode(path.join(realDir, 'amazon-com-2020-2025', 'order-details-112-9685975-5907428.html')),
      url,
    );
    doc.querySelectorAll('#od-subtotals, .a-fixed-left-grid, .order-date-invoice-item').forEach((e) => e.remove());
    const r = amazon.extract(new URL(url), doc);
    expect(r.changed).toMatch(/^this page has changed: amazon: not found: placedAt, items/);
    const o = r.orders[0]!;
    expect(o.missing).toEqual(['placedAt', 'items']);
    expect(o.items).toEqual([]);
    // Only the Transactions box's "Total: $46.61" is left, and it is the true total.
    expect(o.amounts).toEqual({ total: { amount: 46.61, currency: 'USD' } });
    // What is still there is still right.
    expect(o.orderId).toBe('112-9685975-5907428');
  });

  it('taobao: order list whose dates and prices are gone', () => {
    const url = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';
    const doc = docFromHtml(decode(path.join(realDir, 'taobao', 'bought-items-list.html')), url);
    doc.querySelectorAll('[class*="create-time"], [class*="price-mod__price"]').forEach((e) => e.remove());
    const r = taobao.extract(new URL(url), doc);
    expect(r.changed).toMatch(/^this page has changed: taobao: not found: placedAt, amounts\.total/);
    expect(r.orders).toHaveLength(50);
    for (const o of r.orders) {
      expect(o.placedAt).toBeUndefined();
      expect(o.amounts.total).toBeUndefined();
      for (const i of o.items) expect(i.unitPrice).toBeUndefined();
    }
  });
});

describe('page has changed (no cards at all)', () => {
  it('amazon and taobao order-list URLs with an unrecognisable page', () => {
    const doc = docFromHtml('<main><p>Something new</p></main>');
    expect(amazon.extract(new URL('https://www.amazon.com/your-orders/orders'), doc).changed).toMatch(
      /^this page has changed: amazon: no order cards/,
    );
    expect(
      taobao.extract(new URL('https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm'), doc).changed,
    ).toMatch(/^this page has changed: taobao: no order cards/);
  });
});
