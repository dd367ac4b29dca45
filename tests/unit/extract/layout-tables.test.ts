import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import { columnOf, headerTables } from '../../../utils/extract/layout';
import { docFromHtml } from '../../support/dom';

const url = new URL('https://shop.example.org/account/orders');

/** A table with a header row, one `<tr>` per row of cells. */
const table = (head: string[], rows: string[][], thead = true) => {
  const h = `<tr>${head.map((c) => `<th>${c}</th>`).join('')}</tr>`;
  const b = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return thead ? `<table><thead>${h}</thead><tbody>${b}</tbody></table>` : `<table><tbody>${h}${b}</tbody></table>`;
};

describe('tables whose header cells name their columns', () => {
  it('maps header text to fields in several languages, whole cell only', () => {
    expect(columnOf('订单号')).toBe('orderId');
    expect(columnOf('Bestellnummer:')).toBe('orderId');
    expect(columnOf('下单时间')).toBe('placedAt');
    expect(columnOf('Sale date')).toBe('placedAt');
    expect(columnOf('实付款')).toBe('total');
    expect(columnOf('Menge')).toBe('quantity');
    expect(columnOf('数量')).toBe('quantity');
    expect(columnOf('Einzelpreis')).toBe('unitPrice');
    expect(columnOf('Total price')).toBe('lineTotal');
    expect(columnOf('Artikel')).toBe('title');
    // A sentence that starts with a label is no header.
    expect(columnOf('Order date is shown in your time zone')).toBeUndefined();
    expect(columnOf('')).toBeUndefined();
  });

  it('reads a zh-CN table of orders: one order per row, each value from its column, marked generic', () => {
    const doc = docFromHtml(
      `<h1>我的订单</h1>${table(
        ['订单号', '下单时间', '实付款', '订单状态'],
        [
          ['2950548049244739241', '2022-10-14 10:00:01', '￥88.00', '交易成功'],
          ['2950548049245739241', '2022-10-15 09:12:00', '￥39.60', '交易成功'],
          ['2950548049246739241', '2022-10-16 18:30:00', '￥120.50', '交易关闭'],
        ],
      )}`,
    );
    const orders = extractGeneric(url, doc);
    expect(orders.map((o) => [o.orderId, o.placedAt, o.amounts.total])).toEqual([
      ['2950548049244739241', '2022-10-14', { amount: 88, currency: 'CNY' }],
      ['2950548049245739241', '2022-10-15', { amount: 39.6, currency: 'CNY' }],
      ['2950548049246739241', '2022-10-16', { amount: 120.5, currency: 'CNY' }],
    ]);
    expect(orders.every((o) => o.confidence === 'generic')).toBe(true);
    expect(orders[0]?.provenance.orderId).toMatch(/header/);
  });

  it('reads an English seller table whose header is a first row of th (no thead); totals from "Total price"', () => {
    const doc = docFromHtml(
      table(
        ['Record number', 'Buyer', 'Quantity', 'Sale price', 'Total price', 'Sale date'],
        [
          ['577', 'buyer1', '1', '$5.36', '$5.36', 'Mar-31-18'],
          ['576', 'buyer2', '2', '$5.36', '$10.72', 'Mar-30-18'],
        ],
        false,
      ),
    );
    const orders = extractGeneric(url, doc);
    expect(orders.map((o) => [o.orderId, o.placedAt, o.amounts.total?.amount])).toEqual([
      [undefined, '2018-03-31', 5.36],
      [undefined, '2018-03-30', 10.72],
    ]);
  });

  it('reads a de item table on an order page: title, quantity, unit price by header', () => {
    const doc = docFromHtml(
      `<p>Bestellnummer: 302-1234567-7654321</p><p>Gesamtbetrag: 41,97 €</p>${table(
        ['Artikel', 'Menge', 'Einzelpreis'],
        [
          ['Kaffeebohnen 1 kg', '2', '12,99 €'],
          ['Milchaufschäumer', '1', '<del>19,99 €</del>15,99 €'],
        ],
      )}`,
    );
    const [o] = extractGeneric(new URL('https://shop.example.de/bestellung'), doc);
    expect(o?.orderId).toBe('302-1234567-7654321');
    expect(o?.items).toEqual([
      { title: 'Kaffeebohnen 1 kg', quantity: 2, unitPrice: { amount: 12.99, currency: 'EUR' } },
      { title: 'Milchaufschäumer', quantity: 1, unitPrice: { amount: 15.99, currency: 'EUR' } },
    ]);
    expect(o?.provenance['items.0.title']).toMatch(/header/);
  });

  it('reads nothing from a table with one known column, or rows of another shape than the header', () => {
    const doc = docFromHtml(
      `${table(['Name', 'Quantity'], [['Widget', '3']])}${table(
        ['Order number', 'Date', 'Total'],
        [['<b>12345678</b> 2024-01-02 $5.00'], ['a', 'b']],
      )}`,
    );
    expect(headerTables(doc.body, undefined)).toEqual([]);
    expect(extractGeneric(url, doc)).toEqual([]);
  });

  it("a payment history or tracking log on one order's page is no list of orders", () => {
    const doc = docFromHtml(
      `<p>Order number: 112-1234567-7654321</p><p>Order total: $41.97</p>${table(
        ['Date', 'Description', 'Amount'],
        [
          ['2024-01-02', 'Charged to Visa', '$41.97'],
          ['2024-01-09', 'Refund to Visa', '$10.00'],
        ],
      )}`,
    );
    const orders = extractGeneric(url, doc);
    expect(orders.map((o) => [o.orderId, o.amounts.total?.amount, o.items.length])).toEqual([
      ['112-1234567-7654321', 41.97, 0],
    ]);
  });

  it('a single row of dates is no list: a table with one order row reads no list', () => {
    const doc = docFromHtml(table(['Order date', 'Total'], [['2024-01-02', '$5.00']]));
    const orders = extractGeneric(url, doc);
    expect(orders.length).toBeLessThanOrEqual(1);
    expect(orders.every((o) => o.items.length === 0)).toBe(true);
  });
});

describe("detail rows under a table of orders' rows", () => {
  const cells = (n: number, at: Record<number, string>) =>
    `<tr>${Array.from({ length: n }, (_, i) => `<td>${at[i] ?? ' '}</td>`).join('')}</tr>`;
  const head = ['Record', 'Buyer / item', 'Quantity', 'Total price', 'Sale date'];
  const sale = (q: string, total: string, date: string) => cells(5, { 0: '577', 1: 'buyer', 2: q, 3: total, 4: date });
  const detail = (id: string, title: string, q = ' ') =>
    cells(5, {
      1: `<div><span>${id}</span> <a href="/itm/${id}">${title}</a> <a href="/note">Add note</a></div>`,
      2: q,
    });
  const doc = (body: string) =>
    docFromHtml(`<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>${body}</table>`);

  it("are the order's items: title and listing number beside it, quantity from the row or the order's row", () => {
    const orders = extractGeneric(
      url,
      doc(
        `<tbody>${sale('1', '$5.36', 'Mar-31-18')}</tbody><tbody>${detail('302575937454', 'Cosrx Acne Pimple Master Patch')}</tbody>` +
          `<tbody>${sale(' ', '$10.56', 'Mar-22-18')}</tbody><tbody>${detail('302575937454', 'Cosrx Acne Pimple Master Patch', '2')}${detail(
            '302575941733',
            'Cosrx Clear Fit Master Patch',
            '1',
          )}</tbody>`,
      ),
    );
    expect(orders.map((o) => o.items)).toEqual([
      [{ title: 'Cosrx Acne Pimple Master Patch', itemId: '302575937454', quantity: 1 }],
      [
        { title: 'Cosrx Acne Pimple Master Patch', itemId: '302575937454', quantity: 2 },
        { title: 'Cosrx Clear Fit Master Patch', itemId: '302575941733', quantity: 1 },
      ],
    ]);
    expect(orders[1]?.provenance['items.0.itemId']).toMatch(/detail row/);
  });

  it('a detail row without a listing number beside its link, or before any order row, gives no item', () => {
    const orders = extractGeneric(
      url,
      doc(
        `<tbody>${detail('302575937454', 'Orphan Product Before Orders')}${sale('1', '$5.36', 'Mar-31-18')}${cells(5, {
          1: '<a href="/itm/1">Cosrx Acne Pimple Master Patch</a>',
        })}${sale('1', '$3.52', 'Mar-30-18')}</tbody>`,
      ),
    );
    expect(orders.map((o) => o.items)).toEqual([[], []]);
  });
});
