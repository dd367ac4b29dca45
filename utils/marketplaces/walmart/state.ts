import type { Money, OrderItem } from '../../schemas/order';
import { parseMoney } from '../../extract/money';
import { isRecord, textOf, type StateOrder } from '../page-json';

/**
 * Walmart's order page state, `script#__NEXT_DATA__` (the "Walmart Order Exporter" content script on GitHub,
 * nathaniel-lyman/walmart-order-exporter content/content.js, extractItemsFromNextData and
 * extractOrderMetaFromNextData): `props.pageProps.initialData.data.order` with its `id`, `priceDetails`
 * (`subTotal`, `taxTotal`, `grandTotal`, each `{ value, displayValue }`) and `groups_2101[].items[]` (each
 * `productInfo.name`, `quantity`, and `priceInfo.linePrice`, the line's price, so not a unit price). Only
 * display strings are read: a bare number's currency is the page's, but its rounding is not ours to guess.
 */
export function walmartState(_url: URL, doc: Document, currency: string | undefined): StateOrder | undefined {
  const script = doc.querySelector('script#__NEXT_DATA__');
  let data: unknown;
  try {
    data = JSON.parse(script?.textContent ?? '');
  } catch {
    return undefined;
  }
  const path = ['props', 'pageProps', 'initialData', 'data', 'order'];
  let order: unknown = data;
  for (const k of path) order = isRecord(order) ? order[k] : undefined;
  if (!isRecord(order)) return undefined;
  const orderId = textOf(order.id);
  const shown = (v: unknown): Money | undefined =>
    isRecord(v) && textOf(v.displayValue) ? parseMoney(textOf(v.displayValue), currency) : undefined;
  const price = isRecord(order.priceDetails) ? order.priceDetails : {};
  const total = shown(price.grandTotal);
  const subtotal = shown(price.subTotal);
  const tax = shown(price.taxTotal);
  const items: OrderItem[] = [];
  const groups = [order.groups_2101, order.orderGroups].find(Array.isArray) ?? [];
  for (const g of groups) {
    for (const line of isRecord(g) && Array.isArray(g.items) ? g.items : []) {
      if (!isRecord(line)) continue;
      const info = isRecord(line.productInfo) ? line.productInfo : {};
      const title = textOf(info.name);
      const qty = Number(line.quantity);
      const itemId = textOf(info.usItemId);
      if (!title) continue;
      items.push({
        title,
        ...(Number.isInteger(qty) && qty > 0 ? { quantity: qty } : {}),
        ...(itemId && /^\d+$/.test(itemId) ? { itemId } : {}),
      });
    }
  }
  return {
    source: '__NEXT_DATA__ initialData.data.order',
    ...(orderId ? { orderId } : {}),
    ...(total ? { total } : {}),
    ...(subtotal || tax ? { amounts: { ...(subtotal ? { subtotal } : {}), ...(tax ? { tax } : {}) } } : {}),
    ...(items.length ? { items } : {}),
  };
}
