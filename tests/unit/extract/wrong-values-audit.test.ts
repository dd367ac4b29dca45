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
