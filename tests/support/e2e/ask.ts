import type { Page } from 'playwright-core';

type Chrome = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };
type Reply = { ok: true; data: Record<string, unknown> } | { ok: false; error: string };

/**
 * Sends `message` to the background from an extension page, as the popup does, and gives its reply as it is
 * (`{ ok, data }` or `{ ok: false, error }`), typed as the test expects it: for tests that look at refusals.
 */
export async function backgroundReply<R = Reply>(ext: Page, message: unknown): Promise<R> {
  return (await ext.evaluate((m) => (globalThis as unknown as Chrome).chrome.runtime.sendMessage(m), message)) as R;
}

/**
 * Sends a message to the background from an extension page, as the popup does, and returns its data; a
 * refusal throws with the background's own words.
 */
export async function askBackground(
  ext: Page,
  message: { type: string; [field: string]: unknown },
): Promise<Record<string, unknown>> {
  const reply = await backgroundReply<Reply>(ext, message);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
