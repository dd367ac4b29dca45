import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import { isCancelledSentence } from '../../../utils/extract/status';
import { docFromHtml } from '../../support/dom';

const item = (id: string, title: string, price: string) =>
  `<div class="it"><div><a href="/p/${id}?ref_=i"><img alt=""></a></div><div><a href="/p/${id}?ref_=t">${title}</a>` +
  `<div>Sold by: Garden Co</div><div><span>${price}</span></div></div></div>`;
const at = (id: string) => new URL(`https://shop.example.de/orders/${id}`);

describe("an order page's own cancellation", () => {
  it('de: the badge above the sentence explaining it is the status', () => {
    const doc = docFromHtml(
      '<main><div>Bestellnummer 302-1112223-3334445</div><h4>Storniert</h4>' +
        '<div>Deine Bestellung wurde vom Verkäufer storniert. Diese Bestellung wurde dir nicht in Rechnung gestellt.</div></main>',
    );
    const [o] = extractGeneric(at('302-1112223-3334445'), doc);
    expect([o?.status, o?.cancelled]).toEqual(['Storniert', true]);
  });

  it('en: "Your order was cancelled by the seller." alone is the status', () => {
    const doc = docFromHtml(
      '<main><div>Order number 111-2223334-4445556</div><div>Your order was cancelled by the seller.</div></main>',
    );
    const [o] = extractGeneric(at('111-2223334-4445556'), doc);
    expect([o?.status, o?.cancelled]).toEqual(['Your order was cancelled by the seller.', true]);
  });

  it('de: "Service storniert" heading the item blocks', () => {
    const doc = docFromHtml(
      '<main><div>Bestellnummer 305-1112223-3334445</div><div>Zwischensumme: 0,00 €</div>' +
        `<div class="box"><h4>Service storniert</h4>${item('S1', 'Montage-Service', '0,00€')}</div></main>`,
    );
    const [o] = extractGeneric(at('305-1112223-3334445'), doc);
    expect([o?.status, o?.cancelled, o?.shipments]).toEqual(['Service storniert', true, []]);
  });

  it('a bare "Cancelled" tab or a "Cancel items" button on the page is no cancellation', () => {
    const doc = docFromHtml(
      '<main><nav><a href="/o?all">All</a></nav><div>Cancelled</div><div>Order number 111-2223334-4445556</div>' +
        '<div><a href="/cancel">Cancel items</a></div></main>',
    );
    const [o] = extractGeneric(at('111-2223334-4445556'), doc);
    expect([o?.status, o?.cancelled]).toEqual([undefined, undefined]);
  });

  it('sentences per language, first sentence of the line', () => {
    expect(isCancelledSentence('Votre commande a été annulée.')).toBe(true);
    expect(isCancelledSentence('Il tuo ordine è stato annullato.')).toBe(true);
    expect(isCancelledSentence('Tu pedido ha sido cancelado. No se te cobrará.')).toBe(true);
    expect(isCancelledSentence('Cancel this order if you changed your mind.')).toBe(false);
  });
});
