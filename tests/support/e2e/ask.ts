import type { Page } from 'playwright-core';

type Chrome = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

/**
 * Sends `message` to the background from an extension page, as the popup does, and gives its reply as `R`
 * (the test says what shape it expects; the reply is not checked here).
 */
export async function askBackground<R = unknown>(ext: Page, message: unknown): Promise<R> {
  return (await ext.evaluate((m) => (globalThis as unknown as Chrome).chrome.runtime.sendMessage(m), message)) as R;
}
