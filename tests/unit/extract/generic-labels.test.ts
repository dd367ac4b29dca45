import { describe, expect, it } from 'vitest';
import { extractGeneric, paymentMethodOf } from '../../../utils/extract/generic';
import { docFromHtml } from '../../support/dom';

/**
 * The generic reader on label layouts the held-out proxy (tests/unit/marketplaces/generic-proxy.test.ts)
 * found it misreading on real pages: each case is one cause, in markup of that shape written here.
 */
const read = (html: string, at = 'https://shop.example.org/orders/1') => {
  const [o] = extractGeneric(new URL(at), docFromHtml(html, at), { includeAddress: true });
  return o;
};

describe('generic reader: order summary labels', () => {
  it('reads the grand total, not the subtotal whose label ends in "Total"', () => {
    const o = read(`<div>Order # 112-9685975-5907428</div><div>Item(s) Subtotal: $43.23</div>
      <div>Shipping &amp; Handling: $0.00</div><div>Total before tax: $43.23</div><div>Estimated tax to be collected: $3.38</div>
      <div>Grand Total: $46.61</div>`);
    expect(o?.amounts.total).toEqual({ amount: 46.61, currency: 'USD' });
    expect(o?.amounts.subtotal).toEqual({ amount: 43.23, currency: 'USD' });
    expect(o?.amounts.shipping).toEqual({ amount: 0, currency: 'USD' });
    expect(o?.amounts.tax).toEqual({ amount: 3.38, currency: 'USD' });
    expect(o?.confidence).toBe('generic');
  });

  it('reads "Zwischensumme" as the subtotal and "Gesamtsumme" as the total, not the other way round', () => {
    const o = read(
      `<div>Bestellnummer: 305-4666232-2538376</div><div>Zwischensumme:</div><div>EUR 25,51</div><div>Gesamtsumme:</div><div>EUR 30,36</div>`,
      'https://shop.example.de/bestellung',
    );
    expect(o?.amounts.total).toEqual({ amount: 30.36, currency: 'EUR' });
    expect(o?.amounts.subtotal).toEqual({ amount: 25.51, currency: 'EUR' });
  });

  it('takes no amount that is not a whole signed amount ("Delivery 1: 20 January …", a GST registration number)', () => {
    const o = read(`<div>Order # 026-5653597-4769168</div>
      <div>Delivery 1: 20 January 2019 - AmericanExpress ending in 2014: £87.40</div>
      <div>GST/HST - 85730 5932 RT0001</div><div>Postage &amp; Packing:</div><div>£0.00</div><div>Total: £87.40</div>`);
    expect(o?.amounts.shipping).toEqual({ amount: 0, currency: 'GBP' });
    expect(o?.amounts.tax).toBeUndefined();
    expect(o?.amounts.total).toEqual({ amount: 87.4, currency: 'GBP' });
  });

  it('sums Canadian tax lines under their whole labels when each value stands below its label', () => {
    const o = read(
      `<div>Order # 701-0006947-3345801</div><div>Estimated GST/HST:</div><div>CDN$ 2.21</div>
      <div>Estimated PST/RST/QST:</div><div>CDN$ 1.50</div><div>Grand Total:</div><div>CDN$ 19.20</div>`,
      'https://shop.example.ca/order',
    );
    expect(o?.taxLines?.map((l) => l.label)).toEqual(['Estimated GST/HST', 'Estimated PST/RST/QST']);
    expect(o?.amounts.tax).toEqual({ amount: 3.71, currency: 'CAD' });
  });
});

describe('generic reader: payment method', () => {
  const lines = (...l: string[]) => l;
  it('reads "Payment methods" as a label, not "Payment method" with the value "s"', () => {
    expect(paymentMethodOf(lines('Payment methods', 'Mastercard ending in 1301'))?.value).toBe(
      'Mastercard ending in 1301',
    );
  });
  it('joins a brand with the masked number below it', () => {
    expect(paymentMethodOf(lines('Zahlungsart', 'Amazon Visa', '••••', '1234'))?.value).toBe(
      'Amazon Visa ending in 1234',
    );
  });
  it('reads an invoice\'s "| Last digits:" and a run-together "AMEXending in"', () => {
    expect(paymentMethodOf(lines('Payment Method: American Express | Last digits: 1416'))?.value).toBe(
      'American Express ending in 1416',
    );
    expect(paymentMethodOf(lines('Zahlungsart: Visa | Die letzten Ziffern: 1234'))?.value).toBe('Visa ending in 1234');
    expect(paymentMethodOf(lines('Payment Methods', 'AMEXending in 1929'))?.value).toBe(
      'American Express ending in 1929',
    );
  });
  it("leaves it unknown when the line below is the next column's header or only a mask", () => {
    expect(paymentMethodOf(lines('Payment Method', 'Status', 'Total: $17.71'))).toBeUndefined();
    expect(paymentMethodOf(lines('Payment Method', '**** 1416', 'Order Summary'))).toBeUndefined();
  });
  it('keeps a method with no card number on its own line or below its label', () => {
    expect(paymentMethodOf(lines('Zahlungsart', 'Amazon-Geschenkgutschein', 'Bestellübersicht'))?.value).toBe(
      'Amazon-Geschenkgutschein',
    );
  });
});

describe('generic reader: order cards of a list', () => {
  it("reads each card's date from its header line (date, then the order-number label and the card's number)", () => {
    const card = (date: string, id: string, price: string) =>
      `<div class="c"><div>${date} Order Number : ${id} Some Shop</div><div>A title</div><div>${price}</div><div>Delivered 2025-07-01</div></div>`;
    const at = 'https://shop.example.org/orders';
    const doc = docFromHtml(
      card('2025-06-04', '4371408684767739241', '￥3200.00') + card('2025-05-25', '4355452695837739241', '￥100.00'),
      at,
    );
    const orders = extractGeneric(new URL(at), doc);
    expect(orders.map((o) => [o.orderId, o.placedAt])).toEqual([
      ['4371408684767739241', '2025-06-04'],
      ['4355452695837739241', '2025-05-25'],
    ]);
  });
});
