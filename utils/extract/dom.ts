/** Text of the first element that matches any selector, trimmed and with whitespace collapsed. */
export function textOf(root: ParentNode, ...selectors: string[]): string | undefined {
  for (const sel of selectors) {
    const el = root.querySelector(sel);
    const text = el ? cleanText(shownText(el)) : undefined;
    if (text) return text;
  }
  return undefined;
}

export function cleanText(text: string | null | undefined): string | undefined {
  const t = text?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

/** The first element any selector finds, with the selector that found it (for provenance). */
export function firstEl(root: ParentNode, selectors: readonly string[]): { el: Element; sel: string } | undefined {
  for (const sel of selectors) {
    const el = root.querySelector(sel);
    if (el) return { el, sel };
  }
  return undefined;
}

/** Like `firstEl`, but only elements with text (image links share selectors with title links). */
export function firstText(
  root: ParentNode,
  selectors: readonly string[],
): { el: Element; sel: string; text: string } | undefined {
  for (const sel of selectors) {
    for (const el of root.querySelectorAll(sel)) {
      const text = cleanText(shownText(el));
      if (text) return { el, sel, text };
    }
  }
  return undefined;
}

/**
 * All elements the selectors find, in document order, leaving out any nested inside another
 * (Amazon's 2020 list has `.order` inside `.order-card`: that is one order, not two).
 */
export function outermost(root: ParentNode, selectors: readonly string[]): Element[] {
  if (!selectors.length) return [];
  // One selector list: the matches come back once each and in document order, with no sorting
  // (jsdom's compareDocumentPosition is slow on large pages).
  const sorted = [...root.querySelectorAll(selectors.join(', '))];
  // In document order an element's container comes first, and the last element kept is the only one
  // that can contain it: one pass, however many elements a large page has.
  const out: Element[] = [];
  for (const el of sorted) if (!out.length || !out[out.length - 1]!.contains(el)) out.push(el);
  return out;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CODE',
  'EM',
  'FONT',
  'I',
  'IMG',
  'LABEL',
  'NOBR',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'DEL',
  'INS',
  'MARK',
  'TD',
  'TH',
]);

/**
 * Marks that steer right-to-left text or hide a break, printed inside numbers and dates on Arabic and Hebrew
 * pages ("\u200f١٬٢٣٤٫٥٠ ر.س"): invisible to the reader, they would stop a value's pattern.
 */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u00ad]/g;

/**
 * Full-width Latin letters, digits and signs as their ASCII forms ("注文番号：５０３－１２３４", "ＵＳ＄１２．３４"): Japanese
 * and Chinese pages print them, and a value's pattern reads ASCII. Ideographic text is untouched.
 */
const halfWidth = (text: string): string =>
  /[\uff01-\uff5e]/.test(text)
    ? text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    : text;

/**
 * What a form control shows: a read-only or disabled text field's value (printable and seller-side order pages
 * print facts in locked inputs), a drop-down's chosen option (a quantity picker lists every number it
 * offers). A field the user may type in shows what someone typed (a search box): nothing.
 */
function shownValue(el: Element): string {
  if (el.tagName.toUpperCase() === 'SELECT') {
    // The live choice (a page script sets the property, not the `selected` attribute), else the markup's.
    const live = (el as HTMLSelectElement).selectedOptions?.[0];
    const options = [...el.querySelectorAll('option')];
    const chosen = live ?? options.find((o) => o.hasAttribute('selected')) ?? options[0];
    return cleanText(chosen?.textContent) ?? '';
  }
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (!/^(?:text|number|date|email|tel)$/.test(type)) return '';
  if (!el.hasAttribute('readonly') && !el.hasAttribute('disabled')) return '';
  return cleanText(el.getAttribute('value')) ?? '';
}

/**
 * The calendar date of a `<time datetime>` whose printed text has no year ("Mar 5", "Tuesday"): the
 * attribute is the same date in machine form. Only when it cannot be another day: a date alone, a local
 * time, or a zoned time whose day the text prints (a UTC time may fall on the next day where the page is read).
 */
function timeDate(el: Element): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T(.*)$)/.exec(el.getAttribute('datetime')?.trim() ?? '');
  const text = el.textContent ?? '';
  if (!m || /(?<!\d)(?:19|20)\d{2}(?!\d)/.test(text)) return undefined;
  // The day among the text's numbers, not an hour or a minute ("Mar 6, 5:30 AM" shows no 5th).
  const untimed = text.replace(/\d{1,2}(?:[:.h]\d{2}){1,2}|\d{1,2}\s*(?:[ap]\.?m\b\.?|[时時点시])/gi, ' ');
  const sameDay = new RegExp(`(?<!\\d)0?${Number(m[3])}(?!\\d)`).test(untimed);
  const zoned = m[4] !== undefined && /(?:Z|[+-]\d{2}:?\d{2})$/i.test(m[4]);
  if ((zoned || /\d/.test(text)) && !sameDay) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/**
 * Markup a page keeps as text (a `<script type="text/template">` its script inserts later), parsed as a
 * document of its own: never put into the page, so nothing of it runs or loads. The script's own DOMParser
 * where it has one (a content script, a page), the document's window's under jsdom.
 */
export function inertDocument(markup: string, doc: Document): Document | undefined {
  const Parser = globalThis.DOMParser ?? doc.defaultView?.DOMParser;
  return Parser ? new Parser().parseFromString(markup, 'text/html') : undefined;
}

/** The characters of a node's text, without spaces, marks or case: "US $12.99" and "us $12.99" match. */
const bareText = (node: Node) =>
  halfWidth((node.textContent ?? '').replace(INVISIBLE, ''))
    .replace(/\s+/g, '')
    .toLowerCase();

/**
 * Class names sites and frameworks give to text kept for screen readers and hidden from the eye (clipped to
 * one pixel): Bootstrap's `sr-only` / `visually-hidden`, WordPress's and WooCommerce's `screen-reader-text`,
 * Amazon's `a-offscreen` / `aok-offscreen`, eBay's `clipped`, Drupal's `element-invisible`, jQuery UI's
 * `ui-helper-hidden-accessible` and the common spellings of the same idea.
 */
const SCREEN_READER_CLASSES = new Set([
  'sr-only',
  'sr-text',
  'screenreader',
  'screen-reader',
  'screen-reader-only',
  'screenreader-only',
  'screen-reader-text',
  'visually-hidden',
  'visuallyhidden',
  'is-visually-hidden',
  'u-visually-hidden',
  'u-hidden-visually',
  'a11y-hidden',
  'a-offscreen',
  'aok-offscreen',
  'offscreen',
  'clipped',
  'element-invisible',
  'hidden-accessible',
  'ui-helper-hidden-accessible',
  'assistive-text',
]);
/** The same, written inline: clipped to nothing (`clip: rect(0 0 0 0)`, `clip-path: inset(50%)`) or 1px square. */
const CLIPPED_STYLE =
  /clip\s*:\s*rect\(|clip-path\s*:\s*inset\(\s*50%|(?=.*\bwidth\s*:\s*[01]px)(?=.*\bheight\s*:\s*[01]px)/is;

function visuallyHidden(el: Element): boolean {
  for (const c of el.classList) if (SCREEN_READER_CLASSES.has(c.toLowerCase())) return true;
  const style = el.getAttribute('style');
  return style !== null && CLIPPED_STYLE.test(style);
}

/** A value spelled out for a screen reader one character at a time ("Y T 2 3 1 2", "P O - 2 0 2 6"). */
const SPACED = /^\s*(?:\S\s+){3,}\S\s*$/;

/** The nearest sibling node on one side that holds any text (blank text between tags is skipped). */
function textSibling(el: Element, side: 'previousSibling' | 'nextSibling'): Node | undefined {
  for (let n = el[side]; n; n = n[side]) {
    if (n.nodeType === 1) return n;
    if (n.nodeType === 3 && n.textContent?.trim()) return n;
  }
  return undefined;
}

/**
 * Whether `copy`'s text is the visible `twin`'s value said again: the same characters, or (for text hidden for
 * screen readers) the value inside words around it ("Current price is: $15.00." beside "$15.00", as WooCommerce
 * prints a sale price). The words may add no digit of their own: "Rated 4.1 out of 5" is not "4.1" said again.
 */
function saysAgain(copy: string, twin: string): boolean {
  if (!twin || !copy) return false;
  if (copy === twin) return true;
  // Inside words only a value with a digit (a price, a number): a word beside a hidden sentence ("more" after
  // a clipped message) is no twin of it.
  if (twin.length < 2 || !/\p{N}/u.test(twin)) return false;
  const at = copy.indexOf(twin);
  return at >= 0 && !/\p{N}/u.test(copy.slice(0, at) + copy.slice(at + twin.length));
}

/**
 * A screen readers' copy of the value beside it. Many sites print a value twice, once for the eye and once
 * for screen readers, and the text read as a whole doubles it ("US $12.99US $12.99", "Brass hingeBrass hinge",
 * "…1234 1 2 3 4"). Seen on real pages and in public markup:
 * - the eye's copy `aria-hidden="true"` beside a spoken one (Amazon's `a-offscreen` price beside its
 *   `aria-hidden` twin on the saved amazon.ca / amazon.de pages, eBay's `.clipped` beside `aria-hidden`, Temu's
 *   list total): the element beside an `aria-hidden` one holding the same characters is the copy;
 * - a visually hidden element (screen-reader class or clipped inline style) beside the shown value it repeats,
 *   alone or inside words (WooCommerce's "Original price was: $20.00." after `<del aria-hidden>$20.00</del>`);
 * - the value spelled out a character at a time beside the value (Temu's tracking number).
 * The eye's copy is never the one left out, and a screen-reader text with no twin beside it is kept: then it
 * is the only copy of its value (eBay's clipped "Time left" label, an `a-offscreen` price alone).
 */
function screenReaderCopy(el: Element): boolean {
  const ariaTwins = [el.previousElementSibling, el.nextElementSibling].filter(
    (s): s is Element => s?.getAttribute('aria-hidden') === 'true',
  );
  // Cheap tests first: this runs on every element of every text read. An only child has no twin.
  if (!ariaTwins.length && !el.previousSibling && !el.nextSibling) return false;
  const hidden = visuallyHidden(el);
  const spaced = !ariaTwins.length && !hidden && !el.firstElementChild && SPACED.test(el.textContent ?? '');
  if ((!ariaTwins.length && !hidden && !spaced) || el.getAttribute('aria-hidden') === 'true') return false;
  const text = bareText(el);
  if (!text) return false;
  if (ariaTwins.some((t) => bareText(t) === text)) return true;
  const before = textSibling(el, 'previousSibling');
  const after = textSibling(el, 'nextSibling');
  const twins = [before, after].filter((n): n is Node => n !== undefined);
  if (hidden) {
    // Two hidden texts side by side saying the same: the first is read, the second is its copy.
    const hiddenToo = (n: Node) => n.nodeType === 1 && visuallyHidden(n as Element);
    if (before && hiddenToo(before) && bareText(before) === text) return true;
    return twins.some((t) => !hiddenToo(t) && saysAgain(text, bareText(t)));
  }
  // A spelled-out copy beside the value itself, not beside another spelled-out copy.
  return spaced && twins.some((t) => !SPACED.test(t.textContent ?? '') && bareText(t) === text);
}

/**
 * An element's text as `textContent` reads it, less any screen readers' copy of a value shown beside it
 * (`screenReaderCopy`): "US $12.99" once, not "US $12.99US $12.99". The element itself is what the caller
 * chose, so it is read even when it is such a copy (a selector may pick Amazon's `.a-offscreen` price on
 * purpose). The page is not changed or copied.
 */
export function shownText(root: Node): string {
  // Text with no element inside holds no copy. Otherwise the walk below is the check: on a large page under
  // jsdom it costs less than asking the tree first whether any marked element is there.
  if (!(root as ParentNode).firstElementChild) return root.textContent ?? '';
  const parts: string[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3 || node.nodeType === 4) {
      parts.push(node.nodeValue ?? '');
      continue;
    }
    if (node !== root && (node.nodeType !== 1 || screenReaderCopy(node as Element))) continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return parts.join('');
}

/**
 * The element's visible-ish text as lines, the way a reader sees it: a line per block element and
 * `<br>`, table cells of one row on one line. Label/value pairs then read as "Label: value" on one
 * line or as a label line followed by its value line, whichever markup the page used.
 */
export function textLines(root: Node): string[] {
  const parts: string[] = [];
  // Iterative: broken or hostile markup can nest tens of thousands of levels deep. A marker (null
  // node) closes a block element or a table cell after its children.
  const stack: (Node | { close: 'block' | 'cell' } | { append: string })[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (!('nodeType' in node)) {
      parts.push('append' in node ? node.append : node.close === 'block' ? '\n' : ' ');
      continue;
    }
    if (node.nodeType === 3) {
      // Source line breaks are just spaces; only markup makes lines.
      parts.push(halfWidth((node.textContent ?? '').replace(INVISIBLE, '')).replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (SKIP.has(tag) || (tag !== '' && screenReaderCopy(node as Element))) continue;
    if (tag === 'BR') {
      parts.push('\n');
      continue;
    }
    if (tag === 'INPUT' || tag === 'SELECT') {
      parts.push(` ${shownValue(node as Element)} `);
      continue;
    }
    if (tag === 'TIME') {
      const date = timeDate(node as Element);
      if (date) stack.push({ append: ` ${date}` });
    }
    const block = tag !== '' && !INLINE.has(tag);
    if (block) {
      parts.push('\n');
      stack.push({ close: 'block' });
    } else if (tag === 'TD' || tag === 'TH') stack.push({ close: 'cell' });
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

export interface Labelled {
  value: string;
  /** The line the label was found on, for provenance. */
  line: string;
}

/**
 * The value printed beside a label: the rest of the label's line ("Order Total: £3.47") or, when the
 * label stands alone, the next line (a label cell or row above its value). `label` is matched at the
 * start of a line, case-insensitively, followed by an optional parenthetical and an optional colon.
 */
export function labelled(
  lines: readonly string[],
  label: RegExp,
  accept?: (value: string) => boolean,
): Labelled | undefined {
  return labelledAll(lines, label, accept, 1)[0];
}

/** Every value printed beside `label` (see `labelled`), in page order, up to `max`. */
export function labelledAll(
  lines: readonly string[],
  label: RegExp,
  accept?: (value: string) => boolean,
  max = 20,
): Labelled[] {
  // A parenthetical may follow the label ("Total (IVA incluido, en caso de ser aplicable):"). The label
  // ends where a word ends: "Estimated GST" is not the start of "Estimated GST/HST:", nor "Payment
  // method" of "Payment methods" (the held-out proxy read "s" and "/HST" as their values). A capital
  // may follow at once: inline label and value markup runs together ("Subtotal do produtoR$ 69,80").
  const re = new RegExp(`^(?<label>${label.source})(?:\\s*[(（][^)）]{0,80}[)）])?\\s*[:：#]?\\s*(?<rest>.*)$`, 'i');
  const out: Labelled[] = [];
  for (let i = 0; i < lines.length && out.length < max; i++) {
    const line = lines[i]!;
    const m = re.exec(line);
    if (!m?.groups) continue;
    if (/^[a-z/]/.test(line.slice(m.groups.label!.length))) continue;
    const rest = m.groups.rest?.trim();
    const value = rest ? rest : lines[i + 1];
    if (value && (!accept || accept(value))) out.push({ value, line: lines[i]! });
  }
  return out;
}

/**
 * The first `value` printed after a label, on the label's line or the line after it. Unlike
 * `labelled`, the label may sit anywhere on the line ("Ordered on 7 Dec 2023 | Order# 112-…").
 */
export function afterLabel(lines: readonly string[], label: RegExp, value: RegExp): Labelled | undefined {
  const re = new RegExp(label.source, label.flags.replace('g', '') || 'i');
  for (let i = 0; i < lines.length; i++) {
    const m = re.exec(lines[i]!);
    if (!m) continue;
    const rest = lines[i]!.slice((m.index ?? 0) + m[0].length);
    const v = value.exec(rest) ?? (rest.replace(/[\s:：#]/g, '') ? null : value.exec(lines[i + 1] ?? ''));
    if (v) return { value: (v[1] ?? v[0]).trim(), line: lines[i]! };
  }
  return undefined;
}

/** A URL query parameter read from an element's href (ids often live only in links). */
export function hrefParam(el: Element | null | undefined, names: readonly string[]): string | undefined {
  const href = el?.getAttribute('href');
  if (!href) return undefined;
  try {
    const url = new URL(href, 'https://x.invalid/');
    for (const n of names) {
      const v = url.searchParams.get(n);
      if (v) return v;
    }
  } catch {
    return undefined;
  }
  return undefined;
}
