import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../utils/marketplaces/extract-page';
import { orderSchema } from '../../../utils/schemas/order';
import { docFromHtml } from '../../support/dom';

/**
 * SYNTHETIC order pages with tax in several lines, as Canadian (GST/HST and PST/QST), US (state and local)
 * and Mexican (IVA, IEPS) receipts print them, read by the shared label tables of the configured adapters.
 */
const page = (rows: [string, string][]) =>
  `<div class="order-details"><div>Order number: 12-34567-89012</div><div>Order date: Mar 5, 2024</div>
  ${rows.map(([l, v]) => `<div><span>${l}</span> <span>${v}</span></div>`).join('')}</div>`;

const read = (url: string, rows: [string, string][]) =>
  orderSchema.parse(extractPage(new URL(url), docFromHtml(page(rows), url)).orders[0]);

describe('tax in several lines (synthetic)', () => {
  it('eBay.ca: GST/HST and PST/RST/QST are summed and each line kept', () => {
    const o = read('https://order.ebay.ca/ord/show?orderId=12-34567-89012', [
      ['Subtotal', 'C $40.00'],
      ['GST/HST', 'C $2.00'],
      ['PST/RST/QST', 'C $3.99'],
      ['Order total', 'C $45.99'],
    ]);
    expect(o.amounts.tax).toEqual({ amount: 5.99, currency: 'CAD' });
    expect(o.taxLines?.map((t) => [t.label, t.amount.amount])).toEqual([
      ['GST/HST', 2],
      ['PST/RST/QST', 3.99],
    ]);
    expect(o.amounts.total).toEqual({ amount: 45.99, currency: 'CAD' });
  });

  it('eBay.com: "Taxes" is read (not taken for "Tax" followed by "es")', () => {
    const o = read('https://order.ebay.com/ord/show?orderId=12-34567-89012', [['Taxes', '$1.20']]);
    expect(o.amounts.tax).toEqual({ amount: 1.2, currency: 'USD' });
    expect(o.taxLines).toBeUndefined();
  });

  it('one tax printed twice under two wordings is not added up', () => {
    const o = read('https://order.ebay.com/ord/show?orderId=12-34567-89012', [
      ['Sales tax', '$1.20'],
      ['Tax', '$1.20'],
    ]);
    expect(o.amounts.tax).toEqual({ amount: 1.2, currency: 'USD' });
    expect(o.taxLines).toBeUndefined();
  });

  it('a tax line beside "Total" is not the total, and a total is never a tax line', () => {
    const o = read('https://order.ebay.com/ord/show?orderId=12-34567-89012', [
      ['State tax', '$0.80'],
      ['Local tax', '$0.25'],
      ['Total', '$21.05'],
    ]);
    expect(o.amounts.tax).toEqual({ amount: 1.05, currency: 'USD' });
    expect(o.amounts.total).toEqual({ amount: 21.05, currency: 'USD' });
  });
});
