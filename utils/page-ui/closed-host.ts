/**
 * The host of every OrderProof control on a web page. Its shadow root is closed, so the page's scripts
 * get no handle on the buttons, pickers or status text inside (`host.shadowRoot` is null for them); the
 * host element itself is unavoidably part of the page's DOM.
 *
 * A closed root is not enough on its own: if the page has defined a custom element under our tag, the
 * root we attach becomes readable through that element's ElementInternals (the spec makes a root
 * attached to a defined custom element "available to element internals"). A page can define the name
 * only before we create the element, so a taken name is detected (`:defined`) and swapped for one the
 * page cannot have guessed.
 */
export interface ClosedHost {
  host: HTMLElement;
  root: ShadowRoot;
}

function randomSuffix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function createClosedHost(doc: Document, tag: string, role: string, css: string): ClosedHost {
  let host = doc.createElement(tag);
  if (host.matches(':defined')) host = doc.createElement(`${tag}-${randomSuffix()}`);
  host.setAttribute('data-orderproof', role);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}
