import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import { docFromHtml } from '../../support/dom';

/** An item block (picture and title to one product, a seller label, a price). */
const item = (id: string, title: string, price: string, seller: string) =>
  `<div class="it"><div><a href="/p/${id}?ref_=i"><img alt=""></a></div><div><a href="/p/${id}?ref_=t">${title}</a>` +
  `<div>${seller}</div><div><span>${price}</span></div></div></div>`;
/** A parcel: its status line, then its items. */
const parcel = (status: string, items: string[]) =>
  `<div class="box"><h4 class="status"><span>${status.split(' ')[0]}</span>${status.slice(status.indexOf(' ') < 0 ? status.length : status.indexOf(' '))}</h4>${items.join('')}</div>`;
const page = (head: string, body: string) => docFromHtml(`<main>${head}${body}</main>`);

describe('shipments from parcel status lines above the item blocks', () => {
  it('en: two parcels, each with its status and its items', () => {
    const doc = page(
      '<div>Order number 111-2223334-4445556</div><div>Item(s) Subtotal: $30.00</div>',
      parcel('Delivered September 9', [
        item('A', 'Pirate sash, red', '$10.00', 'Sold by: Wayuer'),
        item('B', 'Sandwich bags', '$12.00', 'Sold by: Amazon.com'),
      ]) + parcel('Arriving Sep 12', [item('C', 'The Crucible', '$8.00', 'Sold by: Amazon.com')]),
    );
    const [o] = extractGeneric(new URL('https://shop.example.com/orders/111-2223334-4445556'), doc);
    expect(o?.shipments).toEqual([
      { status: 'Delivered September 9', itemTitles: ['Pirate sash, red', 'Sandwich bags'] },
      { status: 'Arriving Sep 12', itemTitles: ['The Crucible'] },
    ]);
  });

  it('de: "Zugestellt: 18. Juli" and "Rücksendung abgeschlossen"', () => {
    const doc = page(
      '<div>Bestellnummer 302-1112223-3334445</div><div>Gesamtsumme: 57,67 €</div>',
      parcel('Zugestellt: 18. Juli', [item('A', 'Testartikel 27', '30,57€', 'Verkauf durch: Amazon.de')]) +
        parcel('Rücksendung abgeschlossen', [
          item('B', 'Testartikel 23', '27,10€', 'Verkauf durch: Beispielhändler GmbH'),
        ]),
    );
    const [o] = extractGeneric(new URL('https://shop.example.de/bestellung/302-1112223-3334445'), doc);
    expect(o?.shipments.map((s) => s.status)).toEqual(['Zugestellt: 18. Juli', 'Rücksendung abgeschlossen']);
  });

  it('an item block with no status line above it: which parcel it is in is unknown, no shipments', () => {
    const doc = page(
      '<div>Order number 111-2223334-4445556</div><div>Item(s) Subtotal: $22.00</div>',
      item('A', 'Pirate sash, red', '$10.00', 'Sold by: Wayuer') +
        parcel('Delivered September 9', [item('B', 'Sandwich bags', '$12.00', 'Sold by: Amazon.com')]),
    );
    const [o] = extractGeneric(new URL('https://shop.example.com/orders/111-2223334-4445556'), doc);
    expect(o?.items).toHaveLength(2);
    expect(o?.shipments).toEqual([]);
  });

  it('a status line that heads no item (a tracking log) gives no shipments', () => {
    const doc = page(
      '<div>Order number 111-2223334-4445556</div><div>Item(s) Subtotal: $10.00</div>',
      parcel('Delivered September 9', [item('A', 'Pirate sash, red', '$10.00', 'Sold by: Wayuer')]) +
        '<div class="log"><div>Shipped</div></div>',
    );
    const [o] = extractGeneric(new URL('https://shop.example.com/orders/111-2223334-4445556'), doc);
    expect(o?.shipments).toEqual([]);
  });
});
