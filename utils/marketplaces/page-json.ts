import type { Money, Order, OrderItem, Shipment } from '../schemas/order';

/**
 * Marketplace-specific page state: the JSON a site assigns in an inline script (`var gbRawData = {…}` on
 * SHEIN, `Etsy.Context = {…}` on Etsy), read by the adapter that knows its keys. The generic state reader
 * (extract/structured.ts) keeps a key only when it holds one value on the page; these readers know which
 * object is the order and so can read its items too. Each reader returns what its keys hold, and nothing
 * for a key whose meaning is not certain (bare amounts that may be cents, unix times in an unknown zone).
 */
export interface StateOrder {
  orderId?: string;
  total?: Money;
  items?: OrderItem[];
  /** Summary amounts the state prints (display strings with their sign, read in the site's currency). */
  amounts?: Partial<Record<'subtotal' | 'tax' | 'shipping' | 'discount', Money>>;
  status?: string;
  seller?: string;
  /** The parcel the state names (its number and carrier), added where the page read none with a number. */
  shipment?: Pick<Shipment, 'trackingNumber' | 'carrier'>;
  /** Where the facts came from ("gbRawData.orderInfo"), for provenance. */
  source: string;
}

/** Keeps at most this many characters of one script (a product page's state can be megabytes). */
const MAX_SCRIPT = 3_000_000;

/**
 * The object literal assigned to `name` in any inline script (`var name = {…}`, `window.name = {…}`,
 * `name={…};` followed by more code). The end is found by matching braces outside strings, so code after
 * the assignment does not matter. Undefined when absent or not JSON.
 */
export function assignedJson(doc: Document, name: string): unknown {
  const escaped = name.replace(/[.$]/g, '\\$&');
  const start = new RegExp(`(?:^|[\\s;,{(])(?:(?:var|let|const)\\s+|window\\.)?${escaped}\\s*=\\s*\\{`);
  for (const script of doc.querySelectorAll('script')) {
    const text = (script.textContent ?? '').slice(0, MAX_SCRIPT);
    const m = start.exec(text);
    if (!m) continue;
    const open = m.index + m[0].length - 1;
    const end = objectEnd(text, open);
    if (end < 0) continue;
    try {
      return JSON.parse(text.slice(open, end + 1)) as unknown;
    } catch {
      continue;
    }
  }
  return undefined;
}

/** The index of the brace that closes the object opening at `open`, or -1. */
function objectEnd(text: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const textOf = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;

/** A decimal amount written as a string ("12.34") beside an ISO currency code: never a bare number. */
export function decimalMoney(amount: unknown, currency: unknown): Money | undefined {
  const a = typeof amount === 'string' && /^\d+(?:\.\d{1,2})?$/.test(amount.trim()) ? Number(amount) : undefined;
  const c = textOf(currency)?.toUpperCase();
  return a !== undefined && c && /^[A-Z]{3}$/.test(c) ? { amount: a, currency: c } : undefined;
}

/**
 * Fills what the page's labels and selectors left empty from the adapter's state reader: never overrides a
 * value read off the page, and only when the state's order is the page's (its number is the one the page
 * shows, or the one the URL names).
 */
export function fillFromState(order: Order, state: StateOrder | undefined, urlIds: readonly string[]): Order {
  if (!state) return order;
  const id = state.orderId;
  // Neither the page nor the URL naming an order number: nothing ties the state to this page.
  const same =
    id !== undefined &&
    (order.orderId !== undefined || urlIds.length > 0) &&
    (!order.orderId || order.orderId === id) &&
    (!urlIds.length || urlIds.includes(id));
  if (!same) return order;
  const out: Order = { ...order, amounts: { ...order.amounts }, provenance: { ...order.provenance } };
  const filled: string[] = [];
  if (!out.orderId && id) {
    out.orderId = id;
    out.provenance.orderId = `${state.source} (the order the URL names)`;
    filled.push('orderId');
  }
  if (!out.amounts.total && state.total) {
    out.amounts.total = state.total;
    out.provenance['amounts.total'] = state.source;
    filled.push('amounts.total');
  }
  for (const [field, money] of Object.entries(state.amounts ?? {}) as [keyof Order['amounts'], Money][]) {
    if (out.amounts[field]) continue;
    out.amounts[field] = money;
    out.provenance[`amounts.${field}`] = state.source;
  }
  if (!out.items.length && state.items?.length) {
    out.items = state.items;
    state.items.forEach((_, i) => (out.provenance[`items.${i}`] = state.source));
    filled.push('items');
  }
  if (!out.status && state.status) {
    out.status = state.status;
    out.provenance.status = state.source;
  }
  if (!out.seller && state.seller) {
    out.seller = state.seller;
    out.provenance.seller = state.source;
  }
  const i = out.shipments.length === 1 ? 0 : out.shipments.length;
  const onPage = out.shipments[i] ?? {};
  if (
    state.shipment?.trackingNumber &&
    !out.shipments.some((sh) => sh.trackingNumber) &&
    sameCarrier(onPage.carrier, state.shipment.carrier)
  ) {
    // The page's one parcel without a number (a carrier or status read off the page) is this parcel: the state
    // fills what it lacks; the page's own values stay. A parcel the page prints with another carrier is not the
    // state's: its number stays unknown rather than joined to the wrong carrier.
    const added = Object.entries(state.shipment).filter(([k]) => !(k in onPage));
    out.shipments = [...out.shipments.slice(0, i), { ...Object.fromEntries(added), ...onPage }];
    for (const [key] of added) out.provenance[`shipments.${i}.${key}`] = state.source;
  }
  if (!filled.length) return out;
  const missing = (out.missing ?? []).filter((f) => !filled.includes(f));
  if (missing.length) out.missing = missing;
  else delete out.missing;
  return out;
}

/** A US dollar the page names as such ("US$", "US $", "USD"), not a bare "$". */
const NAMED_USD = /\bUS\s?\$|\bUSD\b/;

/**
 * On a site whose bare "$" is not known to be the US dollar (a country site of a marketplace that serves
 * several from one host), drops the amounts that came out in US dollars when the page never names the US
 * dollar: they were read from a bare "$" (money.ts reads an unqualified "$" as USD when the site gives no
 * currency), and may be pesos or another country's dollars. Wrong is worse than missing.
 */
export function withoutBareDollars(order: Order, doc: Document, required: readonly string[]): Order {
  if (NAMED_USD.test(doc.body?.textContent ?? '')) return order;
  const isUsd = (m: Money | undefined) => m?.currency === 'USD';
  const amounts = Object.entries(order.amounts).filter(([, m]) => isUsd(m));
  const items = order.items.some((i) => isUsd(i.unitPrice));
  const taxLines = order.taxLines?.some((t) => isUsd(t.amount));
  if (!amounts.length && !items && !taxLines) return order;
  const dropped = new Set(amounts.map(([field]) => `amounts.${field}`));
  order.items.forEach((item, i) => isUsd(item.unitPrice) && dropped.add(`items.${i}.unitPrice`));
  const out: Order = {
    ...order,
    amounts: Object.fromEntries(Object.entries(order.amounts).filter(([, m]) => !isUsd(m))),
    items: order.items.map((item) =>
      isUsd(item.unitPrice) ? Object.fromEntries(Object.entries(item).filter(([k]) => k !== 'unitPrice')) : item,
    ),
    provenance: Object.fromEntries(Object.entries(order.provenance).filter(([k]) => !dropped.has(k))),
  };
  if (taxLines) delete out.taxLines;
  const missing = [...(out.missing ?? [])];
  for (const [field] of amounts)
    if (required.includes(`amounts.${field}`) && !missing.includes(`amounts.${field}`))
      missing.push(`amounts.${field}`);
  if (missing.length) out.missing = missing;
  return out;
}

/** Whether two carrier names may be one carrier ("中通" and "中通快递"); either unknown cannot disagree. */
function sameCarrier(a: string | undefined, b: string | undefined): boolean {
  const norm = (v: string) => v.replace(/\s+/g, '').toLowerCase();
  if (!a || !b) return true;
  const [x, y] = [norm(a), norm(b)];
  return x.includes(y) || y.includes(x);
}
