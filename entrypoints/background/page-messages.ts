import { browser } from 'wxt/browser';
import type { OrderProofDB } from '../../utils/db/database';
import { findCaseForOrder } from '../../utils/db/store';
import type { MessageRouter } from '../../utils/messaging';
import { backgroundMessages } from '../../utils/messages/background';
import { orderGlance } from '../../utils/schemas/order-glance';
import { isCapturableUrl } from '../../utils/capture/meta';
import { inPageButtonWanted, senderPageOrders } from './button-policy';
import { collectFromTab } from './tab';
import { recipeReport } from '../../utils/recipes/page';

/** What the popup and the in-page button ask about a page before any capture: its orders, and whether to show the button. */
export function registerPageMessages(router: MessageRouter, db: OrderProofDB): void {
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
        ...recipeReport(page),
      };
    },
    'bg.page.hello': (_req, sender) => inPageButtonWanted(db, sender.url),
    'bg.page.orders': (_req, sender) => senderPageOrders(sender),
  });
}
