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

/** Hides or shows OrderProof's own in-page UI; a page without it has nothing to hide. */
export async function setOwnUiHidden(tabId: number, hidden: boolean): Promise<void> {
  try {
    await sendTab(contentRequests, tabId, { type: 'capture.prepare', hidden });
  } catch {
    // No content script in this tab: nothing of ours is on the page.
  }
}
