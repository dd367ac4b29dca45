import type { PageRect } from '../../utils/schemas/messages';
import { pinnedElements } from './capture-stage';
import { elementRect } from './picker';

/** A block taller than this (CSS px) is not one order's row but a page section: no area is given. */
const MAX_HEIGHT = 4000;
const SHOW_TEXT = 0x4;

/** The id as a whole token: "A-100" is not found inside "A-1001". */
function token(id: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * Where one order of a list page sits: the largest element around the first mention of its number that
 * mentions no other order of the list. Found from the page's own text, the same on every marketplace,
 * so a list a reader recognises needs no per-site position. Undefined when the number is not in the
 * page's text, or when its block also holds another order (a picture of it would not be of one order).
 */
export function orderArea(
  doc: Document,
  orderId: string,
  otherIds: readonly string[],
  options: { scrollIntoView?: boolean } = {},
): PageRect | undefined {
  const own = token(orderId);
  const others = otherIds.filter((id) => id && id !== orderId).map(token);
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  let hit: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (own.test(node.textContent ?? '') && !node.parentElement?.closest('[data-orderproof]')) {
      hit = node;
      break;
    }
  }
  let block = hit?.parentElement ?? null;
  if (!block) return undefined;
  const alone = (el: Element) => {
    const text = el.textContent ?? '';
    return !others.some((id) => id.test(text));
  };
  if (!alone(block)) return undefined;
  while (block.parentElement && block.parentElement !== doc.body && alone(block.parentElement)) {
    block = block.parentElement;
  }
  // In view, the order is pictured as the user sees it, with the page's own header where it is.
  if (options.scrollIntoView) {
    block.scrollIntoView({ block: 'nearest', behavior: 'instant' });
    clearOfBars(block, doc.defaultView ?? window);
  }
  const rect = elementRect(block, doc.defaultView ?? window);
  if (rect.width < 1 || rect.height < 1 || rect.height > MAX_HEIGHT) return undefined;
  return rect;
}

/**
 * Most lists pin a bar to the top (or bottom) of the window once scrolled. An order brought into view
 * at the window's edge sits under it, and a picture of its place would show the bar, not the order:
 * the page is scrolled on until the order is clear of such bars, when it fits between them.
 */
function clearOfBars(block: Element, win: Window): void {
  const r = block.getBoundingClientRect();
  let freeTop = 0;
  let freeBottom = win.innerHeight;
  for (const { el } of pinnedElements(win.document)) {
    if (el.contains(block) || block.contains(el) || win.getComputedStyle(el).visibility === 'hidden') continue;
    const bar = el.getBoundingClientRect();
    if (bar.width < 1 || bar.height < 1 || bar.right <= r.left || bar.left >= r.right) continue;
    // A bar across the top part of the window, or across the bottom part (the block's edge may sit a
    // fraction of a pixel outside the window after scrolling).
    if (bar.top <= Math.max(r.top, 0) + 1 && bar.bottom > r.top) freeTop = Math.max(freeTop, bar.bottom);
    else if (bar.bottom >= Math.min(r.bottom, win.innerHeight) - 1 && bar.top < r.bottom)
      freeBottom = Math.min(freeBottom, bar.top);
  }
  if (r.height > freeBottom - freeTop) return;
  // Whole pixels, rounded away from the bar: a sliver of it must not stay over the block's edge.
  if (r.top < freeTop) win.scrollBy({ top: Math.floor(r.top - freeTop), behavior: 'instant' });
  else if (r.bottom > freeBottom) win.scrollBy({ top: Math.ceil(r.bottom - freeBottom), behavior: 'instant' });
}
