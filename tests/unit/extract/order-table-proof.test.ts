import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import type { Order } from '../../../utils/schemas/order';
import { docFromHtml } from '../../support/dom';

/**
 * One order laid out as a table (a header row naming the order's number, date and total over one row of
 * values) is the page's order only when something ties it to the page: the page's address, title or main
 * heading names its number; or they name no other number and the table stands in the page's own content,
 * under no heading of other orders. A sidebar's "Your last order", a related order's summary or a widget is
 * another order: its number, date and total must never be read as the page's. Pages written here.
 */
interface Page {
  lang: string;
  url: string;
  title?: string;
  body: string;
}
const read = (p: Page): Order[] =>
  extractGeneric(
    new URL(p.url),
    docFromHtml(
      `<!doctype html><html lang="${p.lang}"><head><title>${p.title ?? ''}</title></head><body>${p.body}</body></html>`,
      p.url,
    ),
  );
const table = (head: readonly string[], row: readonly string[]) =>
  `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>` +
  `<tbody><tr>${row.map((v) => `<td>${v}</td>`).join('')}</tr></tbody></table>`;

const EN = table(['Order number', 'Order date', 'Total'], ['12345678', 'March 1, 2024', '$19.99']);
const DE = table(['Bestellnummer', 'Bestelldatum', 'Gesamtsumme'], ['40012345', '05.03.2024', '45,99 €']);
const JA = table(['注文番号', '注文日', '合計'], ['20240305-0012', '2024年3月5日', '¥4,980']);
const ZH_CN = table(['订单号', '下单时间', '实付款'], ['4102449012345678901', '2024-10-29', '￥174.50']);
const ZH_TW = table(['訂單編號', '訂購日期', '總計'], ['240305ABCD1234', '2024/03/05', 'NT$1,280']);

interface Case {
  name: string;
  page: Page;
  /** The table's own values, which must not be read as the page's order. */
  id: string;
}
const other: Case[] = [
  {
    name: 'en: the address names another order; the sidebar lists "Your last order" in a plain div',
    page: {
      lang: 'en-US',
      url: 'https://shop.example.com/account/orders/98765432',
      body: `<main><h2>Thank you for shopping with us</h2><p>Your parcel is on its way.</p></main>
        <div class="side"><div class="box-title">Your last order</div>${EN}</div>`,
    },
    id: '12345678',
  },
  {
    name: 'en: the main heading names another order (the table is the original order of a replacement)',
    page: {
      lang: 'en-US',
      url: 'https://shop.example.com/account/replacement',
      body: `<h1>Replacement order 98765432</h1><p>We are sending you a new parcel.</p>${EN}`,
    },
    id: '12345678',
  },
  {
    name: 'de: the table stands in an <aside> (a sidebar), the address names no number',
    page: {
      lang: 'de-DE',
      url: 'https://www.shop.example.de/konto/bestellung?ansicht=details',
      body: `<main><h2>Vielen Dank für Ihren Einkauf</h2></main><aside>${DE}</aside>`,
    },
    id: '40012345',
  },
  {
    name: 'de: the page title names another order',
    page: {
      lang: 'de-DE',
      url: 'https://www.shop.example.de/konto/bestellung',
      title: 'Bestellung 40099999 – Beispielshop',
      body: `<main><p>Ihre Bestellung ist unterwegs.</p>${DE}</main>`,
    },
    id: '40012345',
  },
  {
    name: 'ja: under the heading "前回のご注文" (your previous order), in a plain div',
    page: {
      lang: 'ja-JP',
      url: 'https://shop.example.jp/mypage/order/detail',
      body: `<div class="contents"><p>ご注文ありがとうございます。</p></div><div class="recent"><h3>前回のご注文</h3>${JA}</div>`,
    },
    id: '20240305-0012',
  },
  {
    name: 'zh-CN: under the heading "最近订单" (recent orders), in a plain side column',
    page: {
      lang: 'zh-CN',
      url: 'https://shop.example.cn/member/order/view',
      body: `<div class="main"><p>感谢您的购买</p></div><div class="col"><div class="hd"><b>最近订单</b></div>${ZH_CN}</div>`,
    },
    id: '4102449012345678901',
  },
  {
    name: 'zh-TW: the table’s caption says it is a related order ("相關訂單")',
    page: {
      lang: 'zh-TW',
      url: 'https://shop.example.tw/member/order/view',
      body: `<div><p>感謝您的購買</p>${ZH_TW.replace('<thead>', '<caption>相關訂單</caption><thead>')}</div>`,
    },
    id: '240305ABCD1234',
  },
];

describe('a one-row order table that is not the page’s order is not read as it', () => {
  for (const c of other)
    it(c.name, () => {
      const orders = read(c.page);
      expect(orders.map((o) => o.orderId)).not.toContain(c.id);
      // Nor its date or total taken for the page's.
      expect(orders.filter((o) => o.amounts.total || o.placedAt)).toEqual([]);
    });
});

interface Own {
  name: string;
  page: Page;
  want: { orderId: string; placedAt: string; total: { amount: number; currency: string } };
}
const own: Own[] = [
  {
    name: 'en: the address names the table’s number (a printable order)',
    page: {
      lang: 'en-US',
      url: 'https://shop.example.com/orders/12345678/print',
      body: `<div class="side"><div>Order summary</div>${EN}</div>`,
    },
    want: { orderId: '12345678', placedAt: '2024-03-01', total: { amount: 19.99, currency: 'USD' } },
  },
  {
    name: 'de: a query value names it',
    page: {
      lang: 'de-DE',
      url: 'https://www.shop.example.de/konto/beleg?bestellnr=40012345',
      body: `<div>${DE}</div>`,
    },
    want: { orderId: '40012345', placedAt: '2024-03-05', total: { amount: 45.99, currency: 'EUR' } },
  },
  {
    name: 'ja: the main heading names it',
    page: {
      lang: 'ja-JP',
      url: 'https://shop.example.jp/mypage/order/print',
      body: `<h1>ご注文 20240305-0012</h1>${JA}`,
    },
    want: { orderId: '20240305-0012', placedAt: '2024-03-05', total: { amount: 4980, currency: 'JPY' } },
  },
  {
    name: 'zh-CN: a receipt naming no number anywhere else, the table in the page’s own content',
    page: {
      lang: 'zh-CN',
      url: 'https://shop.example.cn/member/order/receipt',
      body: `<main><h2>订单详情</h2>${ZH_CN}</main>`,
    },
    want: { orderId: '4102449012345678901', placedAt: '2024-10-29', total: { amount: 174.5, currency: 'CNY' } },
  },
  {
    name: 'zh-TW: the page title names it',
    page: {
      lang: 'zh-TW',
      url: 'https://shop.example.tw/member/order/print',
      title: '訂單 240305ABCD1234',
      body: `<div>${ZH_TW}</div>`,
    },
    want: { orderId: '240305ABCD1234', placedAt: '2024-03-05', total: { amount: 1280, currency: 'TWD' } },
  },
];

describe('a one-row order table that is the page’s order is read', () => {
  for (const c of own)
    it(c.name, () => {
      const [o, ...more] = read(c.page);
      expect(more).toEqual([]);
      expect([o?.orderId, o?.placedAt, o?.amounts.total]).toEqual([c.want.orderId, c.want.placedAt, c.want.total]);
    });
});
