import type { ChatAdapter, ChatMessage, ChatSelectors, SenderRole } from './types';

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const BLOCK = new Set([
  'P',
  'DIV',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'TR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'ARTICLE',
]);

/**
 * The text of an element as a reader sees its lines, from the DOM alone (jsdom has no layout, so no
 * innerText): <br> and block boundaries become line breaks, runs of spaces collapse. Elements matching
 * `exclude` (a translation inside the bubble) are left out. Markup in a message arrives as text nodes and
 * stays text.
 */
export function readText(el: Element, exclude?: string): string {
  let out = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        out += (child.nodeValue ?? '').replace(/[ \t\r\n\f]+/g, ' ');
      } else if (child.nodeType === 1) {
        const e = child as Element;
        if (SKIP.has(e.tagName) || (exclude && e.matches(exclude))) continue;
        if (e.tagName === 'BR') {
          out += '\n';
          continue;
        }
        const block = BLOCK.has(e.tagName);
        if (block) out += '\n';
        walk(e);
        if (block) out += '\n';
      }
    }
  };
  walk(el);
  return out
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

/** A 53-bit string hash (two 32-bit FNV-style lanes): sync, tiny, stable across runs and contexts. */
export function hashText(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function has(el: Element, selector: string | undefined): boolean {
  if (!selector) return false;
  try {
    return el.matches(selector) || el.querySelector(selector) !== null;
  } catch {
    return false;
  }
}

function first(el: Element, selector: string | undefined): Element | null {
  if (!selector) return null;
  if (el.matches(selector)) return el;
  return el.querySelector(selector);
}

export function roleOf(el: Element, sel: ChatSelectors, side: 'buyer' | 'seller'): SenderRole {
  const r = sel.roles;
  if (has(el, r.platform)) return 'platform';
  if (has(el, r.buyer)) return 'buyer';
  if (has(el, r.seller)) return 'seller';
  if (has(el, r.self)) return side;
  if (has(el, r.other)) return side === 'buyer' ? 'seller' : 'buyer';
  return 'unknown';
}

/** A machine-readable time: ISO text or epoch seconds/ms; undefined when it is not one. */
export function parseTime(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const s = raw.trim();
  if (/^\d{10}$/.test(s)) return new Date(Number(s) * 1000).toISOString();
  if (/^\d{13}$/.test(s)) return new Date(Number(s)).toISOString();
  // Only full dates: "19:02" or "昨天" must not become today's date.
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(s)) return undefined;
  const d = new Date(s.replace(' ', 'T'));
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

function absolute(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** Reads one message element with a UI's selectors. */
export function readMessage(el: Element, sel: ChatSelectors, side: 'buyer' | 'seller', baseUrl: string): ChatMessage {
  const idHolder = sel.idAttr ? (el.hasAttribute(sel.idAttr) ? el : el.querySelector(`[${sel.idAttr}]`)) : null;
  const id = idHolder?.getAttribute(sel.idAttr!)?.trim() || undefined;
  const nameEl = first(el, sel.name);
  const timeEl = first(el, sel.time);
  const textEl = first(el, sel.text);
  const trEl = sel.translation ? el.querySelector(sel.translation) : null;
  const name = nameEl ? readText(nameEl) : '';
  const timeText = timeEl ? readText(timeEl) : '';
  const time = parseTime(sel.timeAttr ? timeEl?.getAttribute(sel.timeAttr) : undefined) ?? parseTime(timeText);
  const text = textEl ? readText(textEl, sel.translation) : '';
  const translation = trEl ? readText(trEl) : undefined;
  const images = sel.images
    ? [...el.querySelectorAll(sel.images)].flatMap((img) => {
        const src = img.getAttribute('src') ?? img.getAttribute('data-src');
        return src ? [{ url: absolute(src, baseUrl), alt: img.getAttribute('alt') ?? '' }] : [];
      })
    : [];
  const attachments = sel.attachments
    ? [...el.querySelectorAll(sel.attachments)].flatMap((a) => {
        const href = a.getAttribute('href');
        return href ? [{ url: absolute(href, baseUrl), name: readText(a) || a.getAttribute('download') || href }] : [];
      })
    : [];
  const role = roleOf(el, sel, side);
  const msg: ChatMessage = {
    key: '',
    ...(id ? { id } : {}),
    role,
    name,
    ...(time ? { time } : {}),
    timeText,
    text,
    ...(translation ? { translation } : {}),
    images,
    attachments,
  };
  msg.key = messageKey(msg);
  return msg;
}

/**
 * A message's identity: its id where the UI has one, else a hash of who, when and what (images count as
 * content). Identical messages sent in the same minute share a key; the transcript tells them apart by
 * their place among their neighbours.
 */
export function messageKey(
  m: Pick<ChatMessage, 'id' | 'role' | 'name' | 'timeText' | 'time' | 'text' | 'images' | 'attachments'>,
): string {
  if (m.id) return `id:${m.id}`;
  const content = [
    m.role,
    m.name,
    m.time ?? m.timeText,
    m.text,
    ...m.images.map((i) => i.url),
    ...m.attachments.map((a) => a.url),
  ].join('\u241f');
  return `h:${hashText(content)}`;
}

/** The page's side: the seller's back office or the buyer's account. */
export function sideOf(adapter: ChatAdapter | undefined, bareUrl: string): 'buyer' | 'seller' {
  return adapter?.sellerUrls?.some((re) => re.test(bareUrl)) ? 'seller' : 'buyer';
}

export function bare(url: URL): string {
  return `${url.host}${url.pathname}${url.search}`.toLowerCase();
}

/** The first variant whose list is on the page. */
export function findVariant(
  adapter: ChatAdapter,
  doc: Document,
): { selectors: ChatSelectors; list: Element } | undefined {
  for (const selectors of adapter.variants) {
    let list: Element | null = null;
    try {
      list = doc.querySelector(selectors.list);
    } catch {
      continue;
    }
    if (list) return { selectors, list };
  }
  return undefined;
}

/** Messages of a list, in document order (what the UI shows top to bottom). */
export function messagesIn(list: Element, sel: ChatSelectors): Element[] {
  try {
    return [...list.querySelectorAll(sel.message)];
  } catch {
    return [];
  }
}
