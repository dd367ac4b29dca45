import type { Page } from 'playwright-core';

type Reply = { ok: true; data: Record<string, unknown> } | { ok: false; error: string };

/**
 * Sends a message to the background from an extension page, as the popup does, and returns its data; a
 * refusal throws with the background's own words.
 */
export async function askBackground(
  ext: Page,
  message: { type: string; [field: string]: unknown },
): Promise<Record<string, unknown>> {
  const reply = await ext.evaluate(
    (req) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<Reply> } } }
      ).chrome.runtime.sendMessage(req),
    message,
  );
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
