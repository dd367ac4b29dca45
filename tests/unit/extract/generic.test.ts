import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import { extractPage } from '../../../utils/marketplaces/extract-page';
import { docFromHtml } from '../../support/dom';

const url = new URL('https://shop.example.org/account/orders/1');

describe('generic extractor', () => {
  it('reads English labels: order number, date, total, tracking by carrier shape', () => {
    const doc = docFromHtml(`<main><h1>Thanks for your order</h1>
      <p>Order #: 100234567</p><p>Order date: March 3, 2025</p>
      <table><tr><td>Total</td><td>$54.20</td></tr></table>
      <p>Your parcel ships with UPS: 1Z999AA10123456784</p></main>`);
    const [o] = extractGeneric(url, doc);
    expect(o).toMatchObject({
      confidence: 'generic',
      orderId: '100234567',
      placedAt: '2025-03-03',
      amounts: { total: { amount: 54.2, currency: 'USD' } },
      shipments: [{ trackingNumber: '1Z999AA10123456784', carrier: 'UPS' }],
    });
    expect(o?.provenance.orderId).toMatch(/label/);
  });

  it('reads Chinese labels', () => {
    const doc =
      docFromHtml(`<div><div>订单编号：<span>2950548049244739241</span></div><div>下单时间：2022年10月14日 10:00</div>
      <div>实付款：￥88.00</div><div>顺丰速运 SF1234567890123</div><div>中通快递 运单号：78123456789012</div></div>`);
    const [o] = extractGeneric(url, doc);
    expect(o?.orderId).toBe('2950548049244739241');
    expect(o?.placedAt).toBe('2022-10-14');
    expect(o?.amounts.total).toEqual({ amount: 88, currency: 'CNY' });
    expect(o?.shipments.map((s) => [s.trackingNumber, s.carrier])).toEqual([
      ['SF1234567890123', '顺丰速运 SF Express'],
      ['78123456789012', '中通 ZTO'],
    ]);
  });

  it('reads 订单号 and Order ID / Order number labels', () => {
    expect(extractGeneric(url, docFromHtml('<p>订单号: 4371408684767739241</p>'))[0]?.orderId).toBe(
      '4371408684767739241',
    );
    expect(extractGeneric(url, docFromHtml('<p>Order ID AB-77812345</p>'))[0]?.orderId).toBe('AB-77812345');
    expect(extractGeneric(url, docFromHtml('<p>Order number</p><p>W123456789</p>'))[0]?.orderId).toBe('W123456789');
  });

  it('finds nothing on a page without orders and guesses no amount without a currency', () => {
    expect(extractGeneric(url, docFromHtml('<p>Welcome to our blog. Posted 2024.</p>'))).toEqual([]);
    const [o] = extractGeneric(url, docFromHtml('<p>Order number: 55512345</p><p>Total: 12</p>'));
    expect(o?.orderId).toBe('55512345');
    expect(o?.amounts.total).toBeUndefined();
  });
});

describe('extractPage', () => {
  it('uses the adapter that owns the host', () => {
    const r = extractPage(new URL('https://order.jd.com/center/list.action'), docFromHtml('<p>x</p>'));
    expect(r).toMatchObject({ marketplace: 'jd', kind: 'order-list', role: 'buyer' });
  });

  it('falls back to the generic reader for unknown hosts', () => {
    const r = extractPage(url, docFromHtml('<p>Order number: 55512345</p><p>Total: €12,50</p>'));
    expect(r.marketplace).toBeUndefined();
    expect(r.orders[0]?.amounts.total).toEqual({ amount: 12.5, currency: 'EUR' });
  });

  it('keeps the address out unless asked', () => {
    const html =
      '<div class="a-box-group"><div id="orderDetails">Ordered on March 1, 2025 Order# 111-1234567-1234567<div class="displayAddressDiv"><ul><li class="displayAddressFullName">Test Buyer</li><li>1 Example St</li></ul></div><div>Grand Total:</div><div>$5.00</div></div></div>';
    const u = new URL('https://www.amazon.com/gp/your-account/order-details?orderID=111-1234567-1234567');
    const off = extractPage(u, docFromHtml(html));
    expect(off.orders[0]?.addressShown).toBe(true);
    expect(off.orders[0]?.recipient).toBeUndefined();
    expect(off.orders[0]?.address).toBeUndefined();
    const on = extractPage(u, docFromHtml(html), { includeAddress: true });
    expect(on.orders[0]?.recipient).toBe('Test Buyer');
    expect(on.orders[0]?.address).toBe('1 Example St');
  });
});

describe('generic reader on a list of orders (layout: one card per labelled order number)', () => {
  const listUrl = new URL('https://shop.example.org/account/orders');

  it('reads each card on its own, date and total before or after the number; a card without a total has none', () => {
    const doc = docFromHtml(`<main><h1>Your orders</h1>
      <div class="c"><div><span>Order placed</span><span>March 3, 2025</span></div><div>Total $54.20</div>
        <div>Order # 100234567</div></div>
      <div class="c"><div>Order # 100234999</div><div><span>Order placed</span><span>March 9, 2025</span></div>
        <div>Cancelled</div></div>
      <div class="c"><div>Order number: 100235555</div><div>Order date: 12/03/2025</div><div>Total: $9.99</div></div></main>`);
    const orders = extractGeneric(listUrl, doc);
    expect(orders.map((o) => [o.orderId, o.placedAt, o.amounts.total?.amount])).toEqual([
      ['100234567', '2025-03-03', 54.2],
      ['100234999', '2025-03-09', undefined],
      ['100235555', undefined, 9.99],
    ]);
    expect(orders.every((o) => o.confidence === 'generic')).toBe(true);
  });

  it('one order number printed twice is one order, not a list', () => {
    const doc = docFromHtml(
      `<main><p>Order # 100234567</p><p>Total: $5.00</p><footer>Order # 100234567</footer></main>`,
    );
    const orders = extractGeneric(listUrl, doc);
    expect(orders).toHaveLength(1);
    expect(orders[0]?.amounts.total).toEqual({ amount: 5, currency: 'USD' });
  });

  it('a bare "$" is the currency of the site\'s country domain', () => {
    const mx = new URL('https://www.tienda.com.mx/pedidos/1');
    const [o] = extractGeneric(mx, docFromHtml('<p>Número de pedido: 70012345</p><p>Total: $1,234.50</p>'));
    expect(o?.amounts.total).toEqual({ amount: 1234.5, currency: 'MXN' });
  });
});
