import { OrderDraft } from '../../extract/draft';
import type { Order } from '../../schemas/order';
import { assignedJson, isRecord, textOf } from '../page-json';
import type { ExtractOptions } from '../types';

/**
 * Shop Manager's sold orders as the page carries them: `Etsy.Context = {…}`, whose
 * `data.initial_data.orders.orders_search.orders[]` are the orders on screen (sellers' tools on GitHub read them
 * so: a label printer's `load_orders_from_html`, an order-email collector, an SKU mapper), each with its
 * `order_id`, `is_canceled`, and `transactions[]` holding `product.title` and `quantity`. Amounts there are not
 * read: no public source says whether they are cents or units. The buyer's e-mail and address (`buyers[]`,
 * `fulfillment.to_address`) are never read.
 */
export function soldOrdersFromContext(doc: Document, site: string, options: ExtractOptions): Order[] | undefined {
  const context = assignedJson(doc, 'Etsy.Context');
  let found: unknown = context;
  for (const key of ['data', 'initial_data', 'orders', 'orders_search', 'orders'])
    found = isRecord(found) ? found[key] : undefined;
  if (!Array.isArray(found)) return undefined;
  const source = 'Etsy.Context data.initial_data.orders.orders_search.orders';
  const orders: Order[] = [];
  for (const raw of found) {
    if (!isRecord(raw)) continue;
    const id = textOf(raw.order_id);
    if (!id || !/^\d{6,15}$/.test(id)) continue;
    const d = new OrderDraft('etsy', site).text('orderId', id, `${source}[].order_id`);
    if (raw.is_canceled === true) d.cancelled(`${source}[].is_canceled`);
    for (const tx of Array.isArray(raw.transactions) ? raw.transactions : []) {
      if (!isRecord(tx)) continue;
      const title = isRecord(tx.product) ? textOf(tx.product.title) : undefined;
      const qty = Number(tx.quantity);
      if (!title) continue;
      d.item(
        {
          title,
          ...(Number.isInteger(qty) && qty > 0 ? { quantity: qty } : {}),
        },
        {
          title: `${source}[].transactions[].product.title`,
          quantity: `${source}[].transactions[].quantity`,
        },
      );
    }
    d.expect('orderId', 'items');
    orders.push(d.build(options));
  }
  return orders.length ? orders : undefined;
}
