import { adapterForUrl } from './registry';
import type { ListingField, ListingSelectors, ListingSpec, MarketplaceAdapter } from './types';
import { LISTING_TEXT_MAX, listingSchema, type Listing } from '../schemas/listing';
import { z } from 'zod';
import type { Money } from '../schemas/order';
import { parseMoney } from '../extract/money';
import { shownText } from '../extract/dom';

/**
 * Product pages ("listings"): what the seller promised before the purchase. Reading is split in
 * two so the same code serves a live tab and a parsed file:
 * - `probeListing` runs on a Document (the page tools in a live tab, jsdom for saved files) and only
 *   copies raw strings out: JSON-LD blocks, product meta tags and the text under the given selectors.
 * - `readListing` turns those strings into a validated `Listing` with no DOM at all, so every rule
 *   about what counts as a price or a seller is tested on plain data.
 */

export interface ProbedField {
  sel: string;
  text: string;
}

export interface ListingProbe {
  url: string;
  /** `<script type="application/ld+json">` contents, each cut to 200,000 characters. */
  jsonLd: string[];
  /** Product-related `<meta>` tags by property/name, lower-cased: og:title, product:price:amount, … */
  meta: Record<string, string>;
  /** Texts under the marketplace's own selectors. */
  adapter: Partial<Record<ListingField, ProbedField>>;
  /** Texts under schema.org microdata (`itemprop`), which many shops print without JSON-LD. */
  generic: Partial<Record<ListingField | 'priceCurrency', ProbedField>>;
}

const probedFieldSchema = z.object({ sel: z.string().max(1000), text: z.string().max(LISTING_TEXT_MAX) });

/** The probe's answer crosses from the page to the background: validated like any message. */
export const listingProbeSchema = z.object({
  url: z.string(),
  jsonLd: z.array(z.string().max(200_000)).max(50),
  meta: z.record(z.string(), z.string().max(LISTING_TEXT_MAX)),
  adapter: z.record(z.string(), probedFieldSchema),
  generic: z.record(z.string(), probedFieldSchema),
});

/** schema.org microdata: the common way shops mark up a product without JSON-LD. */
export const GENERIC_SELECTORS: Partial<Record<ListingField | 'priceCurrency', string[]>> = {
  title: ['[itemtype$="schema.org/Product"] [itemprop="name"]'],
  price: ['[itemprop="offers"] [itemprop="price"]@content', '[itemprop="offers"] [itemprop="price"]'],
  priceCurrency: [
    '[itemprop="offers"] [itemprop="priceCurrency"]@content',
    '[itemprop="offers"] [itemprop="priceCurrency"]',
  ],
  seller: ['[itemprop="offers"] [itemprop="seller"] [itemprop="name"]'],
  itemId: [
    '[itemtype$="schema.org/Product"] [itemprop="sku"]@content',
    '[itemtype$="schema.org/Product"] [itemprop="sku"]',
  ],
  description: ['[itemtype$="schema.org/Product"] [itemprop="description"]'],
};

/**
 * Copies a page's listing-related strings out, for `readListing` to judge.
 */
export function probeListing(
  selectors: { adapter: Record<string, string[] | undefined>; generic: Record<string, string[] | undefined> },
  doc?: Document,
): ListingProbe {
  const d = doc ?? document;
  const clean = (s: string | null | undefined): string => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
  // Text as a reader sees it: list items and paragraphs on their own lines, scripts and styles left out, a
  // price's screen-reader copy beside it too (shownText).
  const textOf = (el: Element): string => {
    const copy = el.cloneNode(true) as Element;
    for (const junk of copy.querySelectorAll('script, style, noscript, template')) junk.remove();
    const blocks = copy.querySelectorAll('li, p');
    const text =
      blocks.length > 1
        ? [...blocks]
            .map((b) => clean(shownText(b)))
            .filter(Boolean)
            .join('\n')
        : clean(shownText(copy));
    return text.slice(0, 20_000);
  };
  const read = (map: Record<string, string[] | undefined>): Record<string, { sel: string; text: string }> => {
    const out: Record<string, { sel: string; text: string }> = {};
    for (const [field, list] of Object.entries(map)) {
      for (const spec of list ?? []) {
        const at = spec.lastIndexOf('@');
        const sel = at > 0 ? spec.slice(0, at) : spec;
        const attr = at > 0 ? spec.slice(at + 1) : undefined;
        let els: Element[];
        try {
          els = [...d.querySelectorAll(sel)];
        } catch {
          continue;
        }
        const texts = els.map((el) => (attr ? clean(el.getAttribute(attr)) : textOf(el))).filter(Boolean);
        if (!texts.length) continue;
        // A product can have several variant dimensions (colour, size): all of them describe the choice.
        const text = field === 'variant' ? [...new Set(texts)].join(' / ') : texts[0]!;
        out[field] = { sel: spec, text };
        break;
      }
    }
    return out;
  };
  const jsonLd = [...d.querySelectorAll('script[type="application/ld+json"]')]
    .slice(0, 50)
    .map((s) => (s.textContent ?? '').slice(0, 200_000));
  const meta: Record<string, string> = {};
  for (const m of d.querySelectorAll('meta[property], meta[name], meta[itemprop]')) {
    const key = (
      m.getAttribute('property') ??
      m.getAttribute('name') ??
      m.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    if (!/^(?:og:|product:|description$)/.test(key) || key in meta) continue;
    const content = clean(m.getAttribute('content'));
    if (content) meta[key] = content.slice(0, 20_000);
  }
  return {
    url: d.location?.href ?? '',
    jsonLd,
    meta,
    adapter: read(selectors.adapter),
    generic: read(selectors.generic),
  };
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

function hasType(o: JsonObject, type: string): boolean {
  const t = o['@type'];
  return t === type || (Array.isArray(t) && t.includes(type));
}

/** Every Product object in the JSON-LD blocks, wherever the page nested it (`@graph`, arrays). */
function jsonLdProducts(blocks: readonly string[]): JsonObject[] {
  const found: JsonObject[] = [];
  const walk = (v: Json, depth: number): void => {
    if (depth > 6) return;
    if (Array.isArray(v)) for (const x of v) walk(x, depth + 1);
    else if (isObject(v)) {
      if (hasType(v, 'Product') || hasType(v, 'ProductGroup')) found.push(v);
      else for (const key of ['@graph', 'mainEntity', 'itemOffered']) if (v[key] !== undefined) walk(v[key], depth + 1);
    }
  };
  for (const block of blocks) {
    try {
      walk(JSON.parse(block) as Json, 0);
    } catch {
      // A broken block is the page's problem; the other sources may still hold the facts.
    }
  }
  return found;
}

/** One Offer's price. An AggregateOffer's low/high prices are a range, not a price: left out. */
function offerPrice(offers: Json | undefined): { money: Money; seller?: string } | undefined {
  const list = Array.isArray(offers) ? offers : offers === undefined ? [] : [offers];
  const priced = list.filter(isObject).filter((o) => hasType(o, 'Offer') || o['@type'] === undefined);
  // Several offers with different prices (one per variant) do not say which one the shopper saw.
  const prices = new Set(priced.map((o) => `${str(o.price) ?? ''} ${str(o.priceCurrency) ?? ''}`));
  if (priced.length === 0 || prices.size !== 1) return undefined;
  const o = priced[0]!;
  const amount = Number(str(o.price));
  const currency = str(o.priceCurrency)?.toUpperCase();
  if (!Number.isFinite(amount) || !currency || !/^[A-Z]{3}$/.test(currency)) return undefined;
  const seller = isObject(o.seller) ? str(o.seller.name) : undefined;
  return { money: { amount, currency }, ...(seller ? { seller } : {}) };
}

export interface ListingContext {
  marketplace: string;
  site?: string;
  /** The currency a bare "$" or "¥" means on this site. */
  currency?: string;
  itemIdFromUrl?: RegExp;
}

/** Turns probed strings into a Listing; undefined when the page holds no listing fact at all. */
export function readListing(probe: ListingProbe, ctx: ListingContext): Listing | undefined {
  const out: Partial<Record<ListingField, string>> = {};
  const provenance: Record<string, string> = {};
  let price: Money | undefined;
  const set = (field: Exclude<ListingField, 'price'>, value: string | undefined, source: string) => {
    const v = value?.trim();
    if (!v || out[field] !== undefined) return;
    out[field] = v.slice(0, LISTING_TEXT_MAX);
    provenance[field] = source;
  };
  const setPrice = (m: Money | undefined, source: string) => {
    if (!m || price || m.amount < 0) return;
    price = m;
    provenance.price = source;
  };

  // 1. The marketplace's own selectors: what the shopper saw for the chosen variant.
  const a = probe.adapter;
  for (const f of ['title', 'seller', 'variant', 'delivery', 'returnPolicy', 'description', 'itemId'] as const) {
    const p = a[f];
    if (p) set(f, p.text, p.sel);
  }
  if (a.price) setPrice(parseMoney(a.price.text, ctx.currency), a.price.sel);
  const adapterFound = Object.keys(provenance).length > 0;

  // 2. JSON-LD Product / Offer.
  const products = jsonLdProducts(probe.jsonLd);
  // Two different products on one page (a bundle, "customers also bought") do not say which is the listing.
  const product =
    products.length === 1 || new Set(products.map((p) => str(p.name))).size === 1 ? products[0] : undefined;
  if (product) {
    set('title', str(product.name), 'JSON-LD Product.name');
    set(
      'itemId',
      str(product.sku) ?? str(product.productID),
      `JSON-LD Product.${str(product.sku) ? 'sku' : 'productID'}`,
    );
    set('description', str(product.description), 'JSON-LD Product.description');
    const offer = offerPrice(product.offers);
    if (offer) {
      setPrice(offer.money, 'JSON-LD Offer.price + priceCurrency');
      set('seller', offer.seller, 'JSON-LD Offer.seller.name');
    }
  }

  // 3. OpenGraph and product meta tags.
  const m = probe.meta;
  set('title', m['og:title'], 'meta og:title');
  const amount = Number(m['product:price:amount'] ?? m['og:price:amount']);
  const currency = (m['product:price:currency'] ?? m['og:price:currency'])?.toUpperCase();
  if (Number.isFinite(amount) && currency && /^[A-Z]{3}$/.test(currency))
    setPrice({ amount, currency }, 'meta product:price:amount + currency');
  set('description', m['og:description'], 'meta og:description');

  // 4. Microdata.
  const g = probe.generic;
  for (const f of ['title', 'seller', 'description', 'itemId'] as const) {
    const p = g[f];
    if (p) set(f, p.text, `microdata ${p.sel}`);
  }
  if (g.price) {
    const cur = g.priceCurrency?.text.toUpperCase();
    // A bare microdata number is a price only with its currency; a printed price names its own.
    const bare = /^\d+(?:\.\d+)?$/.test(g.price.text);
    const money = bare
      ? cur && /^[A-Z]{3}$/.test(cur)
        ? { amount: Number(g.price.text), currency: cur }
        : undefined
      : /[^\d\s.,]/.test(g.price.text)
        ? parseMoney(g.price.text, ctx.currency)
        : undefined;
    setPrice(money, `microdata ${g.price.sel}`);
  }

  // 5. The URL, for the product id only.
  const fromUrl = ctx.itemIdFromUrl?.exec(probe.url)?.[1];
  set('itemId', fromUrl, 'URL');

  if (!Object.keys(provenance).length) return undefined;
  const parsed = listingSchema.safeParse({
    marketplace: ctx.marketplace,
    ...(ctx.site ? { site: ctx.site } : {}),
    url: probe.url,
    ...out,
    ...(price ? { price } : {}),
    provenance,
    confidence: adapterFound ? 'adapter' : 'generic',
  });
  return parsed.success ? parsed.data : undefined;
}

/** The selectors to probe on a page of the given adapter. */
export function probeSelectors(spec: ListingSpec | undefined): {
  adapter: ListingSelectors;
  generic: typeof GENERIC_SELECTORS;
} {
  return { adapter: spec?.selectors ?? {}, generic: GENERIC_SELECTORS };
}

/** What `readListing` needs to know about the site a page came from. */
export function listingContext(url: URL, adapter: MarketplaceAdapter | undefined): ListingContext {
  const spec = adapter?.listing;
  return {
    marketplace: adapter?.id ?? 'generic',
    site: url.hostname,
    ...(spec?.currency ? { currency: spec.currency(url) } : {}),
    ...(spec?.itemIdFromUrl ? { itemIdFromUrl: spec.itemIdFromUrl } : {}),
  };
}

/** A product page's facts from a Document (a live page or a parsed file). */
export function extractListing(url: URL, doc: Document): Listing | undefined {
  const adapter = adapterForUrl(url);
  const probe = probeListing(probeSelectors(adapter?.listing), doc);
  return readListing({ ...probe, url: url.href }, listingContext(url, adapter));
}
