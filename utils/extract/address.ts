import { cleanText, textLines } from './dom';
import { alternatives, ADDRESS_LABELS } from './labels';

const HEADING = new RegExp(`^(?:${alternatives(ADDRESS_LABELS, 'shipTo').join('|')})\\s*[:：]?$`, 'i');

export interface ShipTo {
  recipient?: string;
  address?: string;
  /** The heading the block was found under, for provenance. */
  heading: string;
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
    const block: string[] = [];
    for (const l of lines.slice(at + 1)) {
      if (isLabel(l) || HEADING.test(l) || l.length > 100 || block.length >= 8) break;
      block.push(l);
    }
    const [first, ...rest] = block;
    if (!first) continue;
    const name = /\d/.test(first) || first.length > 60 ? undefined : first;
    const address =
      name && rest.some((l) => /\d/.test(l)) ? rest.map((l) => l.replace(/^,\s*/, '')).join(', ') : undefined;
    if (!name) continue;
    const entry = { recipient: name, ...(address ? { address } : {}), heading: text };
    if (!found.some((f) => f.recipient === entry.recipient && f.address === entry.address)) found.push(entry);
  }
  return found.length === 1 ? found[0] : undefined;
}
