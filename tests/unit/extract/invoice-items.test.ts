import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import { docFromHtml } from '../../support/dom';

/**
 * Printable invoices' item cells: the quantity before the title ("2 of:", "1 Exemplar(e) von:"), the title in
 * italics with its author after it, and the seller and condition on lines under it. The title is the title
 * alone, the lines under it are the item's labels, not part of it. Pages written here in the invoices' layout.
 */
const invoice = (url: string, lang: string, summary: string, head: [string, string], cell: string, price: string) =>
  extractGeneric(
    new URL(url),
    docFromHtml(
      `<html lang="${lang}"><body>${summary}<table><tr><td><b>${head[0]}</b></td><td><b>${head[1]}</b></td></tr>` +
        `<tr><td>${cell}</td><td>${price}</td></tr></table></body></html>`,
      url,
    ),
  )[0]?.items;

describe('generic reader: invoice item cells', () => {
  it('en: "2 of: <i>Title</i>, Author", seller and condition under it', () =>
    expect(
      invoice(
        'https://www.shop.example.com/print/invoice?orderID=112-1234567-1234567',
        'en-US',
        '<div>Order number: 112-1234567-1234567</div><div>Grand Total: $21.00</div>',
        ['Items Ordered', 'Price'],
        '2 of: <i>A Test Book Title</i>, Writer, Some<br><span>Sold by: Test Books LLC<br>Condition: New</span>',
        '$10.50',
      ),
    ).toEqual([
      {
        title: 'A Test Book Title',
        quantity: 2,
        seller: 'Test Books LLC',
        unitPrice: { amount: 10.5, currency: 'USD' },
      },
    ]));

  it('de: "1 Exemplar(e) von:", "Verkauft von:", "Zustand:"', () =>
    expect(
      invoice(
        'https://www.shop.example.de/rechnung?orderID=302-1234567-1234567',
        'de-DE',
        '<div>Bestellnummer: 302-1234567-1234567</div><div>Gesamtsumme: EUR 25,29</div>',
        ['Bestellte Artikel', 'Preis'],
        '1 Exemplar(e) von: Testartikel Eins<br>Verkauft von: Testhändler GmbH<br>Zustand: Neu',
        'EUR 25,29',
      ),
    ).toEqual([
      {
        title: 'Testartikel Eins',
        quantity: 1,
        seller: 'Testhändler GmbH',
        unitPrice: { amount: 25.29, currency: 'EUR' },
      },
    ]));

  it('a digital invoice: the bold product link is the title, "[Audiobook]" and "By:" lines are detail', () =>
    expect(
      invoice(
        'https://www.shop.example.co.uk/digital/order-summary?orderID=D01-1234567-1234567&print=1',
        'en-GB',
        '<div>Order number: D01-1234567-1234567</div><div>Order Total: £3.47</div>',
        ['Items Ordered', 'Price'],
        '<b><a href="/dp/B000TEST01">A Test Audiobook: Part Two</a></b>[Audiobook]<br>By: Some Writer, Some Reader<br><br>Sold by: Test Audio<br>',
        '£3.47',
      ),
    ).toEqual([
      { title: 'A Test Audiobook: Part Two', seller: 'Test Audio', unitPrice: { amount: 3.47, currency: 'GBP' } },
    ]));

  it('a title line with only labels under it: the labels are not part of the title', () =>
    expect(
      invoice(
        'https://www.shop.example.com/print/invoice?orderID=112-7654321-1234567',
        'en-US',
        '<div>Order number: 112-7654321-1234567</div><div>Grand Total: $9.99</div>',
        ['Item', 'Price'],
        'Test Lamp, White<br>Sold by: Lamp Shop<br>Condition: New',
        '$9.99',
      ),
    ).toEqual([{ title: 'Test Lamp, White', seller: 'Lamp Shop', unitPrice: { amount: 9.99, currency: 'USD' } }]));
});
