import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser, type Browser } from 'wxt/browser';
import en from '../../../public/_locales/en/messages.json';
import { refuseBackgroundTab } from '../../../entrypoints/background/sender';
import { setCatalogue } from '../../../utils/i18n';

const tab = (active: boolean) =>
  ({ id: 7, index: 0, active, pinned: false, highlighted: active, incognito: false, windowId: 1 }) as Browser.tabs.Tab;

describe('captures asked for by a content script', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    setCatalogue('en', en);
  });
  afterEach(() => setCatalogue(undefined));

  it('are refused from a tab that is not in front of its window', () => {
    expect(() => refuseBackgroundTab({ tab: tab(false), url: 'https://shop.example/orders/1' })).toThrow(
      /not the one in front of its window/,
    );
  });

  it('are accepted from the tab in front', () => {
    expect(() => refuseBackgroundTab({ tab: tab(true), url: 'https://shop.example/orders/1' })).not.toThrow();
  });

  it('do not concern the popup, the library or other extension pages, which name the tab themselves', () => {
    expect(() => refuseBackgroundTab({ tab: tab(false), url: browser.runtime.getURL('/library.html') })).not.toThrow();
    expect(() => refuseBackgroundTab({ url: browser.runtime.getURL('/popup.html') })).not.toThrow();
  });
});
