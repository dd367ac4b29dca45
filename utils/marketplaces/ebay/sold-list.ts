import { cleanText, shownText } from '../../extract/dom';
import { parseDate } from '../../extract/dates';
import { OrderDraft } from '../../extract/draft';
import { parseMoney } from '../../extract/money';
import type { Order } from '../../schemas/order';
import type { ExtractOptions } from '../types';

/**
 * Selling Manager's "Sold" table (k2b-bulk …SalesRecordConsole&currentpage=SCSold, shown inside Seller Hub as
 * "Manage all orders" until about 2019; checked against a real page of March 2018). One sale is a `<tbody>`
 * whose row id starts `mu_active_tbl_id_`, followed by `tbody.dt-nsb` blocks with its goods lines. Cells are
 * found by their column id (RecordNumber, PurchasedQty, TotalPrice, SaleDate …), which stays put when the
 * seller hides or reorders columns. A single-item sale prints no order number, only a sales record number and
 * the item and transaction ids: its order id stays unknown; a combined order's number is its checkbox value.
 */
const SALE_ROW = 'tr[id^="mu_active_tbl_id_"]';

export function isSoldList(doc: Document): boolean {
  return doc.querySelector(SALE_ROW) !== null;
}

const cell = (row: Element, column: string): string | undefined => {
  const td = row.querySelector(`:scope > td[id="${column}"]`);
  return td ? cleanText(shownText(td)) : undefined;
};

interface Sale {
  row: Element;
  goods: Element[];
}

function sales(doc: Document): Sale[] {
  const out: Sale[] = [];
  for (const row of doc.querySelectorAll(SALE_ROW)) {
    const goods: Element[] = [];
    // The sale's goods lines sit in the tbody blocks after its own, up to the next sale.
    for (let b = row.parentElement?.nextElementSibling; b; b = b.nextElementSibling) {
      if (b.querySelector(SALE_ROW)) break;
      goods.push(...b.querySelectorAll(':scope > tr'));
    }
    out.push({ row, goods });
  }
  return out;
}

function readSale({ row, goods }: Sale, site: string, currency: string, options: ExtractOptions): Order {
  const d = new OrderDraft('ebay', site);
  const box = row.querySelector('input[name="LineId"]');
  // "302575937454+1497408142020" is item + transaction (one sale, no order number); digits alone are an order.
  const value = box?.getAttribute('value') ?? '';
  if (/^\d{9,}$/.test(value)) d.text('orderId', value, 'input[name=LineId] value (combined order)');
  d.date('placedAt', parseDate(cell(row, 'SaleDate')), 'td#SaleDate');
  d.money('total', parseMoney(cell(row, 'TotalPrice'), currency), 'td#TotalPrice');
  const saleQty = Number(cell(row, 'PurchasedQty'));
  const lines = goods.filter((tr) => tr.querySelector('a[href*="/itm/"]'));
  lines.forEach((tr) => {
    const link = [...tr.querySelectorAll('a[href*="/itm/"]')].find((a) => cleanText(shownText(a)));
    const title = cleanText(link?.getAttribute('title')) ?? (link ? cleanText(shownText(link)) : undefined);
    const itemId = /\/itm\/(?:[^/?#]+\/)?(\d{9,15})/.exec(link?.getAttribute('href') ?? '')?.[1];
    const own = Number(cell(tr, 'PurchasedQty'));
    // A single-item sale prints its quantity on the sale's row only.
    const quantity = own > 0 ? own : lines.length === 1 && saleQty > 0 ? saleQty : undefined;
    d.item(
      { ...(title ? { title } : {}), ...(itemId ? { itemId } : {}), ...(quantity ? { quantity } : {}) },
      { title: 'a[href*="/itm/"][title]', itemId: 'a[href*="/itm/"] href', quantity: 'td#PurchasedQty' },
    );
  });
  const shipped = row.querySelector('td[id="ShippedStatus"] [title]')?.getAttribute('title');
  const status = cleanText(shipped);
  if (status) d.shipment({ status }, { status: 'td#ShippedStatus [title]' });
  d.expect('placedAt', 'amounts.total', 'items');
  return d.build(options);
}

export function readSoldList(doc: Document, site: string, currency: string, options: ExtractOptions): Order[] {
  return sales(doc).map((s) => readSale(s, site, currency, options));
}
