import { browser, type Browser } from 'wxt/browser';
import type { OrderProofDB } from '../../utils/db/database';
import { t } from '../../utils/i18n';
import { reportOnPage } from './outcome';
import { ensureContentScript, sendPage } from './tab';
import { saveCapture, saveRegion } from './capture';

const MENU = {
  page: 'orderproof-save-page',
  selection: 'orderproof-save-selection',
  image: 'orderproof-save-image',
} as const;

function createMenus(): void {
  // Menus survive worker restarts but not reinstalls; recreating from scratch avoids duplicate ids.
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU.page, title: t('menuSavePage'), contexts: ['page'] });
    browser.contextMenus.create({ id: MENU.selection, title: t('menuSaveSelection'), contexts: ['selection'] });
    browser.contextMenus.create({ id: MENU.image, title: t('menuSaveImage'), contexts: ['image'] });
  });
}

async function onClicked(
  db: OrderProofDB,
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
): Promise<void> {
  const tabId = tab?.id;
  if (tabId === undefined) return;
  if (info.menuItemId === MENU.page) {
    await reportOnPage(tabId, saveCapture(db, { tabId, scope: 'full' }));
    return;
  }
  const kind = info.menuItemId === MENU.selection ? 'selection' : info.menuItemId === MENU.image ? 'image' : undefined;
  if (!kind) return;
  const work = (async () => {
    await ensureContentScript(tabId);
    const { pick } = await sendPage(tabId, {
      type: 'tools.contextTarget',
      kind,
      ...(info.srcUrl ? { srcUrl: info.srcUrl } : {}),
    });
    if (!pick) throw new Error(t('errorNoContextTarget'));
    return saveRegion(db, { tabId, pick });
  })();
  await reportOnPage(tabId, work);
}

/** "Save this page / selection / image as evidence" in the page's context menu. */
export function registerContextMenus(db: OrderProofDB): void {
  browser.runtime.onInstalled.addListener(createMenus);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void onClicked(db, info, tab);
  });
}
