import { browser, type Browser } from 'wxt/browser';
import type { MessageKey } from '../../utils/i18n';

/**
 * The chat content script's side of messaging, without zod (its bundle must stay small): requests are
 * checked by hand here and replies use the same envelope as utils/messaging.ts, whose zod schemas
 * (utils/chat/schemas.ts) validate them in the background.
 */
export type Req = Record<string, unknown>;
type Handler = (req: Req, sender: Browser.runtime.MessageSender) => Promise<unknown>;

export class BadRequest extends Error {}

export function num(req: Req, key: string, min = -Infinity, max = Infinity): number {
  const v = req[key];
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) throw new BadRequest(`${key} must be a number in [${min}, ${max}]`);
  return v;
}

export function optStr(req: Req, key: string, maxLength = 2000): string | undefined {
  const v = req[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v.length > maxLength) throw new BadRequest(`${key} must be a string of at most ${maxLength} characters`);
  return v;
}

export function bool(req: Req, key: string): boolean {
  const v = req[key];
  if (v === undefined) return false;
  if (typeof v !== 'boolean') throw new BadRequest(`${key} must be true or false`);
  return v;
}

/** Only messages from OrderProof's own background reach a handler. */
export function listenChat(handlers: Record<string, Handler>): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void): true | undefined => {
    if (typeof message !== 'object' || message === null) return undefined;
    const type = (message as Req).type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    if (sender.id !== browser.runtime.id) return undefined;
    let work: Promise<unknown>;
    try {
      work = handlers[type]!(message as Req, sender);
    } catch (err) {
      work = Promise.reject(err);
    }
    work.then(
      (data) => sendResponse({ ok: true, data }),
      (err: unknown) => sendResponse({ ok: false, error: err instanceof Error ? err.message : String(err) }),
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

/** The extension's i18n directly: utils/i18n.ts would bring zod into this bundle (only its type is imported). */
export function msg(key: MessageKey, ...subs: (string | number)[]): string {
  return browser.i18n.getMessage(key, subs.map(String)) || key;
}
