import type { Money } from '../schemas/order';
import { parseDate, type DateOptions } from './dates';
import { parseMoney } from './money';

/**
 * Order facts a page embeds as data: schema.org JSON-LD (`Order`, `ParcelDelivery`, as order e-mails and
 * some shops publish them), microdata with the same vocabulary, and JSON state in scripts
 * (`__NEXT_DATA__`, `window.__INITIAL_STATE__ = {…}`). Only values that are unambiguous are kept: a key
 * that holds two different values on one page is left unknown. Amounts are taken only as printed
 * strings with a currency, or as schema.org price + currency: bare numbers in app state may be cents.
 */
export interface StructuredFacts {
  orderId?: string;
  placedAt?: string;
  status?: string;
  seller?: string;
  total?: Money;
  /** The total as the page's state prints it ("$7.57"), for a reader that knows the site's currency. */
  totalText?: string;
  items: { title?: string; itemId?: string; quantity?: number; unitPrice?: Money }[];
  shipments: { trackingNumber?: string; carrier?: string }[];
  /** Where the facts came from: 'json-ld', 'microdata' or 'script state'. */
  source?: string;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const isObj = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;
const types = (o: Record<string, Json>): string[] =>
  [o['@type']].flat().map((t) => String(t ?? '').replace(/^https?:\/\/schema\.org\//, ''));
const nameOf = (v: unknown): string | undefined => (isObj(v) ? str(v.name) : str(v));

/** Keeps at most this many characters of a script: app state beyond that is not order data. */
const MAX_SCRIPT = 2_000_000;

function parseJson(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

function schemaMoney(price: unknown, currency: unknown): Money | undefined {
  const p =
    typeof price === 'number'
      ? price
      : typeof price === 'string' && /^-?\d+(?:\.\d+)?$/.test(price.trim())
        ? Number(price)
        : undefined;
  const c = str(currency)?.toUpperCase();
  return p !== undefined && c && /^[A-Z]{3}$/.test(c) ? { amount: p, currency: c } : undefined;
}

function fromSchemaOrder(o: Record<string, Json>, out: StructuredFacts): void {
  out.orderId ??= str(o.orderNumber) ?? str(o.confirmationNumber);
  out.placedAt ??= parseDate(str(o.orderDate));
  const status = str(o.orderStatus)?.replace(/^https?:\/\/schema\.org\//, '');
  if (status) out.status ??= status;
  out.seller ??= nameOf(o.seller) ?? nameOf(o.merchant);
  const due = [
    o.totalPaymentDue,
    o.price ? { price: o.price, priceCurrency: o.priceCurrency } : null,
    isObj(o.partOfInvoice) ? o.partOfInvoice.totalPaymentDue : null,
  ].find(isObj);
  if (due) out.total ??= schemaMoney(due.price ?? due.value, due.priceCurrency ?? due.currency);
  for (const offer of [o.acceptedOffer, o.orderedItem].flat()) {
    if (!isObj(offer)) continue;
    const item = isObj(offer.itemOffered) ? offer.itemOffered : isObj(offer.orderedItem) ? offer.orderedItem : offer;
    const qty = isObj(offer.eligibleQuantity) ? Number(offer.eligibleQuantity.value) : Number(offer.orderQuantity);
    const unitPrice = schemaMoney(offer.price, offer.priceCurrency);
    const entry = {
      ...(nameOf(item) ? { title: nameOf(item)! } : {}),
      ...((str(item.sku) ?? str(item.productID)) ? { itemId: (str(item.sku) ?? str(item.productID))! } : {}),
      ...(Number.isInteger(qty) && qty > 0 ? { quantity: qty } : {}),
      ...(unitPrice ? { unitPrice } : {}),
    };
    if (Object.keys(entry).length) out.items.push(entry);
  }
  for (const del of [o.orderDelivery].flat()) if (isObj(del)) fromParcel(del, out);
}

function fromParcel(p: Record<string, Json>, out: StructuredFacts): void {
  const trackingNumber = str(p.trackingNumber);
  const carrier = nameOf(p.provider) ?? nameOf(p.carrier);
  if (trackingNumber || carrier)
    out.shipments.push({ ...(trackingNumber ? { trackingNumber } : {}), ...(carrier ? { carrier } : {}) });
  if (isObj(p.partOfOrder)) fromSchemaOrder(p.partOfOrder, out);
}

function walkSchema(v: Json, out: StructuredFacts, depth = 0): void {
  if (depth > 12) return;
  if (Array.isArray(v)) return v.forEach((x) => walkSchema(x, out, depth + 1));
  if (!isObj(v)) return;
  const t = types(v);
  if (t.includes('Order')) fromSchemaOrder(v, out);
  else if (t.includes('ParcelDelivery')) fromParcel(v, out);
  else for (const x of Object.values(v)) if (typeof x === 'object') walkSchema(x, out, depth + 1);
}

/**
 * A property of this item itself, not of an item nested in it: an offer's "price" inside an Order is the
 * item's price, never the order's total.
 */
function ownProp(scope: Element, name: string): Element | undefined {
  for (const el of scope.querySelectorAll(`[itemprop~="${name}"]`))
    if (el.parentElement?.closest('[itemscope]') === scope) return el;
  return undefined;
}
const propValue = (el: Element | undefined): string | undefined =>
  el
    ? str(
        el.getAttribute('content') ??
          el.getAttribute('datetime') ??
          el.getAttribute('value') ??
          el.textContent?.replace(/\s+/g, ' '),
      )
    : undefined;

/** A nested item's own properties as JSON-LD would write them (an offer, its product, a price specification). */
function microItem(scope: Element, keys: readonly string[], nested: readonly string[]): Record<string, Json> {
  const o: Record<string, Json> = {};
  for (const k of keys) {
    const v = propValue(ownProp(scope, k));
    if (v) o[k] = v;
  }
  for (const k of nested) {
    const el = ownProp(scope, k);
    if (el?.hasAttribute('itemscope')) o[k] = microItem(el, keys, nested);
  }
  return o;
}

/** schema.org microdata: itemscope/itemtype Order or ParcelDelivery, each item's own itemprop values. */
function microdata(doc: Document, out: StructuredFacts): void {
  const prop = (scope: Element, name: string): string | undefined => propValue(ownProp(scope, name));
  for (const scope of doc.querySelectorAll(
    '[itemscope][itemtype*="schema.org/Order"], [itemscope][itemtype*="schema.org/ParcelDelivery"]',
  )) {
    const isOrder = /Order$/.test(scope.getAttribute('itemtype') ?? '');
    const o: Record<string, Json> = { '@type': isOrder ? 'Order' : 'ParcelDelivery' };
    for (const k of ['orderNumber', 'orderDate', 'orderStatus', 'trackingNumber', 'price', 'priceCurrency']) {
      const v = prop(scope, k);
      if (v) o[k] = v;
    }
    const due = ownProp(scope, 'totalPaymentDue');
    if (due?.hasAttribute('itemscope')) o.totalPaymentDue = microItem(due, ['price', 'priceCurrency', 'value'], []);
    const offers = [...scope.querySelectorAll('[itemprop~="acceptedOffer"], [itemprop~="orderedItem"]')].filter(
      (el) => el.hasAttribute('itemscope') && el.parentElement?.closest('[itemscope]') === scope,
    );
    const offerKeys = ['name', 'sku', 'productID', 'price', 'priceCurrency', 'orderQuantity', 'value'];
    if (offers.length)
      o.acceptedOffer = offers.map((el) =>
        microItem(el, offerKeys, ['itemOffered', 'orderedItem', 'eligibleQuantity']),
      );
    const seller = scope.querySelector(
      '[itemprop="seller"] [itemprop="name"], [itemprop="merchant"] [itemprop="name"]',
    );
    if (seller?.textContent) o.seller = seller.textContent.trim();
    const provider = scope.querySelector(
      '[itemprop="provider"] [itemprop="name"], [itemprop="carrier"] [itemprop="name"]',
    );
    if (provider?.textContent) o.provider = provider.textContent.trim();
    walkSchema(o, out);
  }
}

const STATE_KEYS = {
  // Temu/Pinduoduo parent_order_sn, Lazada tradeOrderId (ashishsvkumar/selfService src/mockData/o5.ts: the
  // mtop.lazada.om.orderdetail payload), AliExpress orderId.
  orderId:
    /^(?:orderId|orderID|orderNumber|orderNo|order_id|order_sn|orderSn|order_number|bizOrderId|parentOrderId|parentOrderSn|parent_order_sn|tradeOrderId|trade_order_id|tradeId)$/,
  trackingNumber:
    /^(?:trackingNumber|tracking_number|trackingNo|tracking_no|trackingId|trackingCode|waybillNo|waybill_no|mailNo|logisticsNo|expressNo|shipmentTrackingNumber|shippingTrackingNumber)$/,
  carrier:
    /^(?:carrier|carrierName|carrier_name|logisticsCompany|logisticsCompanyName|courierName|courier_name|shippingCarrier|shipping_carrier|expressCompany|expressName|logisticsName|shippingProviderName|shipping_provider_name)$/,
  total:
    /^(?:formattedTotal|totalFormatted|displayTotal|grandTotalFormatted|orderTotalFormatted|totalDisplay|total_display|displayGrandTotal)$/,
  // ISO or printed date strings only: a bare number may be seconds or milliseconds in an unknown zone.
  placedAt: /^(?:orderDate|order_date|orderTime|orderCreateTime|orderPlacedDate|placedDate|gmtCreate|createTimeStr)$/,
};
/**
 * Money objects in state ({ value, displayValue } or { amount, formattedAmount }) under a total key: Walmart's
 * `__NEXT_DATA__` order.priceDetails.grandTotal.displayValue (a Walmart order exporter's content script,
 * public on GitHub: "Walmart Order Exporter", content.js extractOrderMetaFromNextData).
 */
const TOTAL_OBJECT_KEYS = /^(?:grandTotal|orderTotal|totalAmount|totalPayment|actualTotal)$/;
const DISPLAY_KEYS = ['displayValue', 'formattedValue', 'formattedAmount', 'formatted', 'display'] as const;

/**
 * Lazada's order JSON (mtop.lazada.om.orderdetail, ashishsvkumar/selfService src/mockData/o5.ts and o7.ts):
 * components keyed "<tag>_<id>", each `{ tag, id, fields }`; `detailInfo` holds `createdAt` ("Placed on 29 Jan
 * 2019 00:47:37") and `total` ("SGD69.89"), `totalSummary` the same `total`. Other components' totals are
 * not the order's, so only these two tags are read.
 */
function lazadaComponent(v: { [k: string]: Json }, seen: Record<'total' | 'placedAt', Set<string>>): void {
  const tag = str(v.tag);
  const fields = v.fields;
  if (!tag || !isObj(fields) || !/^(?:detailInfo|totalSummary)$/.test(tag)) return;
  const total = str(fields.total);
  if (total && total.length <= 40) seen.total.add(total);
  const created = str(fields.createdAt);
  if (tag === 'detailInfo' && created && created.length <= 60) seen.placedAt.add(created);
}

/** Distinct string values per key group in script state; only a single distinct value counts. */
function scriptState(doc: Document, out: StructuredFacts, dates: DateOptions): boolean {
  const seen: Record<keyof typeof STATE_KEYS, Set<string>> = {
    orderId: new Set(),
    trackingNumber: new Set(),
    carrier: new Set(),
    total: new Set(),
    placedAt: new Set(),
  };
  let visited = 0;
  const walk = (v: Json, depth: number): void => {
    if (depth > 40 || ++visited > 200_000) return;
    if (Array.isArray(v)) return v.forEach((x) => walk(x, depth + 1));
    if (!isObj(v)) return;
    lazadaComponent(v, seen);
    // Shopee's order JSON: total_amount beside its currency code (Shopee Open Platform v2
    // get_order_detail: order_sn, currency "three-digit code", total_amount; lindejin/eshop-plat-api
    // ShopeeOrderDetailReqDTO lists the response fields).
    const amount = v.total_amount;
    const code = str(v.currency);
    if ((typeof amount === 'number' || typeof amount === 'string') && code && /^[A-Z]{3}$/.test(code)) {
      const n = Number(amount);
      if (Number.isFinite(n) && n >= 0) seen.total.add(`${code} ${n}`);
    }
    for (const [k, x] of Object.entries(v)) {
      for (const [field, re] of Object.entries(STATE_KEYS) as [keyof typeof STATE_KEYS, RegExp][]) {
        const s = re.test(k) ? str(x) : undefined;
        if (s && s.length <= 64) seen[field].add(s);
      }
      if (TOTAL_OBJECT_KEYS.test(k) && isObj(x)) {
        const shown = DISPLAY_KEYS.map((d) => str(x[d])).find(Boolean);
        if (shown && shown.length <= 40) seen.total.add(shown);
      }
      if (typeof x === 'object') walk(x, depth + 1);
    }
  };
  for (const script of doc.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (type === 'application/ld+json') continue;
    const text = (script.textContent ?? '').slice(0, MAX_SCRIPT).trim();
    if (!text || !/order|tracking|waybill/i.test(text)) continue;
    if (type === 'application/json') {
      const j = parseJson(text);
      if (j !== undefined) walk(j, 0);
      continue;
    }
    // window.__INITIAL_STATE__ = {...}; / window.__APOLLO_STATE__={...}
    const m = /^(?:window\.|var |let |const )?[\w$.]+\s*=\s*(\{[\s\S]*\})\s*;?\s*$/.exec(text);
    const j = m ? parseJson(m[1]!) : undefined;
    if (j !== undefined) walk(j, 0);
  }
  const one = (s: Set<string>) => (s.size === 1 ? [...s][0] : undefined);
  const id = one(seen.orderId);
  if (id && /\d{4,}/.test(id)) out.orderId ??= id;
  const tn = one(seen.trackingNumber);
  const carrier = one(seen.carrier);
  if (tn && /\d{6,}/.test(tn))
    out.shipments.push({ trackingNumber: tn, ...(carrier && /\p{L}/u.test(carrier) ? { carrier } : {}) });
  const total = one(seen.total);
  const money = total && /[^\d\s.,-]/.test(total) ? parseMoney(total) : undefined;
  if (money && !out.total) {
    out.total = money;
    out.totalText = total;
  }
  const placed = one(seen.placedAt);
  const date = placed && typeof placed === 'string' && !/^\d+$/.test(placed) ? parseDate(placed, dates) : undefined;
  if (date) out.placedAt ??= date;
  return Boolean(out.orderId || out.shipments.length || out.total);
}

/** `dates`: how the page's locale writes numeric dates (extract/locale.ts), for dates printed in state. */
export function readStructured(doc: Document, dates: DateOptions = {}): StructuredFacts {
  const out: StructuredFacts = { items: [], shipments: [] };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const j = parseJson((script.textContent ?? '').slice(0, MAX_SCRIPT));
    if (j !== undefined) walkSchema(j, out);
  }
  if (out.orderId || out.shipments.length) return { ...out, source: 'json-ld' };
  microdata(doc, out);
  if (out.orderId || out.shipments.length) return { ...out, source: 'microdata' };
  return scriptState(doc, out, dates) ? { ...out, source: 'script state' } : out;
}
