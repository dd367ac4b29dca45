import type { Browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { orderGlance, type OrderGlance } from '../../utils/schemas/order-glance';
import { collectFromTab } from './tab';
import type { OrderProofDB } from '../../utils/db/database';
import { kindFromUrl } from '../../utils/marketplaces/define';
import { adapterForUrl } from '../../utils/marketplaces/registry';
import { readSettings } from '../../utils/settings';

const BUTTON_KINDS = new Set(['order-detail', 'order-list', 'listing', 'tracking', 'return', 'chat']);

/** The button shows on a marketplace's order, listing, tracking, return and chat pages, unless the user turned that marketplace off. */
export async function inPageButtonWanted(
  db: OrderProofDB,
  pageUrl: string | undefined,
): Promise<{ button: boolean; listing?: boolean; orderList?: boolean }> {
  if (!pageUrl) return { button: false };
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return { button: false };
  }
  const adapter = adapterForUrl(url);
  if (!adapter) return { button: false };
  const kind = kindFromUrl(url, adapter.urls);
  if (!kind || !BUTTON_KINDS.has(kind)) return { button: false };
  const settings = await readSettings(db);
  const button = !settings.inPageMarketplacesOff.includes(adapter.id);
  if (kind === 'listing') return { button, listing: true };
  return kind === 'order-list' ? { button, orderList: true } : { button };
}

/** The orders of the page that asks (its own tab only), as its in-page order picker shows them. */
export async function senderPageOrders(sender: Browser.runtime.MessageSender): Promise<{ orders: OrderGlance[] }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error(t('errorNoTab'));
  const page = await collectFromTab(tabId, { text: false });
  return { orders: page.orders.flatMap((o) => (o.orderId ? [orderGlance({ ...o, orderId: o.orderId })] : [])) };
}
