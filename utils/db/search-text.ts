import { applyCorrections } from '../order-corrections';
import type { Case, Evidence } from '../schemas/records';

const MAX_CHARS = 50_000;

/**
 * What a case can be found by: its title, order, platform, tags, the order's seller and item titles,
 * and the text of its chat transcripts and notes. Page text is left out: it is mostly site chrome
 * and would swamp the matches.
 */
export function buildSearchText(
  c: Pick<Case, 'title' | 'orderRef' | 'platform' | 'tags'>,
  items: readonly Evidence[],
): string {
  const parts: string[] = [c.title, c.orderRef ?? '', c.platform, ...c.tags];
  for (const e of items) parts.push(...itemParts(e));
  return parts.filter(Boolean).join('\n').toLowerCase().slice(0, MAX_CHARS);
}

function itemParts(e: Evidence): string[] {
  if (e.deletedAt) return [];
  const parts = [e.title];
  if (e.order) {
    const order = applyCorrections(e.order, e.corrections);
    parts.push(order.orderId ?? '', order.seller ?? '');
    for (const item of order.items) parts.push(item.title ?? '', item.itemId ?? '', item.seller ?? '');
    for (const s of order.shipments) parts.push(s.trackingNumber ?? '');
  }
  if ((e.kind === 'chat-transcript' || e.kind === 'note') && e.text) parts.push(e.text);
  return parts;
}

/**
 * The search document with one more item: the same text buildSearchText gives with the item listed
 * last, made from the document alone, so adding to a case of thousands of items reads none of them.
 */
export function appendSearchText(text: string, item: Evidence): string {
  if (text.length >= MAX_CHARS) return text;
  const more = itemParts(item).filter(Boolean).join('\n').toLowerCase();
  return (more ? (text ? `${text}\n${more}` : more) : text).slice(0, MAX_CHARS);
}

/** Every whitespace-separated term must appear (case-insensitive substring: works for Chinese too). */
export function matchesQuery(haystack: string, query: string): boolean {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return terms.every((t) => haystack.includes(t));
}
