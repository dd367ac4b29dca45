import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import type { Money, Order } from '../../../utils/schemas/order';
import { docFromHtml } from '../../support/dom';

/**
 * One order's items in a table whose header names the columns. A bare "Price" column ("Preis", "Prix",
 * "価格") beside several pieces may hold the line's price: WooCommerce's order e-mails print the line
 * subtotal under "Product | Quantity | Price". The price is one piece's when the header says so ("Unit
 * price", "Einzelpreis", "单价", "單價", "単価"), beside a column of the line's total ("Price | Quantity |
 * Total", Shopify's order page), beside one piece, or when the prices times the quantities add up to the
 * order's own amounts; otherwise it stays unknown. Pages written here.
 */
const m = (amount: number, currency: string): Money => ({ amount, currency });
const read = (lang: string, url: string, body: string): Order[] =>
  extractGeneric(new URL(url), docFromHtml(`<!doctype html><html lang="${lang}"><body>${body}</body></html>`, url));
const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((v) => `<td>${v}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
const items = (o: Order | undefined) => o?.items.map((it) => [it.title, it.quantity, it.unitPrice]);

interface Case {
  name: string;
  lang: string;
  url: string;
  body: string;
  want: [string, number, Money | undefined][];
}

// Two mugs at 24.99 make a line of 49.98; with a towel at 12.00 the subtotal is 61.98.
const lineUnderPrice: Case[] = [
  {
    name: 'en: WooCommerce e-mail, "Product | Quantity | Price" holding the line subtotal',
    lang: 'en-US',
    url: 'https://mail.example.com/message/1',
    body:
      '<h2>[Order #10234] (March 5, 2024)</h2>' +
      table(
        ['Product', 'Quantity', 'Price'],
        [
          ['Stoneware mug', '2', '$49.98'],
          ['Linen tea towel', '1', '$12.00'],
        ],
      ) +
      '<div>Subtotal: $61.98</div><div>Shipping: $5.00</div><div>Total: $66.98</div>',
    want: [
      ['Stoneware mug', 2, undefined],
      ['Linen tea towel', 1, m(12, 'USD')],
    ],
  },
  {
    name: 'de: "Produkt | Menge | Preis"',
    lang: 'de-DE',
    url: 'https://mail.example.de/nachricht/1',
    body:
      '<div>Bestellnummer: 30012345</div>' +
      table(
        ['Produkt', 'Menge', 'Preis'],
        [
          ['Steingut-Becher', '2', '49,98 €'],
          ['Leinen-Geschirrtuch', '1', '12,00 €'],
        ],
      ) +
      '<div>Zwischensumme: 61,98 €</div><div>Gesamtsumme: 66,98 €</div>',
    want: [
      ['Steingut-Becher', 2, undefined],
      ['Leinen-Geschirrtuch', 1, m(12, 'EUR')],
    ],
  },
  {
    name: 'fr: "Produit | Quantité | Prix"',
    lang: 'fr-FR',
    url: 'https://mail.example.fr/message/1',
    body:
      '<div>Numéro de commande : 30012345</div>' +
      table(
        ['Produit', 'Quantité', 'Prix'],
        [
          ['Tasse en grès', '2', '49,98 €'],
          ['Torchon en lin', '1', '12,00 €'],
        ],
      ) +
      '<div>Total : 66,98 €</div>',
    want: [
      ['Tasse en grès', 2, undefined],
      ['Torchon en lin', 1, m(12, 'EUR')],
    ],
  },
  {
    name: 'ja: "商品 | 数量 | 価格"',
    lang: 'ja-JP',
    url: 'https://mail.example.jp/message/1',
    body:
      '<div>注文番号：20240305-0012</div>' +
      table(
        ['商品', '数量', '価格'],
        [
          ['ステンレスマグカップ', '2', '¥5,980'],
          ['リネンふきん', '1', '¥880'],
        ],
      ) +
      '<div>合計：¥7,360</div>',
    want: [
      ['ステンレスマグカップ', 2, undefined],
      ['リネンふきん', 1, m(880, 'JPY')],
    ],
  },
];

const pieceUnderHeader: Case[] = [
  {
    name: 'en: Shopify’s order page, "Product | Price | Quantity | Total"',
    lang: 'en-US',
    url: 'https://shop.example.com/account/orders/1a2b3c',
    body:
      '<h2>Order #10234</h2>' +
      table(
        ['Product', 'Price', 'Quantity', 'Total'],
        [
          ['Stoneware mug', '<s>$29.99</s> $24.99', '2', '<s>$59.98</s> $49.98'],
          ['Linen tea towel', '$12.00', '1', '$12.00'],
        ],
      ),
    want: [
      ['Stoneware mug', 2, m(24.99, 'USD')],
      ['Linen tea towel', 1, m(12, 'USD')],
    ],
  },
  {
    name: 'de: "Einzelpreis"',
    lang: 'de-DE',
    url: 'https://www.shop.example.de/konto/bestellung/30012345',
    body:
      '<div>Bestellnummer: 30012345</div>' +
      table(['Artikel', 'Menge', 'Einzelpreis'], [['Steingut-Becher', '2', '24,99 €']]) +
      '<div>Gesamtsumme: 99,00 €</div>',
    want: [['Steingut-Becher', 2, m(24.99, 'EUR')]],
  },
  {
    name: 'zh-CN: "单价"',
    lang: 'zh-CN',
    url: 'https://shop.example.cn/member/order/view',
    body:
      '<div>订单号：4102449012345678901</div>' +
      table(['商品', '单价', '数量'], [['陶瓷马克杯 350ml', '￥24.99', '2']]) +
      '<div>实付款：￥99.00</div>',
    want: [['陶瓷马克杯 350ml', 2, m(24.99, 'CNY')]],
  },
  {
    name: 'zh-TW: "單價"',
    lang: 'zh-TW',
    url: 'https://shop.example.tw/member/order/view',
    body:
      '<div>訂單編號：240305ABCD1234</div>' +
      table(['商品', '單價', '數量'], [['不鏽鋼保溫杯', 'NT$640', '2']]) +
      '<div>總計：NT$1,500</div>',
    want: [['不鏽鋼保溫杯', 2, m(640, 'TWD')]],
  },
  {
    name: 'ja: "単価"',
    lang: 'ja-JP',
    url: 'https://shop.example.jp/mypage/order/20240305-0012',
    body:
      '<div>注文番号：20240305-0012</div>' +
      table(['商品', '単価', '数量'], [['ステンレスマグカップ', '¥2,990', '2']]) +
      '<div>合計：¥7,000</div>',
    want: [['ステンレスマグカップ', 2, m(2990, 'JPY')]],
  },
  {
    name: 'en: a bare "Price" whose prices add up to the subtotal (2 × $24.99 + $12.00 = $61.98)',
    lang: 'en-US',
    url: 'https://shop.example.com/account/orders/10234',
    body:
      '<div>Order number: 10234567</div>' +
      table(
        ['Product', 'Quantity', 'Price'],
        [
          ['Stoneware mug', '2', '$24.99'],
          ['Linen tea towel', '1', '$12.00'],
        ],
      ) +
      '<div>Subtotal: $61.98</div><div>Total: $66.98</div>',
    want: [
      ['Stoneware mug', 2, m(24.99, 'USD')],
      ['Linen tea towel', 1, m(12, 'USD')],
    ],
  },
];

describe('a bare "Price" column beside several pieces, nothing proving it one piece’s, is no unit price', () => {
  for (const c of lineUnderPrice)
    it(c.name, () => {
      const [o] = read(c.lang, c.url, c.body);
      expect(items(o)).toEqual(c.want);
    });
});

describe('a price column proved one piece’s is its unit price', () => {
  for (const c of pieceUnderHeader)
    it(c.name, () => {
      const [o] = read(c.lang, c.url, c.body);
      expect(items(o)).toEqual(c.want);
    });
});
