import { parseDate } from '../../extract/dates';
import { cleanText } from '../../extract/dom';
import { OrderDraft } from '../../extract/draft';
import { readOrder, type OrderSpec, type ReadContext } from '../../extract/engine';
import type { Order, OrderItem } from '../../schemas/order';
import type { StateOrder } from '../page-json';
import type { ExtractOptions } from '../types';

/**
 * Temu's 2026 pages as rendered, whose class names are generated and change with every build, read by what
 * does not change (a Temu order importer on GitHub, temu/orderDetail.ts and temu/orders.ts, anchors on the same):
 * on the order page each line's picture is a `div[role="button"]` whose aria-label is "item picture <title>",
 * and the quantity a line of its own ("×2") in the picture's block; on the order list the orders sit in
 * `#TabListWrapperDOMId`, one card per order number ("PO-…").
 */
export const ITEM_PICTURE = 'div[role="button"][aria-label^="item picture"]';
const ORDER_NUMBER = /PO-\d{3}-\d{8,20}/g;

/**
 * The order page's lines (a picture with its "×N"), for the order the URL names and the page prints. The price beside a line is not
 * read: no source says whether it is the unit's or the line's, nor which of a struck and a promotional price
 * was paid.
 */
export function temuRenderedLines(url: URL, doc: Document): StateOrder | undefined {
  const wanted = url.searchParams.get('parent_order_sn');
  if (!wanted || !(doc.body?.textContent ?? '').includes(wanted)) return undefined;
  const items: OrderItem[] = [];
  for (const picture of doc.querySelectorAll(ITEM_PICTURE)) {
    const title = cleanText(/^item picture\s*(.*)$/i.exec(picture.getAttribute('aria-label') ?? '')?.[1]);
    if (!title) continue;
    const block = picture.parentElement;
    const qtyText = [...(block?.querySelectorAll('*') ?? [])]
      .map((el) => (el.children.length ? '' : cleanText(el.textContent)))
      .find((t) => t && /^[×x]\s?\d+$/.test(t));
    const quantity = qtyText ? Number(/\d+/.exec(qtyText)?.[0]) : undefined;
    // The page's "recommended for you" goods show the same picture button but no quantity: a picture without
    // its "×N" is not taken for a line of this order.
    if (!quantity || quantity <= 0) continue;
    items.push({ title, quantity });
  }
  return items.length ? { source: `${ITEM_PICTURE} aria-label, "×N"`, orderId: wanted, items } : undefined;
}

/** The distinct order numbers an element's text holds. */
function orderNumbers(el: Element): Set<string> {
  return new Set((el.textContent ?? '').match(ORDER_NUMBER) ?? []);
}

/**
 * The order list's cards: for each element printing an order number, its highest ancestor inside the list
 * that holds no other order number. Cards of one order only, whatever their generated classes.
 */
export function temuListCards(doc: Document): Element[] {
  const root = doc.getElementById('TabListWrapperDOMId');
  if (!root) return [];
  const cards = new Set<Element>();
  for (const el of root.querySelectorAll('*')) {
    if (el.children.length || orderNumbers(el).size !== 1) continue;
    let card = el;
    while (card.parentElement && card.parentElement !== root && orderNumbers(card.parentElement).size === 1)
      card = card.parentElement;
    cards.add(card);
  }
  return [...cards];
}

/**
 * Each card read by the adapter's labels ("Order ID:", "Order Time:", "Order total"). The card prints its total
 * twice, the second copy `aria-hidden`; the shared readers take such a pair once (`screenReaderCopy` in
 * extract/dom.ts), so "Order total" reads one amount from the card as it is.
 */
export function readTemuList(doc: Document, spec: OrderSpec, ctx: ReadContext): Order[] {
  return temuListCards(doc).map((card) => readOrder(card, spec, ctx));
}

/**
 * The tracking page (same importer, temu/tracking.ts): the package in `[class*="expressWrap"]`, "Tracking
 * Number:" followed by the number and, beside it, a spaced-out copy for screen readers ("Y T 2 3 …"), the
 * carrier as the alt text of `img[class*="serviceProviderImg"]`, "Delivered on Jun 14, 2026" once delivered.
 * The number is taken only as the whole text of the element after its label, so the screen readers' copy never
 * runs into it; where the label is there but its value is not one clean number, none is read, and the page is
 * still answered here so that no reader reads the two copies run together.
 */
export function temuTracking(url: URL, doc: Document, site: string, options: ExtractOptions): Order | undefined {
  const root = doc.querySelector('[class*="expressWrap"]') ?? doc.body;
  if (!root) return undefined;
  const labels = [...root.querySelectorAll('*')].filter(
    (el) => !el.children.length && /^Tracking (?:Number|No\.?)\s*[:：]?$/i.test(cleanText(el.textContent) ?? ''),
  );
  if (!labels.length) return undefined;
  const d = new OrderDraft('temu', site);
  const wanted = url.searchParams.get('parent_order_sn');
  if (wanted && /^PO-\d{3}-\d{8,20}$/.test(wanted) && (root.textContent ?? '').includes(wanted))
    d.text('orderId', wanted, 'URL parent_order_sn, printed on the page');
  const numbers = [
    ...new Set(
      labels
        .map((l) => cleanText(l.nextElementSibling?.textContent)?.toUpperCase())
        .filter((v): v is string => Boolean(v && /^(?=[A-Z]*\d)[A-Z0-9]{8,34}$/.test(v))),
    ),
  ];
  const carrier = cleanText(root.querySelector('img[class*="serviceProviderImg"]')?.getAttribute('alt'));
  const delivered = /Delivered on ([A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})/.exec(root.textContent ?? '')?.[1];
  const deliveredAt = parseDate(delivered);
  for (const trackingNumber of numbers) {
    d.shipment(
      {
        trackingNumber,
        ...(carrier ? { carrier } : {}),
        ...(deliveredAt && numbers.length === 1 ? { deliveredAt } : {}),
      },
      {
        trackingNumber: '"Tracking Number:" then the next element, whole',
        carrier: 'img[class*="serviceProviderImg"][alt]',
        deliveredAt: '"Delivered on …"',
      },
    );
  }
  d.expect('shipments');
  return d.build(options);
}
