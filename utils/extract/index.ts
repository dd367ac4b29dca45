import type { Order } from '../schemas/order';
import type { PageKind } from '../schemas/page';
import { adapterForUrl } from '../marketplaces/registry';
import type { ExtractOptions, Role } from '../marketplaces/types';
import type { Listing } from '../schemas/listing';
import { extractGeneric } from './generic';
import { extractListing } from './listing';

export interface PageExtraction {
  /** The adapter's id, or 'generic' when no adapter owns the host. */
  marketplace: string;
  kind: PageKind;
  role: Role;
  orders: Order[];
  /** "this page has changed: …" when a known page no longer has what its adapter expects. */
  changed?: string;
  /** A product page's facts, on pages recognised as listings. */
  listing?: Listing;
}

/** Recognises the page and reads its orders: the host's adapter if there is one, else the generic reader. */
export function extractPage(url: URL, doc: Document, options: ExtractOptions = {}): PageExtraction {
  const adapter = adapterForUrl(url);
  if (!adapter) {
    const orders = extractGeneric(url, doc, options);
    return { marketplace: 'generic', kind: orders.length ? 'order-detail' : 'other', role: 'buyer', orders };
  }
  const { role } = adapter.detect(url, doc);
  const result = adapter.extract(url, doc, options);
  const listing = result.kind === 'listing' ? extractListing(url, doc) : undefined;
  return {
    marketplace: adapter.id,
    kind: result.kind,
    role,
    orders: result.orders,
    ...(result.changed ? { changed: result.changed } : {}),
    ...(listing ? { listing } : {}),
  };
}
