import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import { docFromHtml } from '../../support/dom';

/** A seller's sales table: no order-number column; each row's menu links may name the order. */
const sales = (head: string[], rows: { cells: string[]; links: string[] }[]) =>
  docFromHtml(
    `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
      .map(
        (r) =>
          `<tr>${r.cells.map((c, i) => `<td>${c}${i === 0 ? r.links.map((l) => `<a href="${l}">menu</a>`).join('') : ''}</td>`).join('')}</tr>`,
      )
      .join('')}</tbody></table>`,
  );

const url = new URL('https://seller.example.org/sold');

describe("an order number named only by the row's links", () => {
  it('reads the one orderId parameter of an English sales row, and none for a row whose links name none', () => {
    const doc = sales(
      ['Record', 'Buyer', 'Quantity', 'Total price', 'Sale date'],
      [
        {
          cells: ['534', 'buyer1', '3', '$10.56', 'Mar-22-18'],
          links: [
            'https://payments.example.org/x?PrintPostage&orderId=239760508014',
            'https://bulk.example.org/x?EditSalesRecord&urlstack=1|a|&orderid=239760508014',
          ],
        },
        {
          cells: ['533', 'buyer2', '1', '$4.00', 'Mar-21-18'],
          links: ['https://bulk.example.org/x?itemid=302575937454'],
        },
      ],
    );
    const orders = extractGeneric(url, doc);
    expect(orders.map((o) => o.orderId)).toEqual(['239760508014', undefined]);
    expect(orders[0]?.provenance.orderId).toMatch(/orderId parameter/);
  });

  it('reads it in a German sales table', () => {
    const doc = sales(
      ['Verkaufsprotokoll', 'Käufer', 'Menge', 'Summe', 'Datum'],
      [
        { cells: ['12', 'käufer1', '2', '25,00 €', '22.03.2018'], links: ['/v?order_id=DE-4455667788'] },
        { cells: ['13', 'käufer2', '1', '9,00 €', '23.03.2018'], links: ['/v?order_id=DE-4455667799'] },
      ],
    );
    const orders = extractGeneric(new URL('https://verkauf.example.de/liste'), doc);
    expect(orders.map((o) => o.orderId)).toEqual(['DE-4455667788', 'DE-4455667799']);
  });

  it('leaves it unknown when the row links name two different orders', () => {
    const doc = sales(
      ['Record', 'Buyer', 'Quantity', 'Total price', 'Sale date'],
      [
        {
          cells: ['534', 'buyer1', '3', '$10.56', 'Mar-22-18'],
          links: ['/a?orderId=239760508014', '/b?orderId=239760508015'],
        },
        { cells: ['533', 'buyer2', '1', '$4.00', 'Mar-21-18'], links: ['/a?orderId=239760508016'] },
      ],
    );
    const orders = extractGeneric(url, doc);
    expect(orders.map((o) => o.orderId)).toEqual([undefined, '239760508016']);
  });
});
