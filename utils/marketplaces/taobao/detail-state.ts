import type { OrderItem } from '../../schemas/order';
import { parseMoney } from '../../extract/money';
import { assignedJson, isRecord, textOf, type StateOrder } from '../page-json';

/**
 * 天猫's order page (trade.tmall.com/detail/orderDetail.htm) carries its order as `var detailData = {…}` (a
 * Taobao/Tmall order downloader on GitHub reads it): `amount.count[][].content[]` rows whose
 * `data.titleLink.text` names the amount ("商品总价", "运费", "实付款"; "实收款" on the seller's view) and
 * `data.money.text` prints it with its sign (or `dotPrefixMoney`/`dotSufixMoney` its whole and fraction apart); `orders.list[].status[].subOrders[].itemInfo.title` the lines;
 * `overStatus.status.content[0].text` the status. Only the paid total is read of the amounts (never the goods'
 * price, 商品总价, nor the order's price before discounts, 订单总价), only when its rows agree on one amount,
 * and only when the state names the order the URL names.
 */
export function tmallState(url: URL, doc: Document): StateOrder | undefined {
  const wanted = url.searchParams.get('bizOrderId') ?? url.searchParams.get('biz_order_id');
  if (!wanted || !/^\d{10,25}$/.test(wanted)) return undefined;
  const data = assignedJson(doc, 'detailData');
  if (!isRecord(data) || !JSON.stringify(data).includes(wanted)) return undefined;
  const source = 'var detailData';
  // Every 实付款 row's amount: a presale order prints one per stage (deposit, balance), none of them the total.
  const paid: NonNullable<StateOrder['total']>[] = [];
  const rows = isRecord(data.amount) && Array.isArray(data.amount.count) ? data.amount.count.flat() : [];
  for (const row of rows) {
    for (const cell of isRecord(row) && Array.isArray(row.content) ? row.content : []) {
      const d = isRecord(cell) && isRecord(cell.data) ? cell.data : undefined;
      const title = d && isRecord(d.titleLink) ? textOf(d.titleLink.text)?.replace(/[:：]\s*$/, '') : undefined;
      // The paid amount may print whole and fraction apart (`dotPrefixMoney` "89", `dotSufixMoney` ".00").
      const split =
        d && isRecord(d.dotPrefixMoney) && isRecord(d.dotSufixMoney)
          ? `${textOf(d.dotPrefixMoney.text) ?? ''}${textOf(d.dotSufixMoney.text) ?? ''}`
          : undefined;
      const money = d && isRecord(d.money) ? parseMoney(textOf(d.money.text), 'CNY') : parseMoney(split, 'CNY');
      if (title && /^(?:实付款|实收款)$/.test(title) && money) paid.push(money);
    }
  }
  const total = paid.every((m) => m.amount === paid[0]?.amount) ? paid[0] : undefined;
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

/** A yuan amount as the Taobao state writes it: a decimal string with two places ("89.00"), never a bare count. */
function yuan(v: unknown): StateOrder['total'] {
  const t = textOf(v);
  return t && /^\d+\.\d{2}$/.test(t) ? { amount: Number(t), currency: 'CNY' } : undefined;
}

const JS_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** The object literal inside `var data = JSON.parse('…')`, its string escapes undone. */
function parsedData(doc: Document): unknown {
  for (const script of doc.querySelectorAll('script')) {
    const text = script.textContent ?? '';
    const at = text.search(/var\s+data\s*=\s*JSON\.parse\(\s*['"]/);
    if (at < 0) continue;
    const open = text.indexOf('{', at);
    // The string literal ends where its object does, right before its closing quote and parenthesis.
    const end = /\}\s*['"]\s*\)/.exec(text.slice(open));
    if (open < 0 || !end) continue;
    // The literal's escapes undone in one pass (\uXXXX, \", \', \\, \/, \n …), leaving the JSON it holds.
    const literal = text
      .slice(open, open + end.index + 1)
      .replace(/\\(u[0-9a-fA-F]{4}|[^u])/g, (_, e: string) =>
        e.length === 5 ? String.fromCharCode(parseInt(e.slice(1), 16)) : (JS_ESCAPES[e] ?? e),
      );
    try {
      return JSON.parse(literal) as unknown;
    } catch {
      continue;
    }
  }
  return undefined;
}

/**
 * 淘宝's order page (trade.taobao.com/trade/detail/trade_item_detail.htm) carries its order as
 * `var data = JSON.parse('…')` (the same downloader reads it): `mainOrder.payInfo.actualFee.value` the paid
 * total ("89.00"), `mainOrder.statusInfo.text` the status, `mainOrder.subOrders[].itemInfo.title` the lines.
 * Read only when the state names the order the URL names; the goods' price (`totalPrice`) never.
 */
export function taobaoDetailState(url: URL, doc: Document): StateOrder | undefined {
  const wanted = url.searchParams.get('bizOrderId') ?? url.searchParams.get('biz_order_id');
  if (!wanted || !/^\d{10,25}$/.test(wanted)) return undefined;
  const data = parsedData(doc);
  const main = isRecord(data) && isRecord(data.mainOrder) ? data.mainOrder : undefined;
  if (!main || !JSON.stringify(data).includes(wanted)) return undefined;
  const pay = isRecord(main.payInfo) && isRecord(main.payInfo.actualFee) ? main.payInfo.actualFee : undefined;
  const total = pay ? yuan(pay.value) : undefined;
  const status = isRecord(main.statusInfo) ? textOf(main.statusInfo.text) : undefined;
  const items: OrderItem[] = [];
  for (const sub of Array.isArray(main.subOrders) ? main.subOrders : []) {
    const title = isRecord(sub) && isRecord(sub.itemInfo) ? textOf(sub.itemInfo.title) : undefined;
    if (title) items.push({ title });
  }
  return {
    source: "var data = JSON.parse('…') mainOrder",
    orderId: wanted,
    ...(total ? { total } : {}),
    ...(items.length ? { items } : {}),
    ...(status && !/[<>]/.test(status) ? { status } : {}),
  };
}
