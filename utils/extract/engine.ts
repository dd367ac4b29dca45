import type { Money, Order, OrderItem, Shipment } from '../schemas/order';
import type { ExtractOptions } from '../marketplaces/types';
import { parseDate, type DateOptions } from './dates';
import { cleanText, firstEl, labelled, labelledAll, outermost, shownText, textLines, type Labelled } from './dom';
import { type AmountField, OrderDraft } from './draft';
import { parseMoney } from './money';
import { isCancelled } from './status';
import { carrierFor } from './tracking';

/**
 * Where one field lives. Alternatives are tried in order: `sel` (selectors, each with a comment at the
 * adapter), then `label` (text printed before the value, see `labelled`). `attr` reads an attribute
 * instead of the text; `re` keeps only its first capture group.
 */
export interface FieldSpec {
  sel?: readonly string[];
  attr?: string;
  re?: RegExp;
  /** A pattern for the selector matches only, where the element's text is shaped unlike the label's value. */
  selRe?: RegExp;
  label?: RegExp;
}

export interface OrderSpec {
  /** List pages: one element per order. */
  card?: readonly string[];
  /** Detail pages: the element holding the order (the body when absent or not found). */
  detail?: readonly string[];
  orderId?: FieldSpec;
  placedAt?: FieldSpec;
  status?: FieldSpec;
  seller?: FieldSpec;
  paymentMethod?: FieldSpec;
  returnBy?: FieldSpec;
  amounts?: Partial<Record<AmountField, FieldSpec>>;
  item?: {
    row: readonly string[];
    title?: FieldSpec;
    quantity?: FieldSpec;
    unitPrice?: FieldSpec;
    itemId?: FieldSpec;
    seller?: FieldSpec;
  };
  shipment?: {
    carrier?: FieldSpec;
    trackingNumber?: FieldSpec;
    status?: FieldSpec;
    deliveredAt?: FieldSpec;
    estimatedDelivery?: FieldSpec;
  };
  /** The delivery address block: its presence sets addressShown; its text is kept only on request. */
  address?: readonly string[];
  recipient?: FieldSpec;
  /** Fields whose absence means the page no longer looks as the adapter expects. */
  required: readonly string[];
}

export interface ReadContext {
  marketplace: string;
  site: string;
  /** Unknown where the site does not settle it: then only a price's own sign names its currency. */
  currency: string | undefined;
  /** How the page's locale writes numeric dates (extract/locale.ts); unknown leaves "03/04/2024" unread. */
  dates?: DateOptions;
  options?: ExtractOptions;
  /** The page's address: on a page that prints several order numbers, the one it names is the page's order. */
  url?: URL;
}

interface Read {
  value: string;
  source: string;
}

/** Reads one field from `root`, trying selectors then the label. */
/** A label's value must look like money / a date, or the next line of the label is tried. */
export const looksLikeMoney = (v: string): boolean =>
  /^[-−]?\s*(?:[A-Z]{1,3}\s?)?(?:[^\s\d٠-٩]{1,3})?\s*[\d٠-٩]/.test(v);
export const looksLikeDate = (v: string): boolean => parseDate(v, { notBefore: '2000-01-01' }) !== undefined;

export function readField(
  root: Element,
  spec: FieldSpec | undefined,
  lines?: () => string[],
  accept?: (v: string) => boolean,
): Read | undefined {
  if (!spec) return undefined;
  const keep = (raw: string | null | undefined, source: string, re = spec.re): Read | undefined => {
    const text = cleanText(raw);
    if (!text) return undefined;
    if (!re) return { value: text, source };
    const m = re.exec(text);
    return m?.[1] ? { value: m[1].trim(), source: `${source} ${re}` } : undefined;
  };
  for (const sel of spec.sel ?? []) {
    for (const el of root.querySelectorAll(sel)) {
      const r = keep(
        spec.attr ? el.getAttribute(spec.attr) : shownText(el),
        spec.attr ? `${sel}[${spec.attr}]` : sel,
        spec.selRe ?? spec.re,
      );
      if (r) return r;
    }
  }
  if (spec.label && lines) {
    const l = labelled(lines(), spec.label, (v) => (!accept || accept(v)) && (!spec.re || spec.re.test(v)));
    if (l) return keep(l.value, `label "${l.line.slice(0, 40)}"`);
  }
  return undefined;
}

function positiveInt(text: string | undefined): number | undefined {
  const m = text ? /\d+/.exec(text.replace(/[,.\s](?=\d{3}\b)/g, '')) : null;
  const n = m ? Number(m[0]) : NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * Tax printed in several lines under different labels (Canada's "GST/HST" and "PST/QST", the US "State
 * tax" and "Local tax", Mexico's "IVA" and "IEPS"): the sum is the order's tax and each line is kept. The
 * same tax printed twice (one amount under two wordings, a summary and a breakdown) is not added up: when
 * every line has the same amount, the first stays the tax.
 */
function readTaxLines(
  d: OrderDraft,
  spec: FieldSpec | undefined,
  lines: () => string[],
  currency: string | undefined,
): void {
  if (!spec?.label || spec.sel?.length) return;
  const found = labelledAll(lines(), spec.label, (v) => looksLikeMoney(v) && (!spec.re || spec.re.test(v)), 8)
    .map((l) => ({ l, money: parseMoney(l.value, currency) }))
    .filter((x): x is { l: Labelled; money: Money } => Boolean(x.money && x.money.amount >= 0));
  const byLabel = new Map<string, Money>();
  for (const { l, money } of found) {
    // The value on the label's own line, or on the next line (then the whole line is the label).
    const own = l.line.endsWith(l.value) && l.line.length > l.value.length;
    const label = (own ? l.line.slice(0, l.line.length - l.value.length) : l.line).replace(/[\s:：]+$/, '') || l.line;
    if (!byLabel.has(label)) byLabel.set(label, money);
  }
  const taxes = [...byLabel].map(([label, amount]) => ({ label, amount }));
  if (taxes.length < 2 || new Set(taxes.map((t) => t.amount.currency)).size > 1) return;
  if (new Set(taxes.map((t) => t.amount.amount)).size === 1) return;
  d.taxLines(taxes, `sum of labels ${taxes.map((t) => `"${t.label.slice(0, 30)}"`).join(', ')}`);
}

/**
 * A shop's name without the links printed beside it inside the same element ("Skydue | Product question? Ask
 * Seller" on Amazon invoices, "Chat" / "View Shop" buttons beside Shopee's and Lazada's shop names, 联系卖家 /
 * 进入店铺 on the Chinese sites): the review found such link text in seller fields.
 */
const SELLER_ACTION =
  /\s+(?:Product question\?\s*)?(?:Ask seller|Contact (?:the )?seller|Message seller|Visit (?:the )?(?:store|shop)|View (?:store|shop)|Chat now|联系卖家|进入店铺|和我联系|聯絡賣家|進入商店|Kontakt(?:ieren)?|Contacter le vendeur|Contactar al vendedor|Contatta il venditore)\s*$/i;
/** Button words that are also ordinary words in shop names ("Coffee Chat"): cut only beside a sure one. */
const SELLER_ACTION_WORD = /\s+(?:Chat|Follow)\s*$/i;
export function sellerName(raw: string | undefined): string | undefined {
  let name = raw?.split(/\s+\|\s+/)[0];
  // Cut from the end; the name is what stood before the innermost sure button.
  let kept = name;
  for (let i = 0; name && i < 4; i++) {
    if (SELLER_ACTION.test(name)) kept = name = name.replace(SELLER_ACTION, '');
    else if (SELLER_ACTION_WORD.test(name)) name = name.replace(SELLER_ACTION_WORD, '');
    else break;
  }
  return cleanText(kept);
}

/** Reads one order from `root` following `spec`. */
export function readOrder(root: Element, spec: OrderSpec, ctx: ReadContext): Order {
  let cached: string[] | undefined;
  const lines = () => (cached ??= textLines(root));
  const d = new OrderDraft(ctx.marketplace, ctx.site);
  const f = (s: FieldSpec | undefined, accept?: (v: string) => boolean) => readField(root, s, lines, accept);

  const id = f(spec.orderId);
  d.text('orderId', id?.value, id?.source ?? '');
  const placed = f(spec.placedAt, (v) => parseDate(v, { notBefore: '2000-01-01', ...ctx.dates }) !== undefined);
  d.date('placedAt', parseDate(placed?.value, ctx.dates), placed?.source ?? '');
  for (const field of ['status', 'seller', 'paymentMethod'] as const) {
    const r = f(spec[field]);
    d.text(field, field === 'seller' ? sellerName(r?.value) : r?.value, r?.source ?? '');
  }
  if (isCancelled(d.current.status)) d.cancelled(d.current.provenance.status ?? 'status');
  for (const [field, fs] of Object.entries(spec.amounts ?? {}) as [AmountField, FieldSpec][]) {
    const r = f(fs, looksLikeMoney);
    const m = parseMoney(r?.value, ctx.currency);
    // Discounts are stored as a positive amount taken off, however the page signs them.
    d.money(field, m && field === 'discount' ? { ...m, amount: Math.abs(m.amount) } : m, r?.source ?? '');
  }
  readTaxLines(d, spec.amounts?.tax, lines, ctx.currency);
  const placedAt = d.current.placedAt;
  const ret = f(spec.returnBy, looksLikeDate);
  d.date('returnBy', parseDate(ret?.value, placedAt ? { notBefore: placedAt } : {}), ret?.source ?? '');

  if (spec.item) {
    const rows = outermost(root, spec.item.row);
    for (const row of rows) {
      const rowRead = (s: FieldSpec | undefined) => readField(row, s);
      const title = rowRead(spec.item.title);
      const qty = rowRead(spec.item.quantity);
      const price = rowRead(spec.item.unitPrice);
      const itemId = rowRead(spec.item.itemId);
      const seller = rowRead(spec.item.seller);
      const unitPrice = parseMoney(price?.value, ctx.currency);
      const quantity = positiveInt(qty?.value);
      const item: OrderItem = {
        ...(title ? { title: title.value } : {}),
        ...(quantity ? { quantity } : {}),
        ...(unitPrice ? { unitPrice } : {}),
        ...(itemId ? { itemId: itemId.value } : {}),
        ...(sellerName(seller?.value) ? { seller: sellerName(seller?.value)! } : {}),
      };
      if (Object.keys(item).length) {
        d.item(item, {
          title: title?.source,
          quantity: qty?.source,
          unitPrice: price?.source,
          itemId: itemId?.source,
          seller: seller?.source,
        });
      }
    }
  }

  if (spec.shipment) {
    const s = spec.shipment;
    const tracking = f(s.trackingNumber);
    const carrierRead = f(s.carrier);
    const status = f(s.status);
    const delivered = f(s.deliveredAt, looksLikeDate);
    const eta = f(s.estimatedDelivery, looksLikeDate);
    const carrier = carrierRead?.value ?? (tracking ? carrierFor(tracking.value) : undefined);
    const notBefore = placedAt ? { notBefore: placedAt } : {};
    const shipment: Shipment = {
      ...(carrier ? { carrier } : {}),
      ...(tracking ? { trackingNumber: tracking.value } : {}),
      ...(status ? { status: status.value } : {}),
      ...(parseDate(delivered?.value, notBefore) ? { deliveredAt: parseDate(delivered?.value, notBefore) } : {}),
      ...(parseDate(eta?.value, notBefore) ? { estimatedDelivery: parseDate(eta?.value, notBefore) } : {}),
    };
    if (Object.keys(shipment).length) {
      d.shipment(shipment, {
        carrier: carrierRead?.source ?? (tracking ? 'tracking number format' : undefined),
        trackingNumber: tracking?.source,
        status: status?.source,
        deliveredAt: delivered?.source,
        estimatedDelivery: eta?.source,
      });
    }
  }

  if (spec.address) {
    const addr = firstEl(root, spec.address);
    d.addressShown(Boolean(addr), addr ? addr.sel : `no ${spec.address.join(', ')}`);
    if (addr) d.text('address', cleanText(shownText(addr.el)), addr.sel);
    const rec = f(spec.recipient);
    d.text('recipient', rec?.value, rec?.source ?? '');
  }
  d.expect(...spec.required);
  return d.build(ctx.options);
}

/** The different order numbers printed under the order-number label, in page order. */
function labelledIds(root: Element, spec: FieldSpec | undefined): string[] {
  if (!spec?.label) return [];
  const ids = labelledAll(textLines(root), spec.label, (v) => !spec.re || spec.re.test(v)).map((l) =>
    spec.re ? (spec.re.exec(l.value)?.[1] ?? l.value) : l.value,
  );
  return [...new Set(ids.map((v) => v.trim()))];
}

/** The largest element around `id`'s text that holds none of the other order numbers. */
function blockOf(root: Element, id: string, others: readonly string[]): Element | undefined {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent?.includes(id)) continue;
    let block: Element | undefined;
    for (let el = n.parentElement; el && root.contains(el); el = el.parentElement) {
      const text = el.textContent ?? '';
      if (others.some((o) => text.includes(o))) break;
      block = el;
    }
    if (block) return block;
  }
  return undefined;
}

/**
 * Orders of a list page (one per card) or of a detail page (one). A detail page that prints several order
 * numbers under its order label is read only in the block of the one its address names; when it names none,
 * nothing is read by label (another order's total or date would be wrong, not missing).
 */
export function readOrders(doc: Document, spec: OrderSpec, list: boolean, ctx: ReadContext): Order[] {
  if (list) return outermost(doc, spec.card ?? []).map((card) => readOrder(card, spec, ctx));
  const root = detailRoot(doc, spec, ctx);
  return root ? [readOrder(root, spec, ctx)] : [];
}

/** The element a detail page's order is read in by `readOrders` (the named order's block), if any. */
export function detailRoot(doc: Document, spec: OrderSpec, ctx: Pick<ReadContext, 'url'>): Element | undefined {
  const root = (spec.detail && firstEl(doc, spec.detail)?.el) ?? doc.body;
  if (!root) return undefined;
  const ids = labelledIds(root, spec.orderId);
  if (ids.length < 2) return root;
  const address = ctx.url ? decodeURIComponent(ctx.url.href) : '';
  const named = ids.filter((id) => address.includes(id));
  return named.length === 1
    ? blockOf(
        root,
        named[0]!,
        ids.filter((id) => id !== named[0]),
      )
    : undefined;
}
