import type { PagePayload } from '../../utils/schemas/messages';
import { extractPage } from '../../utils/marketplaces/extract-page';
import type { Recipe } from '../../utils/schemas/recipe';
import { recipeReport } from '../../utils/recipes/page';

/** Everything the background needs to save a page as evidence, read on demand when the user acts. */
export function collectPage(
  win: Window,
  options: { text: boolean; recipes?: readonly Recipe[] } = { text: true },
): PagePayload {
  const doc = win.document;
  const url = new URL(win.location.href);
  // The adapter's reading, or on any other site the generic reader's (marked for the user to confirm).
  const result = extractPage(url, doc, {}, options.recipes);
  const body = doc.body as HTMLElement | null;
  const root = doc.documentElement;
  return {
    url: url.href,
    title: doc.title,
    text: options.text ? (body?.innerText ?? body?.textContent ?? '') : '',
    viewport: { width: win.innerWidth, height: win.innerHeight },
    pageSize: {
      width: Math.max(root.scrollWidth, body?.scrollWidth ?? 0),
      height: Math.max(root.scrollHeight, body?.scrollHeight ?? 0),
    },
    devicePixelRatio: win.devicePixelRatio || 1,
    ...(result.marketplace ? { marketplace: result.marketplace } : {}),
    kind: result.kind,
    role: result.role,
    orders: result.orders,
    ...(result.changed ? { changed: result.changed } : {}),
    ...(result.listing ? { listing: result.listing } : {}),
    ...recipeReport(result),
  };
}
