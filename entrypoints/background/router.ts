import { browser } from 'wxt/browser';
import { getDb } from '../../utils/db/database';
import { findCaseForOrder } from '../../utils/db/store';
import { CAPTURE_RESERVE_BYTES } from '../../utils/db/space';
import { ensureRoom } from '../../utils/db/storage-guard';
import { t } from '../../utils/i18n';
import { listen } from '../../utils/messaging';
import { backgroundRequests } from '../../utils/schemas/messages';
import { orderGlance } from '../../utils/schemas/order-glance';
import { startCaptureHandlers } from './capture-handlers';
import { startChatHandlers } from './chat-capture';
import { isCapturableUrl } from '../../utils/capture/meta';
import { exportCaseToDownloads } from './export';
import { collectFromTab, fromExtensionPage } from './tab';
import { resumeCaptures, saveCapture } from './capture';
import { startReminders } from './reminders';
import { inPageButtonWanted } from './button-policy';
import { refuseBackgroundTab } from './sender';

/** The background's message router: every request is validated by `listen` before it gets here. */
export function startBackground(): void {
  const db = getDb();
  startReminders(db);
  void resumeCaptures(db).catch((err: unknown) => console.error('[OrderProof] capture journal', err));
  listen(backgroundRequests, {
    'capture.save': async (req, sender) => {
      refuseBackgroundTab(sender);
      const tabId = req.tabId ?? sender.tab?.id;
      if (tabId === undefined) throw new Error(t('errorNoTab'));
      // Before the page is touched: a save that cannot be stored is refused with the reason.
      await ensureRoom(CAPTURE_RESERVE_BYTES);
      return saveCapture(db, { tabId, activate: fromExtensionPage(sender), ...(req.caseId ? { caseId: req.caseId } : {}), ...(req.orderId ? { orderId: req.orderId } : {}) });
    },
    'page.status': async ({ tabId }) => {
      const tab = await browser.tabs.get(tabId);
      if (!isCapturableUrl(tab.url)) return { capturable: false, orderIds: [], ...(tab.url ? { url: tab.url } : {}) };
      const page = await collectFromTab(tabId, { text: false });
      const orderIds = page.orders.flatMap((o) => (o.orderId ? [o.orderId] : []));
      const existing = page.marketplace && orderIds[0] ? await findCaseForOrder(db, page.marketplace, orderIds[0]) : undefined;
      return {
        capturable: true,
        url: page.url,
        ...(page.marketplace ? { marketplace: page.marketplace } : {}),
        kind: page.kind,
        orderIds,
        orders: page.orders.flatMap((o) => (o.orderId ? [orderGlance({ ...o, orderId: o.orderId })] : [])),
        ...(page.changed ? { changed: page.changed } : {}),
        ...(existing ? { caseId: existing.id } : {}),
      };
    },
    'export.case': ({ caseId, choice }) => exportCaseToDownloads(db, caseId, choice),
    'page.hello': (_req, sender) => inPageButtonWanted(db, sender.url),
  });
  startCaptureHandlers(db);
  startChatHandlers(db);
}
