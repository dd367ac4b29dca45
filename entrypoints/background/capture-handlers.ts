import type { OrderProofDB } from '../../utils/db/database';
import { t } from '../../utils/i18n';
import { listen } from '../../utils/messaging';
import { captureRequests } from '../../utils/schemas/messages';
import { registerCommands } from './commands';
import { registerContextMenus } from './context-menu';
import { ensureContentScript, fromExtensionPage, sendPage } from './tab';
import { refuseBackgroundTab } from './sender';
import { saveCapture, saveRegion } from './capture';

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
