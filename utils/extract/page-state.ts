import type { Order } from '../schemas/order';
import { parseMoney } from './money';
import { readStructured, type StructuredFacts } from './structured';

/**
 * Most marketplaces that configured adapters read are single-page apps that embed the order in a script
 * (`__NEXT_DATA__` on Walmart, `window.runParams` / `__INIT_DATA__` on the Alibaba group's sites,
 * `window.rawData` on Temu and Pinduoduo) or as JSON-LD. Where the adapter's selectors and labels found no
 * order number, date, total or tracking number, the one unambiguous value the page embeds fills the gap
 * (structured.ts keeps a key only when it holds a single distinct value on the page). It never overrides
 * what the adapter read, and an embedded order number that disagrees with the one the URL names is
 * dropped: the page then holds another order's data (a recommendation, a previous order).
 */
export function withPageState(order: Order, url: URL, doc: Document, currency?: string): Order {
  const need =
    !order.orderId || !order.placedAt || !order.amounts.total || (!order.shipments.length && !order.cancelled);
  if (!need) return order;
  const out: Order = {
    ...order,
    amounts: { ...order.amounts },
    shipments: [...order.shipments],
    provenance: { ...order.provenance },
  };
  const filled: string[] = [];
  // The order number the URL names is this page's when the page prints it too (Temu's parent_order_sn,
  // AliExpress's orderId, Walmart's /orders/<n>); an id the page does not print (Shopee's internal
  // order_id, not its printed order number) is not taken.
  const printed = out.orderId ? undefined : printedUrlId(url, doc);
  if (printed) {
    out.orderId = printed;
    out.provenance.orderId = 'URL, printed on the page';
    filled.push('orderId');
  }
  let facts: StructuredFacts;
  try {
    facts = readStructured(doc);
  } catch {
    return finish(order, out, filled);
  }
  if (!facts.source) return finish(order, out, filled);
  const src = facts.source;
  const stateId = facts.orderId && idAgreesWithUrl(facts.orderId, url) ? facts.orderId : undefined;
  // An embedded id the page does not print may be an internal key (Shopee's order_id beside its printed
  // order_sn): it is not the order number a user would quote.
  if (!out.orderId && stateId && printedIn(doc, stateId)) {
    out.orderId = stateId;
    out.provenance.orderId = src;
    filled.push('orderId');
  }
  // Dates, totals and parcels of another order are not this page's: only when the state names this order,
  // or names none on a page whose printed order number is the one its URL names (Walmart's __NEXT_DATA__
  // keys its order as a bare `id`).
  // A state that names no order by a key we know must still mention the printed number somewhere: after a
  // single-page app moves to another order, the first order's state stays in the page.
  const sameOrder = facts.orderId
    ? Boolean(stateId && out.orderId === stateId)
    : Boolean(
        out.orderId &&
        urlIds(url).includes(out.orderId) &&
        (src !== 'script state' || scriptsMention(doc, out.orderId)),
      );
  if (sameOrder && !out.placedAt && facts.placedAt) {
    out.placedAt = facts.placedAt;
    out.provenance.placedAt = src;
    filled.push('placedAt');
  }
  const total = facts.totalText ? parseMoney(facts.totalText, currency) : facts.total;
  if (sameOrder && !out.amounts.total && total) {
    out.amounts.total = total;
    out.provenance['amounts.total'] = src;
    filled.push('amounts.total');
  }
  if (sameOrder && !out.shipments.length) {
    facts.shipments.forEach((s, i) => {
      out.shipments.push(s);
      if (s.trackingNumber) out.provenance[`shipments.${i}.trackingNumber`] = src;
      if (s.carrier) out.provenance[`shipments.${i}.carrier`] = src;
    });
    if (facts.shipments.length) filled.push('shipments');
  }
  return finish(order, out, filled);
}

function finish(order: Order, out: Order, filled: readonly string[]): Order {
  if (!filled.length) return order;
  const missing = (order.missing ?? []).filter((f) => !filled.includes(f));
  if (missing.length) out.missing = missing;
  else delete out.missing;
  return out;
}

const URL_ID = /^(?:PO-\d{3}-)?\d{6,}$|^\d{6}-\d{6,}$/;

function urlIds(url: URL): string[] {
  const ids: string[] = [];
  for (const v of [...url.searchParams.values(), ...url.pathname.split('/')]) {
    const bare = v.replace(/\.html?$/, '');
    if (URL_ID.test(bare) && !ids.includes(bare)) ids.push(bare);
  }
  return ids;
}

/** The one id the URL names that the page's visible text prints as a whole word; undefined otherwise. */
function printedUrlId(url: URL, doc: Document): string | undefined {
  const ids = urlIds(url).filter((id) => id.length >= 8);
  if (!ids.length) return undefined;
  const shown = ids.filter((id) => printedIn(doc, id));
  return shown.length === 1 ? shown[0] : undefined;
}

/** Whether some script of the page holds `id` (as a JSON string or number). */
function scriptsMention(doc: Document, id: string): boolean {
  return [...doc.querySelectorAll('script')].some((script) => (script.textContent ?? '').includes(id));
}

/** Whether the page's visible text prints `id` as a whole word (read afresh: a live page changes). */
function printedIn(doc: Document, id: string): boolean {
  if (!doc.body) return false;
  const text = visibleText(doc.body);
  const escaped = id.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  return new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`).test(text);
}

function visibleText(root: Element): string {
  const parts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const tag = n.parentElement?.tagName.toUpperCase() ?? '';
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
    parts.push(n.textContent ?? '');
  }
  return parts.join(' ');
}

/**
 * The order numbers a URL names (query values and path segments with 6+ digits, or Temu's PO-… form). An
 * embedded number agrees when the URL names none, or names this one.
 */
function idAgreesWithUrl(id: string, url: URL): boolean {
  const named = urlIds(url);
  return !named.length || named.includes(id);
}
