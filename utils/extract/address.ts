import { cleanText, inertDocument, textLines } from './dom';
import { alternatives, ADDRESS_LABELS } from './labels';

const HEADING = new RegExp(`^(?:${alternatives(ADDRESS_LABELS, 'shipTo').join('|')})\\s*[:：]?$`, 'i');

export interface ShipTo {
  recipient?: string;
  address?: string;
  /** The heading the block was found under, for provenance. */
  heading: string;
}

/** The last hyphen-separated part of an id: the key a slot and its template share. */
const KEY = /-([A-Za-z0-9]{8,64})$/;

/**
 * A heading over an empty slot that the page's script fills from an inert template (`<script
 * type="text/template">`, Amazon's order history, 2024 and 2026: `shipToInsertionNode-…-<key>` filled
 * from `shipToData-…-<key>`). A saved page, or one read before the script ran, shows the slot empty; the
 * template holds what it will show. Only a template whose id ends in the slot's own key, the one such
 * template on the page; its text is read in an inert document (nothing of it runs or loads). The
 * template repeats the name (the popover's trigger, then its heading): each line is read once.
 */
function templateLines(heading: Element, doc: Document): string[] | undefined {
  // The slot beside the heading: in the nearest container that shows the heading alone.
  let box: Element | null = heading;
  let keys: string[] = [];
  for (let up = 0; box && up < 4 && !keys.length; up++) {
    box = box.parentElement;
    if (!box || cleanText(box.textContent) !== cleanText(heading.textContent)) return undefined;
    keys = [...box.querySelectorAll('[id]')]
      .filter((el) => !cleanText(el.textContent))
      .flatMap((el) => KEY.exec(el.id)?.[1] ?? []);
  }
  if (keys.length !== 1) return undefined;
  const templates = [...doc.querySelectorAll('script[type="text/template"]')].filter(
    (t) => KEY.exec(t.id)?.[1] === keys[0],
  );
  if (templates.length !== 1) return undefined;
  const inert = inertDocument(templates[0]!.textContent ?? '', doc);
  const lines = inert?.body ? textLines(inert.body) : [];
  return lines.filter((l, i) => lines.indexOf(l) === i);
}

/**
 * The delivery address under its heading ("Ship to", "Versandadresse", … labels.ts ADDRESS_LABELS): the
 * block's first line is the recipient when it reads as a name (no digits, short), the lines after it the
 * address when one of them holds a number (a street number or postcode). The block is the heading's own
 * container, at most eight lines, and ends at the next label (`isLabel`). Only one such block on the page:
 * with two (several parcels to several people), which is the order's is unknown.
 */
export function shipTo(root: Element, isLabel: (line: string) => boolean): ShipTo | undefined {
  const found: ShipTo[] = [];
  for (const el of root.querySelectorAll('h1, h2, h3, h4, h5, h6, div, span, p, dt, th, td, b, strong, label, li')) {
    const text = cleanText(el.textContent) ?? '';
    if (text.length > 40 || !HEADING.test(text)) continue;
    // The innermost element holding the heading alone.
    if ([...el.children].some((c) => cleanText(c.textContent) === text)) continue;
    let box: Element | null = el;
    let lines: string[] = [];
    for (let up = 0; box && up < 3 && lines.length < 2; up++) {
      box = box.parentElement;
      lines = box ? textLines(box) : [];
    }
    const at = lines.findIndex((l) => HEADING.test(l));
    if (at < 0 || lines.length > 12) continue;
    const blockOf = (from: readonly string[]): string[] => {
      const block: string[] = [];
      for (const l of from) {
        if (isLabel(l) || HEADING.test(l) || l.length > 100 || block.length >= 8) break;
        block.push(l);
      }
      return block;
    };
    let block = blockOf(lines.slice(at + 1));
    if (!block.length) block = blockOf(templateLines(el, el.ownerDocument) ?? []);
    const entry = blockEntry(block, text);
    if (entry && !found.some((f) => f.recipient === entry.recipient && f.address === entry.address)) found.push(entry);
  }
  return found.length === 1 ? found[0] : found.length ? undefined : markedBlock(root, isLabel);
}

/** A name, then address lines of which one holds a number; a line's own separators tidied (" , " is ", "). */
function blockEntry(block: readonly string[], heading: string): ShipTo | undefined {
  const [first, ...rest] = block;
  if (!first || /\d/.test(first) || first.length > 60) return undefined;
  const address = rest.some((l) => /\d/.test(l))
    ? rest.map((l) => l.replace(/^,\s*/, '').replace(/\s+,/g, ',')).join(', ')
    : undefined;
  return { recipient: first, ...(address ? { address } : {}), heading };
}

/** Markup naming a block the delivery address (`data-component="shippingAddress"`, `class="delivery-address"`). */
// The whole name or its last part: "delivery-address-help" names help about the address, not the address.
const MARKED = /(?:shipping|delivery)[-_]?address(?=$|\s)/i;

/**
 * A delivery address printed with no heading, in a block the page's markup names as the delivery address
 * (Amazon.de's order details of a cancelled order: `data-component="shippingAddress"` over a name and
 * address lines, where its other orders print "Versandadresse" above them). A billing address is never
 * read (its markup names billing); the block holds at most eight lines; the one such block on the page.
 */
function markedBlock(root: Element, isLabel: (line: string) => boolean): ShipTo | undefined {
  const found: ShipTo[] = [];
  for (const el of root.querySelectorAll('[data-component], [id], [class]')) {
    const names = [el.getAttribute('data-component'), el.id, el.getAttribute('class')].join(' ').trim();
    if (!MARKED.test(names) || /billing|invoice|rechnung/i.test(names) || /^(?:SCRIPT|TEMPLATE)$/i.test(el.tagName))
      continue;
    // The outermost such block: an inner one repeats its text.
    if (markedAncestor(el)) continue;
    const lines = textLines(el);
    if (!lines.length || lines.length > 8 || lines.some((l) => isLabel(l) || HEADING.test(l) || l.length > 100))
      continue;
    const entry = blockEntry(lines, 'markup naming the delivery address');
    if (entry && !found.some((f) => f.recipient === entry.recipient && f.address === entry.address)) found.push(entry);
  }
  return found.length === 1 ? found[0] : undefined;
}

function markedAncestor(el: Element): boolean {
  for (let a = el.parentElement; a; a = a.parentElement)
    if (MARKED.test([a.getAttribute('data-component'), a.id, a.getAttribute('class')].join(' ').trim())) return true;
  return false;
}
