import type { OrderItem } from '../../schemas/order';
import { parseMoney } from '../../extract/money';
import { assignedJson, isRecord, textOf, type StateOrder } from '../page-json';

/**
 * `window.rawData` of Temu's order page. A Temu order scraper on GitHub (scrapers/temu.py, "verified against
 * a real dump") reads its order lines as objects carrying `goodsName`/`goods_name`, `goodsNumber`/
 * `goods_number` and the printed unit price `goodsPriceWithSymbolDisplay` ("19,93€"); numeric price keys
 * hold cents and `goodsRetailPrice*` is the struck-through price, so neither is read. Only objects with a
 * quantity count as order lines (recommended goods on the same page have none), and only when the state
 * names the order the URL names (`parentOrderSn`/`parent_order_sn`).
 */
export function temuState(url: URL, doc: Document, currency: string | undefined): StateOrder | undefined {
  const wanted = url.searchParams.get('parent_order_sn');
  if (!wanted) return undefined;
  const raw = assignedJson(doc, 'rawData');
  if (raw === undefined) return undefined;
  let named = false;
  const byTitle = new Map<string, OrderItem>();
  let visited = 0;
  const walk = (v: unknown, depth: number): void => {
    if (depth > 30 || ++visited > 100_000) return;
    if (Array.isArray(v)) return v.forEach((x) => walk(x, depth + 1));
    if (!isRecord(v)) return;
    if (textOf(v.parentOrderSn ?? v.parent_order_sn) === wanted) named = true;
    const title = textOf(v.goodsName ?? v.goods_name);
    const qty = Number(v.goodsNumber ?? v.goods_number);
    if (title && Number.isInteger(qty) && qty > 0) {
      const shown = textOf(v.goodsPriceWithSymbolDisplay);
      const unitPrice = shown ? parseMoney(shown, currency) : undefined;
      const goodsId = textOf(v.goodsId ?? v.goods_id);
      const prev = byTitle.get(title) ?? { title };
      byTitle.set(title, {
        ...prev,
        quantity: prev.quantity ?? qty,
        ...(!prev.unitPrice && unitPrice ? { unitPrice } : {}),
        ...(!prev.itemId && goodsId && /^\d+$/.test(goodsId) ? { itemId: goodsId } : {}),
      });
    }
    for (const x of Object.values(v)) if (typeof x === 'object' && x !== null) walk(x, depth + 1);
  };
  walk(raw, 0);
  if (!named) return undefined;
  const items = [...byTitle.values()];
  return { source: 'window.rawData', orderId: wanted, ...(items.length ? { items } : {}) };
}
