import { afterEach, beforeEach, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../../public/_locales/en/messages.json';
import { errorText } from '../../../utils/error-text';
import { setCatalogue } from '../../../utils/i18n';

type Reply = (message: { type: string } & Record<string, unknown>) => unknown;

/**
 * A content script in a tab, as the background's sendTab sees it: each message type answered by its
 * function (wrapped in the reply envelope; a throw becomes a failed reply). Returns the messages sent.
 */
export function fakeTabScript(replies: Record<string, Reply>): { type: string; [k: string]: unknown }[] {
  const sent: { type: string; [k: string]: unknown }[] = [];
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_tabId: number, raw: unknown) => {
    const message = raw as { type: string };
    sent.push(message);
    const reply = replies[message.type];
    if (!reply) throw new Error(`Could not establish connection (${message.type})`);
    try {
      return { ok: true, data: await reply(message) };
    } catch (err) {
      return { ok: false, error: errorText(err) };
    }
  }) as unknown as typeof browser.tabs.sendMessage);
  return sent;
}

/**
 * The background as the stage tests see it: a reset fake browser, English strings, and a manifest and
 * browser name for what a capture records; everything put back after each test.
 */
export function useFakeBackground(): void {
  beforeEach(() => {
    fakeBrowser.reset();
    setCatalogue('en', en);
    vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'OrderProof',
      version: '9.9.9',
    });
    vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 Chrome/150.0.1.2 Safari/537.36' });
  });
  afterEach(() => {
    setCatalogue(undefined);
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
}
