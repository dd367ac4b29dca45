import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
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
});
