import { browser } from 'wxt/browser';
import type { OrderProofDB } from '../../utils/db/database';
import { reportOnPage } from './outcome';
import { saveCapture } from './capture';

export const FULL_PAGE_COMMAND = 'capture-full-page';

/** The keyboard shortcut (Alt+Shift+S by default): the whole page of the tab in front. */
export function registerCommands(db: OrderProofDB): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== FULL_PAGE_COMMAND) return;
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId !== undefined) await reportOnPage(tabId, saveCapture(db, { tabId, scope: 'full' }));
    })();
  });
}
