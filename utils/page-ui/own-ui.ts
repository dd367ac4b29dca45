/**
 * Everything OrderProof puts on a page carries `data-orderproof` (closed-host.ts sets it on every
 * host): buttons, toasts, the region picker, the chat list picker. Every capture, of a page or of a
 * chat, hides all of it, so the extension's own UI never ends up inside evidence.
 */
export const OWN_UI_SELECTOR = '[data-orderproof]';

const before = new WeakMap<HTMLElement, { value: string; priority: string }>();

export function setOwnUiHidden(doc: Document, hidden: boolean): void {
  for (const el of doc.querySelectorAll<HTMLElement>(OWN_UI_SELECTOR)) {
    if (hidden) {
      if (!before.has(el))
        before.set(el, {
          value: el.style.getPropertyValue('display'),
          priority: el.style.getPropertyPriority('display'),
        });
      el.style.setProperty('display', 'none', 'important');
    } else {
      const was = before.get(el);
      if (!was) continue;
      before.delete(el);
      if (was.value) el.style.setProperty('display', was.value, was.priority);
      else el.style.removeProperty('display');
    }
  }
}
