import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import { docFromHtml } from '../../support/dom';

/**
 * Item prices whose country letters stand apart from the sign ("US $80.00" on AliExpress and Alibaba.com,
 * "C $45.99" and "AU $12.00" on eBay): read in the currency the letters name. Pages built here.
 */
const item = (id: string, title: string, price: string) =>
  `<div class="it"><div><a href="/p/${id}?ref_=i"><img alt=""></a></div><div><a href="/p/${id}?ref_=t">${title}</a>` +
  `<div>Sold by: Example Store</div><div><span>${price}</span></div></div></div>`;

const read = (host: string, sign: string, a: string, b: string, total: string) => {
  const at = `https://${host}/order/detail?id=1`;
  const html =
    '<main><div>Order no. 8123456789012345</div><div>Order date: Mar 3, 2024</div>' +
    item('A1', 'USB-C cable 1 m', `${sign}${a}`) +
    item('A2', 'Wall charger 20 W', `${sign}${b}`) +
    `<div>Subtotal: ${sign}${total}</div><div>Total: ${sign}${total}</div></main>`;
  const [o] = extractGeneric(new URL(at), docFromHtml(html, at));
  return o;
};

describe('item prices with the country letters apart from the sign', () => {
  it.each([
    ['shop.example.com', 'US $', 'USD'],
    ['shop.example.ca', 'C $', 'CAD'],
    ['shop.example.com.au', 'AU $', 'AUD'],
  ])('%s: "%s…" is %s', (host, sign, currency) => {
    const o = read(host, sign, '80.00', '40.50', '120.50');
    expect(o?.items.map((i) => i.unitPrice)).toEqual([
      { amount: 80, currency },
      { amount: 40.5, currency },
    ]);
  });

  it('prices that do not add up to an order amount stay unknown', () => {
    const o = read('shop.example.com', 'US $', '80.00', '40.50', '99.00');
    expect(o?.items.filter((i) => i.unitPrice)).toEqual([]);
  });
});
