import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import { productIdOfLink } from '../../../utils/marketplaces/product-links';
import { docFromHtml } from '../../support/dom';

/** An order page whose item rows link their title to the product page; `href` per item. */
const page = (orderLabel: string, items: { title: string; href: string }[], qty: string, total: string) =>
  docFromHtml(
    `<h1>${orderLabel} 302-2246127-7908429</h1><p>${total}</p><table>${items
      .map(
        (it) =>
          `<tr><td><a href="${it.href}"><img src="x.jpg"></a></td><td><a href="${it.href}">${it.title}</a></td><td>${qty}</td><td>${total.replace(/^[^:]*: /, '')}</td></tr>`,
      )
      .join('')}</table>`,
  );

const read = (url: string, doc: Document) => extractGeneric(new URL(url), doc, { productIdOfLink }, 'amazon');

describe('item ids from product links whose pattern an adapter knows', () => {
  it('reads the product id (2019 /gp/product/ link) on an English order page', () => {
    const doc = page(
      'Order #',
      [
        {
          title: 'Bahco Socket Set, 0.25 inch',
          href: '/gp/product/B004124YEQ/ref=ppx_yo_dt_b_asin_title?ie=UTF8&psc=1',
        },
      ],
      'Qty: 2',
      'Order total: £38.99',
    );
    const [o] = read('https://www.amazon.co.uk/gp/your-account/order-details?orderID=302-2246127-7908429', doc);
    expect(o?.items[0]?.title).toBe('Bahco Socket Set, 0.25 inch');
    expect(o?.items[0]?.itemId).toBe('B004124YEQ');
    expect(o?.provenance['items.0.itemId']).toMatch(/product link/);
  });

  it('reads a /dp/ link on a German order page', () => {
    const doc = page(
      'Bestellnummer',
      [{ title: 'Das Buch vom Staub, Band zwei', href: 'https://www.amazon.de/Buch-Staub/dp/3551586021/ref=x' }],
      'Menge: 1',
      'Summe: 25,29 €',
    );
    const [o] = read('https://www.amazon.de/gp/your-account/order-details?orderID=302-2246127-7908429', doc);
    expect(o?.items[0]?.itemId).toBe('3551586021');
  });

  it('leaves the id unknown when the link opens no known product page', () => {
    const doc = page(
      'Order #',
      [{ title: 'Bahco Socket Set, 0.25 inch', href: 'https://shop.example.org/gp/product/B004124YEQ' }],
      'Qty: 2',
      'Order total: £38.99',
    );
    const [o] = read('https://www.amazon.co.uk/gp/your-account/order-details?orderID=302-2246127-7908429', doc);
    expect(o?.items[0]?.title).toBe('Bahco Socket Set, 0.25 inch');
    expect(o?.items[0]?.itemId).toBeUndefined();
  });

  it('leaves the id unknown when one title links to two different products', () => {
    const doc = docFromHtml(
      `<h1>Order # 302-2246127-7908429</h1><p>Order total: £38.99</p><table>
      <tr><td><a href="/dp/B004124YEQ">Bahco Socket Set, 0.25 inch</a></td><td>Qty: 1</td><td>£19.50</td></tr>
      <tr><td><a href="/dp/B004124YEZ">Bahco Socket Set, 0.25 inch</a></td><td>Qty: 1</td><td>£19.49</td></tr></table>`,
    );
    const orders = read('https://www.amazon.co.uk/gp/your-account/order-details?orderID=302-2246127-7908429', doc);
    expect(orders[0]?.items.length).toBeGreaterThan(0);
    expect(orders[0]?.items.every((it) => it.itemId === undefined)).toBe(true);
  });

  it('without the link reader (options) no id is read', () => {
    const doc = page(
      'Order #',
      [{ title: 'Bahco Socket Set, 0.25 inch', href: '/gp/product/B004124YEQ/ref=x' }],
      'Qty: 2',
      'Order total: £38.99',
    );
    const [o] = extractGeneric(new URL('https://www.amazon.co.uk/gp/your-account/order-details'), doc, {}, 'amazon');
    expect(o?.items[0]?.title).toBe('Bahco Socket Set, 0.25 inch');
    expect(o?.items[0]?.itemId).toBeUndefined();
  });

  it('names no id for links that are not product pages (a search, a review form)', () => {
    expect(
      productIdOfLink(new URL('https://www.amazon.com/review/review-your-purchases?asins=B004124YEQ')),
    ).toBeUndefined();
    expect(productIdOfLink(new URL('https://www.amazon.com/s?k=socket'))).toBeUndefined();
    expect(productIdOfLink(new URL('https://www.amazon.co.jp/gp/product/B07P9TJCL1/ref=x'))).toBe('B07P9TJCL1');
  });
});
