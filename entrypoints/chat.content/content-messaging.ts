import { browser, type Browser } from 'wxt/browser';
import { errorText } from '../../utils/error-text';

/**
 * The chat content script's side of messaging, without zod (its bundle must stay small): requests are
 * checked by hand here and replies use the same envelope as utils/messaging.ts, whose zod schemas
 * (utils/chat/schemas.ts) validate them in the background.
 */
export type Req = Record<string, unknown>;

export class BadRequest extends Error {}

function fail(key: string, what: string): never {
  throw new BadRequest(`${key} must be ${what}`);
}

function int(req: Req, key: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const v = req[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
    fail(key, `a whole number in [${min}, ${max}]`);
  return v;
}

function str(req: Req, key: string, minLength: number, maxLength: number): string {
  const v = req[key];
  if (typeof v !== 'string' || v.length < minLength || v.length > maxLength)
    fail(key, `a string of ${minLength} to ${maxLength} characters`);
  return v;
}

function optStr(req: Req, key: string, minLength: number, maxLength: number): string | undefined {
  return req[key] === undefined ? undefined : str(req, key, minLength, maxLength);
}

function bool(req: Req, key: string): boolean {
  const v = req[key];
  if (typeof v !== 'boolean') fail(key, 'true or false');
  return v;
}

/**
 * Each message's request, read by hand. tests/unit/messaging/chat-page-requests.test.ts holds these to the
 * zod schemas in utils/messages/chat-page.ts: what one refuses, the other refuses too.
 */
export const readChatRequest = {
  'chat.ping': () => ({}),
  'chat.start': (req: Req) => ({ selector: optStr(req, 'selector', 1, 2000), generic: bool(req, 'generic') }),
  'chat.history': (req: Req) => ({ maxMs: int(req, 'maxMs', 1, 600_000), quietMs: int(req, 'quietMs', 1, 60_000) }),
  'chat.band': (req: Req) => ({ index: int(req, 'index', 0) }),
  'chat.ui': (req: Req) => ({ hidden: bool(req, 'hidden') }),
  'chat.finish': () => ({}),
  'chat.image': (req: Req) => ({ url: str(req, 'url', 0, 100_000) }),
  'chat.status': (req: Req) => ({ text: str(req, 'text', 0, 4000), busy: bool(req, 'busy') }),
  'chat.pick': (req: Req) => ({ caseId: optStr(req, 'caseId', 8, 64) }),
} satisfies Record<string, (req: Req) => object>;

export type ChatRequestType = keyof typeof readChatRequest;

/** Only messages from OrderProof's own background reach a handler. */
export function listenChat(handlers: {
  [K in ChatRequestType]: (req: ReturnType<(typeof readChatRequest)[K]>) => Promise<unknown>;
}): () => void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (reply: unknown) => void,
  ): true | undefined => {
    if (typeof message !== 'object' || message === null) return undefined;
    const type = (message as Req).type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    if (sender.id !== browser.runtime.id) return undefined;
    let work: Promise<unknown>;
    try {
      const read = readChatRequest[type as ChatRequestType](message as Req);
      work = (handlers[type as ChatRequestType] as (req: object) => Promise<unknown>)(read);
    } catch (err) {
      work = Promise.reject(err);
    }
    work.then(
      (data) => sendResponse({ ok: true, data }),
      (err: unknown) => sendResponse({ ok: false, error: errorText(err) }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Sends to the background and unwraps the envelope; the background validated what it received. */
export async function sendBackground(message: Req): Promise<Req> {
  const reply: unknown = await browser.runtime.sendMessage(message);
  if (typeof reply !== 'object' || reply === null) throw new Error('No reply from OrderProof');
  const r = reply as Req;
  if (r.ok !== true) throw new Error(typeof r.error === 'string' ? r.error : 'OrderProof refused the request');
  return (typeof r.data === 'object' && r.data !== null ? r.data : {}) as Req;
}
