import { browser, type Browser } from 'wxt/browser';
import { sendTab, unwrapReply, type ResponseOf } from '../../utils/messaging';
import type { PagePayload } from '../../utils/schemas/messages';
import { pageToolsMessages, type PageToolsMessages } from '../../utils/messages/page-tools';
import type { PagePort, PageRequest } from '../../utils/capture/page-port';
import { errorText } from '../../utils/error-text';
import { getDb } from '../../utils/db/database';
import { recipesForUrl } from '../../utils/recipes/store';

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
  const message = errorText(err);
  return /Receiving end does not exist|Could not establish connection/i.test(message);
}

/**
 * Whether OrderProof's page tools answer in the tab. Only they answer `tools.ping` (the loader and the
 * chat script leave `tools.…` messages alone), so anything but their valid answer means "not there".
 */
async function pageToolsAnswer(tabId: number): Promise<boolean> {
  const raw: unknown = await browser.tabs.sendMessage(tabId, { type: 'tools.ping' }).catch((err: unknown) => {
    if (isNoReceiver(err)) return undefined;
    throw err;
  });
  try {
    return unwrapReply(pageToolsMessages, 'tools.ping', raw).ready;
  } catch {
    return false;
  }
}

/** Injects OrderProof's page tools where they do not answer yet (they are never loaded on page load). */
export async function ensurePageTools(tabId: number): Promise<void> {
  if (await pageToolsAnswer(tabId)) return;
  await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_TOOLS_FILE] });
}

/** Sends a request to OrderProof's page tools in a tab, injecting them first where they are not yet. */
export async function sendPage<K extends keyof PageToolsMessages & string>(
  tabId: number,
  request: PageRequest<K>,
): Promise<ResponseOf<PageToolsMessages, K>> {
  await ensurePageTools(tabId);
  return sendTab<PageToolsMessages, K>(pageToolsMessages, tabId, request);
}

/**
 * The capture engine's way to the page tools of one tab: they are made sure of once, then asked
 * directly, so a capture's many scroll and measure steps cost no extra round trip each.
 */
export function pagePort(tabId: number): PagePort {
  let ready: Promise<void> | undefined;
  return async <K extends keyof PageToolsMessages & string>(request: PageRequest<K>) => {
    await (ready ??= ensurePageTools(tabId));
    return sendTab<PageToolsMessages, K>(pageToolsMessages, tabId, request);
  };
}

/** Reads the page: its address, title, text, size and the orders on it (`text: false` leaves the text out). */
export async function collectFromTab(tabId: number, options: { text: boolean } = { text: true }): Promise<PagePayload> {
  // The site's recipes learned by pointing go with the request: the page tools apply them after the readers.
  const recipes = await recipesForUrl(getDb(), (await browser.tabs.get(tabId)).url).catch(() => []);
  return sendPage(tabId, {
    type: 'tools.collect',
    ...(options.text ? {} : { text: false }),
    ...(recipes.length ? { recipes } : {}),
  });
}

/** Makes sure OrderProof's page tools are in the tab. */
export const ensureContentScript = ensurePageTools;

/** Shows progress or a result on the page's own status line; a closed tab shows nothing. */
export async function showPageStatus(tabId: number, text: string, done: boolean): Promise<void> {
  try {
    await sendPage(tabId, { type: 'tools.status', text, done });
  } catch {
    // The tab closed or cannot be scripted: the popup and badge still show progress.
  }
}

/** Hides or shows OrderProof's own in-page UI. */
export async function setOwnUiHidden(tabId: number, hidden: boolean): Promise<void> {
  try {
    await sendPage(tabId, { type: 'tools.prepare', hidden });
  } catch {
    // Nothing of ours can be on a page we cannot script.
  }
}
