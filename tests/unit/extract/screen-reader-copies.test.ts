import { describe, expect, it } from 'vitest';
import { firstText, textLines, textOf } from '../../../utils/extract/dom';
import { readField } from '../../../utils/extract/engine';
import { extractGeneric } from '../../../utils/extract/generic';
import { probeListing } from '../../../utils/marketplaces/listing';
import type { Order } from '../../../utils/schemas/order';
import { docFromHtml } from '../../support/dom';

/**
 * A value printed twice, once for the eye and once for screen readers, in the shapes real pages use (written
 * here, not copied): Amazon's price (`a-offscreen` beside its `aria-hidden` twin, as on the saved amazon.ca and
 * amazon.de pages), eBay's `.clipped` beside `aria-hidden`, WooCommerce's `screen-reader-text` sale price, a
 * number spelled out beside itself (Temu's tracking number). Read once; a screen-reader text with no twin is
 * kept, because then it is the value.
 */
const body = (html: string) => docFromHtml(`<!doctype html><html><body>${html}</body></html>`).body;

const AMAZON_PRICE =
  '<span class="a-price" data-a-size="s"><span class="a-offscreen">$4.97</span><span aria-hidden="true"><span class="a-price-symbol">$</span><span class="a-price-whole">4<span class="a-price-decimal">.</span></span><span class="a-price-fraction">97</span></span></span>';
const EBAY_TOTAL =
  '<span class="eui-textual-display"><span aria-hidden="true"><span class="BOLD">US $12.99</span></span><span class="clipped">us $12.99</span></span>';

describe("the selector helpers read a value and its screen readers' copy once", () => {
  it("Amazon's price: the eye's digits, not with the a-offscreen copy before them", () => {
    const root = body(`<div class="unit-price">${AMAZON_PRICE}</div>`);
    expect(textOf(root, '.unit-price')).toBe('$4.97');
    expect(firstText(root, ['.unit-price'])?.text).toBe('$4.97');
  });

  it("eBay's total: the aria-hidden copy, not run into its lower-case clipped copy", () => {
    const root = body(`<dd class="total">${EBAY_TOTAL}</dd>`);
    expect(textOf(root, '.total')).toBe('US $12.99');
  });

  it("a selector reading the field (the adapters' engine) takes the value once", () => {
    const root = body(`<div class="order-total">Total: ${EBAY_TOTAL}</div>`);
    expect(readField(root, { sel: ['.order-total'] })?.value).toBe('Total: US $12.99');
  });

  it('a visually hidden copy inside words ("Current price is: $15.00.") beside the shown price', () => {
    const root = body(
      '<p class="price"><del aria-hidden="true">$20.00</del> <span class="screen-reader-text">Original price was: $20.00.</span> ' +
        '<ins aria-hidden="true">$15.00</ins><span class="screen-reader-text">Current price is: $15.00.</span></p>',
    );
    expect(textOf(root, '.price')).toBe('$20.00 $15.00');
  });

  it('a value spelled out for screen readers beside the shown one, with no aria-hidden anywhere', () => {
    const root = body(
      '<div class="track"><span>YT2312345678</span><span class="_x9">Y T 2 3 1 2 3 4 5 6 7 8</span></div>',
    );
    expect(textOf(root, '.track')).toBe('YT2312345678');
  });

  it('the copy hidden by an inline clip, beside its twin', () => {
    const root = body(
      '<table><tr><td class="n">4821-3390<span style="position:absolute;clip:rect(0 0 0 0);width:1px;height:1px">4821-3390</span></td></tr></table>',
    );
    expect(textOf(root, '.n')).toBe('4821-3390');
  });
});

describe("a screen readers' text with no twin beside it is kept", () => {
  it('a price only in a-offscreen is the price', () => {
    const root = body(
      '<div class="unit-price"><span class="a-price"><span class="a-offscreen">$4.97</span></span></div>',
    );
    expect(textOf(root, '.unit-price')).toBe('$4.97');
  });

  it('a hidden label beside its value stays with it ("Time left 9d 12h")', () => {
    const root = body('<span class="time"><span class="clipped">Time left</span><span>9d 12h</span></span>');
    expect(textOf(root, '.time')).toBe('Time left9d 12h');
  });

  it('a hidden sentence with numbers of its own is not the shown number said again', () => {
    const root = body(
      '<div class="rating"><span aria-hidden="true">4.1</span><span class="sr-only">Rated 4.1 out of 5</span></div>',
    );
    expect(textOf(root, '.rating')).toBe('4.1Rated 4.1 out of 5');
  });

  it('a hidden text holding the word beside it is no copy of that word (a clipped message before "more")', () => {
    const root = body('<div class="msg"><div class="clipped">Arrived early, would buy more</div><a>more</a></div>');
    expect(textOf(root, '.msg')).toBe('Arrived early, would buy moremore');
  });

  it('two hidden copies side by side, with no shown twin: the value is kept, once', () => {
    const root = body('<div class="t"><span class="sr-only">$4.97</span><span class="a-offscreen">$4.97</span></div>');
    expect(textOf(root, '.t')).toBe('$4.97');
  });

  it('the element a selector picks is read even when it is the copy (Amazon\'s ".a-offscreen" price)', () => {
    const root = body(`<div data-component="unitPrice">${AMAZON_PRICE}</div>`);
    expect(textOf(root, '[data-component="unitPrice"] .a-offscreen')).toBe('$4.97');
  });

  it('two plain copies of one text, neither hidden, are both read (nothing says which is a copy)', () => {
    const root = body('<div class="q"><span>2</span><span>2</span></div>');
    expect(textOf(root, '.q')).toBe('22');
  });
});

describe("the generic reader: a screen readers' copy beside the value", () => {
  const read = (html: string): Order | undefined => {
    const url = 'https://shop.example.com/orders/1';
    return extractGeneric(
      new URL(url),
      docFromHtml(`<!doctype html><html lang="en-US"><body><main>${html}</main></body></html>`, url),
    )[0];
  };

  it('an order number spelled out beside itself, with no aria-hidden twin, is read once', () => {
    const o = read(
      '<div>Order number: <span>PO-20260311-4821</span><span class="_q7">P O - 2 0 2 6 0 3 1 1 - 4 8 2 1</span></div>' +
        '<div>Total: $45.99</div>',
    );
    expect(o?.orderId).toBe('PO-20260311-4821');
  });

  it("a table's price cell with its screen readers' copy gives the item's price once", () => {
    const o = read(
      '<h1>Order # 77001234</h1><table><thead><tr><th>Product</th><th>Quantity</th><th>Unit price</th></tr></thead>' +
        `<tbody><tr><td>Brass hinge, set of 4</td><td>2</td><td>${EBAY_TOTAL}</td></tr></tbody></table>` +
        '<div>Total: US $25.98</div>',
    );
    expect(o?.items.map((i) => i.unitPrice)).toEqual([{ amount: 12.99, currency: 'USD' }]);
  });

  it('lines keep the value once and a hidden-only label', () => {
    const root = body(
      `<div>Order total: ${EBAY_TOTAL}</div><div><span class="visually-hidden">Quantity</span> 2</div>`,
    );
    expect(textLines(root)).toEqual(['Order total: US $12.99', 'Quantity 2']);
  });
});

describe("a product page's price with its screen readers' copy", () => {
  it('is probed once, as the eye reads it', () => {
    const doc = docFromHtml(
      `<!doctype html><html><body><div itemscope itemtype="https://schema.org/Product"><div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price">${EBAY_TOTAL}</span></div></div></body></html>`,
      'https://shop.example/p/1',
    );
    const probe = probeListing({ adapter: {}, generic: { price: ['[itemprop="offers"] [itemprop="price"]'] } }, doc);
    expect(probe.generic.price?.text).toBe('US $12.99');
  });
});
