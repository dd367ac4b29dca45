import type { RegionPick } from '../../utils/schemas/messages';
import { createPickLayer } from './pick-layer';
import { onTrusted } from '../../utils/page-ui/trusted';

/** Shorter than this (CSS px) a drag counts as a click, which picks the element under the pointer. */
const DRAG_MIN = 6;

function describe(el: Element): string {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 160);
  const id = el.id ? `#${el.id}` : '';
  return `${el.tagName.toLowerCase()}${id}${text ? `: ${text}` : ''}`.slice(0, 300);
}

/** The page rectangle of an element (CSS px from the document's top left). */
export function elementRect(
  el: Element,
  win: Window = window,
): { x: number; y: number; width: number; height: number } {
  const r = el.getBoundingClientRect();
  return { x: r.left + win.scrollX, y: r.top + win.scrollY, width: r.width, height: r.height };
}

/**
 * The picker: drag a rectangle, or click an element (the one under the pointer is outlined).
 * It lives in its own closed shadow root, above the page, and is gone before anything is pictured.
 * Resolves with what was picked, or undefined when the user pressed Esc.
 */
/** `signal`: ends the pick with nothing picked (the page tools were ended). */
export function pickRegion(doc: Document, hint: string, signal?: AbortSignal): Promise<RegionPick | undefined> {
  const win = doc.defaultView ?? window;
  const { host, layer, box, under } = createPickLayer(
    doc,
    { tag: 'orderproof-picker', role: 'picker', cursor: 'crosshair', rgb: '245,183,0' },
    hint,
  );
  const showBox = (left: number, top: number, width: number, height: number) => {
    box.style.display = 'block';
    box.style.left = `${left}px`;
    box.style.top = `${top}px`;
    box.style.width = `${width}px`;
    box.style.height = `${height}px`;
  };

  return new Promise((resolve) => {
    let start: { x: number; y: number } | undefined;
    // Only the user's own pointer and keys pick or cancel: a page script cannot choose what is saved.
    const finish = (pick: RegionPick | undefined) => {
      stopKeys();
      host.remove();
      resolve(pick);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      finish(undefined);
    };
    onTrusted(layer, 'pointerdown', (e) => {
      e.preventDefault();
      start = { x: e.clientX, y: e.clientY };
      layer.setPointerCapture(e.pointerId);
    });
    onTrusted(layer, 'pointermove', (e) => {
      if (start) {
        showBox(
          Math.min(start.x, e.clientX),
          Math.min(start.y, e.clientY),
          Math.abs(e.clientX - start.x),
          Math.abs(e.clientY - start.y),
        );
        return;
      }
      const el = under(e.clientX, e.clientY);
      if (!el) return;
      const r = el.getBoundingClientRect();
      showBox(r.left, r.top, r.width, r.height);
    });
    onTrusted(layer, 'pointerup', (e) => {
      if (!start) return;
      const dx = Math.abs(e.clientX - start.x);
      const dy = Math.abs(e.clientY - start.y);
      if (dx >= DRAG_MIN || dy >= DRAG_MIN) {
        finish({
          mode: 'region',
          rect: {
            x: Math.min(start.x, e.clientX) + win.scrollX,
            y: Math.min(start.y, e.clientY) + win.scrollY,
            width: dx,
            height: dy,
          },
        });
        return;
      }
      start = undefined;
      const el = under(e.clientX, e.clientY);
      if (!el) return;
      const rect = elementRect(el, win);
      if (rect.width < 1 || rect.height < 1) return;
      finish({ mode: 'element', rect, label: describe(el) });
    });
    const stopKeys = onTrusted(doc, 'keydown', onKey, true);
    signal?.addEventListener('abort', () => finish(undefined), { once: true });
    doc.documentElement.append(host);
  });
}

/** What a context-menu click was on: the current selection, or the image last right-clicked. */
export function contextTarget(
  doc: Document,
  kind: 'selection' | 'image',
  lastTarget: Element | undefined,
  srcUrl?: string,
): RegionPick | undefined {
  const win = doc.defaultView ?? window;
  if (kind === 'selection') {
    const sel = win.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return undefined;
    const r = sel.getRangeAt(0).getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return undefined;
    const text = sel.toString();
    return {
      mode: 'selection',
      rect: { x: r.left + win.scrollX, y: r.top + win.scrollY, width: r.width, height: r.height },
      text,
      label: text.replace(/\s+/g, ' ').trim().slice(0, 160),
    };
  }
  const images = [...doc.images];
  const img =
    (lastTarget instanceof HTMLImageElement &&
    (!srcUrl || lastTarget.currentSrc === srcUrl || lastTarget.src === srcUrl)
      ? lastTarget
      : undefined) ?? images.find((i) => i.currentSrc === srcUrl || i.src === srcUrl);
  if (!img) return undefined;
  const rect = elementRect(img, win);
  if (rect.width < 1 || rect.height < 1) return undefined;
  return { mode: 'image', rect, label: `${img.alt || img.currentSrc || img.src}`.slice(0, 300) };
}
