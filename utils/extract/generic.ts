import type { Order } from '../schemas/order';
import type { ExtractOptions } from '../marketplaces/types';
import { parseDate } from './dates';
import { textLines } from './dom';
import { OrderDraft } from './draft';
import { parseMoney } from './money';
import { findTracking } from './tracking';

/**
 * For pages no adapter knows: an order number beside an order label, the date and total beside
 * theirs, tracking numbers by carrier format. Everything found is `confidence: 'generic'` for the
 * user to confirm; nothing is inferred from position alone.
 */
const LABELS = {
  orderId: /(?:Order\s*(?:#|No\.?|number|ID|Number)|订单编号|订单号码?|訂單編號)\s*[:：#]?\s*([A-Z0-9][A-Z0-9-]{4,31})/i,
  placedAt: /(?:Order date|Ordered on|Order placed|Placed on|Date|下单时间|成交时间|创建时间|订单日期|下單時間)\s*[:：]?\s*(.{6,40})/i,
  total: /(?:Grand total|Order total|Total paid|Total|实付款|实付|合计|订单总额|總計)\s*[:：]?\s*([-−]?\s*(?:[A-Z]{2,3}\s?|[^\s\d]{1,3})?\s*\d[\d.,]*(?:\s?(?:€|zł|kr|元))?)/i,
};

export function extractGeneric(url: URL, doc: Document, options: ExtractOptions = {}): Order[] {
  const root = doc.body;
  if (!root) return [];
  const lines = textLines(root);
  // A label and its value on consecutive lines read as one line here.
  const pairs = lines.map((l, i) => (/[:：#]\s*$/.test(l) || l.length < 24 ? `${l} ${lines[i + 1] ?? ''}` : l));
  const d = new OrderDraft('generic', url.hostname, 'generic');
  for (const line of pairs) {
    const id = LABELS.orderId.exec(line);
    if (id && /\d{4,}/.test(id[1]!)) {
      d.text('orderId', id[1], `label "${line.slice(0, 40)}"`);
      break;
    }
  }
  for (const line of pairs) {
    const m = LABELS.placedAt.exec(line);
    const date = m ? parseDate(m[1]) : undefined;
    if (date) {
      d.date('placedAt', date, `label "${line.slice(0, 40)}"`);
      break;
    }
  }
  for (const line of pairs) {
    const m = LABELS.total.exec(line);
    const money = m ? parseMoney(m[1]) : undefined;
    // Without a currency sign the amount's meaning is unknown: leave it out.
    if (money && m && /[^\d\s.,-]/.test(m[1]!)) {
      d.money('total', money, `label "${line.slice(0, 40)}"`);
      break;
    }
  }
  for (const t of findTracking(lines.join('\n'))) {
    d.shipment({ trackingNumber: t.trackingNumber, ...(t.carrier ? { carrier: t.carrier } : {}) }, {
      trackingNumber: t.by === 'shape' ? 'tracking number format' : 'label "tracking number"',
      carrier: t.by === 'shape' ? 'tracking number format' : 'carrier name near the number',
    });
  }
  const found = d.current;
  if (!found.orderId && !found.placedAt && !found.amounts.total && !found.shipments.length) return [];
  return [d.build(options)];
}
