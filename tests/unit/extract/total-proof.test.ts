import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import type { Money, Order } from '../../../utils/schemas/order';
import { docFromHtml } from '../../support/dom';

/**
 * A page printing several different amounts beside a total's label: each item's own "Total: $49.98" above the
 * order's "Total: $66.98" (order e-mails print a line's total so), a total before tax beside the one paid, a
 * total before a gift card beside the one charged. The first is not proved the order's. The order's total is
 * the one its subtotal, shipping, tax and discount add up to, with no other total after it but the subtotal
 * or itself repeated; otherwise it stays unknown. Pages written here.
 */
const m = (amount: number, currency: string): Money => ({ amount, currency });
const read = (lang: string, url: string, lines: readonly string[]): Order[] =>
  extractGeneric(
    new URL(url),
    docFromHtml(
      `<!doctype html><html lang="${lang}"><body><main>${lines.map((l) => `<div>${l}</div>`).join('')}</main></body></html>`,
      url,
    ),
  );
const item = (title: string, qty: string, total: string) =>
  `<div class="item"><a href="/p/${title.length}">${title}</a><div>${qty}</div><div>${total}</div></div>`;

interface Case {
  name: string;
  lang: string;
  url: string;
  lines: string[];
  want: Money | undefined;
}

const en = (extra: string[]) => [
  'Order number: 10234567',
  item('Stoneware mug', 'Qty: 2', 'Total: $49.98'),
  item('Linen tea towel', 'Qty: 1', 'Total: $12.00'),
  'Subtotal: $61.98',
  ...extra,
  'Total: $66.98',
];
const de = (extra: string[]) => [
  'Bestellnummer: 30012345',
  item('Steingut-Becher', 'Menge: 2', 'Gesamt: 49,98 €'),
  item('Leinen-Geschirrtuch', 'Menge: 1', 'Gesamt: 12,00 €'),
  'Zwischensumme: 61,98 €',
  ...extra,
  'Gesamtsumme: 66,98 €',
];
const ja = (extra: string[]) => [
  '注文番号：20240305-0012',
  item('ステンレスマグカップ', '数量：2', '合計：¥5,980'),
  item('リネンふきん', '数量：1', '合計：¥880'),
  '小計：¥6,860',
  ...extra,
  '合計：¥7,360',
];
const zhCN = (extra: string[]) => [
  '订单号：4102449012345678901',
  item('陶瓷马克杯 350ml', '数量：2', '总计：￥49.98'),
  item('亚麻茶巾', '数量：1', '总计：￥12.00'),
  '商品总价：￥61.98',
  ...extra,
  '实付款：￥66.98',
];
const zhTW = (extra: string[]) => [
  '訂單編號：240305ABCD1234',
  item('不鏽鋼保溫杯', '數量：2', '總計：NT$1,280'),
  item('亞麻茶巾', '數量：1', '總計：NT$220'),
  '商品總額：NT$1,500',
  ...extra,
  '實付款：NT$1,560',
];

const unproved: Case[] = [
  {
    name: 'en: items’ "Total:" lines, no shipping line',
    lang: 'en-US',
    url: 'https://mail.example.com/m/1',
    lines: en([]),
    want: undefined,
  },
  {
    name: 'de: items’ "Gesamt:" lines',
    lang: 'de-DE',
    url: 'https://mail.example.de/m/1',
    lines: de([]),
    want: undefined,
  },
  {
    name: 'ja: items’ "合計" lines',
    lang: 'ja-JP',
    url: 'https://mail.example.jp/m/1',
    lines: ja([]),
    want: undefined,
  },
  {
    name: 'zh-CN: items’ "总计" lines',
    lang: 'zh-CN',
    url: 'https://mail.example.cn/m/1',
    lines: zhCN([]),
    want: undefined,
  },
  {
    name: 'zh-TW: items’ "總計" lines',
    lang: 'zh-TW',
    url: 'https://mail.example.tw/m/1',
    lines: zhTW([]),
    want: undefined,
  },
  {
    name: 'en: a total before a gift card, then the total charged after it',
    lang: 'en-US',
    url: 'https://shop.example.com/orders/10234568',
    lines: ['Order number: 10234568', 'Subtotal: $39.93', 'Total: $39.93', 'Gift card: -$39.93', 'Total: $0.00'],
    want: undefined,
  },
];

const proved: Case[] = [
  {
    name: 'en: subtotal and shipping add up to the last total',
    lang: 'en-US',
    url: 'https://mail.example.com/m/1',
    lines: en(['Shipping: $5.00']),
    want: m(66.98, 'USD'),
  },
  {
    name: 'de: with "Versandkosten"',
    lang: 'de-DE',
    url: 'https://mail.example.de/m/1',
    lines: de(['Versandkosten: 5,00 €']),
    want: m(66.98, 'EUR'),
  },
  {
    name: 'ja: with "送料"',
    lang: 'ja-JP',
    url: 'https://mail.example.jp/m/1',
    lines: ja(['送料：¥500']),
    want: m(7360, 'JPY'),
  },
  {
    name: 'zh-CN: with "运费"',
    lang: 'zh-CN',
    url: 'https://mail.example.cn/m/1',
    lines: zhCN(['运费：￥5.00']),
    want: m(66.98, 'CNY'),
  },
  {
    name: 'zh-TW: with "運費"',
    lang: 'zh-TW',
    url: 'https://mail.example.tw/m/1',
    lines: zhTW(['運費：NT$60']),
    want: m(1560, 'TWD'),
  },
];

// What the reader takes rightly today: one total, or an invoice's total before tax repeating the subtotal.
const kept: Case[] = [
  {
    name: 'en: one total',
    lang: 'en-US',
    url: 'https://shop.example.com/orders/10234569',
    lines: ['Order number: 10234569', 'Subtotal: $61.98', 'Total: $66.98'],
    want: m(66.98, 'USD'),
  },
  {
    name: 'en-GB: an invoice’s "Total" before VAT repeating the subtotal, after the order total',
    lang: 'en-GB',
    url: 'https://shop.example.co.uk/invoice/10234570',
    lines: ['Order number: 10234570', 'Order Total: £3.47', 'Item(s) Subtotal: £2.89', 'VAT: £0.58', 'Total: £2.89'],
    want: m(3.47, 'GBP'),
  },
];

for (const [title, cases] of [
  ['several totals none of which the amounts prove: unknown', unproved],
  ['several totals, the one the amounts add up to', proved],
  ['a total read rightly before stays read', kept],
] as const)
  describe(title, () => {
    for (const c of cases)
      it(c.name, () => {
        const [o] = read(c.lang, c.url, c.lines);
        expect(o?.orderId, 'the order is read').toBeDefined();
        expect(o?.amounts.total).toEqual(c.want);
      });
  });
