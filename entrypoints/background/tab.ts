import { browser, type Browser } from 'wxt/browser';
import { sendTab, unwrapReply, type ResponseOf } from '../../utils/messaging';
import { contentRequests, type ContentRequests, type PagePayload } from '../../utils/schemas/messages';
import type { PagePort, PageRequest } from '../../utils/capture/page-port';

/**
 * Whether a message came from one of OrderProof's own pages (popup, library) rather than a content
 * script in a web page: only those may bring a tab to the front for a capture.
 */
export function fromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const own = browser.runtime.getURL('/');
  return sender.url !== undefined && sender.url.startsWith(own);
}

const PAGE_TOOLS_FILE = '/content-scripts/page-tools.js';

function isNoReceiver(err: unknown): boolean {
  const message = err instanceof Error ? err.message : String(err);
  return /Receiving end does not exist|Could not establish connection/i.test(message);
}

/**
 * Sends a request to OrderProof's page tools in a tab, injecting them first where they are not yet
 * (they are never loaded on page load: only when the user saves, captures or picks).
 */
export async function sendPage<K extends keyof ContentRequests & string>(tabId: number, request: PageRequest<K>): Promise<ResponseOf<ContentRequests, K>> {
  // Other OrderProof scripts in the tab (the loader, the chat script) may listen too and let a
  // message they do not handle go by, which reads as an empty reply rather than an error.
  const message: unknown = request;
  const raw: unknown = await browser.tabs.sendMessage(tabId, message).catch((err: unknown) => {
    if (isNoReceiver(err)) return undefined;
    throw err;
  });
  if (raw !== undefined) return unwrapReply(contentRequests, request.type, raw);
  await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_TOOLS_FILE] });
  return sendTab<ContentRequests, K>(contentRequests, tabId, request);
}

/** The capture engine's way to the page tools of one tab. */
export function pagePort(tabId: number): PagePort {
  return (request) => sendPage(tabId, request);
}

/** Reads the page: its address, title, text, size and the orders on it (`text: false` leaves the text out). */
export function collectFromTab(tabId: number, options: { text: boolean } = { text: true }): Promise<PagePayload> {
  return sendPage(tabId, { type: 'page.collect', ...(options.text ? {} : { text: false }) });
}

/** Makes sure OrderProof's page tools are in the tab. */
export async function ensureContentScript(tabId: number): Promise<void> {
  await sendPage(tabId, { type: 'capture.measure' });
}

/** Shows progress or a result on the page's own status line; a closed tab shows nothing. */
export async function showPageStatus(tabId: number, text: string, done: boolean): Promise<void> {
  try {
    await sendPage(tabId, { type: 'capture.status', text, done });
  } catch {
    // The tab closed or cannot be scripted: the popup and badge still show progress.
  }
}

/** Hides or shows OrderProof's own in-page UI. */
export async function setOwnUiHidden(tabId: number, hidden: boolean): Promise<void> {
  try {
    await sendPage(tabId, { type: 'capture.prepare', hidden });
  } catch {
    // Nothing of ours can be on a page we cannot script.
  }
}
