import { browser } from 'wxt/browser';
import { sendTab } from '../messaging';
import { contentRequests, type PagePayload } from '../schemas/messages';

const CONTENT_SCRIPT_FILE = '/content-scripts/marketplace.js';

/**
 * Reads the page through OrderProof's content script. On a page it is not registered for
 * (the popup's button works on any site) it is injected first, which activeTab allows.
 */
export async function collectFromTab(tabId: number): Promise<PagePayload> {
  try {
    return await sendTab(contentRequests, tabId, { type: 'page.collect' });
  } catch {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return sendTab(contentRequests, tabId, { type: 'page.collect' });
  }
}

/** Makes sure OrderProof's content script is in the tab (it is injected where it is not registered). */
export async function ensureContentScript(tabId: number): Promise<void> {
  try {
    await sendTab(contentRequests, tabId, { type: 'capture.measure' });
  } catch {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  }
}

/** Shows progress or a result on the page's own status line; a page without our script shows nothing. */
export async function showPageStatus(tabId: number, text: string, done: boolean): Promise<void> {
  try {
    await sendTab(contentRequests, tabId, { type: 'capture.status', text, done });
  } catch {
    // No content script there (e.g. the tab closed): the popup and badge still show progress.
  }
}

/** Hides or shows OrderProof's own in-page UI; a page without it has nothing to hide. */
export async function setOwnUiHidden(tabId: number, hidden: boolean): Promise<void> {
  try {
    await sendTab(contentRequests, tabId, { type: 'capture.prepare', hidden });
  } catch {
    // No content script in this tab: nothing of ours is on the page.
  }
}
