import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import { docFromHtml } from '../../support/dom';

/**
 * SYNTHETIC pages for an audit of the generic reader's new readings (time elements, form controls): each case
 * is markup of a shape shops serve in which the new reading produced a value that is not the page's.
 */
const at = 'https://shop.example.org/orders/1';
const read = (html: string) => extractGeneric(new URL(at), docFromHtml(html, at), {})[0];

describe('generic reader: a <time> whose attribute is in another zone than its text', () => {
  // 21:30 UTC on the 5th is shown to a reader eight hours ahead as the 6th, 5:30 AM: the "5" of the hour is
  // not the day, and the attribute's day is not the one the page shows.
  it('does not take the attribute\'s day when the text\'s only "5" is the hour', () => {
    const o = read(`<div>Order number: 4821-7731</div>
      <div>Order date: <time datetime="2026-03-05T21:30:00Z">Mar 6, 5:30 AM</time></div>
      <div>Order total: $12.00</div>`);
    expect(o?.orderId).toBe('4821-7731');
    expect(o?.placedAt).not.toBe('2026-03-05');
  });
  it("still takes the attribute's year for a text that prints the same day", () => {
    const o = read(`<div>Order number: 4821-7731</div>
      <div>Order date: <time datetime="2026-03-05T09:30:00Z">Mar 5, 5:30 PM</time></div>
      <div>Order total: $12.00</div>`);
    expect(o?.placedAt).toBe('2026-03-05');
  });
});

describe('generic reader: a quantity picker chosen by the page script', () => {
  // A shop's script sets the picker's value (React and most frameworks set the property, not the `selected`
  // attribute): the quantity shown is the chosen one, not the first option.
  it('reads the chosen option, not the first', () => {
    const doc = docFromHtml(
      `<html><body><div>Order number: 4821-7731</div>
      <table><thead><tr><th>Product</th><th>Quantity</th><th>Price</th></tr></thead>
      <tbody><tr><td>Ceramic mug</td><td><select id="q"><option>1</option><option>2</option><option>3</option></select></td><td>$4.00</td></tr></tbody></table>
      <div>Order total: $12.00</div></body></html>`,
      at,
    );
    (doc.getElementById('q') as HTMLSelectElement).value = '3';
    const o = extractGeneric(new URL(at), doc, {})[0];
    expect(o?.items.map((i) => [i.title, i.quantity])).toEqual([['Ceramic mug', 3]]);
  });
});

describe("generic reader: a Taiwanese shop's package number is not the carrier's tracking number", () => {
  // "包裹編號" is the shop's or the platform's own number for a parcel (sellers' tools keep it apart from the
  // carrier's "物流單號"); it tracks nothing at the carrier, so it is no tracking number.
  const page = (parcel: string) => `<html lang="zh-TW"><body><div>訂單編號：TW2603051234</div>
    ${parcel}<div>總計：NT$1,250</div></body></html>`;
  const shipments = (html: string) =>
    extractGeneric(new URL(at), docFromHtml(html, at), {})[0]?.shipments.flatMap((s) =>
      s.trackingNumber ? [s.trackingNumber] : [],
    );
  it('does not read the number after "包裹編號" as a tracking number', () => {
    expect(shipments(page('<div>包裹編號：PK20260305001234</div><div>物流公司：宅配通</div>'))).toEqual([]);
  });
  it('does not read a "包裹編號" column as tracking numbers', () => {
    expect(
      shipments(
        page(
          '<table><tr><th>包裹編號</th><th>物流公司</th></tr><tr><td>PK20260305001234</td><td>宅配通</td></tr></table>',
        ),
      ),
    ).toEqual([]);
  });
  it('still reads the carrier\'s number after "物流單號"', () => {
    expect(shipments(page('<div>物流單號：620123456789</div><div>物流公司：宅配通</div>'))).toEqual(['620123456789']);
  });
});
