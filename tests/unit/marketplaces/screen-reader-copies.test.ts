import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractPage } from '../../../utils/marketplaces/extract-page';
import { docFromHtml } from '../../support/dom';
import { money } from './built-page';

/**
 * eBay and Temu pages read as they are, their screen readers' copies left out by the shared text readers
 * (extract/dom.ts) rather than by a copy of the page per read. SYNTHETIC pages in the markup public scrapers
 * quote (eBay's `<span aria-hidden="true">…</span><span class="clipped">…</span>` pairs); no text copied.
 */
const ed = (v: string) =>
  `<span class="eui-textual-display"><span aria-hidden="true">${v}</span><span class="clipped">${v.toLowerCase()}</span></span>`;
const ebayPage = (quantity: string) => `<!doctype html><html lang="en"><body>
  <div class="order-box">
    <div class="order-info"><dl><dt>${ed('Order number')}</dt><dd>${ed('12-34567-89012')}</dd></dl>
      <dl><dt>${ed('Time placed')}</dt><dd>${ed('Mar 14, 2026 at 3:17 PM')}</dd></dl></div>
    <div class="item-container"><div class="item-card"><div class="item-description">
      <a href="https://www.ebay.com/itm/256789012345">${ed('Brass hinge')}</a>
      <div class="item-aspect-value">${quantity}</div></div></div></div>
  </div>
  <div class="summary-region"><dl class="order-summary-total"><dt>${ed('Order total')}</dt><dd>${ed('US $25.00')}</dd></dl></div>
</body></html>`;
const EBAY_URL = 'https://order.ebay.com/ord/show?orderId=12-34567-89012';

describe("eBay's order page is read without copying it", () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads each value once and never clones the page', () => {
    const doc = docFromHtml(ebayPage(ed('Quantity 2')), EBAY_URL);
    const clone = vi.spyOn(doc, 'cloneNode');
    const o = extractPage(new URL(EBAY_URL), doc).orders[0]!;
    expect(clone).not.toHaveBeenCalled();
    expect(o.orderId).toBe('12-34567-89012');
    expect(o.placedAt).toBe('2026-03-14');
    expect(o.items.map((i) => [i.title, i.quantity])).toEqual([['Brass hinge', 2]]);
    expect(o.amounts.total).toEqual(money(25, 'USD'));
  });

  it('keeps a value printed only for screen readers (a clipped "Quantity 2" with no shown twin)', () => {
    const doc = docFromHtml(ebayPage('<span class="clipped">Quantity 2</span>'), EBAY_URL);
    const o = extractPage(new URL(EBAY_URL), doc).orders[0]!;
    expect(o.items.map((i) => [i.title, i.quantity])).toEqual([['Brass hinge', 2]]);
  });
});

describe("Temu's order list: a card's total printed twice is read once from the page itself", () => {
  afterEach(() => vi.restoreAllMocks());
  const card = (id: string, total: string) => `
    <div class="_k1">
      <div class="_k4"><span>Order ID:</span> <span>${id}</span></div>
      <div class="_k4"><span>Order Time:</span> <span>Jun 7, 2026</span></div>
      <div class="_k6"><span>Order total</span> <span>${total}</span><span aria-hidden="true">${total}</span></div>
    </div>`;

  it('reads one total per card and copies no card', () => {
    const url = 'https://www.temu.com/de-en/bgt_orders.html';
    const doc = docFromHtml(
      `<!doctype html><html lang="en"><body><div id="TabListWrapperDOMId">${card('PO-076-11111111111111111', '219,46 €')}${card('PO-076-22222222222222222', '12,00 €')}</div></body></html>`,
      url,
    );
    const clone = vi.spyOn(doc.defaultView!.Node.prototype, 'cloneNode');
    const r = extractPage(new URL(url), doc);
    expect(clone).not.toHaveBeenCalled();
    expect(r.orders.map((o) => [o.orderId, o.amounts.total])).toEqual([
      ['PO-076-11111111111111111', money(219.46, 'EUR')],
      ['PO-076-22222222222222222', money(12, 'EUR')],
    ]);
  });
});
