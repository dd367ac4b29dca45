import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import { headerTables } from '../../../utils/extract/layout';
import { docFromHtml } from '../../support/dom';

/** An order summary whose item table's header row is `<td><b>…</b></td>`, not `th`. */
const summary = (o: {
  idLabel: string;
  head: [string, string];
  item: string;
  lines: string[];
  price: string;
  total: string;
}) =>
  docFromHtml(
    `<p><b>${o.idLabel} D01-9262519-8073835</b></p>
    <table><tr><td><b>${o.head[0]}</b></td><td class="r"><b>${o.head[1]}</b></td></tr>
    <tr><td><b>${o.item} </b><br>${o.lines.join('<br>')}<br></td><td>${o.price}</td></tr></table>
    <p><b>${o.total}</b></p>`,
  );

describe('tables whose header row is bold td cells', () => {
  it('reads an English digital summary: title, seller and quantity from the item cell, price from its column', () => {
    const doc = summary({
      idLabel: 'Order #',
      head: ['Items Ordered', 'Price'],
      item: 'Prime Membership Fee',
      lines: ['Sold  By: Amazon.com.ca, Inc.', 'GST/HST - 85730 5932 RT0001', 'Qty: 1'],
      price: '$14.99',
      total: 'Total for this Order: $14.99',
    });
    const [o] = extractGeneric(new URL('https://www.amazon.ca/gp/digital/your-account/order-summary.html'), doc);
    expect(o?.items).toEqual([
      {
        title: 'Prime Membership Fee',
        seller: 'Amazon.com.ca, Inc.',
        quantity: 1,
        unitPrice: { amount: 14.99, currency: 'CAD' },
      },
    ]);
  });

  it('reads a German invoice table with a bold header row', () => {
    const doc = summary({
      idLabel: 'Bestellnummer',
      head: ['Artikel', 'Preis'],
      item: 'Kaffeebecher aus Steingut',
      lines: ['Verkauf durch: Beispielhändler GmbH', 'Menge: 2'],
      price: '12,50 €',
      total: 'Gesamtsumme: 25,00 €',
    });
    const [o] = extractGeneric(new URL('https://shop.example.de/bestellung/D01-9262519-8073835'), doc);
    expect(o?.items[0]?.title).toBe('Kaffeebecher aus Steingut');
    expect(o?.items[0]?.quantity).toBe(2);
    expect(o?.items[0]?.unitPrice).toEqual({ amount: 12.5, currency: 'EUR' });
  });

  // "Prix unitaire": a bare "Prix" over three pieces may be the line's (WooCommerce's e-mails print the line
  // subtotal under it), see price-column-proof.test.ts.
  it('reads a French table with a <strong> header row', () => {
    const doc = docFromHtml(
      `<table><tr><td><strong>Article</strong></td><td><strong>Quantité</strong></td><td><strong>Prix unitaire</strong></td></tr>
      <tr><td>Tasse en grès bleue</td><td>3</td><td>8,00 €</td></tr></table>`,
    );
    const [t] = headerTables(doc.body, 'EUR');
    expect(t?.rows[0]?.item).toEqual({
      title: 'Tasse en grès bleue',
      quantity: 3,
      unitPrice: { amount: 8, currency: 'EUR' },
    });
  });

  it('takes no first row as a header when a cell is not all bold (a data row that starts with a bold word)', () => {
    const doc = docFromHtml(
      `<table><tr><td><b>Article</b></td><td>Prix</td></tr>
      <tr><td>Tasse en grès bleue</td><td>8,00 €</td></tr></table>`,
    );
    expect(headerTables(doc.body, 'EUR')).toEqual([]);
  });

  it('takes no bold row of long text as a header', () => {
    const doc = docFromHtml(
      `<table><tr><td><b>Item: this line is a note about the whole order and not a label</b></td><td><b>Price</b></td></tr>
      <tr><td>Blue stoneware mug</td><td>$8.00</td></tr></table>`,
    );
    expect(headerTables(doc.body, 'USD')).toEqual([]);
  });
});
