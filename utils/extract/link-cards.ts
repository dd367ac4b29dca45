/**
 * Order lists whose cards print no order number: the number is only in the card's own links (Amazon's
 * 2019 order history when its header row failed to load: "Order details", "Archive order", "Track
 * package", each `…?orderID=112-1620771-4384234`). Each card is the largest element around its links that
 * holds no link naming another order.
 *
 * Guards, each against a wrong number:
 * - only a query parameter named as an order number (`orderId`, `orderID`, `order_id`, `orderNumber`,
 *   `orderNo`); an id in a link's path (Shopee's `/user/purchase/order/<internal id>`) is never read;
 * - only a grouped number (digit groups joined by hyphens: `112-1620771-4384234`, `D01-…`): a bare run of
 *   digits in a link may be a database key the site never prints (Shopee's `order_id` beside its printed
 *   `order_sn`), so it is left unknown;
 * - every link of a card names the same number: a card whose links disagree is no card, and when one
 *   order's links are not held together apart from every other order's (a sidebar linking to a recent
 *   order), the page is not read this way at all.
 */
const PARAM = /^(?:order_?id|order_?number|order_?no)$/i;
const GROUPED = /^(?=(?:.*\d){6})[A-Z0-9]{2,12}(?:-[A-Z0-9]{2,12}){1,4}$/i;

function linkOrderId(a: Element, base: URL): string | undefined {
  const href = a.getAttribute('href') ?? '';
  // A link's own query only: "#" or "" resolves to the page's address, which names the page's order.
  if (!href.includes('?')) return undefined;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  const values = new Set<string>();
  for (const [key, value] of url.searchParams) if (PARAM.test(key)) values.add(value.trim());
  const [id] = values;
  return values.size === 1 && id && GROUPED.test(id) ? id : undefined;
}

const commonAncestor = (a: Element, b: Element): Element | undefined => {
  for (let x: Element | null = a; x; x = x.parentElement) if (x.contains(b)) return x;
  return undefined;
};

/** The list's cards keyed by the one order number their links name, in page order; undefined when none. */
export function linkOrderCards(root: Element, base: URL): { id: string; card: Element }[] | undefined {
  const linksOf = new Map<string, Element[]>();
  for (const a of root.querySelectorAll('a[href]')) {
    const id = linkOrderId(a, base);
    if (id) linksOf.set(id, [...(linksOf.get(id) ?? []), a]);
  }
  if (!linksOf.size) return undefined;
  // The smallest element holding all of one order's links; it must hold no other order's link.
  const cores = new Map<string, Element>();
  for (const [id, links] of linksOf) {
    let core: Element | undefined = links[0]!;
    for (const a of links.slice(1)) core = core && commonAncestor(core, a);
    if (!core || core === root) return undefined;
    cores.set(id, core);
  }
  const holds = new Map<Element, number>();
  for (const core of cores.values())
    for (let a: Element | null = core; a && a !== root; a = a.parentElement) holds.set(a, (holds.get(a) ?? 0) + 1);
  const cards: { id: string; card: Element }[] = [];
  for (const [id, core] of cores) {
    if (holds.get(core) !== 1) return undefined;
    let card = core;
    while (card.parentElement && card.parentElement !== root && holds.get(card.parentElement) === 1)
      card = card.parentElement;
    cards.push({ id, card });
  }
  return cards;
}
