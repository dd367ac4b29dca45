import type { OrderProofDB } from '../db/database';
import { t } from '../i18n';
import { listen } from '../messaging';
import { captureRequests } from '../schemas/messages';
import { registerCommands } from '../background/commands';
import { registerContextMenus } from '../background/context-menu';
import { ensureContentScript, fromExtensionPage, sendPage } from '../background/page-access';
import { refuseBackgroundTab } from '../background/page-sender';
import { saveCapture, saveRegion } from '../background/save-capture';

/** The background's capture messages, context menu and shortcut; one call from the router. */
export function startCaptureHandlers(db: OrderProofDB): void {
  listen(captureRequests, {
    'capture.full': (req, sender) => {
      const tabId = req.tabId ?? sender.tab?.id;
      if (tabId === undefined) return Promise.reject(new Error(t('errorNoTab')));
      return saveCapture(db, { tabId, scope: 'full', activate: fromExtensionPage(sender), ...(req.caseId ? { caseId: req.caseId } : {}), ...(req.orderId ? { orderId: req.orderId } : {}) });
    },
    'capture.region': async (req, sender) => {
      refuseBackgroundTab(sender);
      const tabId = req.tabId ?? sender.tab?.id;
      if (tabId === undefined) return Promise.reject(new Error(t('errorNoTab')));
      return saveRegion(db, { tabId, pick: req.pick, activate: fromExtensionPage(sender), ...(req.caseId ? { caseId: req.caseId } : {}) });
    },
    'capture.pick': async ({ tabId, mode, caseId }) => {
      await ensureContentScript(tabId);
      return sendPage(tabId, { type: 'capture.startPick', mode, ...(caseId ? { caseId } : {}) });
    },
  });
  registerContextMenus(db);
  registerCommands(db);
}
