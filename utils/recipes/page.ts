import type { PageExtraction } from '../marketplaces/extract-page';
import type { Order } from '../schemas/order';
import type { PageKind } from '../schemas/page';
import { applyRecipes, orderCurrency, recipesFor, type RecipeOutcome } from './apply';
import { siteFamily, type Recipe, type RecipeField } from '../schemas/recipe';

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
 * Runs the site's recipes after the adapter and the generic reader, on pages of one order (a list's
 * orders cannot be told apart by page-wide labels). Fills only what they left empty.
 */
export function withRecipes(
  page: PageExtraction,
  url: URL,
  doc: Document,
  recipes: readonly Recipe[],
): PageExtraction & RecipeReport {
  const kind = recipeKind(page);
  const mine = recipesFor(recipes, siteFamily(url), kind);
  if (!mine.length || page.orders.length > 1 || !ORDER_KINDS.has(kind)) return page;
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
