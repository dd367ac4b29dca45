import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import { errorText } from './error-text';

/** Every reply travels in this envelope, so a failure is a value with a reason, not a silent undefined. */
export const envelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

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
  if (!parsed.success)
    throw new MessageError(`Reply to ${String(type)} failed its schema: ${z.prettifyError(parsed.error)}`);
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
  onRefused?: (reason: string, message: unknown) => void;
}

type Route = { spec: Spec; handler: (request: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown> };

/**
 * One context's message listener. Each concern adds the messages it answers (`on`, a part of a
 * protocol); `start` installs the one `runtime.onMessage` listener that routes them. Every incoming
 * message is validated against its schema before a handler sees it: one that fails is refused with a
 * logged error and never reaches a handler, so nothing is stored from it. Messages no route names are
 * left to other listeners (another context's, or nobody's).
 */
export class MessageRouter {
  private readonly routes = new Map<string, Route>();

  constructor(private readonly options: ListenOptions = {}) {}

  on<S extends Specs>(specs: S, handlers: Partial<Handlers<S>>): this {
    for (const type of Object.keys(handlers)) {
      if (this.routes.has(type)) throw new Error(`Two handlers for ${type}`);
      const spec = specs[type];
      if (!spec) throw new Error(`${type} is not in its protocol`);
      this.routes.set(type, { spec, handler: handlers[type] as Route['handler'] });
    }
    return this;
  }

  /** The message types this router answers. */
  get types(): string[] {
    return [...this.routes.keys()];
  }

  start(): () => void {
    // sendResponse + `return true` is the one reply style every runtime (Chrome, Firefox, the
    // polyfill and test fakes) honours; a returned Promise is not.
    const listener = (
      message: unknown,
      sender: Browser.runtime.MessageSender,
      sendResponse: (reply: unknown) => void,
    ): true | undefined => {
      const type = (message as { type?: unknown } | null)?.type;
      const route = typeof type === 'string' ? this.routes.get(type) : undefined;
      if (!route) return undefined;
      const parsed = route.spec.request.safeParse(message);
      if (!parsed.success) {
        const reason = `Refused ${String(type)}: ${z.prettifyError(parsed.error)}`;
        console.error('[OrderProof]', reason);
        this.options.onRefused?.(reason, message);
        sendResponse({ ok: false, error: reason });
        return true;
      }
      route.handler(parsed.data, sender).then(
        (data) => sendResponse({ ok: true, data }),
        (err: unknown) => {
          const error = errorText(err);
          console.error('[OrderProof]', type, error);
          sendResponse({ ok: false, error });
        },
      );
      return true;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }
}

/** A context that answers one protocol's messages, or some of them: one router, started at once. */
export function listen<S extends Specs>(
  specs: S,
  handlers: Partial<Handlers<S>>,
  options: ListenOptions = {},
): () => void {
  return new MessageRouter(options).on(specs, handlers).start();
}
