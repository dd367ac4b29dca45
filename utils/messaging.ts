import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import { envelopeSchema } from './schemas/messages';

type Spec = { request: z.ZodType<{ type: string }>; response: z.ZodType };
type Specs = Record<string, Spec>;

export type RequestOf<S extends Specs, K extends keyof S> = z.infer<S[K]['request']>;
export type ResponseOf<S extends Specs, K extends keyof S> = z.infer<S[K]['response']>;
export type Handlers<S extends Specs> = {
  [K in keyof S]: (request: RequestOf<S, K>, sender: Browser.runtime.MessageSender) => Promise<ResponseOf<S, K>>;
};

export class MessageError extends Error {}

/** Checks a raw reply's envelope and its message's response schema. */
export function unwrapReply<S extends Specs, K extends keyof S>(specs: S, type: K, raw: unknown): ResponseOf<S, K> {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) throw new MessageError(`No valid reply to ${String(type)}`);
  if (!envelope.data.ok) throw new MessageError(envelope.data.error);
  const parsed = specs[type]!.response.safeParse(envelope.data.data);
  if (!parsed.success) throw new MessageError(`Reply to ${String(type)} failed its schema: ${z.prettifyError(parsed.error)}`);
  return parsed.data as ResponseOf<S, K>;
}

/** Sends to the extension's own pages and background (runtime messaging). */
export async function sendRuntime<S extends Specs, K extends keyof S & string>(
  specs: S,
  request: RequestOf<S, K> & { type: K },
): Promise<ResponseOf<S, K>> {
  return unwrapReply(specs, request.type, await browser.runtime.sendMessage(request));
}

/** Sends to the content script in a tab. */
export async function sendTab<S extends Specs, K extends keyof S & string>(
  specs: S,
  tabId: number,
  request: RequestOf<S, K> & { type: K },
): Promise<ResponseOf<S, K>> {
  return unwrapReply(specs, request.type, await browser.tabs.sendMessage(tabId, request));
}

export interface ListenOptions {
  /** Ignore messages meant for another context (e.g. `target: 'offscreen'`). */
  accept?: (message: unknown) => boolean;
  onRefused?: (reason: string, message: unknown) => void;
}

/**
 * Validates every incoming message against its schema before a handler sees it. A message that
 * fails is refused with a logged error and never reaches a handler, so nothing is stored from it.
 */
export function listen<S extends Specs>(specs: S, handlers: Handlers<S>, options: ListenOptions = {}): () => void {
  // sendResponse + `return true` is the one reply style every runtime (Chrome, Firefox, the
  // polyfill and test fakes) honours; a returned Promise is not.
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void): true | undefined => {
    if (options.accept && !options.accept(message)) return undefined;
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(specs, type)) return undefined;
    const parsed = specs[type]!.request.safeParse(message);
    if (!parsed.success) {
      const reason = `Refused ${type}: ${z.prettifyError(parsed.error)}`;
      console.error('[OrderProof]', reason);
      options.onRefused?.(reason, message);
      sendResponse({ ok: false, error: reason });
      return true;
    }
    const handler = handlers[type as keyof S] as (r: unknown, s: Browser.runtime.MessageSender) => Promise<unknown>;
    handler(parsed.data, sender).then(
      (data) => sendResponse({ ok: true, data }),
      (err: unknown) => {
        const error = err instanceof Error ? err.message : String(err);
        console.error('[OrderProof]', type, error);
        sendResponse({ ok: false, error });
      },
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
