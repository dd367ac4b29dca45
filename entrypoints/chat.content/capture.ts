import { cssPath, genericSelectors } from '../../utils/chat/css-path';
import { bare, findVariant, messagesIn, readMessage, sideOf } from '../../utils/chat/parse';
import { chatAdapterForUrl } from '../../utils/marketplaces/chat-registry';
import { TranscriptBuilder } from '../../utils/chat/transcript';
import { Pace, settle, type Settled } from '../../utils/chat/settle';
import type {
  BandGeometry,
  ChatAdapter,
  ChatMessage,
  ChatSelectors,
  HistoryResult,
  ViewRect,
} from '../../utils/chat/types';
import { errorText } from '../../utils/error-text';

/** Images larger than this are kept by address only: one chat photo is rarely bigger, a video would be. */
const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

interface ImageEntry {
  url: string;
  done: Promise<void>;
  bytes?: Uint8Array;
  mime?: string;
  reason?: string;
}

/** One whole-thread capture in this page: the list, its scroller, the transcript so far and the images read. */
export interface ChatSession {
  adapter?: ChatAdapter;
  selectors: ChatSelectors;
  listSelector: string;
  mode: 'adapter' | 'generic';
  list: Element;
  scroller: Element;
  side: 'buyer' | 'seller';
  builder: TranscriptBuilder;
  images: Map<string, ImageEntry>;
  band?: BandGeometry;
  /** Where the user was, as distance from the bottom: older history loaded above moves every offset. */
  fromBottom: number;
  /** How slow this page is, learnt as the capture goes: every wait scales with it. */
  pace: Pace;
  /** When the list's content last changed (performance.now()), and the observer that tells. */
  changedAt: number;
  observer?: MutationObserver;
}

export interface StartInfo {
  found: boolean;
  adapter?: string;
  mode?: 'adapter' | 'generic';
  listSelector?: string;
  url: string;
  title: string;
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
/** Without an adapter's own loader, what pages mark as working by the accessibility standard. */
const GENERIC_BUSY = '[aria-busy="true"], [role="progressbar"]';
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function query(doc: Document, selector: string | undefined): Element | null {
  if (!selector) return null;
  try {
    return doc.querySelector(selector);
  } catch {
    return null;
  }
}

function isScrollable(el: Element): boolean {
  const oy = getComputedStyle(el).overflowY;
  return oy === 'auto' || oy === 'scroll' || oy === 'overlay';
}

/** The element that scrolls the list: the list itself, a scrolling ancestor, or the document. */
export function scrollerOf(list: Element): Element {
  if (isScrollable(list)) return list;
  for (
    let el = list.parentElement;
    el && el !== document.body && el !== document.documentElement;
    el = el.parentElement
  ) {
    if (isScrollable(el) && el.scrollHeight > el.clientHeight + 1) return el;
  }
  return document.scrollingElement ?? document.documentElement;
}

/** Finds the list: the adapter's for this URL, or the one remembered for this site (generic mode). */
export function startSession(
  doc: Document,
  url: URL,
  remembered: string | undefined,
  generic: boolean,
): ChatSession | undefined {
  const adapter = chatAdapterForUrl(url);
  const side = sideOf(adapter, bare(url));
  if (adapter && !generic) {
    const found = findVariant(adapter, doc);
    if (found) return session(adapter, found.selectors, found.selectors.list, 'adapter', found.list, side);
  }
  const list = query(doc, remembered);
  if (list && remembered)
    return session(adapter, genericSelectors(list, remembered), remembered, 'generic', list, side);
  return undefined;
}

function session(
  adapter: ChatAdapter | undefined,
  selectors: ChatSelectors,
  listSelector: string,
  mode: 'adapter' | 'generic',
  list: Element,
  side: 'buyer' | 'seller',
): ChatSession {
  const scroller = scrollerOf(list);
  return {
    ...(adapter ? { adapter } : {}),
    selectors,
    listSelector,
    mode,
    list,
    scroller,
    side,
    builder: new TranscriptBuilder(),
    images: new Map(),
    fromBottom: scroller.scrollHeight - scroller.scrollTop,
    pace: new Pace(),
    changedAt: Number.NEGATIVE_INFINITY,
  };
}

/** Starts noting when the list's rows change (added, removed, rewritten); stopped by finish. */
function watch(s: ChatSession): void {
  if (s.observer) return;
  s.observer = new MutationObserver(() => {
    s.changedAt = performance.now();
  });
  const root = isDocScroller(s) ? s.list : s.scroller;
  s.observer.observe(root, { childList: true, subtree: true, characterData: true });
}

/** Two frames, timed: the page's frame time is part of its pace. */
async function frames(s: ChatSession): Promise<void> {
  const t0 = performance.now();
  await frame();
  await frame();
  s.pace.noteFrame((performance.now() - t0) / 2);
}

function isDocScroller(s: ChatSession): boolean {
  return s.scroller === document.scrollingElement || s.scroller === document.documentElement;
}

/** The list's content height and the part of it in view, in the viewport. */
function geometry(s: ChatSession): { contentHeight: number; offset: number; rect: ViewRect } {
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const clip = (left: number, top: number, right: number, bottom: number): ViewRect => {
    const x = Math.max(0, left);
    const y = Math.max(0, top);
    return { x, y, width: Math.max(0, Math.min(vw, right) - x), height: Math.max(0, Math.min(vh, bottom) - y) };
  };
  if (s.list === s.scroller && !isDocScroller(s)) {
    const r = s.list.getBoundingClientRect();
    const left = r.left + s.list.clientLeft;
    const top = r.top + s.list.clientTop;
    return {
      contentHeight: s.list.scrollHeight,
      offset: s.list.scrollTop,
      rect: clip(left, top, left + s.list.clientWidth, top + s.list.clientHeight),
    };
  }
  const lr = s.list.getBoundingClientRect();
  let top = lr.top;
  let bottom = lr.bottom;
  if (!isDocScroller(s)) {
    const sr = s.scroller.getBoundingClientRect();
    top = Math.max(top, sr.top + s.scroller.clientTop);
    bottom = Math.min(bottom, sr.top + s.scroller.clientTop + s.scroller.clientHeight);
  }
  const rect = clip(lr.left, top, lr.right, bottom);
  return { contentHeight: lr.height, offset: rect.y - lr.top, rect };
}

/** Scrolls so that list content offset `y` is at the top of what can be seen. */
function scrollListTo(s: ChatSession, y: number): void {
  if (s.list === s.scroller && !isDocScroller(s)) {
    s.list.scrollTop = y;
    return;
  }
  const lr = s.list.getBoundingClientRect();
  const viewTop = isDocScroller(s) ? 0 : Math.max(0, s.scroller.getBoundingClientRect().top + s.scroller.clientTop);
  const delta = lr.top + y - viewTop;
  if (isDocScroller(s)) window.scrollBy({ top: delta, behavior: 'instant' });
  else s.scroller.scrollTop += delta;
}

function firstKey(s: ChatSession): string | undefined {
  const el = messagesIn(s.list, s.selectors)[0];
  return el ? readMessage(el, s.selectors, s.side, location.href).key : undefined;
}

function visibleText(el: Element | null): string | undefined {
  const text = el?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, 300) : undefined;
}

const hasBox = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
};

/**
 * The page shows it is loading: the adapter's loader, or (generic mode) an ARIA busy mark in the list.
 * `shown`: only a loader with a box counts (a band must not wait on a spinner kept hidden in the page);
 * loading history counts the loader's mere presence, as the adapters were written for.
 */
function loaderShowing(s: ChatSession, shown = false): boolean {
  const loader = query(document, s.selectors.loading);
  if (loader && (!shown || hasBox(loader))) return true;
  if (s.mode !== 'generic') return false;
  const root = isDocScroller(s) ? s.list : s.scroller;
  return [...root.querySelectorAll(GENERIC_BUSY)].some(hasBox);
}

/** The rows the band shows and their places, in a string to compare; how many are in it, and in the list. */
function bandRows(s: ChatSession): { sig: string; inBand: number; total: number } {
  const { rect } = geometry(s);
  const all = messagesIn(s.list, s.selectors);
  const parts: string[] = [];
  for (const el of all) {
    const r = el.getBoundingClientRect();
    if (intersects(r, rect.y, rect.y + rect.height))
      parts.push(`${Math.round(r.top)}:${Math.round(r.height)}:${el.textContent?.length ?? 0}`);
  }
  return { sig: `${all.length}|${parts.join(',')}`, inBand: parts.length, total: all.length };
}

/** Waits, from the scroll at `since`, until the band's rows are all there and still (see settle). */
function settleRows(s: ChatSession, since: number): Promise<Settled> {
  return settle(
    {
      now: () => performance.now(),
      pause: sleep,
      lastChange: () => s.changedAt,
      rows: () => bandRows(s).sig,
      busy: () => {
        const b = bandRows(s);
        return loaderShowing(s, true) || (b.total > 0 && b.inBand === 0 && geometry(s).rect.height >= 1);
      },
    },
    { since, quietMs: s.pace.quietMs, budgetMs: s.pace.budgetMs },
  );
}

/** Times the list was sent back to its top when it was found off it, before giving up on proving the start. */
const TOP_RETRIES = 3;

/**
 * Scrolls to the top until the thread's beginning: each time older history arrives (the list grows or
 * its first message changes) its rows settle and it scrolls up again; it stops at the UI's start marker, at
 * the page's load error, or when `maxMs` runs out. With no marker, the start is taken as reached only when
 * the list is at its very top, no loader shows and nothing arrived for `quietMs` or three times the slowest
 * page this chat took, whichever is longer; without that proof it is `stalled` (not reached).
 */
export async function loadHistory(s: ChatSession, maxMs: number, quietMs: number): Promise<HistoryResult> {
  watch(s);
  const started = performance.now();
  let pages = 0;
  let offTop = 0;
  const done = (basis: HistoryResult['basis'], errorText?: string): HistoryResult => ({
    basis,
    pages,
    ...(errorText ? { errorText } : {}),
    ms: Math.round(performance.now() - started),
  });
  ask: for (;;) {
    scrollListTo(s, 0);
    // Some lists only load when they see a scroll event at the very top.
    s.scroller.dispatchEvent(new Event('scroll'));
    const askedAt = performance.now();
    const askedHeight = geometry(s).contentHeight;
    // Measured at the top: a virtualised list re-renders other rows there, which is not older history.
    await frames(s);
    const before = { height: geometry(s).contentHeight, first: firstKey(s) };
    // On a slow machine a quick page can arrive within those frames: it counts, and the top is asked again.
    if (before.height > askedHeight + 1 && !loaderShowing(s)) {
      pages++;
      s.pace.noteLoad(performance.now() - askedAt);
      await settleRows(s, askedAt);
      continue;
    }
    for (;;) {
      await sleep(60);
      const err = query(document, s.selectors.historyError);
      if (err) return done('history-error', visibleText(err));
      if (query(document, s.selectors.start)) {
        // The marker can arrive with the last page: count that page too.
        if (firstKey(s) !== before.first) pages++;
        return done('marker');
      }
      const loading = loaderShowing(s);
      const grew = geometry(s).contentHeight > before.height + 1 || firstKey(s) !== before.first;
      const now = performance.now();
      if (grew && !loading) {
        pages++;
        s.pace.noteLoad(now - askedAt);
        break;
      }
      if (now - started > maxMs) return done('time-limit');
      if (!loading && now - Math.max(askedAt, s.changedAt) > s.pace.historyQuietMs(quietMs)) {
        // A list the page moved off its top has not shown its start: ask again, a few times.
        if (geometry(s).offset > 1 && offTop++ < TOP_RETRIES) continue ask;
        return done(s.selectors.start || geometry(s).offset > 1 ? 'stalled' : 'no-more-history');
      }
    }
    // The new page's rows settle (and the list re-anchors) before the next is asked for.
    await settleRows(s, askedAt);
  }
}

function intersects(r: DOMRect, top: number, bottom: number): boolean {
  return r.bottom > top && r.top < bottom && (r.height > 0 || r.width > 0);
}

/** Messages in the DOM near the band, read; a virtualised list holds only some, and that is enough. */
function snapshot(s: ChatSession, rect: ViewRect): ChatMessage[] {
  const margin = Math.max(rect.height, 200);
  const listRect = s.list.getBoundingClientRect();
  const mid = listRect.left + listRect.width / 2;
  const contentTop =
    s.list === s.scroller && !isDocScroller(s) ? listRect.top + s.list.clientTop - s.list.scrollTop : listRect.top;
  return messagesIn(s.list, s.selectors).flatMap((el) => {
    const r = el.getBoundingClientRect();
    if (!intersects(r, rect.y - margin, rect.y + rect.height + margin)) return [];
    const m = readMessage(el, s.selectors, s.side, location.href);
    m.y = Math.round(r.top - contentTop);
    if (s.mode === 'generic' && m.role === 'unknown' && r.width < listRect.width * 0.9)
      m.side = r.left + r.width / 2 > mid ? 'right' : 'left';
    return [m];
  });
}

async function waitForImages(s: ChatSession, rect: ViewRect, maxMs: number): Promise<void> {
  const pending = [...s.list.querySelectorAll('img')].filter((img) => {
    const r = img.getBoundingClientRect();
    return !img.complete && intersects(r, rect.y, rect.y + rect.height);
  });
  if (!pending.length) return;
  await Promise.race([
    Promise.all(
      pending.map(
        (img) =>
          new Promise((r) => {
            img.addEventListener('load', r, { once: true });
            img.addEventListener('error', r, { once: true });
          }),
      ),
    ),
    sleep(maxMs),
  ]);
}

/**
 * Shows the next band: band 0 at the list's top, each next one where the last ended. Once its rows have
 * settled (or the wait's budget is spent: `unsettled`), returns where it is for the background's screenshot,
 * after adding the messages near it to the transcript.
 */
export async function showBand(s: ChatSession, index: number): Promise<BandGeometry> {
  watch(s);
  const prev = s.band;
  const target = index === 0 || !prev ? 0 : prev.offset + prev.height;
  scrollListTo(s, target);
  const scrolledAt = performance.now();
  await frames(s);
  // A virtualised list builds the band's rows after the scroll, over more frames the slower the machine.
  const waited = await settleRows(s, scrolledAt);
  if (waited.settled && waited.reactMs !== undefined) s.pace.noteReact(waited.reactMs);
  let g = geometry(s);
  await waitForImages(s, g.rect, 1500);
  g = geometry(s);
  s.builder.add(snapshot(s, g.rect));
  for (const m of s.builder.messages) for (const img of m.images) readImage(s, img.url);
  const atEnd = g.offset + g.rect.height >= g.contentHeight - 1;
  const stuck = prev !== undefined && index > 0 && g.offset <= prev.offset + 0.5;
  const band: BandGeometry = {
    index,
    offset: g.offset,
    height: g.rect.height,
    contentHeight: g.contentHeight,
    rect: g.rect,
    viewport: { width: window.innerWidth, height: window.innerHeight },
    devicePixelRatio: window.devicePixelRatio,
    last: stuck || atEnd || g.rect.height < 1,
    messages: s.builder.messages.length,
    ...(waited.settled ? {} : { unsettled: true as const }),
    ...(stuck && !atEnd ? { stuck: true as const } : {}),
  };
  s.band = band;
  return band;
}

function imageReason(url: URL): string | undefined {
  if (url.protocol === 'data:' || url.protocol === 'blob:') return undefined;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `its address (${url.protocol}) cannot be read`;
  if (url.origin !== location.origin)
    return `it is on another host (${url.host}); OrderProof makes no requests to other hosts`;
  return undefined;
}

/**
 * Reads an image's bytes through the page's own context: data: and blob: addresses and the page's own
 * host only (from the browser's cache where it has them). Anything else keeps its address, with why.
 */
function readImage(s: ChatSession, raw: string): void {
  if (s.images.has(raw)) return;
  const entry: ImageEntry = { url: raw, done: Promise.resolve() };
  s.images.set(raw, entry);
  let url: URL;
  try {
    url = new URL(raw, location.href);
  } catch {
    entry.reason = 'its address is not valid';
    return;
  }
  const refused = imageReason(url);
  if (refused) {
    entry.reason = refused;
    return;
  }
  entry.done = (async () => {
    try {
      const res = await fetch(url.href, { credentials: 'same-origin', cache: 'force-cache' });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const blob = await res.blob();
      if (blob.size > MAX_IMAGE_BYTES) throw new Error(`${blob.size} bytes is over the ${MAX_IMAGE_BYTES}-byte limit`);
      entry.bytes = new Uint8Array(await blob.arrayBuffer());
      entry.mime = blob.type || 'application/octet-stream';
    } catch (err) {
      entry.reason = `reading it failed: ${errorText(err)}`;
    }
  })();
}

export interface FinishedTranscript {
  url: string;
  title: string;
  adapter?: string;
  mode: 'adapter' | 'generic';
  listSelector: string;
  side: 'buyer' | 'seller';
  listHeight: number;
  messages: (ChatMessage & { key: string })[];
  overlapGaps: { after: number }[];
  images: { url: string; saved: boolean; mime?: string; size?: number; reason?: string }[];
}

/** Puts the list back where the user had it before the capture. */
export function restoreScroll(s: ChatSession): void {
  s.scroller.scrollTop = s.scroller.scrollHeight - s.fromBottom;
}

/** The transcript, every image read or its reason, and the list put back where the user was. */
export async function finish(s: ChatSession): Promise<FinishedTranscript> {
  s.observer?.disconnect();
  s.observer = undefined;
  await Promise.all([...s.images.values()].map((i) => i.done));
  const keys = s.builder.finalKeys();
  const listHeight = geometry(s).contentHeight;
  restoreScroll(s);
  return {
    url: location.href,
    title: document.title,
    ...(s.adapter ? { adapter: s.adapter.id } : {}),
    mode: s.mode,
    listSelector: s.listSelector,
    side: s.side,
    listHeight,
    messages: s.builder.messages.map((m, i) => ({ ...m, key: keys[i]! })),
    overlapGaps: s.builder.gapPositions(),
    images: [...s.images.values()].map((i) =>
      i.bytes
        ? { url: i.url, saved: true, mime: i.mime ?? 'application/octet-stream', size: i.bytes.byteLength }
        : { url: i.url, saved: false, reason: i.reason ?? 'not read' },
    ),
  };
}

/** One image's bytes as base64: runtime messages carry JSON, and one image per message keeps each small. */
export function imageBase64(s: ChatSession, url: string): { mime: string; base64: string } {
  const entry = s.images.get(url);
  if (!entry?.bytes) throw new Error('image not read');
  let bin = '';
  const bytes = entry.bytes;
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { mime: entry.mime ?? 'application/octet-stream', base64: btoa(bin) };
}

export function startInfo(s: ChatSession | undefined): StartInfo {
  return {
    found: Boolean(s),
    ...(s?.adapter ? { adapter: s.adapter.id } : {}),
    ...(s ? { mode: s.mode, listSelector: s.listSelector } : {}),
    url: location.href,
    title: document.title,
  };
}

/** The list the user pointed at: the scrolling element around the pick, else the pick itself. */
export function listFromPick(el: Element): { element: Element; selector: string } {
  let list = el;
  for (let cur: Element | null = el; cur && cur !== document.body; cur = cur.parentElement) {
    if (isScrollable(cur) && cur.scrollHeight > cur.clientHeight + 1) {
      list = cur;
      break;
    }
  }
  return { element: list, selector: cssPath(list) };
}
