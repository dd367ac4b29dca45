import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import type { Money, Order } from '../../../utils/schemas/order';
import { docFromHtml } from '../../support/dom';

/**
 * A page where each item card prints its own "Subtotal:", "Shipping:" and "Tax:" above the order's summary
 * (order e-mails, shops' order pages). The first of each is an item's, not the order's: the order's is the
 * one the page's amounts prove (its summary adds up to the total printed after it, or it is the sum of the
 * items' own), else it stays unknown. One summary alone is read as it always was. Pages written here.
 */
const read = (lang: string, url: string, lines: readonly string[]): Order | undefined =>
  extractGeneric(
    new URL(url),
    docFromHtml(
      `<!doctype html><html lang="${lang}"><body><main>${lines.map((l) => `<div>${l}</div>`).join('')}</main></body></html>`,
      url,
    ),
  )[0];

interface Locale {
  name: string;
  lang: string;
  url: string;
  currency: string;
  id: string;
  sub: string;
  ship: string;
  tax: string;
  total: string;
  /** An amount as the page prints it, from its value in the currency's smallest whole unit of the test. */
  fmt: (n: number) => string;
  /** Amounts of the test in the currency (yen have no cents: a hundred times larger). */
  scale: number;
}

const LOCALES: Locale[] = [
  {
    name: 'en',
    lang: 'en-US',
    url: 'https://shop.example.com/orders/10234567',
    currency: 'USD',
    id: 'Order number: 10234567',
    sub: 'Subtotal: ',
    ship: 'Shipping: ',
    tax: 'Sales tax: ',
    total: 'Total: ',
    fmt: (n) => `$${n.toFixed(2)}`,
    scale: 1,
  },
  {
    name: 'de',
    lang: 'de-DE',
    url: 'https://shop.example.de/bestellung/30012345',
    currency: 'EUR',
    id: 'Bestellnummer: 30012345',
    sub: 'Zwischensumme: ',
    ship: 'Versandkosten: ',
    tax: 'MwSt.: ',
    total: 'Gesamtsumme: ',
    fmt: (n) => `${n.toFixed(2).replace('.', ',')} €`,
    scale: 1,
  },
  {
    name: 'ja',
    lang: 'ja-JP',
    url: 'https://shop.example.jp/order/20240305-0012',
    currency: 'JPY',
    id: '注文番号：20240305-0012',
    sub: '小計：',
    ship: '送料：',
    tax: '消費税：',
    total: '合計：',
    fmt: (n) => `¥${n.toLocaleString('en-US')}`,
    scale: 100,
  },
  {
    name: 'zh-CN',
    lang: 'zh-CN',
    url: 'https://shop.example.cn/order/4102449012345678901',
    currency: 'CNY',
    id: '订单号：4102449012345678901',
    sub: '商品总价：',
    ship: '运费：',
    tax: '税费：',
    total: '实付款：',
    fmt: (n) => `￥${n.toFixed(2)}`,
    scale: 1,
  },
  {
    name: 'zh-TW',
    lang: 'zh-TW',
    url: 'https://shop.example.tw/order/240305ABCD1234',
    currency: 'TWD',
    id: '訂單編號：240305ABCD1234',
    sub: '商品總額：',
    ship: '運費：',
    tax: '稅費：',
    total: '實付款：',
    fmt: (n) => `NT$${n.toFixed(2)}`,
    scale: 1,
  },
];

const item = (title: string, lines: string[]) =>
  `<div class="item"><a href="/p/${title.length}">${title}</a>${lines.map((l) => `<div>${l}</div>`).join('')}</div>`;

/** Subtotal, shipping, tax (and a total) of one card or summary, in the locale's words. */
const scaled = (l: Locale, n: number) => Math.round(n * l.scale * 100) / 100;
const block = (l: Locale, sub: number, ship: number, tax: number, total?: number) => [
  `${l.sub}${l.fmt(scaled(l, sub))}`,
  `${l.ship}${l.fmt(scaled(l, ship))}`,
  `${l.tax}${l.fmt(scaled(l, tax))}`,
  ...(total === undefined ? [] : [`${l.total}${l.fmt(scaled(l, total))}`]),
];

const money = (l: Locale, n: number): Money => ({ amount: scaled(l, n), currency: l.currency });
const amountsOf = (o: Order | undefined) => ({
  subtotal: o?.amounts.subtotal,
  shipping: o?.amounts.shipping,
  tax: o?.amounts.tax,
  total: o?.amounts.total,
});

describe('subtotal, shipping and tax: the order summary’s, not the first item card’s', () => {
  for (const l of LOCALES) {
    it(`${l.name}: item cards with their own amounts above a summary that adds up to the total`, () => {
      const o = read(l.lang, l.url, [
        l.id,
        item('Stoneware mug', block(l, 20, 5, 1.6)),
        item('Linen tea towel', block(l, 30, 5, 2.4)),
        // Shipping combined for the order (not the items' 5 + 5), tax on it too: the sum to the total proves them.
        ...block(l, 50, 7, 4.2, 61.2),
      ]);
      expect(amountsOf(o)).toEqual({
        subtotal: money(l, 50),
        shipping: money(l, 7),
        tax: money(l, 4.2),
        total: money(l, 61.2),
      });
    });

    it(`${l.name}: item cards each with their own total too: the summary is the one adding up the items’`, () => {
      const o = read(l.lang, l.url, [
        l.id,
        item('Stoneware mug', block(l, 20, 5, 1.6, 26.6)),
        item('Linen tea towel', block(l, 30, 5, 2.4, 37.4)),
        ...block(l, 50, 7, 4.2, 61.2),
      ]);
      expect(amountsOf(o)).toEqual({
        subtotal: money(l, 50),
        shipping: money(l, 7),
        tax: money(l, 4.2),
        total: money(l, 61.2),
      });
    });

    it(`${l.name}: item cards above a summary whose amounts add up to nothing: unknown, not the first card’s`, () => {
      const o = read(l.lang, l.url, [
        l.id,
        item('Stoneware mug', block(l, 20, 5, 1.6)),
        item('Linen tea towel', block(l, 30, 5, 2.4)),
        // A gift card or credit the page does not name: 48 + 8 + 3.9 is not 61.
        ...block(l, 48, 8, 3.9, 61),
      ]);
      expect(o?.amounts.subtotal).toBeUndefined();
      expect(o?.amounts.shipping).toBeUndefined();
      expect(o?.amounts.tax).toBeUndefined();
    });

    it(`${l.name}: one summary is read as it is printed`, () => {
      const o = read(l.lang, l.url, [l.id, item('Stoneware mug', ['Qty: 1']), ...block(l, 48, 8, 3.9, 61)]);
      expect(amountsOf(o)).toEqual({
        subtotal: money(l, 48),
        shipping: money(l, 8),
        tax: money(l, 3.9),
        total: money(l, 61),
      });
    });
  }

  it('en: the subtotal is the sum of the items’ own when no summary adds up; shipping and tax stay unknown', () => {
    const l = LOCALES[0]!;
    const o = read(l.lang, l.url, [
      l.id,
      item('Stoneware mug', block(l, 20, 5, 1.6)),
      item('Linen tea towel', block(l, 30, 5, 2.4)),
      ...block(l, 50, 8, 3.9, 61),
    ]);
    expect(o?.amounts.subtotal).toEqual(money(l, 50));
    expect(o?.amounts.shipping).toBeUndefined();
    expect(o?.amounts.tax).toBeUndefined();
  });

  it('en: the same summary printed twice is one amount, read as printed', () => {
    const l = LOCALES[0]!;
    const o = read(l.lang, l.url, [l.id, ...block(l, 48, 8, 3.9, 59.9), ...block(l, 48, 8, 3.9, 59.9)]);
    expect(amountsOf(o)).toEqual({
      subtotal: money(l, 48),
      shipping: money(l, 8),
      tax: money(l, 3.9),
      total: money(l, 59.9),
    });
  });

  it('en: a page printing two orders is settled in the block of the one its address names, never by the other’s', () => {
    const l = LOCALES[0]!;
    const section = (lines: string[]) => `<section>${lines.map((x) => `<div>${x}</div>`).join('')}</section>`;
    const o = read(l.lang, l.url, [
      // The page's order: its total is less than its amounts (a gift card the page does not name).
      section([l.id, ...block(l, 48, 8, 3.9, 41)]),
      // Another order's summary that adds up: its amounts are not this order's.
      section(['Order number: 10239999', ...block(l, 50, 10, 4, 64)]),
    ]);
    expect(o?.orderId).toBe('10234567');
    expect(o?.amounts.subtotal).toEqual(money(l, 48));
    expect(o?.amounts.shipping).toEqual(money(l, 8));
    expect(o?.amounts.tax).toEqual(money(l, 3.9));
  });

  it('en: a summary with its coupon adds up with the coupon taken off', () => {
    const l = LOCALES[0]!;
    const o = read(l.lang, l.url, [
      l.id,
      item('Stoneware mug', block(l, 20, 5, 1.6)),
      item('Linen tea towel', block(l, 30, 5, 2.4)),
      `${l.sub}$50.00`,
      `${l.ship}$9.00`,
      'Discount: -$5.00',
      `${l.tax}$4.00`,
      `${l.total}$58.00`,
    ]);
    expect(amountsOf(o)).toEqual({
      subtotal: money(l, 50),
      shipping: money(l, 9),
      tax: money(l, 4),
      total: money(l, 58),
    });
  });
});
