import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { claimScriptSlot, endWhenExtensionGone } from '../../../utils/page-ui/script-slot';
import { pageToolsUi } from '../../../entrypoints/page-tools.content/ui';

const ours = (doc: Document) => doc.querySelectorAll('[data-orderproof]').length;
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

function setup() {
  const { window } = new JSDOM('<!doctype html><body><p>Order DS-1</p></body>');
  const state = { extension: true };
  const slot = claimScriptSlot(Symbol('page-tools'), () => state.extension)!;
  const ui = pageToolsUi(window.document, slot);
  endWhenExtensionGone(slot, 5);
  return { doc: window.document, state, slot, ui };
}

describe('the page tools’ UI is bound to the extension that put it there', () => {
  it('stays while the extension lives', async () => {
    const { doc, ui, slot } = setup();
    ui.status('Saving…', false);
    const picking = ui.pick('Drag over the part to save');
    await tick(30);
    expect(ours(doc)).toBe(2);
    slot.end();
    await picking;
  });

  it('goes, with a pick in progress cancelled, once the extension is reloaded or updated', async () => {
    const { doc, ui, state } = setup();
    ui.status('Saving…', false);
    const picking = ui.pick('Drag over the part to save');
    expect(ours(doc)).toBe(2);
    state.extension = false;
    await expect(picking).resolves.toBeUndefined();
    expect(ours(doc)).toBe(0);
    // A late status (say, the cancelled pick's own message) puts nothing back on the page.
    ui.status('Pick cancelled.', true);
    expect(ours(doc)).toBe(0);
  });
});
