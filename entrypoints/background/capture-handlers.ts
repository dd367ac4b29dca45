import type { OrderProofDB } from '../../utils/db/database';
import { t } from '../../utils/i18n';
import type { MessageRouter } from '../../utils/messaging';
import { CAPTURE_RESERVE_BYTES } from '../../utils/db/space';
import { ensureRoom } from '../../utils/db/storage-guard';
import { backgroundMessages } from '../../utils/messages/background';
import { registerCommands } from './commands';
import { registerContextMenus } from './context-menu';
import { ensureContentScript, fromExtensionPage, sendPage } from './tab';
import { refuseBackgroundTab } from './sender';
import { resumeCaptures, saveCapture, saveRegion } from './capture';

/**
 * The background's capture messages (added to its one router), context menu and shortcut; at each
 * start, the full-page captures an earlier instance left unfinished are finished.
 */
export function registerCaptureMessages(router: MessageRouter, db: OrderProofDB): void {
  void resumeCaptures(db).catch((err: unknown) => console.error('[OrderProof] capture journal', err));
  router.on(backgroundMessages, {
    'bg.capture.save': async (req, sender) => {
      refuseBackgroundTab(sender);
      const tabId = req.tabId ?? sender.tab?.id;
      if (tabId === undefined) throw new Error(t('errorNoTab'));
      // Before the page is touched: a save that cannot be stored is refused with the reason.
      await ensureRoom(CAPTURE_RESERVE_BYTES);
      return saveCapture(db, {
        tabId,
        activate: fromExtensionPage(sender),
        ...(req.caseId ? { caseId: req.caseId } : {}),
        ...(req.orderId ? { orderId: req.orderId } : {}),
      });
    },
    'bg.capture.full': (req, sender) => {
      const tabId = req.tabId ?? sender.tab?.id;
      if (tabId === undefined) return Promise.reject(new Error(t('errorNoTab')));
      return saveCapture(db, {
        tabId,
        scope: 'full',
        activate: fromExtensionPage(sender),
        ...(req.caseId ? { caseId: req.caseId } : {}),
        ...(req.orderId ? { orderId: req.orderId } : {}),
      });
    },
    'bg.capture.region': async (req, sender) => {
      refuseBackgroundTab(sender);
      const tabId = req.tabId ?? sender.tab?.id;
      if (tabId === undefined) return Promise.reject(new Error(t('errorNoTab')));
      return saveRegion(db, {
        tabId,
        pick: req.pick,
        activate: fromExtensionPage(sender),
        ...(req.caseId ? { caseId: req.caseId } : {}),
      });
    },
    'bg.capture.pick': async ({ tabId, mode, caseId }) => {
      await ensureContentScript(tabId);
      return sendPage(tabId, { type: 'tools.startPick', mode, ...(caseId ? { caseId } : {}) });
    },
  });
  registerContextMenus(db);
  registerCommands(db);
}
