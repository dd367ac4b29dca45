import type { OrderItem } from '../../schemas/order';
import { parseMoney } from '../../extract/money';
import { assignedJson, isRecord, textOf, type StateOrder } from '../page-json';

/**
 * 天猫's order page (trade.tmall.com/detail/orderDetail.htm) carries its order as `var detailData = {…}` (a
 * Taobao/Tmall order downloader on GitHub reads it): `amount.count[][].content[]` rows whose
 * `data.titleLink.text` names the amount ("商品总价", "运费", "实付款"; "实收款" on the seller's view) and
 * `data.money.text` prints it with its sign; `orders.list[].status[].subOrders[].itemInfo.title` the lines;
 * `overStatus.status.content[0].text` the status. Only the paid total is read of the amounts (never the goods'
 * price, 商品总价, nor the order's price before discounts, 订单总价), and only when the state names the order
 * the URL names.
 */
export function tmallState(url: URL, doc: Document): StateOrder | undefined {
  const wanted = url.searchParams.get('bizOrderId') ?? url.searchParams.get('biz_order_id');
  if (!wanted || !/^\d{10,25}$/.test(wanted)) return undefined;
  const data = assignedJson(doc, 'detailData');
  if (!isRecord(data) || !JSON.stringify(data).includes(wanted)) return undefined;
  const source = 'var detailData';
  let total: StateOrder['total'];
  const rows = isRecord(data.amount) && Array.isArray(data.amount.count) ? data.amount.count.flat() : [];
  for (const row of rows) {
    for (const cell of isRecord(row) && Array.isArray(row.content) ? row.content : []) {
      const d = isRecord(cell) && isRecord(cell.data) ? cell.data : undefined;
      const title = d && isRecord(d.titleLink) ? textOf(d.titleLink.text)?.replace(/[:：]\s*$/, '') : undefined;
      const money = d && isRecord(d.money) ? parseMoney(textOf(d.money.text), 'CNY') : undefined;
      if (title && /^(?:实付款|实收款)$/.test(title) && money && !total) total = money;
    }
  }
  const items: OrderItem[] = [];
  const lists = isRecord(data.orders) && Array.isArray(data.orders.list) ? data.orders.list : [];
  for (const list of lists) {
    for (const status of isRecord(list) && Array.isArray(list.status) ? list.status : []) {
      for (const sub of isRecord(status) && Array.isArray(status.subOrders) ? status.subOrders : []) {
        const title = isRecord(sub) && isRecord(sub.itemInfo) ? textOf(sub.itemInfo.title) : undefined;
        if (title) items.push({ title });
      }
    }
  }
  const over = isRecord(data.overStatus) && isRecord(data.overStatus.status) ? data.overStatus.status : undefined;
  const first = over && Array.isArray(over.content) && isRecord(over.content[0]) ? over.content[0] : undefined;
  const status = first ? textOf(first.text) : undefined;
  return {
    source,
    orderId: wanted,
    ...(total ? { total } : {}),
    ...(items.length ? { items } : {}),
    ...(status && !/[<>]/.test(status) ? { status } : {}),
  };
}
