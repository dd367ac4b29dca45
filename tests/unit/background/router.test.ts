import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { registerBackground } from '../../../entrypoints/background/router';
import { MessageRouter } from '../../../utils/messaging';
import { backgroundMessages } from '../../../utils/messages/background';
import { freshDb } from '../../support/db';

describe('the background’s one router', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // Menus and the shortcut are registered beside the messages; the fake browser has neither.
    Object.assign(fakeBrowser, {
      contextMenus: { removeAll: () => Promise.resolve(), create: vi.fn(), onClicked: { addListener: vi.fn() } },
    });
    vi.spyOn(browser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('answers every bg.… message of the protocol, each through the one handler its concern registered', () => {
    const router = new MessageRouter();
    registerBackground(router, freshDb());
    expect(router.types.sort()).toEqual(Object.keys(backgroundMessages).sort());
  });

  it('is the one runtime listener, and routes a message to its handler', async () => {
    const router = new MessageRouter();
    registerBackground(router, freshDb());
    const stop = router.start();
    try {
      const reply: unknown = await browser.runtime.sendMessage({ type: 'bg.page.hello', source: 'page' });
      expect(reply).toEqual({ ok: true, data: { button: false } });
    } finally {
      stop();
    }
  });
});
