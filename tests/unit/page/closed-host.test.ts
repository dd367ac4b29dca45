import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createClosedHost } from '../../../utils/page-ui/closed-host';

describe('createClosedHost', () => {
  it('gives the page a host it cannot look into', () => {
    const { window } = new JSDOM('<!doctype html><body></body>');
    const { host, root } = createClosedHost(
      window.document,
      'orderproof-save',
      'save-button',
      ':host { all: initial; }',
    );
    expect(host.tagName.toLowerCase()).toBe('orderproof-save');
    expect(host.getAttribute('data-orderproof')).toBe('save-button');
    expect(host.shadowRoot).toBeNull();
    expect(root.mode).toBe('closed');
    expect(root.querySelector('style')?.textContent).toBe(':host { all: initial; }');
  });

  it('does not use a tag the page has already defined as a custom element', () => {
    const { window } = new JSDOM('<!doctype html><body></body>', { runScripts: 'outside-only' });
    window.eval("customElements.define('orderproof-save', class extends HTMLElement {})");
    const { host } = createClosedHost(window.document, 'orderproof-save', 'save-button', '');
    expect(host.tagName.toLowerCase()).toMatch(/^orderproof-save-[0-9a-f]{12}$/);
    expect(host.matches(':defined')).toBe(false);
    expect(host.getAttribute('data-orderproof')).toBe('save-button');
  });
});
