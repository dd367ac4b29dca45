import { extractGeneric } from '../../../utils/extract/generic';
import { extractPage } from '../../../utils/marketplaces/extract-page';
import { adapterForUrl } from '../../../utils/marketplaces/registry';
import { productIdOfLink } from '../../../utils/marketplaces/product-links';
import type { Role } from '../../../utils/marketplaces/types';
import { orderSchema, type Order } from '../../../utils/schemas/order';
import type { PageKind } from '../../../utils/schemas/page';

/** What a reader made of one real page: the cases (real-*-cases.ts) score it against ground truth. */
export interface PageRead {
  kind: PageKind;
  role: Role;
  orders: Order[];
}

/** One way of reading a page: the real-page cases run under each and score what it found. */
export type PageReader = (url: URL, doc: Document) => PageRead;

const options = { includeAddress: true };

function checked(r: PageRead): PageRead {
  for (const o of r.orders) orderSchema.parse(o);
  return r;
}

function adapterOf(url: URL) {
  const adapter = adapterForUrl(url);
  if (!adapter) throw new Error(`no adapter owns ${url.hostname}`);
  return adapter;
}

/** The host's adapter alone: its page recognition and its own reader. */
export const adapterOnly: PageReader = (url, doc) => {
  const adapter = adapterOf(url);
  const d = adapter.detect(url, doc);
  return checked({ kind: d.kind, role: d.role, orders: adapter.extract(url, doc, options).orders });
};

/** As the extension reads a page (`extractPage`: the adapter, then the generic reader where it read nothing). */
export const asExtension: PageReader = (url, doc) => checked(extractPage(url, doc, options));

/**
 * The held-out proxy: the adapter's reader switched off, as on a page family its adapter has never met.
 * The page kind and role still come from the adapter's URL patterns (every marketplace has them); every
 * value read off the page comes from the generic reader alone (structured data, labels, layout). As in
 * `extractPage` on such a page, the adapter's order conventions (`orderFacts`: Amazon's D01-… numbers are
 * digital orders) then apply to what the generic reader read; they read nothing off the page.
 */
export const genericOnly: PageReader = (url, doc) => {
  const adapter = adapterOf(url);
  const d = adapter.detect(url, doc);
  const orders = extractGeneric(url, doc, { ...options, productIdOfLink }, adapter.id);
  const { orderFacts } = adapter;
  return checked({ kind: d.kind, role: d.role, orders: orderFacts ? orders.map((o) => orderFacts(o)) : orders });
};
