import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { PageMetrics } from '../../utils/schemas/messages';
import { WITH_TEST_HOOKS } from '../../utils/build-flags';

/**
 * What the content script does to a page while the background pictures it band by band, and how
 * it puts the page back. Every change is recorded here and undone by `restore`, or by the watchdog
 * when the background stops talking (tab moved on, worker stopped) so the page is never left
 * scrolled away with its header hidden.
 */

const OWN_UI = '[data-orderproof]';
const WATCHDOG_MS = 15_000;
/**
 * A shorter watchdog, for the e2e test that stops the background mid-capture and would otherwise wait the
 * full 15 s: read from storage.local once per injection, and only in builds with test hooks (never the
 * store build). The product never writes this key.
 */
export const WATCHDOG_TEST_KEY = 'test.captureWatchdogMs';
let watchdogMs = WATCHDOG_MS;

/** Reads the test's watchdog delay, if any (called once when the content script starts). */
export async function loadWatchdogDelay(): Promise<void> {
  if (!WITH_TEST_HOOKS) return;
  const stored = await browser.storage.local.get(WATCHDOG_TEST_KEY).catch(() => ({}) as Record<string, unknown>);
  const parsed = z.number().int().min(1000).max(WATCHDOG_MS).safeParse(stored[WATCHDOG_TEST_KEY]);
  if (parsed.success) watchdogMs = parsed.data;
}

interface Session {
  original: { x: number; y: number };
  fixed?: HTMLElement[];
  sticky?: HTMLElement[];
  hidden: Map<HTMLElement, { value: string; priority: string }>;
  watchdog?: ReturnType<typeof setTimeout>;
}

let session: Session | undefined;
let onInterrupted: (() => void) | undefined;

/** Called when a capture is abandoned by the background (the page has been put back). */
export function setInterruptedHandler(handler: () => void): void {
  onInterrupted = handler;
}

export function frames(n = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
}

export function measure(win: Window = window): PageMetrics {
  const doc = win.document;
  const root = doc.documentElement;
  const body = doc.body as HTMLElement | null;
  return {
    scrollX: win.scrollX,
    scrollY: win.scrollY,
    viewport: { width: win.innerWidth, height: win.innerHeight },
    visible: { width: root.clientWidth || win.innerWidth, height: root.clientHeight || win.innerHeight },
    pageSize: {
      width: Math.max(root.scrollWidth, body?.scrollWidth ?? 0),
      height: Math.max(root.scrollHeight, body?.scrollHeight ?? 0),
    },
    devicePixelRatio: win.devicePixelRatio || 1,
  };
}

function arm(): Session {
  session ??= { original: { x: window.scrollX, y: window.scrollY }, hidden: new Map() };
  if (session.watchdog) clearTimeout(session.watchdog);
  session.watchdog = setTimeout(() => {
    restore();
    onInterrupted?.();
  }, watchdogMs);
  return session;
}

function scrollNow(x: number, y: number): void {
  window.scrollTo({ left: x, top: y, behavior: 'instant' });
}

function hide(s: Session, el: HTMLElement): void {
  if (s.hidden.has(el)) return;
  s.hidden.set(el, {
    value: el.style.getPropertyValue('visibility'),
    priority: el.style.getPropertyPriority('visibility'),
  });
  el.style.setProperty('visibility', 'hidden', 'important');
}

function show(s: Session, el: HTMLElement): void {
  const before = s.hidden.get(el);
  if (!before) return;
  s.hidden.delete(el);
  if (before.value) el.style.setProperty('visibility', before.value, before.priority);
  else el.style.removeProperty('visibility');
}

/** The page's fixed and sticky elements (OrderProof's own UI left out): what stays put while the page scrolls. */
export function pinnedElements(doc: Document = document): { el: HTMLElement; position: 'fixed' | 'sticky' }[] {
  const out: { el: HTMLElement; position: 'fixed' | 'sticky' }[] = [];
  const win = doc.defaultView ?? window;
  for (const el of doc.body?.querySelectorAll<HTMLElement>('*') ?? []) {
    if (el.closest(OWN_UI)) continue;
    const position = win.getComputedStyle(el).position;
    if (position === 'fixed' || position === 'sticky') out.push({ el, position });
  }
  return out;
}

function findPositioned(s: Session): void {
  if (s.fixed && s.sticky) return;
  const pinned = pinnedElements();
  s.fixed = pinned.filter((p) => p.position === 'fixed').map((p) => p.el);
  s.sticky = pinned.filter((p) => p.position === 'sticky').map((p) => p.el);
}

/**
 * A sticky element is hidden only while it is stuck away from its place in the flow, so a sticky
 * header shows once at the top and a sticky table header still shows where its table is.
 */
function isStuck(el: HTMLElement): boolean {
  const stuckTop = el.getBoundingClientRect().top;
  const before = { value: el.style.getPropertyValue('position'), priority: el.style.getPropertyPriority('position') };
  el.style.setProperty('position', 'static', 'important');
  const flowTop = el.getBoundingClientRect().top;
  if (before.value) el.style.setProperty('position', before.value, before.priority);
  else el.style.removeProperty('position');
  return Math.abs(stuckTop - flowTop) > 0.5;
}

export async function scrollForBand(x: number, y: number, hideFixed: boolean): Promise<PageMetrics> {
  const s = arm();
  scrollNow(x, y);
  if (hideFixed) {
    findPositioned(s);
    for (const el of s.fixed ?? []) hide(s, el);
    for (const el of s.sticky ?? []) {
      show(s, el);
      if (isStuck(el)) hide(s, el);
    }
  }
  // Two frames: the scroll and any hiding are on screen before the background takes its picture.
  await frames(2);
  return measure();
}

/**
 * Loads lazy images before a capture: native lazy images are made eager, and one quick pass
 * through the page wakes scripts that load images as they scroll into view. Returns how many
 * visible images were still blank when time ran out.
 */
export async function preloadImages(maxMs: number): Promise<{ images: number; blank: number; pageHeight: number }> {
  const s = arm();
  const deadline = performance.now() + maxMs;
  const images = [...document.images].filter((img) => !img.closest(OWN_UI));
  for (const img of images) if (img.loading === 'lazy') img.loading = 'eager';
  const step = Math.max(200, document.documentElement.clientHeight || window.innerHeight);
  for (let y = 0; y < measure().pageSize.height && performance.now() < deadline; y += step) {
    scrollNow(s.original.x, y);
    await frames(1);
  }
  scrollNow(s.original.x, 0);
  const pending = images.map((img) => img.decode().catch(() => undefined));
  const left = Math.max(0, deadline - performance.now());
  await Promise.race([Promise.all(pending), new Promise((resolve) => setTimeout(resolve, left))]);
  const shown = images.filter((img) => img.getClientRects().length > 0 && img.width > 0 && img.height > 0);
  const blank = shown.filter((img) => !img.complete || img.naturalWidth === 0).length;
  return { images: shown.length, blank, pageHeight: measure().pageSize.height };
}

/** Shows what was hidden and scrolls back to where the user was, or to (x, y) when given. */
export function restore(x?: number, y?: number): void {
  const s = session;
  if (!s) {
    if (x !== undefined && y !== undefined) scrollNow(x, y);
    return;
  }
  if (s.watchdog) clearTimeout(s.watchdog);
  for (const el of [...s.hidden.keys()]) show(s, el);
  scrollNow(x ?? s.original.x, y ?? s.original.y);
  session = undefined;
}

/** Whether a capture is under way in this page (the watchdog is armed). */
export function capturing(): boolean {
  return session !== undefined;
}
