/**
 * Why every in-page control listens through here: a page's own scripts can call `click()` or
 * `dispatchEvent` on anything they can reach, and can forge keys on the document. Only input the
 * browser made from the user's mouse, touch or keyboard is `isTrusted`, so a handler added here runs for
 * the user alone (security review #2). A real Enter or Space on a focused button makes a trusted click,
 * so keyboard use keeps working.
 */
type EventMapOf<T> = T extends Document ? DocumentEventMap : T extends HTMLElement ? HTMLElementEventMap : never;

export function onTrusted<T extends HTMLElement | Document, K extends keyof EventMapOf<T> & string>(
  target: T,
  type: K,
  handler: (event: EventMapOf<T>[K]) => void,
  capture = false,
): () => void {
  const listener = (event: Event) => {
    if (event.isTrusted) handler(event as EventMapOf<T>[K]);
  };
  target.addEventListener(type, listener, capture);
  return () => target.removeEventListener(type, listener, capture);
}
