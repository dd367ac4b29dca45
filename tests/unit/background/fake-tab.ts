import { vi } from 'vitest';
import { browser } from 'wxt/browser';

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
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  }) as unknown as typeof browser.tabs.sendMessage);
  return sent;
}
