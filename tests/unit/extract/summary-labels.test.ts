import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import { docFromHtml } from '../../support/dom';

/** An order summary as label and value lines (each in its own div), read by the generic reader alone. */
const summary = (lines: [string, string][]) =>
  docFromHtml(
    `<main>${lines.map(([l, v]) => `<div><span>${l}</span></div><div><span>${v}</span></div>`).join('')}</main>`,
  );

describe('order summary lines in the sites’ languages', () => {
  it('en: two reductions on their own lines are summed as the discount', () => {
    const doc = summary([
      ['Order number', '702-1234567-1234567'],
      ['Item(s) Subtotal:', '$34.79'],
      ['Shipping & Handling:', '$6.99'],
      ['FREE Shipping:', '-$6.99'],
      ['Buy 5, save 5%:', '-$1.74'],
      ['Grand Total:', '$37.32'],
    ]);
    const [o] = extractGeneric(new URL('https://shop.example.ca/orders/702-1234567-1234567'), doc);
    expect(o?.amounts.discount).toEqual({ amount: 8.73, currency: 'CAD' });
    expect(o?.provenance['amounts.discount']).toMatch(/sum of labels/);
  });

  it('en: a summary printed twice does not count its reductions twice', () => {
    const doc = summary([
      ['Order number', '111-1234567-1234567'],
      ['Promotion Applied:', '-$9.50'],
      ['Subscribe & Save:', '-$1.00'],
      ['Grand Total:', '$17.50'],
      ['Promotion Applied:', '-$9.50'],
      ['Subscribe & Save:', '-$1.00'],
    ]);
    const [o] = extractGeneric(new URL('https://shop.example.com/orders/111-1234567-1234567'), doc);
    expect(o?.amounts.discount).toEqual({ amount: 10.5, currency: 'USD' });
  });

  it('de: shipping, estimated VAT, coupon and refund under amazon.de’s wording', () => {
    const doc = summary([
      ['Bestellnummer', '303-1234567-1234567'],
      ['Zwischensumme:', '49,78 €'],
      ['Verpackung & Versand:', '0,00 €'],
      ['Gesamt vor USt.:', '49,78 €'],
      ['Geschätzte USt.:', '9,46 €'],
      ['Gutschein eingelöst:', '-5,92 €'],
      ['Gesamtsumme:', '53,32 €'],
      ['Summe der Erstattung', '27,10 €'],
    ]);
    const [o] = extractGeneric(new URL('https://shop.example.de/bestellung/303-1234567-1234567'), doc);
    expect(o?.amounts).toEqual({
      subtotal: { amount: 49.78, currency: 'EUR' },
      shipping: { amount: 0, currency: 'EUR' },
      tax: { amount: 9.46, currency: 'EUR' },
      discount: { amount: 5.92, currency: 'EUR' },
      total: { amount: 53.32, currency: 'EUR' },
      refund: { amount: 27.1, currency: 'EUR' },
    });
  });

  it('de: a gift card paying the order is no discount', () => {
    const doc = summary([
      ['Bestellnummer', '302-1234567-1234567'],
      ['Zwischensumme:', '39,93 €'],
      ['Geschenkgutschein(e):', '-39,93 €'],
      ['Gesamtsumme:', '0,00 €'],
    ]);
    const [o] = extractGeneric(new URL('https://shop.example.de/bestellung/302-1234567-1234567'), doc);
    expect(o?.amounts.discount).toBeUndefined();
    expect(o?.amounts.total).toEqual({ amount: 0, currency: 'EUR' });
  });

  it('fr: coupon applied and amount refunded', () => {
    const doc = summary([
      ['Numéro de commande', '405-1234567-1234567'],
      ['Bon de réduction appliqué :', '-3,00 €'],
      ['Montant total :', '27,00 €'],
      ['Montant remboursé :', '27,00 €'],
    ]);
    const [o] = extractGeneric(new URL('https://boutique.example.fr/commande/405-1234567-1234567'), doc);
    expect(o?.amounts.discount).toEqual({ amount: 3, currency: 'EUR' });
    expect(o?.amounts.refund).toEqual({ amount: 27, currency: 'EUR' });
  });

  it('en: a "Digital Order:" date label gives the date and a digital order', () => {
    const doc = summary([
      ['Order number:', 'D01-1234567-1234567'],
      ['Digital Order:', 'Sept. 20 2024'],
      ['Order Total:', '$14.99'],
    ]);
    const [o] = extractGeneric(new URL('https://shop.example.ca/digital/order-summary?id=D01-1234567-1234567'), doc);
    expect(o?.placedAt).toBe('2024-09-20');
    expect(o?.orderType).toBe('digital');
  });

  it('de: "Digitale Bestellung:" gives the date and a digital order; an ordinary order has no type', () => {
    const digital = summary([
      ['Bestellnummer', 'D01-1234567-1234567'],
      ['Digitale Bestellung:', '16. April 2026'],
      ['Gesamtbetrag für diese Bestellung:', '54,99 €'],
    ]);
    const [o] = extractGeneric(new URL('https://shop.example.de/bestellung/D01-1234567-1234567'), digital);
    expect([o?.placedAt, o?.orderType, o?.amounts.total?.amount]).toEqual(['2026-04-16', 'digital', 54.99]);
    const plain = summary([
      ['Bestellnummer', '305-1234567-1234567'],
      ['Bestellung aufgegeben', '16. April 2026'],
      ['Gesamtsumme:', '30,36 €'],
    ]);
    const [p] = extractGeneric(new URL('https://shop.example.de/bestellung/305-1234567-1234567'), plain);
    expect(p?.orderType).toBeUndefined();
  });
});
