import type { Money, Order, OrderItem, Shipment } from '../schemas/order';
import { parseDate } from './dates';
import { cleanText, textLines } from './dom';
import { alternatives, ITEM_LABELS, PARCEL_STATUS_LABELS } from './labels';
import { LABELLED_QTY, money, unstruckText } from './layout';
import { cents } from './money';
import { isCancelled } from './status';

/**
 * An order's items laid out as blocks of divs, for pages no adapter knows: each item is a picture linking to
 * a product, a text link to the same product (its title) and a price, in one block; the seller, return
 * window and quantity are read inside that block only. A block counts only outside recommendations (a
 * carousel, "Buy it again", "Customers also bought"), and the blocks are the order's items only when
 * their prices add up to one of the order's own amounts, or when every block carries an item label ("Sold
 * by", a return window) in a shape that repeats. A price is an item's unit price only when that sum proves
 * it; otherwise it stays unknown (a line total and a unit price look alike).
 */

/** Query parameters that only say where a click came from: two links to one product differ in them. */
const TRACKING_PARAM =
  /^(?:ref_?|spm|scm|utm_\w+|pf_rd_\w+|pd_rd_\w+|_encoding|ie|psc|trk|sr|qid|crid|sprefix|from|src|_trkparms|_trksid)$/i;

/** The page a link opens, without tracking: "/dp/B0X?ref_=image" and "/dp/B0X?ref_=title" are one product. */
function target(a: Element, base: string): string | undefined {
  const href = a.getAttribute('href');
  if (!href || /^(?:javascript|mailto|tel):|^#/i.test(href.trim())) return undefined;
  try {
    const u = new URL(href, base);
    const path = u.pathname
      .split('/')
      .filter((seg) => seg && !/^ref=/i.test(seg))
      .join('/');
    const params = [...u.searchParams]
      .filter(([k]) => !TRACKING_PARAM.test(k))
      .map(([k, v]) => `${k}=${v}`)
      .sort();
    return `${u.host}/${path}?${params.join('&')}`;
  } catch {
    return undefined;
  }
}

/** Recommendation widgets by their markup: a carousel, "also bought", "buy again", sponsored slots. */
const NOT_ORDER_MARKUP =
  /carousel|recommend|similar|related|also[-_]?(?:bought|viewed)|buy[-_]?again|browsing[-_]?history|sponsored|(?:^|[\s_-])rhf(?:$|[\s_-])|(?:^|[\s_-])sims(?:$|[\s_-])|advert/i;
/** Recommendation widgets by their heading, in the marketplaces' languages. */
const NOT_ORDER_HEADING = new RegExp(
  `^(?:${[
    'Buy it again',
    'Recommended',
    'Recommendations',
    'Customers (?:who|also)',
    'Frequently bought',
    'Related',
    'Similar items',
    'Sponsored',
    'Inspired by',
    'Your recently viewed',
    'You (?:may|might) also like',
    'More (?:items )?to (?:consider|explore)',
    'Nochmals kaufen',
    'Empfehlungen',
    'Kunden, die',
    'Ähnliche',
    'Gesponsert',
    'Acheter à nouveau',
    'Recommandé',
    'Les clients ayant',
    'Volver a comprar',
    'Recomendado',
    'Los clientes que',
    'Compra di nuovo',
    'Consigliati',
    'I clienti che',
    '再度購入',
    'おすすめ',
    'この商品を買った人',
    '猜你喜欢',
    '为你推荐',
    '看了又看',
    '相关推荐',
    '猜你喜歡',
    '為你推薦',
    '相關推薦',
    'Có thể bạn cũng thích',
    'Gợi ý',
    'Rekomendasi',
    'Mungkin (?:kamu|anda) suka',
    'Anda mungkin suka',
    'คุณอาจชอบ',
    'สินค้าแนะนำ',
  ].join('|')})`,
  'i',
);

/** Whether `el` sits, below `root`, in navigation, a page header or footer, a sidebar or a recommendation widget. */
export function inRecommendations(el: Element, root: Element): boolean {
  for (let a: Element | null = el; a && a !== root; a = a.parentElement) {
    if (/^(?:NAV|HEADER|FOOTER|ASIDE)$/.test(a.tagName)) return true;
    if (/^(?:navigation|complementary)$/i.test(a.getAttribute('role') ?? '')) return true;
    if (/carousel/i.test(a.getAttribute('aria-roledescription') ?? '')) return true;
    if (NOT_ORDER_MARKUP.test(`${a.id} ${a.getAttribute('class') ?? ''}`)) return true;
    const heading = a.querySelector(':scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > [role="heading"]');
    if (heading && NOT_ORDER_HEADING.test(cleanText(heading.textContent) ?? '')) return true;
  }
  return false;
}

/**
 * Every price on the page as an element: the innermost element whose whole shown text is one amount,
 * not struck through, and not the second copy of the same amount beside it (a price printed once for
 * screen readers and once for the eye).
 */
function prices(root: Element, currency: string | undefined): Map<Element, Money> {
  const out = new Map<Element, Money>();
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!/\d/.test(n.textContent ?? '')) continue;
    // An amount split over elements ("$" "4" ".97") is read at the element holding all of it.
    let el = n.parentElement;
    for (let up = 0; el && up < 3; up++, el = el.parentElement) {
      const text = unstruckText(el);
      if (text.length > 30) {
        el = null;
        break;
      }
      if (money(text, currency)) break;
    }
    if (!el || out.has(el) || el.closest('del, s, strike, [data-a-strike="true"], script, style')) continue;
    const text = unstruckText(el);
    const m = money(text, currency);
    if (!m) continue;
    const prev = el.previousElementSibling;
    if (prev && out.has(prev) && unstruckText(prev) === text) continue;
    out.set(el, m);
  }
  return out;
}

const SELLER = new RegExp(`^(?:${alternatives(ITEM_LABELS, 'seller').join('|')})\\s*[:：]?\\s*(.*)$`, 'i');
const RETURN_BY = new RegExp(`(?:${alternatives(ITEM_LABELS, 'returnBy').join('|')})\\s*[:：]?\\s*(.+)$`, 'i');
const SUBSCRIPTION = new RegExp(`^(?:${alternatives(ITEM_LABELS, 'subscription').join('|')})`, 'i');
/** A tax note run into the seller's name ("Beispielhändler GmbH Preise inkl. MwSt."): no part of the name. */
const TAX_NOTE =
  /\s*(?:Preise? inkl\.? (?:MwSt|USt)\.?|inkl\.? (?:MwSt|USt)\.?|(?:Prices? )?incl\.? (?:VAT|tax)|TVA incluse|IVA incluid[ao])\s*$/i;

function sellerOf(lines: readonly string[]): string | undefined {
  for (let i = 0; i < lines.length; i++) {
    const m = SELLER.exec(lines[i]!);
    if (!m) continue;
    const raw = (m[1] || lines[i + 1] || '').replace(TAX_NOTE, '').trim();
    // A name, not a sentence, an amount or the next label.
    if (raw.length < 2 || raw.length > 80 || /[:：]$/.test(raw) || /\d[.,]\d{2}\b/.test(raw)) return undefined;
    return raw;
  }
  return undefined;
}

function returnByOf(lines: readonly string[], placedAt: string | undefined): string | undefined {
  for (const line of lines) {
    const m = RETURN_BY.exec(line);
    const date = m ? parseDate(m[1], placedAt ? { notBefore: placedAt } : {}) : undefined;
    if (date) return date;
  }
  return undefined;
}

/** A number alone printed on the product's picture (a badge over the image, beside its link). */
function badge(image: Element, block: Element): number | undefined {
  const frame = image.parentElement;
  if (!frame || !block.contains(frame)) return undefined;
  for (const el of frame.querySelectorAll('*')) {
    if (el === image || image.contains(el) || el.children.length) continue;
    const t = cleanText(el.textContent) ?? '';
    if (/^\d{1,3}$/.test(t) && Number(t) > 0) return Number(t);
  }
  return undefined;
}

/** "Qty: 2" in the block, or a quantity badge on the product's picture. */
function quantityOf(lines: readonly string[], block: Element, image: Element): number | undefined {
  for (const line of lines) {
    const m = LABELLED_QTY.exec(line);
    if (m && !/^\d+$/.test(line)) return Number(m[1]);
  }
  return badge(image, block);
}

/**
 * The items of one order's card in a list of orders, where cards print no price per item: each picture
 * linking to a product and the text link to the same product beside it (its title), with the quantity badge
 * on the picture. A picture without its title link, anywhere in the card, leaves the card without items (the
 * list would be short); recommendations inside the card are left out.
 */
export function cardPictureItems(card: Element, base: string): OrderItem[] {
  const links = [...card.querySelectorAll('a[href]')].filter((a) => !inRecommendations(a, card));
  const titles = new Map<string, Element[]>();
  for (const a of links) {
    const t = a.querySelector('img') ? undefined : target(a, base);
    if (t && /\p{L}{2}/u.test(a.textContent ?? '')) titles.set(t, [...(titles.get(t) ?? []), a]);
  }
  const items: OrderItem[] = [];
  const seen = new Set<string>();
  for (const picture of links.filter((a) => a.querySelector('img'))) {
    const key = target(picture, base);
    const own = key ? titles.get(key) : undefined;
    if (!key || !own) return [];
    if (seen.has(key)) continue;
    seen.add(key);
    const title = own.map((a) => cleanText(a.textContent) ?? '').sort((a, b) => b.length - a.length)[0] ?? '';
    if (title.length < 2) return [];
    const quantity = badge(picture, card);
    items.push({ title, ...(quantity ? { quantity } : {}) });
  }
  return items;
}

interface Block {
  el: Element;
  title: string;
  price?: Money;
  seller?: string;
  returnBy?: string;
  quantity?: number;
  subscription: boolean;
  /** Whether the block's one price sits in markup naming it the unit price (`data-component="unitPrice"`). */
  unitMarked: boolean;
  /** Whether the block prints an item label (a seller, a return window, a quantity or subscription line). */
  labelled: boolean;
  signature: string;
}

/** Markup naming a unit price: the whole name or its last part ("unitPrice", "item-unit-price"), never "unit-price-total". */
const UNIT_PRICE = /(?:^|[\s_-])unit[-_]?price(?=$|\s)/i;
function markedUnitPrice(price: Element, block: Element): boolean {
  for (let a: Element | null = price; a && a !== block; a = a.parentElement) {
    const names = [a.getAttribute('data-component'), a.getAttribute('class'), a.getAttribute('itemprop')].join(' ');
    if (UNIT_PRICE.test(names.trim())) return true;
  }
  return false;
}

const pathTo = (from: Element, to: Element): string => {
  const tags: string[] = [];
  for (let a: Element | null = to; a && a !== from; a = a.parentElement) tags.push(a.tagName);
  return tags.reverse().join('>');
};

const MAX_PICTURES = 300;

function findBlocks(root: Element, base: string, currency: string | undefined, placedAt?: string): Block[] {
  const links = [...root.querySelectorAll('a[href]')];
  const pictures = links.filter((a) => a.querySelector('img'));
  // A page of hundreds of product pictures is a catalogue, not one order; and the search below is per picture.
  if (!pictures.length || pictures.length > MAX_PICTURES) return [];
  const textLinks = new Map<string, Element[]>();
  for (const a of links) {
    if (a.querySelector('img')) continue;
    const t = target(a, base);
    if (!t || !/\p{L}/u.test(a.textContent ?? '')) continue;
    textLinks.set(t, [...(textLinks.get(t) ?? []), a]);
  }
  const priceEls = prices(root, currency);
  const targetsOfPictures = new Map(pictures.map((p) => [p, target(p, base)]));
  const blocks: Block[] = [];
  const seen = new Set<Element>();
  for (const picture of pictures) {
    const key = targetsOfPictures.get(picture);
    const titles = key ? textLinks.get(key) : undefined;
    if (!key || !titles) continue;
    // The nearest title link: the first ancestor of the picture that holds one.
    let block: Element | null = picture.parentElement;
    let title: Element | undefined;
    for (let up = 0; block && block !== root && up < 8 && !title; up++) {
      title = titles.find((t) => block!.contains(t));
      if (!title) block = block.parentElement;
    }
    if (!block || !title || block === root) continue;
    // Grow to the first ancestor holding a price, never over another product's picture.
    const own = (el: Element) =>
      [...el.querySelectorAll('a[href]')].every((a) => !a.querySelector('img') || targetsOfPictures.get(a) === key);
    const priced = (el: Element) => [...priceEls.keys()].some((p) => el.contains(p));
    for (let up = 0; block && block !== root && up < 6 && !priced(block); up++) {
      const parent: Element | null = block.parentElement;
      if (!parent || parent === root || !own(parent)) break;
      block = parent;
    }
    if (!block || seen.has(block) || !priced(block) || !own(block) || inRecommendations(block, root)) continue;
    seen.add(block);
    const ownPrices = [...priceEls].filter(([el]) => block!.contains(el));
    const amounts = ownPrices.map(([, m]) => m);
    const distinct = new Set(amounts.map((m) => `${m.amount} ${m.currency}`));
    const unitMarked = distinct.size === 1 && ownPrices.every(([el]) => markedUnitPrice(el, block!));
    const lines = textLines(block);
    const seller = sellerOf(lines);
    const returnBy = returnByOf(lines, placedAt);
    const quantity = quantityOf(lines, block, picture);
    const subscription = lines.some((l) => SUBSCRIPTION.test(l));
    const name =
      titles
        .filter((t) => block!.contains(t))
        .map((t) => cleanText(t.textContent) ?? '')
        .sort((a, b) => b.length - a.length)[0] ?? '';
    if (name.length < 2) continue;
    blocks.push({
      el: block,
      title: name,
      ...(distinct.size === 1 ? { price: amounts[0]! } : {}),
      ...(seller ? { seller } : {}),
      ...(returnBy ? { returnBy } : {}),
      ...(quantity ? { quantity } : {}),
      subscription,
      unitMarked,
      labelled: Boolean(seller || returnBy || quantity || subscription),
      signature: `${block.tagName}.${block.getAttribute('class') ?? ''}|${pathTo(block, title)}`,
    });
  }
  return blocks;
}

/**
 * Whether the lines' prices times their quantities (one where none is printed) add up to one of the order's
 * own amounts: its subtotal, its total, the subtotal with tax, the total before its discount. Within a cent a
 * piece (prices shown with tax, a summary computed before rounding). One currency only. What proves a price
 * is one piece's (an adapter asks it too, of a page that prints one price beside a quantity).
 */
export function sumProves(blocks: readonly { price?: Money; quantity?: number }[], amounts: Order['amounts']): boolean {
  const currency = blocks[0]?.price?.currency;
  if (!currency || blocks.some((b) => b.price?.currency !== currency)) return false;
  const pieces = blocks.reduce((n, b) => n + (b.quantity ?? 1), 0);
  const sum = blocks.reduce((n, b) => n + cents(b.price!) * (b.quantity ?? 1), 0);
  const { subtotal, total, tax, discount } = amounts;
  const same = (...ms: (Money | undefined)[]) => ms.every((m) => m && m.currency === currency);
  const candidates: number[] = [];
  if (same(subtotal)) candidates.push(cents(subtotal!));
  if (same(total)) candidates.push(cents(total!));
  if (same(subtotal, tax)) candidates.push(cents(subtotal!) + cents(tax!));
  if (same(total, discount)) candidates.push(cents(total!) + Math.abs(cents(discount!)));
  return candidates.some((c) => Math.abs(c - sum) <= pieces && (c !== 0 || sum === 0));
}

/** A parcel's state alone on its line, its date after it at most (labels.ts PARCEL_STATUS_LABELS). */
const PARCEL_STATUS = new RegExp(
  `^(?:${alternatives(PARCEL_STATUS_LABELS, 'parcel').join('|')})(?:$|[\\s:：,]\\s*[\\p{L}\\d][\\p{L}\\d .,/-]{0,24}$)`,
  'iu',
);

const before = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & 4 /* DOCUMENT_POSITION_FOLLOWING */);

/**
 * The lines that head a parcel, as elements in page order: the innermost element whose whole text is a
 * parcel status, outside the item blocks (an item's own "Return complete" note is no parcel).
 */
function parcelHeads(root: Element, blocks: readonly Element[]): { el: Element; status: string }[] {
  const out: { el: Element; status: string }[] = [];
  for (const el of root.querySelectorAll('h1, h2, h3, h4, h5, h6, div, span, p, b, strong')) {
    const text = cleanText(el.textContent) ?? '';
    if (text.length > 40 || !(PARCEL_STATUS.test(text) || isCancelled(text))) continue;
    if ([...el.children].some((c) => cleanText(c.textContent) === text)) continue;
    if (blocks.some((b) => b.contains(el)) || inRecommendations(el, root)) continue;
    out.push({ el, status: text });
  }
  // "<h4><b>Delivered</b> October 26</h4>": the whole line, not the word inside it.
  return out.filter((h) => !out.some((o) => o !== h && o.el.contains(h.el)));
}

/**
 * The one parcel of a list's order card, from its status line ("Delivered November 2", "Zustellung: 15.
 * September"); none when the card prints no such line or several (a tracking log, parcels whose items are
 * not told apart), or when the line is a cancellation.
 */
export function cardParcel(card: Element): Shipment | undefined {
  const heads = parcelHeads(card, []);
  return heads.length === 1 && !isCancelled(heads[0]!.status) ? { status: heads[0]!.status } : undefined;
}

/**
 * Shipments as the page groups the items: each parcel status line heads the item blocks after it, up to the
 * next status line. Only when every item block has a status line before it (else which parcel an item is in
 * is unknown) and every status line heads at least one item.
 */
export function parcelsOf(root: Element, blocks: readonly { el: Element; title?: string }[]): Shipment[] {
  if (!blocks.length) return [];
  const heads = parcelHeads(
    root,
    blocks.map((b) => b.el),
  );
  const groups = heads.map((h) => ({ status: h.status, titles: [] as string[] }));
  for (const b of blocks) {
    let at = -1;
    heads.forEach((h, i) => {
      if (before(h.el, b.el)) at = i;
    });
    if (at < 0) return [];
    groups[at]!.titles.push(b.title ?? '');
  }
  if (groups.some((g) => !g.titles.length)) return [];
  return groups.map((g) => ({ status: g.status, ...(g.titles.every(Boolean) ? { itemTitles: g.titles } : {}) }));
}

export interface BlockItems {
  items: OrderItem[];
  /** The parcels heading the blocks (`parcelsOf`). */
  shipments: Shipment[];
  /** The cancellation heading every parcel, as printed ("Storniert", "Service storniert"). */
  cancelled?: string;
  /** Whether an item says it comes by subscription ("Auto-delivered: Every 4 months"). */
  subscription: boolean;
  /** How the items were recognised, for provenance. */
  how: string;
}

/**
 * The order's items from repeated blocks (see the file's comment), or undefined when the page has none or
 * it is not sure which blocks are the order's.
 */
export function blockItems(
  root: Element,
  base: string,
  currency: string | undefined,
  order: Pick<Order, 'amounts' | 'placedAt'>,
): BlockItems | undefined {
  const blocks = findBlocks(root, base, currency, order.placedAt);
  const groups = new Map<string, Block[]>();
  for (const b of blocks) groups.set(b.signature, [...(groups.get(b.signature) ?? []), b]);
  const proved = [...groups.values()].filter((g) => g.every((b) => b.price) && sumProves(g, order.amounts));
  const labelled = [...groups.values()].filter((g) => g.every((b) => b.labelled));
  let chosen: Block[] | undefined;
  let byTotal = false;
  if (proved.length === 1) [chosen, byTotal] = [proved[0], true];
  else if (!proved.length && labelled.length === 1) chosen = labelled[0];
  if (!chosen) return undefined;
  const items = chosen.map((b): OrderItem => {
    const it: OrderItem = { title: b.title };
    if (byTotal) {
      it.quantity = b.quantity ?? 1;
      it.unitPrice = b.price!;
    } else {
      if (b.quantity) it.quantity = b.quantity;
      // No sum proves it, but the page's markup names it the unit price (an order cancelled before it was
      // charged prints no total to prove it by).
      if (b.unitMarked && b.price) it.unitPrice = b.price;
    }
    if (b.seller) it.seller = b.seller;
    if (b.returnBy) it.returnBy = b.returnBy;
    return it;
  });
  const parcels = parcelsOf(root, chosen);
  // Every parcel headed by a cancellation ("Storniert", "Cancelled"): the order's status, not a shipment.
  const cancelled = parcels.length && parcels.every((p) => isCancelled(p.status)) ? parcels[0]!.status : undefined;
  return {
    items,
    shipments: cancelled ? [] : parcels.filter((p) => !isCancelled(p.status)),
    ...(cancelled ? { cancelled } : {}),
    subscription: chosen.some((b) => b.subscription),
    how: byTotal
      ? 'item block (picture and title linking to one product; prices add up to the order amount)'
      : 'item block (picture and title linking to one product, with an item label)',
  };
}
