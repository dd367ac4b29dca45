import type { Order } from '../schemas/order';
import type { PageKind } from '../schemas/page';
import { adapterForUrl } from './registry';
import { productIdOfLink } from './product-links';
import type { ExtractOptions, MarketplaceAdapter, Role } from './types';
import type { Listing } from '../schemas/listing';
import { extractGeneric } from '../extract/generic';
import { extractListing } from './listing';
import type { Recipe } from '../schemas/recipe';
import { withRecipes, type RecipeReport } from '../recipes/page';

export interface PageExtraction {
  /** The adapter's id; absent when no adapter owns the host. */
  marketplace?: string;
  kind: PageKind;
  role: Role;
  orders: Order[];
  /** "this page has changed: …" when a known page no longer has what its adapter expects. */
  changed?: string;
  /** A product page's facts, on pages recognised as listings. */
  listing?: Listing;
  /** What could not be read, and why (a reader that failed on this page's markup). Never thrown. */
  problems?: string[];
}

/** Page kinds that hold an order's facts: where an adapter reads nothing, the generic reader tries. */
const ORDER_KINDS: ReadonlySet<PageKind> = new Set(['order-detail', 'order-list', 'invoice', 'tracking', 'return']);

function message(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 300) : String(e).slice(0, 300);
}

/** Runs one reader; a reader that throws on a page's markup yields nothing and says so. */
function attempt<T>(what: string, problems: string[], run: () => T): T | undefined {
  try {
    return run();
  } catch (e) {
    problems.push(`${what} failed: ${message(e)}`);
    return undefined;
  }
}

/** Orders nobody read, read by the generic reader; its values are marked for the user to confirm. */
function genericOrders(
  url: URL,
  doc: Document,
  options: ExtractOptions,
  problems: string[],
  marketplace = 'generic',
): Order[] {
  return (
    attempt('generic reader', problems, () => extractGeneric(url, doc, { productIdOfLink, ...options }, marketplace)) ??
    []
  );
}

/**
 * Recognises the page and reads its orders: the host's adapter if there is one, else the generic reader.
 * Where the adapter recognises an order page but reads no order (a layout it does not know, or a reader
 * that failed), the generic reader runs too and its orders carry `confidence: 'generic'`. Never throws.
 */
export function extractPage(
  url: URL,
  doc: Document,
  options: ExtractOptions = {},
  recipes: readonly Recipe[] = [],
): PageExtraction & RecipeReport {
  // Recipes the user taught by pointing run last, and fill only what the readers left empty.
  return recipes.length ? withRecipes(readPage(url, doc, options), url, doc, recipes) : readPage(url, doc, options);
}

function readPage(url: URL, doc: Document, options: ExtractOptions): PageExtraction {
  const problems: string[] = [];
  const adapter = attempt('adapter lookup', problems, () => adapterForUrl(url));
  if (!adapter) {
    const orders = genericOrders(url, doc, options, problems);
    return {
      kind: orders.length > 1 ? 'order-list' : orders.length ? 'order-detail' : 'other',
      role: 'buyer',
      orders,
      ...(problems.length ? { problems } : {}),
    };
  }
  return withAdapter(adapter, url, doc, options, problems);
}

function withAdapter(
  adapter: MarketplaceAdapter,
  url: URL,
  doc: Document,
  options: ExtractOptions,
  problems: string[],
): PageExtraction {
  const detected = attempt(`${adapter.id} page recognition`, problems, () => adapter.detect(url, doc));
  const role = detected?.role ?? 'buyer';
  const result = attempt(`${adapter.id} reader`, problems, () => adapter.extract(url, doc, options));
  const kind = result?.kind ?? detected?.kind ?? 'other';
  let orders = result?.orders ?? [];
  let changed = result?.changed;
  if (!orders.length && ORDER_KINDS.has(kind)) {
    orders = genericOrders(url, doc, options, problems, adapter.id);
    if (orders.length && changed) changed = `${changed}; the generic reader filled in what it could (to confirm)`;
  }
  const { orderFacts } = adapter;
  if (orderFacts) orders = orders.map((o) => orderFacts(o));
  if (!result && !changed)
    changed = `this page could not be read fully: ${problems[problems.length - 1] ?? adapter.id}`;
  const listing = kind === 'listing' ? attempt('listing reader', problems, () => extractListing(url, doc)) : undefined;
  return {
    marketplace: adapter.id,
    kind,
    role,
    orders,
    ...(changed ? { changed } : {}),
    ...(listing ? { listing } : {}),
    ...(problems.length ? { problems } : {}),
  };
}
