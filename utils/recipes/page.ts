import type { PageExtraction } from '../marketplaces/extract-page';
import type { Order } from '../schemas/order';
import type { PageKind } from '../schemas/page';
import { applyRecipes, orderCurrency, recipesFor, type RecipeOutcome } from './apply';
import { siteFamily, type Recipe, type RecipeField } from '../schemas/recipe';
import { orderCards } from '../extract/generic';

/** What recipes did on a page, for the popup: fields filled, and findings that differ from the reader's. */
export interface RecipeReport {
  learned?: RecipeField[];
  /** A recipe filled a field on a page its marketplace's adapter recognised: the page may have changed. */
  learnedOnAdapterPage?: boolean;
  recipeConflicts?: RecipeOutcome['disagreements'];
}

const ORDER_KINDS: ReadonlySet<PageKind> = new Set(['order-detail', 'order-list', 'invoice', 'tracking', 'return']);

/**
 * The page kind recipes are kept under. On a site without an adapter a page where nothing was read is
 * "other"; the user pointing at an order's field says it is an order page, so it counts as one.
 */
export function recipeKind(page: Pick<PageExtraction, 'marketplace' | 'kind'>): PageKind {
  return !page.marketplace && page.kind === 'other' ? 'order-detail' : page.kind;
}

/** The page's own currency as its reader found it, for amounts printed with a bare "$" or "¥". */
export function pageCurrency(page: Pick<PageExtraction, 'orders'>): string | undefined {
  return page.orders.map(orderCurrency).find(Boolean);
}

/**
 * A list of orders: each order's recipes run inside its own card (the largest element around its order
 * number that holds no other order's number), so a label repeated on every card gives each order its own
 * value. Orders without a number, or a page whose cards cannot be told apart, are left as read.
 */
function onList(page: PageExtraction, doc: Document, mine: readonly Recipe[]): PageExtraction & RecipeReport {
  const ids = page.orders.map((o) => o.orderId ?? '');
  if (!doc.body || ids.some((id) => !id) || new Set(ids).size !== ids.length) return page;
  const cards = orderCards(doc.body, ids);
  if (!cards || cards.length !== ids.length) return page;
  const learned = new Set<RecipeField>();
  const conflicts: RecipeOutcome['disagreements'] = [];
  let onAdapter = false;
  const orders = page.orders.map((o) => {
    const card = cards.find((c) => c.id === o.orderId)?.card;
    if (!card) return o;
    const out = applyRecipes(o, card, mine);
    out.learned.forEach((f) => learned.add(f));
    conflicts.push(...out.disagreements);
    if (out.learned.length && o.confidence === 'adapter' && page.marketplace) onAdapter = true;
    return out.order;
  });
  return {
    ...page,
    orders,
    ...(learned.size ? { learned: [...learned] } : {}),
    ...(onAdapter ? { learnedOnAdapterPage: true } : {}),
    ...(conflicts.length ? { recipeConflicts: conflicts } : {}),
  };
}

/**
 * Runs the site's recipes after the adapter and the generic reader: on a page of one order over the page,
 * on a list inside each order's card. Fills only what they left empty.
 */
export function withRecipes(
  page: PageExtraction,
  url: URL,
  doc: Document,
  recipes: readonly Recipe[],
): PageExtraction & RecipeReport {
  const kind = recipeKind(page);
  const mine = recipesFor(recipes, siteFamily(url), kind);
  if (!mine.length || !ORDER_KINDS.has(kind)) return page;
  if (page.orders.length > 1) return onList(page, doc, mine);
  const base: Order = page.orders[0] ?? {
    marketplace: page.marketplace ?? 'generic',
    site: url.hostname,
    items: [],
    amounts: {},
    shipments: [],
    provenance: {},
    confidence: 'generic',
  };
  const out = applyRecipes(base, doc, mine);
  const report: RecipeReport = {
    ...(out.learned.length ? { learned: out.learned } : {}),
    ...(out.learned.length && base.confidence === 'adapter' && page.marketplace ? { learnedOnAdapterPage: true } : {}),
    ...(out.disagreements.length ? { recipeConflicts: out.disagreements } : {}),
  };
  return { ...page, ...(out.learned.length ? { kind, orders: [out.order] } : {}), ...report };
}

/** Only the report's fields that are set, to spread into a message. */
export function recipeReport(r: RecipeReport): RecipeReport {
  return {
    ...(r.learned ? { learned: r.learned } : {}),
    ...(r.learnedOnAdapterPage ? { learnedOnAdapterPage: true } : {}),
    ...(r.recipeConflicts ? { recipeConflicts: r.recipeConflicts } : {}),
  };
}
