import { browser } from 'wxt/browser';
import { getDb } from '../../utils/db/database';
import { findCaseForOrder } from '../../utils/db/store';
import { MessageRouter } from '../../utils/messaging';
import { backgroundMessages } from '../../utils/messages/background';
import { orderGlance } from '../../utils/schemas/order-glance';
import { registerCaptureMessages } from './capture-handlers';
import { registerChatMessages } from './chat-capture';
import { isCapturableUrl } from '../../utils/capture/meta';
import { exportCaseToDownloads } from './export';
import { collectFromTab } from './tab';
import { resumeCaptures } from './capture';
import { startReminders } from './reminders';
import { inPageButtonWanted, senderPageOrders } from './button-policy';

/**
 * The background's one message router: each concern adds the `bg.…` messages it answers, and every
 * request is validated against its schema before a handler sees it.
 */
export function startBackground(): void {
  const db = getDb();
  startReminders(db);
  void resumeCaptures(db).catch((err: unknown) => console.error('[OrderProof] capture journal', err));
  const router = new MessageRouter();
  router.on(backgroundMessages, {
    'bg.page.status': async ({ tabId }) => {
      const tab = await browser.tabs.get(tabId);
      if (!isCapturableUrl(tab.url)) return { capturable: false, orderIds: [], ...(tab.url ? { url: tab.url } : {}) };
      const page = await collectFromTab(tabId, { text: false });
      const orderIds = page.orders.flatMap((o) => (o.orderId ? [o.orderId] : []));
      const existing =
        page.marketplace && orderIds[0] ? await findCaseForOrder(db, page.marketplace, orderIds[0]) : undefined;
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
    'bg.export.case': ({ caseId, choice }) => exportCaseToDownloads(db, caseId, choice),
    'bg.page.hello': (_req, sender) => inPageButtonWanted(db, sender.url),
    'bg.page.orders': (_req, sender) => senderPageOrders(sender),
  });
  registerCaptureMessages(router, db);
  registerChatMessages(router, db);
  router.start();
}
