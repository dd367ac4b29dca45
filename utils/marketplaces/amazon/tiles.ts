import { cleanText } from '../../extract/dom';
import { OrderDraft } from '../../extract/draft';
import type { Order } from '../../schemas/order';
import type { ExtractOptions } from '../types';
import { ORDER_NUMBER } from './chat';

/**
 * The phone site's order history: one `.past-purchase-tile` per item bought, not per order (a JP Amazon order
 * importer's tests on GitHub parse them): its `a.item-card__link` opens
 * `/your-orders/pop?orderId=<order>&lineItemId=…`, the item's name is `.item-card__primary-text`. Tiles of one
 * order are gathered into that order, in the page's order. Dates and statuses are not read: a tile prints one
 * or the other in its secondary line and aria-label, worded by the site's language.
 */
export const PURCHASE_TILE = '.past-purchase-tile';

export function readPurchaseTiles(doc: Document, site: string, options: ExtractOptions): Order[] | undefined {
  const byOrder = new Map<string, string[]>();
  for (const tile of doc.querySelectorAll(PURCHASE_TILE)) {
    const href = tile.querySelector('a.item-card__link[href*="orderId="]')?.getAttribute('href') ?? '';
    const id = ORDER_NUMBER.exec(/[?&]orderId=([^&#]+)/.exec(href)?.[1] ?? '')?.[1];
    if (!id) continue;
    const title = cleanText(tile.querySelector('.item-card__primary-text')?.textContent);
    const titles = byOrder.get(id) ?? [];
    if (title) titles.push(title);
    byOrder.set(id, titles);
  }
  if (!byOrder.size) return undefined;
  return [...byOrder].map(([id, titles]) => {
    const d = new OrderDraft('amazon', site).text('orderId', id, 'a.item-card__link[href] orderId=');
    for (const title of titles) d.item({ title }, { title: `${PURCHASE_TILE} .item-card__primary-text` });
    d.expect('orderId', 'items');
    return d.build(options);
  });
}
