import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import type { Order } from '../../../utils/schemas/order';
import { docFromHtml } from '../../support/dom';

/**
 * Text beside a label that is not the field's value: a word where the order number goes, the next column's
 * header where the carrier goes, an amount before tax where the total goes. The generic reader read each of
 * these as the value; now it leaves the field unknown or reads the right cell. Pages written here.
 */
const read = (url: string, lang: string, html: string): Order | undefined =>
  extractGeneric(
    new URL(url),
    docFromHtml(`<!doctype html><html lang="${lang}"><body><main>${html}</main></body></html>`, url),
  )[0];
const lines = (...l: string[]) => l.map((x) => `<div>${x}</div>`).join('');

describe('generic reader: what stands beside a label but is not its value', () => {
  it('a word under "Order ID" ("PENDING") is no order number', () => {
    const o = read('https://shop.example.com/orders/1', 'en-US', lines('Order ID', 'PENDING', 'Total: $45.99'));
    expect(o?.orderId).toBeUndefined();
    expect(o?.amounts.total).toEqual({ amount: 45.99, currency: 'USD' });
  });

  it('a button\'s word after "Order number:" ("COPYLINK") is no order number', () => {
    const o = read('https://shop.example.com/orders/1', 'en-US', lines('Order number: COPYLINK', 'Total: $45.99'));
    expect(o?.orderId).toBeUndefined();
  });

  it('a lower-case order number (a UUID) is read whole, not cut to its digits', () => {
    const o = read(
      'https://allegro.pl/moje-allegro/zakupy/kupione/12ab34cd-5678-90ef-1234-567890abcdef',
      'pl-PL',
      lines('Numer zamówienia: 12ab34cd-5678-90ef-1234-567890abcdef', 'Do zapłaty: 12,00 zł'),
    );
    expect(o?.orderId).toBe('12ab34cd-5678-90ef-1234-567890abcdef');
  });

  it('"Date of delivery" and "Date shipped:" are not the order date; "Date" over a date is', () => {
    const page = (...l: string[]) =>
      read('https://www.shop.co.uk/orders/12345678', 'en-GB', lines('Order number: 12345678', ...l, 'Total: £4.00'));
    expect(page('Date of delivery: 7 March 2024')?.placedAt).toBeUndefined();
    expect(page('Date shipped: 7 March 2024')?.placedAt).toBeUndefined();
    expect(page('Date', '5 March 2024')?.placedAt).toBe('2024-03-05');
  });

  it('a shipment table: the carrier is the cell under "Carrier", not the next header', () => {
    const o = read(
      'https://shop.example.com/orders/12345678',
      'en-US',
      lines('Order number: 12345678', 'Total: $45.99') +
        '<table><tr><th>Carrier</th><th>Tracking number</th></tr><tr><td>FedEx</td><td>123456789012</td></tr></table>',
    );
    expect(o?.shipments).toEqual([{ carrier: 'FedEx', trackingNumber: '123456789012' }]);
  });

  it('a shipment table of two parcels in German: both, each with its carrier', () => {
    const o = read(
      'https://www.shop.de/konto/bestellung/12345678',
      'de-DE',
      lines('Bestellnummer: 12345678', 'Gesamtsumme: 45,99 €') +
        '<table><tr><th>Versanddienstleister</th><th>Sendungsnummer</th></tr>' +
        '<tr><td>DHL</td><td>00340434161094042557</td></tr><tr><td>Hermes</td><td>H1234567890123456789</td></tr></table>',
    );
    expect(o?.shipments).toEqual([
      { carrier: 'DHL', trackingNumber: '00340434161094042557' },
      { carrier: 'Hermes', trackingNumber: 'H1234567890123456789' },
    ]);
  });

  it('it: "Totale (IVA esclusa)" is before tax: no total', () => {
    const o = read(
      'https://www.negozio.it/ordine/12345678',
      'it-IT',
      lines('Numero ordine: 12345678', 'Totale (IVA esclusa): 100,00 €'),
    );
    expect(o?.orderId).toBe('12345678');
    expect(o?.amounts.total).toBeUndefined();
  });

  it('tr: "Toplam (KDV hariç)" is before tax; "Genel Toplam" is the total', () => {
    const o = read(
      'https://www.magaza.com.tr/siparis/123456789',
      'tr-TR',
      lines('Sipariş No: 123456789', 'Toplam (KDV hariç): 100,00 TL', 'KDV: 20,00 TL', 'Genel Toplam: 120,00 TL'),
    );
    expect(o?.amounts.total).toEqual({ amount: 120, currency: 'TRY' });
  });
});

describe("generic reader: a screen readers' copy printed beside the value", () => {
  // The eye's copy with aria-hidden, the screen readers' visually hidden beside it (as eBay and Temu print).
  const twice = (shown: string, spoken: string) =>
    `<span><span aria-hidden="true">${shown}</span><span class="sr-only">${spoken}</span></span>`;
  it('reads the order number once, not run into its spoken copy', () => {
    const o = read(
      'https://shop.example.com/orders/1',
      'en-US',
      lines(`Order number: ${twice('PO-20260311-4821', 'P O - 2 0 2 6 0 3 1 1 - 4 8 2 1')}`, 'Total: $45.99'),
    );
    expect(o?.orderId).toBe('PO-20260311-4821');
  });
  it('reads the total once, not its lower-case copy joined to it', () => {
    const o = read(
      'https://shop.example.com/orders/1',
      'en-US',
      lines('Order number: 4821-3390', `Order total: ${twice('US $25.00', 'us $25.00')}`),
    );
    expect(o?.amounts.total).toEqual({ amount: 25, currency: 'USD' });
  });
});
