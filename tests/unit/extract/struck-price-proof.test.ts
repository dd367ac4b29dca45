import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import type { Money, Order } from '../../../utils/schemas/order';
import { docFromHtml } from '../../support/dom';

/**
 * An item row printing a struck amount above the price paid, beside several pieces. The struck amount may be
 * the listing's price of one piece (Taobao) or the line's before its discount (Shopify's order pages strike
 * `original_line_price` beside `final_line_price`): it proves nothing about the price beside it. That price is
 * one piece's only when the column's header names a unit price ("单价", "Unit price", "Einzelpreis", "単価",
 * "單價"), or when the rows' prices times their quantities add up to the order's own amounts; otherwise its
 * unit price stays unknown. Pages written here.
 */
const m = (amount: number, currency: string): Money => ({ amount, currency });
const read = (lang: string, url: string, body: string): Order[] =>
  extractGeneric(new URL(url), docFromHtml(`<!doctype html><html lang="${lang}"><body>${body}</body></html>`, url));
const cells = (values: readonly string[]) => `<tr>${values.map((v) => `<td>${v}</td>`).join('')}</tr>`;
const unitPrices = (o: Order | undefined) => o?.items.map((it) => [it.title, it.quantity, it.unitPrice]);

describe('a list of order cards (a number beside its price is the quantity)', () => {
  const card = (id: string, rows: string, paid: string) =>
    `<div class="order"><div>2024-10-29 订单号: ${id}</div><table>${rows}</table><div>${paid}</div></div>`;
  const row = (title: string, price: string, qty: number) =>
    cells([`<a href="/item/${title.length}">${title}</a>`, price, String(qty), '售后']);

  it('zh-CN: a struck line total above the line paid is no unit price (the paid amount proves it the line’s)', () => {
    // 2 mugs: the line was ￥59.98, paid ￥49.98; with ￥5.00 shipping the order is ￥54.98.
    const orders = read(
      'zh-CN',
      'https://shop.example.cn/member/orders',
      card(
        '4102449012345678901',
        row('陶瓷马克杯 350ml', '<del>￥59.98</del><p>￥49.98</p>', 2),
        '￥54.98(含运费：￥5.00)',
      ) +
        card('4102449012345678902', row('亚麻茶巾', '<del>￥30.00</del><p>￥24.00</p>', 3), '￥24.00(含运费：￥0.00)'),
    );
    expect(orders.map(unitPrices)).toEqual([[['陶瓷马克杯 350ml', 2, undefined]], [['亚麻茶巾', 3, undefined]]]);
  });

  it('zh-CN: under the list’s "单价" header the price is one piece’s', () => {
    const header = '<table><tr><th>宝贝</th><th>单价</th><th>数量</th><th>商品操作</th></tr></table>';
    const orders = read(
      'zh-CN',
      'https://shop.example.cn/member/orders',
      header +
        card('4102449012345678901', row('陶瓷马克杯 350ml', '<del>￥29.99</del><p>￥24.99</p>', 2), '￥50.00') +
        card('4102449012345678902', row('亚麻茶巾', '<del>￥10.00</del><p>￥8.00</p>', 3), '￥30.00'),
    );
    expect(orders.map(unitPrices)).toEqual([
      [['陶瓷马克杯 350ml', 2, m(24.99, 'CNY')]],
      [['亚麻茶巾', 3, m(8, 'CNY')]],
    ]);
  });

  it('ja: under a "単価" header in the card’s own table the price is one piece’s', () => {
    const head = '<tr><th>商品</th><th>単価</th><th>数量</th><th></th></tr>';
    const jaCard = (id: string, rows: string) =>
      `<div class="order"><div>注文番号: ${id}</div><table>${head}${rows}</table></div>`;
    const orders = read(
      'ja-JP',
      'https://shop.example.jp/mypage/orders',
      jaCard('20240305-0012', row('ステンレスマグカップ', '<s>¥3,300</s><span>¥2,990</span>', 2)) +
        jaCard('20240305-0013', row('リネンふきん', '<s>¥1,100</s><span>¥880</span>', 3)),
    );
    expect(orders.map(unitPrices)).toEqual([
      [['ステンレスマグカップ', 2, m(2990, 'JPY')]],
      [['リネンふきん', 3, m(880, 'JPY')]],
    ]);
  });

  it('zh-TW: under a bare "價格" (price) header a struck line total is still no unit price', () => {
    const head = '<tr><th>商品</th><th>價格</th><th>數量</th><th></th></tr>';
    const twCard = (id: string, rows: string) =>
      `<div class="order"><div>訂單編號: ${id}</div><table>${head}${rows}</table></div>`;
    const orders = read(
      'zh-TW',
      'https://shop.example.tw/member/orders',
      twCard('240305ABCD1234', row('不鏽鋼保溫杯', '<del>NT$1,560</del><span>NT$1,280</span>', 2)) +
        twCard('240305ABCD1235', row('亞麻茶巾', '<del>NT$900</del><span>NT$720</span>', 3)),
    );
    expect(orders.map(unitPrices)).toEqual([[['不鏽鋼保溫杯', 2, undefined]], [['亞麻茶巾', 3, undefined]]]);
  });
});

describe('one order’s page (item rows with a labelled quantity)', () => {
  const row = (title: string, price: string, qty: string) =>
    cells([`<a href="/products/${title.length}">${title}</a>`, price, qty]);

  it('en: a struck line total above the line paid is no unit price; the one-piece row keeps its price', () => {
    // The mugs' line: $59.98 before, $49.98 after the discount (2 × $24.99); subtotal $61.98, total $66.98.
    const [o] = read(
      'en-US',
      'https://shop.example.com/account/orders/10012345',
      '<div>Order number: 10012345</div>' +
        `<table>${row('Stoneware mug', '<del>$59.98</del> $49.98', '×2')}${row('Linen tea towel', '$12.00', '×1')}</table>` +
        '<div>Subtotal: $61.98</div><div>Shipping: $5.00</div><div>Total: $66.98</div>',
    );
    expect(unitPrices(o)).toEqual([
      ['Stoneware mug', 2, undefined],
      ['Linen tea towel', 1, m(12, 'USD')],
    ]);
  });

  it('de: the same, quantities under "Menge:"', () => {
    const [o] = read(
      'de-DE',
      'https://www.shop.example.de/konto/bestellung/30012345',
      '<div>Bestellnummer: 30012345</div>' +
        `<table>${row('Steingut-Becher', '<del>59,98 €</del> 49,98 €', 'Menge: 2')}${row('Leinen-Geschirrtuch', '12,00 €', 'Menge: 1')}</table>` +
        '<div>Zwischensumme: 61,98 €</div><div>Gesamtsumme: 66,98 €</div>',
    );
    expect(unitPrices(o)).toEqual([
      ['Steingut-Becher', 2, undefined],
      ['Leinen-Geschirrtuch', 1, m(12, 'EUR')],
    ]);
  });

  it('en: the prices are one piece’s when they add up to the subtotal', () => {
    // 2 × $24.99 + $12.00 = $61.98.
    const [o] = read(
      'en-US',
      'https://shop.example.com/account/orders/10012346',
      '<div>Order number: 10012346</div>' +
        `<table>${row('Stoneware mug', '<del>$29.99</del> $24.99', '×2')}${row('Linen tea towel', '$12.00', '×1')}</table>` +
        '<div>Subtotal: $61.98</div><div>Shipping: $5.00</div><div>Total: $66.98</div>',
    );
    expect(unitPrices(o)).toEqual([
      ['Stoneware mug', 2, m(24.99, 'USD')],
      ['Linen tea towel', 1, m(12, 'USD')],
    ]);
  });

  it('de: the prices are one piece’s when they add up to the total, no struck amount needed', () => {
    // 2 × 24,99 € + 3 × 4,00 € = 61,98 €.
    const [o] = read(
      'de-DE',
      'https://www.shop.example.de/konto/bestellung/30012346',
      '<div>Bestellnummer: 30012346</div>' +
        `<table>${row('Steingut-Becher', '24,99 €', 'Menge: 2')}${row('Leinen-Geschirrtuch', '4,00 €', 'Menge: 3')}</table>` +
        '<div>Gesamtsumme: 61,98 €</div>',
    );
    expect(unitPrices(o)).toEqual([
      ['Steingut-Becher', 2, m(24.99, 'EUR')],
      ['Leinen-Geschirrtuch', 3, m(4, 'EUR')],
    ]);
  });
});
