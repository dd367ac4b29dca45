import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../utils/marketplaces/extract-page';
import { orderSchema } from '../../../utils/schemas/order';
import { docFromHtml } from '../../support/dom';

/**
 * SYNTHETIC Seller Hub order-details page (/mesh/ord/details), in the shape the review of a real one
 * describes: an empty <main> holding a spinner, the order's widgets directly under <body>, "Order"
 * printed above the number, a "What you earned" box with negative fees and the site menu's
 * "Shop by category".
 */
const page = (orderLine: string) => `<body>
  <header><nav><a href="/b/">Shop by category</a><div>Shop</div><div>by category</div></nav></header>
  <main><div class="spinner" aria-label="Loading"></div></main>
  <div class="order-info"><h2>Order</h2><div>${orderLine}</div>
    <dl><dt>Date sold</dt><dd>Mar 5, 2024</dd><dt>Buyer</dt><dd>testbuyer001</dd></dl></div>
  <div class="line-items"><a href="https://www.ebay.com/itm/302575937454">Cosrx Acne Pimple Master 24 Patch</a><div>Quantity 1</div><div>$5.36</div></div>
  <div class="shipping"><h3>Ship to</h3><div>Test Buyer</div><div>1 Example St</div></div>
  <div class="earnings"><h3>What you earned</h3><div>Order total</div><div>$5.36</div><div>Sales tax</div><div>-$0.37</div><div>Transaction fees</div><div>-$0.91</div><div>Order earnings</div><div>$4.08</div></div>
</body>`;

describe('eBay Seller Hub order details (synthetic)', () => {
  it('reads the order id, sale date, item, total; role seller; "Ship to" shown; no fee as tax, no menu as seller', () => {
    const url = 'https://www.ebay.com/mesh/ord/details?mode=SH&srn=577&orderid=12-34567-89012&source=Orders';
    const r = extractPage(new URL(url), docFromHtml(page('12-34567-89012'), url));
    expect(r).toMatchObject({ marketplace: 'ebay', kind: 'order-detail', role: 'seller' });
    const o = orderSchema.parse(r.orders[0]);
    expect(o).toMatchObject({
      orderId: '12-34567-89012',
      placedAt: '2024-03-05',
      addressShown: true,
      amounts: { total: { amount: 5.36, currency: 'USD' } },
    });
    expect(o.items).toEqual([{ title: 'Cosrx Acne Pimple Master 24 Patch', itemId: '302575937454' }]);
    expect(o.amounts.tax).toBeUndefined();
    expect(o.seller).toBeUndefined();
    expect(r.changed).toBeUndefined();
  });

  it('reads the number printed under "Order" when the URL has none', () => {
    const url = 'https://www.ebay.com/mesh/ord/details?mode=SH&srn=577';
    const r = extractPage(new URL(url), docFromHtml(page('12-34567-89012'), url));
    expect(r.orders[0]?.orderId).toBe('12-34567-89012');
  });

  it('Seller Hub lists are seller pages too', () => {
    const url = 'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS';
    expect(extractPage(new URL(url), docFromHtml('<p>x</p>', url)).role).toBe('seller');
  });
});
