import type { Order } from '../schemas/order';

/** Reads a product id from a product link's URL; undefined when the link is no known product page. */
export type ProductIdOfLink = (link: URL) => string | undefined;

const norm = (s: string | null | undefined): string => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();

/**
 * Items the reader found with a title but no id: the id is read from the links whose text is that
 * title, when the link is a product page of a marketplace whose product URLs are known (the adapters'
 * own listing patterns). Every such link must name the same product; two different ids (the title
 * printed for two products) or none leave the id unknown.
 */
export function idsFromProductLinks(orders: Order[], doc: Document, base: URL, productIdOf?: ProductIdOfLink): Order[] {
  if (!productIdOf || !doc.body) return orders;
  let byTitle: Map<string, Set<string>> | undefined;
  const linksByTitle = (): Map<string, Set<string>> => {
    const map = new Map<string, Set<string>>();
    for (const a of doc.body.querySelectorAll('a[href]')) {
      const text = norm(a.textContent);
      if (text.length < 3) continue;
      let id: string | undefined;
      try {
        id = productIdOf(new URL(a.getAttribute('href') ?? '', base));
      } catch {
        id = undefined;
      }
      if (!id) continue;
      const ids = map.get(text) ?? new Set<string>();
      ids.add(id);
      map.set(text, ids);
    }
    return map;
  };
  for (const order of orders)
    order.items.forEach((item, i) => {
      if (item.itemId || !item.title) return;
      byTitle ??= linksByTitle();
      const ids = byTitle.get(norm(item.title));
      if (ids?.size !== 1) return;
      item.itemId = [...ids][0]!;
      order.provenance[`items.${i}.itemId`] = 'the product link titled with the item’s title';
    });
  return orders;
}
