import { LISTING_FACTS, type Listing, type ListingFact } from '../schemas/listing';

export type ListingChangeKind = 'changed' | 'added' | 'removed';

export interface ListingChange {
  field: ListingFact;
  kind: ListingChangeKind;
  /** The earlier capture's value as shown ("¥89.00 CNY" for a price); absent when it had none. */
  before?: string;
  after?: string;
}

/** A price as text that keeps its currency: two captures in different currencies are not "the same". */
export function listingFactText(listing: Listing, field: ListingFact): string | undefined {
  if (field === 'price')
    return listing.price ? `${listing.price.amount.toFixed(2)} ${listing.price.currency}` : undefined;
  return listing[field];
}

/** Whitespace differences are layout, not a change in what the seller promised. */
const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * What changed between an earlier capture `a` and a later capture `b` of the same listing, fact by
 * fact in a fixed order. A fact neither capture read is not a change; one only one of them read is
 * reported as added or removed, since a seller dropping a promise is as telling as changing it.
 */
export function diffListings(a: Listing, b: Listing): ListingChange[] {
  const changes: ListingChange[] = [];
  for (const field of LISTING_FACTS) {
    const before = listingFactText(a, field);
    const after = listingFactText(b, field);
    if (before === undefined && after === undefined) continue;
    if (before === undefined) changes.push({ field, kind: 'added', after: after! });
    else if (after === undefined) changes.push({ field, kind: 'removed', before });
    else if (
      field === 'price'
        ? a.price!.amount !== b.price!.amount || a.price!.currency !== b.price!.currency
        : !same(before, after)
    ) {
      changes.push({ field, kind: 'changed', before, after });
    }
  }
  return changes;
}

/** Whether two captures are of the same listing: the same marketplace item id, else the same address. */
export function sameListing(a: Listing, b: Listing): boolean {
  if (a.marketplace !== b.marketplace) return false;
  if (a.itemId && b.itemId) return a.itemId === b.itemId;
  return normaliseUrl(a.url) === normaliseUrl(b.url);
}

/** The address without tracking parameters and fragment, which do not change what the page is. */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of [...u.searchParams.keys()])
      if (/^(?:ref|ref_|utm_\w+|spm|scm|pd_rd_\w+|pf_rd_\w+|_encoding|psc|th)$/i.test(key)) u.searchParams.delete(key);
    // Amazon's /<slug>/dp/<ASIN>/ref=… and /dp/<ASIN> are the same page.
    u.pathname = u.pathname.replace(/\/ref=[^/]*$/, '').replace(/\/$/, '');
    return u.href;
  } catch {
    return url;
  }
}

/** The order item a listing is for: by item id when both have one, else by the same title. */
export function listingMatchesItem(listing: Listing, item: { itemId?: string; title?: string }): boolean {
  if (listing.itemId && item.itemId) return listing.itemId === item.itemId;
  if (listing.title && item.title) return same(listing.title, item.title);
  return false;
}
