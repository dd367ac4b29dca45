import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import { docFromHtml } from '../../support/dom';

const url = new URL('https://shop.example.de/konto/bestellungen');

/** An item row as order lists lay them out: product link, price alone in its cell, quantity, actions. */
const row = (title: string, price: string, qty: string) =>
  `<tr><td><a href="/p/${encodeURIComponent(title)}"><img></a><a href="/p/x">${title}</a></td>` +
  `<td>${price}</td><td>${qty}</td><td><a href="/help">Hilfe</a></td></tr>`;

/** One order's card: its header line, then its item rows. */
const card = (id: string, date: string, rows: string[]) =>
  `<div class="order"><div>${date} Bestellnummer: ${id}</div><table><tbody>${rows.join('')}</tbody></table></div>`;

describe("an order card's item rows, read by layout", () => {
  it('reads a de card list: each card its own rows; a price is the unit price only for one piece', () => {
    const doc = docFromHtml(
      card('3021234567', '2026-01-05', [row('Kaffeebohnen 1 kg', '12,99 €', '2'), row('Filtertüten', '3,49 €', '1')]) +
        card('3021234568', '2026-01-07', [row('Wasserkocher Edelstahl', '34,90 €', '1')]),
    );
    const orders = extractGeneric(url, doc);
    expect(orders.map((o) => o.orderId)).toEqual(['3021234567', '3021234568']);
    expect(orders[0]?.items).toEqual([
      // Two pieces: "12,99 €" may be the line's total, so the unit price stays unknown.
      { title: 'Kaffeebohnen 1 kg', quantity: 2 },
      { title: 'Filtertüten', quantity: 1, unitPrice: { amount: 3.49, currency: 'EUR' } },
    ]);
    expect(orders[1]?.items).toEqual([
      { title: 'Wasserkocher Edelstahl', quantity: 1, unitPrice: { amount: 34.9, currency: 'EUR' } },
    ]);
    expect(orders.every((o) => o.confidence === 'generic')).toBe(true);
    expect(orders[1]?.provenance['items.0.title']).toMatch(/item row/);
  });

  it('reads a zh-CN card list with "×n" quantities and struck-through old prices', () => {
    const zh = (t: string, p: string, q: string) =>
      `<tr><td><a href="/item?id=1">${t}</a></td><td>${p}</td><td>${q}</td><td>交易成功</td></tr>`;
    const doc = docFromHtml(
      `<div>${'2025-06-04 订单号: 4371408684767739241'}<table>${zh('不锈钢快插接头 PC4-M6', '<del>￥11.20</del>￥9.20', '×1')}</table></div>` +
        `<div>${'2025-06-05 订单号: 4371408684767739242'}<table>${zh('真空观察窗 CF100', '￥3200.00', '×1')}</table></div>`,
    );
    const orders = extractGeneric(new URL('https://buyer.example.cn/orders'), doc);
    expect(orders.map((o) => o.items)).toEqual([
      [{ title: '不锈钢快插接头 PC4-M6', quantity: 1, unitPrice: { amount: 9.2, currency: 'CNY' } }],
      [{ title: '真空观察窗 CF100', quantity: 1, unitPrice: { amount: 3200, currency: 'CNY' } }],
    ]);
  });

  it('a card with a row of the item shape it cannot read whole gets no items (not a short or shifted list)', () => {
    const doc = docFromHtml(
      card('3021234567', '2026-01-05', [row('Kaffeebohnen 1 kg', '12,99 €', '1'), row('Gutschein', 'gratis', '1')]) +
        card('3021234568', '2026-01-07', [row('Wasserkocher Edelstahl', '34,90 €', '1')]) +
        card('3021234569', '2026-01-08', [row('Teekanne Glas', '19,90 €', '1')]),
    );
    const orders = extractGeneric(url, doc);
    expect(orders[0]?.items).toEqual([]);
    expect(orders[1]?.items.map((i) => i.title)).toEqual(['Wasserkocher Edelstahl']);
  });

  it('a row shape that does not repeat on the page is not read', () => {
    const doc = docFromHtml(
      card('3021234567', '2026-01-05', [row('Kaffeebohnen 1 kg', '12,99 €', '1')]) +
        `<div>2026-01-07 Bestellnummer: 3021234568</div>`,
    );
    expect(extractGeneric(url, doc).flatMap((o) => o.items)).toEqual([]);
  });
});

describe('what must not become order items', () => {
  const carouselRow = (t: string, p: string, stars: string) =>
    `<tr><td><a href="/p/1"><img></a><a href="/p/1">${t}</a></td><td>${p}</td><td>${stars}</td><td><a href="/cart">In den Warenkorb</a></td></tr>`;

  it('a "recommended products" table beside one order: a number after a price is no quantity there', () => {
    const doc = docFromHtml(
      `<p>Bestellnummer: 302-1234567-7654321</p><p>Gesamtbetrag: 41,97 €</p>
       <h2>Kunden kauften auch</h2><table>${carouselRow('Espressotassen 6er Set', '24,99 €', '4')}${carouselRow(
         'Milchkännchen',
         '9,99 €',
         '5',
       )}${carouselRow('Entkalker', '7,49 €', '3')}</table>`,
    );
    const [o] = extractGeneric(url, doc);
    expect(o?.orderId).toBe('302-1234567-7654321');
    expect(o?.items).toEqual([]);
  });

  it('a recommended-products carousel of blocks (no quantity) beside a card list stays out of every card', () => {
    const carousel = `<ul class="recs">${['Tasse', 'Löffel', 'Teller']
      .map((t) => `<li><a href="/p/${t}">${t} Deluxe</a><span>4,99 €</span></li>`)
      .join('')}</ul><table>${carouselRow('Espressotassen 6er Set', '24,99 €', '4')}${carouselRow(
      'Milchkännchen',
      '9,99 €',
      '5',
    )}</table>`;
    const doc = docFromHtml(
      card('3021234567', '2026-01-05', [row('Kaffeebohnen 1 kg', '12,99 €', '1')]) +
        card('3021234568', '2026-01-07', [row('Wasserkocher Edelstahl', '34,90 €', '1')]) +
        carousel,
    );
    const orders = extractGeneric(url, doc);
    expect(orders.map((o) => o.items.map((i) => i.title))).toEqual([['Kaffeebohnen 1 kg'], ['Wasserkocher Edelstahl']]);
  });
});

describe("a card's amount paid with its shipping", () => {
  const zhCard = (id: string, paid: string) =>
    `<div><div>2025-05-08 订单号: ${id}</div><table><tr><td>${paid}</td></tr></table></div>`;

  it('reads "￥27.32(含运费：￥5.00)" and "27,32 € (inkl. Versand: 5,00 €)" as total and shipping', () => {
    const zh = extractGeneric(
      new URL('https://buyer.example.cn/orders'),
      docFromHtml(
        zhCard('4329511887473739241', '<strong>￥27.32</strong><p>(含运费：￥5.00)</p>') +
          zhCard('4329511887473739242', '<strong>￥8.00</strong><p>(含运费：￥0.00)</p>'),
      ),
    );
    expect(zh.map((o) => [o.amounts.total?.amount, o.amounts.shipping?.amount])).toEqual([
      [27.32, 5],
      [8, 0],
    ]);
    expect(zh[0]?.provenance['amounts.total']).toMatch(/shipping/);
    const de = extractGeneric(
      url,
      docFromHtml(
        `<div>2026-01-05 Bestellnummer: 3021234567<p>27,32 € (inkl. Versand: 5,00 €)</p></div>` +
          `<div>2026-01-06 Bestellnummer: 3021234568<p>9,00 €</p></div>`,
      ),
    );
    expect(de.map((o) => [o.amounts.total?.amount, o.amounts.shipping?.amount])).toEqual([
      [27.32, 5],
      [undefined, undefined],
    ]);
  });

  it('two different such amounts in one card, or a shipping in another currency: nothing', () => {
    const orders = extractGeneric(
      url,
      docFromHtml(
        `<div>2026-01-05 Bestellnummer: 3021234567<p>27,32 € (inkl. Versand: 5,00 €)</p><p>12,00 € (inkl. Versand: 2,00 €)</p></div>` +
          `<div>2026-01-06 Bestellnummer: 3021234568<p>27,32 € (inkl. Versand: $5.00)</p></div>`,
      ),
    );
    expect(orders.map((o) => [o.amounts.total, o.amounts.shipping])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });
});

describe('a price beside several pieces', () => {
  const card = (id: string, paid: string, rows: [string, string, string][]) =>
    `<div><div>2025-05-08 订单号: ${id}</div><table>${rows
      .map(([t, p, q]) => `<tr><td><a href="/item">${t}</a></td><td>${p}</td><td>${q}</td><td>交易成功</td></tr>`)
      .join('')}<tr><td>${paid}</td></tr></table></div>`;

  it('is the unit price when price × quantity plus shipping is the card total; otherwise unknown', () => {
    const orders = extractGeneric(
      new URL('https://buyer.example.cn/orders'),
      docFromHtml(
        card('4329511887473739241', '￥25.00(含运费：￥5.00)', [
          ['快插接头 PC4-M6', '￥4.50', '2'],
          ['快插接头 PU6-6', '￥11.00', '1'],
        ]) +
          // 2 × 9.00 + 3.00 is not 21.50 (a discount, or the price is the line's total): unknown.
          card('4329511887473739242', '￥21.50(含运费：￥3.00)', [['真空观察窗', '￥9.00', '2']]),
      ),
    );
    expect(orders[0]?.items.map((i) => i.unitPrice?.amount)).toEqual([4.5, 11]);
    expect(orders[1]?.items).toEqual([{ title: '真空观察窗', quantity: 2 }]);
  });
});
