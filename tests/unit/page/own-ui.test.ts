import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { pickElement } from '../../../entrypoints/chat.content/ui';
import { mountFloatingButton } from '../../../utils/page-ui/floating-button';
import { setOwnUiHidden } from '../../../utils/page-ui/own-ui';

const shown = (el: HTMLElement) => el.style.getPropertyValue('display') !== 'none';

describe("OrderProof's own page UI during a capture (review D3)", () => {
  it('hides every host, the chat list picker and the in-page buttons alike, and puts each back as it was', () => {
    const { window } = new JSDOM('<!doctype html><body><div id="page">shop</div></body>');
    const doc = window.document;
    // The chat list picker, as "Save whole chat" puts it up: a blue banner over the page.
    void pickElement(doc, 'Point at the messages');
    const picker = doc.querySelector<HTMLElement>('[data-orderproof="chat-picker"]')!;
    expect(picker).not.toBeNull();
    const save = mountFloatingButton(doc, {
      tag: 'orderproof-save',
      role: 'save-button',
      label: 'Save',
      background: '#000',
      hover: '#111',
      bottom: 16,
      onClick: () => undefined,
    });
    save.setHidden(false);
    const own = [picker, save.host];
    setOwnUiHidden(doc, true);
    expect(own.map(shown)).toEqual([false, false]);
    expect(shown(doc.getElementById('page')!)).toBe(true);
    setOwnUiHidden(doc, false);
    expect(own.map(shown)).toEqual([true, true]);
    // The button had its own inline display; it comes back with it rather than with none at all.
    expect(save.host.style.getPropertyValue('display')).toBe('block');
  });

  it('two scripts hiding at once (the chat script and the page tools in one chat capture): shown again after both', async () => {
    const { window } = new JSDOM('<!doctype html><body></body>');
    const doc = window.document;
    const chat = mountFloatingButton(doc, {
      tag: 'orderproof-chat',
      role: 'chat-button',
      label: 'Save whole chat',
      background: '#000',
      hover: '#111',
      bottom: 16,
      onClick: () => undefined,
    });
    chat.setHidden(false);
    // Each bundle has its own copy of the module, as the chat script and the page tools do in a browser.
    const chatScript = await import('../../../utils/page-ui/own-ui');
    vi.resetModules();
    const pageTools = await import('../../../utils/page-ui/own-ui');
    expect(pageTools).not.toBe(chatScript);
    chatScript.setOwnUiHidden(doc, true);
    pageTools.setOwnUiHidden(doc, true);
    expect(shown(chat.host)).toBe(false);
    chatScript.setOwnUiHidden(doc, false);
    pageTools.setOwnUiHidden(doc, false);
    expect(chat.host.style.getPropertyValue('display')).toBe('block');
  });
});
