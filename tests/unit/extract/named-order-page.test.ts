import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import type { Money, Order } from '../../../utils/schemas/order';
import { docFromHtml } from '../../support/dom';

/**
 * An order's page that also prints another order's number (a sidebar's "Your last order: Order # …", a related
 * order) is not a list of two orders: its address names its own. Read as a list, the other number's card grew
 * around the page's own values and took the page's total as its own. Pages written here.
 */
const m = (amount: number, currency: string): Money => ({ amount, currency });
const read = (lang: string, url: string, body: string): Order[] =>
  extractGeneric(new URL(url), docFromHtml(`<!doctype html><html lang="${lang}"><body>${body}</body></html>`, url));

interface Case {
  name: string;
  lang: string;
  url: string;
  body: string;
  own: string;
  other: string;
  total: Money;
}
const page = (head: string, total: string, side: string) =>
  `<div class="top">${head}</div><div class="content"><div class="summary">${total}</div>` +
  `<div class="side"><div>${side}</div></div></div>`;

const cases: Case[] = [
  {
    name: 'en',
    lang: 'en-US',
    url: 'https://shop.example.com/account/orders/98765432',
    body: page('Order # 98765432', 'Total: $66.98', 'Your last order: Order # 12345678'),
    own: '98765432',
    other: '12345678',
    total: m(66.98, 'USD'),
  },
  {
    name: 'de',
    lang: 'de-DE',
    url: 'https://www.shop.example.de/konto/bestellung?nr=30098765',
    body: page('Bestellnummer: 30098765', 'Gesamtsumme: 66,98 €', 'Ihre letzte Bestellung – Bestellnummer: 30012345'),
    own: '30098765',
    other: '30012345',
    total: m(66.98, 'EUR'),
  },
  {
    name: 'ja',
    lang: 'ja-JP',
    url: 'https://shop.example.jp/mypage/order/20240305-0099',
    body: page('注文番号：20240305-0099', '合計：¥7,360', '前回のご注文 注文番号：20240201-0012'),
    own: '20240305-0099',
    other: '20240201-0012',
    total: m(7360, 'JPY'),
  },
  {
    name: 'zh-CN',
    lang: 'zh-CN',
    url: 'https://shop.example.cn/member/order/view?orderId=4102449012345678999',
    body: page('订单号：4102449012345678999', '实付款：￥66.98', '相关订单 订单号：4102449012345678901'),
    own: '4102449012345678999',
    other: '4102449012345678901',
    total: m(66.98, 'CNY'),
  },
  {
    name: 'zh-TW',
    lang: 'zh-TW',
    url: 'https://shop.example.tw/member/order/240305ABCD9999',
    body: page('訂單編號：240305ABCD9999', '實付款：NT$1,560', '相關訂單 訂單編號：240201ABCD1234'),
    own: '240305ABCD9999',
    other: '240201ABCD1234',
    total: m(1560, 'TWD'),
  },
];

describe('an order’s page naming its number in its address, with another order’s number on it', () => {
  for (const c of cases)
    it(`${c.name}: the other order takes none of the page’s values`, () => {
      const orders = read(c.lang, c.url, c.body);
      const other = orders.find((o) => o.orderId === c.other);
      expect(other?.amounts.total).toBeUndefined();
      expect(orders.find((o) => o.orderId === c.own)?.amounts.total).toEqual(c.total);
    });
});

describe('the named order’s facts come from its own part of the page, not the other order’s', () => {
  const url = 'https://shop.example.com/account/orders/98765432';
  const own =
    '<section><h1>Order # 98765432</h1><div>Subtotal: $60.00</div><div>Discount: -$3.00</div>' +
    '<div>Shipping: $5.00</div><div>Total: $62.00</div></section>';
  const other =
    '<section><h2>Your last order</h2><div>Order # 12345678</div><div>Discount: -$5.00</div><div>Total: $20.00</div>' +
    '<div>Payment method: Visa ending in 1111</div></section>';
  const order = () => read('en-US', url, own + other).find((o) => o.orderId === '98765432');

  it('its total is the one its own summary adds up to, not left unknown beside the other order’s', () => {
    expect(order()?.amounts.total).toEqual(m(62, 'USD'));
  });

  it('its discount is its own, not summed with the other order’s', () => {
    expect(order()?.amounts.discount).toEqual(m(3, 'USD'));
  });

  it('a payment method printed only in the other order’s part is not its', () => {
    expect(order()?.paymentMethod).toBeUndefined();
  });
});
