import { applyCorrections } from '../order-corrections';
import type { Case, Evidence } from '../schemas/records';

const MAX_CHARS = 50_000;

/**
 * What a case can be found by: its title, order, platform, tags, the order's seller and item titles,
 * and the text of its chat transcripts and notes. Page text is left out: it is mostly site chrome
 * and would swamp the matches.
 */
type CaseWords = Pick<Case, 'title' | 'orderRef' | 'platform' | 'tags'>;

export function buildSearchText(c: CaseWords, items: readonly Evidence[]): string {
  const parts: string[] = caseParts(c);
  for (const e of items) parts.push(...itemParts(e));
  return parts.filter(Boolean).join('\n').toLowerCase().slice(0, MAX_CHARS);
}

function caseParts(c: CaseWords): string[] {
  return [c.title, c.orderRef ?? '', c.platform, ...c.tags];
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

const block = (parts: string[]) => parts.filter(Boolean).join('\n').toLowerCase();

/** The lines one item adds to its case's search document (none once deleted). */
export const itemBlock = (e: Evidence): string => block(itemParts(e));
/** The lines the case's own fields add. */
export const caseBlock = (c: CaseWords): string => block(caseParts(c));

/**
 * The search document with one run of lines (an item's, or the case's own) replaced by another, in
 * place: the same lines a rebuild from every item gives (in another order, which matching ignores),
 * without reading the other items. Undefined when only a rebuild can tell: the document was cut at
 * its size limit (a rebuild may bring back what the cut left out), would grow past it, or does not
 * hold the old lines as a run (made by another version).
 */
export function replaceSearchText(text: string, before: string, after: string): string | undefined {
  if (before === after) return text;
  if (text.length >= MAX_CHARS) return undefined;
  const padded = `\n${text}\n`;
  let out: string;
  if (before) {
    const at = padded.indexOf(`\n${before}\n`);
    if (at < 0) return undefined;
    out = `${padded.slice(0, at)}${after ? `\n${after}` : ''}${padded.slice(at + before.length + 1)}`.slice(1, -1);
  } else out = text && after ? `${text}\n${after}` : text || after;
  return out.length > MAX_CHARS ? undefined : out;
}

/** Every whitespace-separated term must appear (case-insensitive substring: works for Chinese too). */
export function matchesQuery(haystack: string, query: string): boolean {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return terms.every((t) => haystack.includes(t));
}
