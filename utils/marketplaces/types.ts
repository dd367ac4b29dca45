import type { Order } from '../schemas/order';
import type { PageKind } from '../schemas/page';
import type { ChatAdapter } from '../chat/types';

export type Role = 'buyer' | 'seller';

/** URL patterns per page kind. Patterns are tested against the full URL (protocol stripped). */
export type UrlPatterns = Partial<Record<Exclude<PageKind, 'other'>, RegExp[]>>;

export interface PageDetection {
  kind: PageKind;
  role: Role;
}

/** Options for `extract`. */
export interface ExtractOptions {
  /** Keep the recipient's name and address. Off by default: evidence rarely needs them. */
  includeAddress?: boolean;
  /** The product id a product link names, from the adapters' listing URL patterns (see product-links.ts). */
  productIdOfLink?: (link: URL) => string | undefined;
}

/** The product-page facts a listing reader looks for. */
export type ListingField =
  'title' | 'price' | 'seller' | 'variant' | 'delivery' | 'returnPolicy' | 'description' | 'itemId';

/**
 * CSS selectors per listing fact, most specific first; the first selector that matches non-empty
 * text wins. `sel@attr` reads an attribute instead of the text. Plain strings only: the list is
 * handed to a function that runs inside the page.
 */
export type ListingSelectors = Partial<Record<ListingField, string[]>>;

export interface ListingSpec {
  selectors: ListingSelectors;
  /** The product id in the page's URL (first capture group), used when the page does not print it. */
  itemIdFromUrl?: RegExp;
  /** The currency a bare "$" or "¥" means on this site. */
  currency?: (url: URL) => string;
}

/** The marketplace's chat UI, read by the chat content script: lives in `<id>/chat.ts`, which imports no reader. */
export type ChatSpec = ChatAdapter;

export interface ExtractResult {
  kind: PageKind;
  orders: Order[];
  /** Set when the page matched this adapter's URLs but not the structure it expects. */
  changed?: string;
}

/**
 * One marketplace. Adapters are pure: no side effects at import time (WXT imports entrypoints
 * in Node at build time) and no network. `doc` is any DOM Document (browser or jsdom).
 */
export interface MarketplaceAdapter {
  /** Stable id, also the key of the platform's rules entry. */
  id: string;
  /** Display names. */
  name: { en: string; zh: string };
  /** Host names this adapter owns (exact or suffix after a dot). */
  hosts: string[];
  /** Match patterns for the manifest's content script. */
  matches: string[];
  urls: UrlPatterns;
  /** Example URLs per kind, used by the registry tests (own URLs must match, others' must not). */
  testUrls: Partial<Record<PageKind, string[]>>;
  /** URLs of the marketplace's seller/merchant side (role 'seller'); everything else is the buyer's. */
  sellerUrls?: RegExp[];
  /** Decide the page kind from the URL and the page itself. */
  detect(url: URL, doc: Document): PageDetection;
  /** The adapter's own selectors for its product pages, read before the page-wide metadata. */
  listing?: ListingSpec;
  /** Its buyer–seller chat, when OrderProof reads it: the same object chat-registry.ts lists. */
  chat?: ChatSpec;
  /** Orders on the page. The recipient's name and address only with `options.includeAddress`. */
  extract(url: URL, doc: Document, options?: ExtractOptions): ExtractResult;
  /**
   * What the marketplace's own conventions say about an order, whichever reader read it (Amazon numbers
   * its digital orders D01-…): run on the adapter's orders and on the generic reader's where the adapter
   * read nothing. Fills only what is absent; returns the order unchanged when no convention applies.
   */
  orderFacts?(order: Order): Order;
}
