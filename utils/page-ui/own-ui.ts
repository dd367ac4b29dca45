/**
 * Everything OrderProof puts on a page carries `data-orderproof` (closed-host.ts sets it on every
 * host): buttons, toasts, the region picker, the chat list picker. Every capture, of a page or of a
 * chat, hides all of it, so the extension's own UI never ends up inside evidence.
 */
export const OWN_UI_SELECTOR = '[data-orderproof]';

/**
 * The display an element had before we hid it, kept on the element itself: the page tools and the chat
 * script are separate bundles that both hide our UI during a chat capture, so what was there before must
 * be remembered once, by whichever hides first, and put back by whichever shows first, never a module's
 * own copy of "before" (which would put back the other's "hidden").
 */
const SAVED = 'data-orderproof-display';

export function setOwnUiHidden(doc: Document, hidden: boolean): void {
  for (const el of doc.querySelectorAll<HTMLElement>(OWN_UI_SELECTOR)) {
    if (hidden) {
      if (!el.hasAttribute(SAVED)) {
        const priority = el.style.getPropertyPriority('display');
        el.setAttribute(SAVED, JSON.stringify([el.style.getPropertyValue('display'), priority]));
      }
      el.style.setProperty('display', 'none', 'important');
    } else {
      const saved = el.getAttribute(SAVED);
      if (saved === null) continue;
      el.removeAttribute(SAVED);
      const [value, priority] = parseSaved(saved);
      if (value) el.style.setProperty('display', value, priority);
      else el.style.removeProperty('display');
    }
  }
}

function parseSaved(saved: string): [string, string] {
  try {
    const parsed: unknown = JSON.parse(saved);
    if (Array.isArray(parsed) && typeof parsed[0] === 'string' && typeof parsed[1] === 'string')
      return [parsed[0], parsed[1]];
  } catch {
    // Not ours (the page can write any attribute): show the element with no display of its own.
  }
  return ['', ''];
}
