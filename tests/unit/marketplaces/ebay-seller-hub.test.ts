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

/**
 * SYNTHETIC Selling Manager "Sold" table in the 2018 markup (rows `mu_active_tbl_id_N`, cells by column id,
 * goods lines in the following `tbody.dt-nsb`): a single-item sale and a combined order of two items.
 */
const saleRow = (n: number, box: string, qty: string, total: string, date: string) => `<tbody class="dt-rs">
  <tr id="mu_active_tbl_id_${n}"><td id="LineID"><input type="checkbox" name="LineId" value="${box}"></td>
  <td id="RecordNumber"><div><a href="#">${577 - n}</a></div></td><td id="BuyerEmail"><a href="#">testbuyer00${n}</a></td>
  <td id="PurchasedQty"><div>${qty}</div></td><td id="SalePrice">${total}</td><td id="TotalPrice"><a href="#">${total}</a></td>
  <td id="SaleDate"><span>${date}</span></td><td id="PaidDate"><span>${date}</span></td>
  <td id="ShippedStatus"><a title="Shipped on ${date}" href="#"> </a></td></tr></tbody>`;
const goodsRow = (id: string, title: string, qty = '') => `<tr class="dt-ntb">
  <td id="Picture"><a href="https://www.ebay.com/itm/${id}"><img alt="Item picture"></a></td>
  <td id="BuyerEmail"><span>${id}</span> <a href="https://www.ebay.com/itm/${id}" title="${title}">${title}</a>
  <div><span>Tracking number: </span>[<a href="#">Add</a>]</div></td><td id="PurchasedQty">${qty ? `<div>${qty}</div>` : ' '}</td></tr>`;
const soldTable = `<table id="tbl_mu_active_tbl_id">
  ${saleRow(0, '302575937454+1497408142020', '1', '$5.36', 'Mar-31-18')}
  <tbody class="dt-nsb">${goodsRow('302575937454', 'Cosrx Acne Pimple Master 24 Patch')}</tbody>
  ${saleRow(1, '239760508014', '3', '$10.56', 'Mar-22-18')}
  <tbody class="dt-nsb">${goodsRow('302575937454', 'Cosrx Acne Pimple Master 24 Patch', '2')}
  ${goodsRow('302575941733', 'Cosrx Clear Fit Master 18 Patch', '1')}</tbody></table>`;

describe('eBay Selling Manager "Sold" list (synthetic, 2018 markup)', () => {
  const url = 'https://k2b-bulk.ebay.com/ws/eBayISAPI.dll?SalesRecordConsole&currentpage=SCSold';
  const r = extractPage(new URL(url), docFromHtml(soldTable, url));
  const [single, combined] = r.orders.map((o) => orderSchema.parse(o));

  it('is a seller order list with one order per sale', () => {
    expect(r).toMatchObject({ marketplace: 'ebay', kind: 'order-list', role: 'seller' });
    expect(r.orders).toHaveLength(2);
  });

  it('a single-item sale: date, total, item and quantity; no order number (the page prints none)', () => {
    expect(single).toMatchObject({ placedAt: '2018-03-31', amounts: { total: { amount: 5.36, currency: 'USD' } } });
    expect(single?.orderId).toBeUndefined();
    expect(single?.items).toEqual([
      { title: 'Cosrx Acne Pimple Master 24 Patch', itemId: '302575937454', quantity: 1 },
    ]);
  });

  it('a combined order: its order number and each goods line with its own quantity', () => {
    expect(combined?.orderId).toBe('239760508014');
    expect(combined?.items.map((i) => [i.itemId, i.quantity])).toEqual([
      ['302575937454', 2],
      ['302575941733', 1],
    ]);
    expect(combined?.shipments[0]?.status).toBe('Shipped on Mar-22-18');
  });

  it('is recognised by its rows when framed under another address (Seller Hub)', () => {
    const sh = 'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS';
    expect(extractPage(new URL(sh), docFromHtml(soldTable, sh)).orders).toHaveLength(2);
  });
});
