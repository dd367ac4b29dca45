import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import { docFromHtml } from '../../support/dom';

/**
 * Labels of B2B order pages (Alibaba.com's Trade Assurance orders, 1688's English view) read by the
 * generic reader: "Supplier:" as an item's seller (供应商 in Chinese), "Trade Assurance Order no." as the
 * order number. Pages built here, in the shape of such pages; no adapter reads them.
 */
const at = 'https://b2b.example.com/order/detail?id=1';
const read = (html: string) => extractGeneric(new URL(at), docFromHtml(html, at), { includeAddress: true });

const item = (id: string, title: string, price: string, label: string) =>
  `<div class="it"><div><a href="/p/${id}?ref_=i"><img alt=""></a></div><div><a href="/p/${id}?ref_=t">${title}</a>` +
  `<div>${label}</div><div><span>${price}</span></div></div></div>`;

describe('"Trade Assurance Order no." is an order-number label', () => {
  it.each([
    ['value on the next line', '<div>Trade Assurance Order no.</div><div>304412345678901234</div>'],
    ['value on the same line', '<div>Trade Assurance Order no. 304412345678901234</div>'],
    ['"order number" with a colon', '<div>Trade Assurance order number:</div><div>304412345678901234</div>'],
  ])('%s', (_, head) => {
    const [o] = read(`<main>${head}<div>Order date: Mar 3, 2024</div><div>Total: US $120.50</div></main>`);
    expect(o?.orderId).toBe('304412345678901234');
  });

  it('"Trade Assurance" in a sentence names no order number', () => {
    const orders = read(
      '<main><div>Trade Assurance protects your orders</div><div>Trade Assurance order protection 2024</div>' +
        '<div>Order date: Mar 3, 2024</div><div>Total: US $120.50</div></main>',
    );
    expect(orders.map((o) => o.orderId).filter(Boolean)).toEqual([]);
  });
});

describe('"Supplier:" is an item seller', () => {
  const page = (a: string, b: string) =>
    '<main><div>Order no. 304412345678901234</div><div>Order date: Mar 3, 2024</div>' +
    item('A1', 'USB-C cable 1 m, 500 pcs', 'USD 80.00', a) +
    item('A2', 'Wall charger 20 W, 100 pcs', 'USD 40.50', b) +
    '<div>Product total: USD 120.50</div><div>Total: USD 120.50</div></main>';

  it('each item its supplier', () => {
    const [o] = read(page('Supplier: Shenzhen Example Co., Ltd.', 'Supplier: Shenzhen Example Co., Ltd.'));
    expect(o?.items.map((i) => [i.title, i.seller])).toEqual([
      ['USB-C cable 1 m, 500 pcs', 'Shenzhen Example Co., Ltd.'],
      ['Wall charger 20 W, 100 pcs', 'Shenzhen Example Co., Ltd.'],
    ]);
  });

  it('the Chinese label reads the same', () => {
    const [o] = read(page('供应商：深圳示例有限公司', '供应商：深圳示例有限公司'));
    expect(o?.items.map((i) => i.seller)).toEqual(['深圳示例有限公司', '深圳示例有限公司']);
  });

  it('a line that only starts with the word ("Supplier evaluation", "Supplier assessments") is no seller', () => {
    const [o] = read(page('Supplier evaluation 4.8/5', 'Supplier assessments verified'));
    expect(o?.items.map((i) => i.seller)).toEqual([undefined, undefined]);
    expect(o?.seller).toBeUndefined();
  });
});
