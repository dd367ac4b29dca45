import type { Order } from '../schemas/order';
import type { ExtractOptions } from '../marketplaces/types';
import { parseDate } from './dates';
import { textLines } from './dom';
import { OrderDraft } from './draft';
import { parseMoney } from './money';
import { readStructured } from './structured';
import { findTracking, labelledShipment } from './tracking';

/**
 * For pages no adapter reads: first what the page embeds as data (JSON-LD, microdata, JSON state in
 * scripts), then an order number, date and total beside their labels in the marketplaces' languages,
 * then tracking numbers beside a tracking label or by carrier format. Everything found is
 * `confidence: 'generic'` for the user to confirm; nothing is inferred from position alone.
 */
const ID_LABELS = [
  'Order\\s*(?:#|No\\.?|number|ID|Number)',
  'Bestell(?:nummer|nr\\.?)',
  'N° de commande',
  'Numéro de commande',
  'Número de pedido',
  "N(?:umero|\\.) (?:d'|dell')?ordine",
  'Bestelnummer',
  'Ordernummer',
  'Numer zamówienia',
  'Sipariş (?:numarası|no)',
  'Número do pedido',
  '注文番号',
  '주문번호',
  '订单编号',
  '订单号码?',
  '訂單編號',
  '訂單號碼',
  'Mã đơn hàng',
  'หมายเลขคำสั่งซื้อ',
  'No\\.? Pesanan',
  'ID Pesanan',
  'Nombor Pesanan',
  'رقم الطلب',
].join('|');
const DATE_LABELS = [
  'Order date',
  'Ordered on',
  'Order placed',
  'Placed on',
  'Purchase date',
  'Date',
  'Bestellt am',
  'Bestelldatum',
  'Bestellung aufgegeben',
  'Date de (?:la )?commande',
  'Commandé le',
  'Fecha del pedido',
  'Pedido realizado',
  "Data (?:dell')?ordine",
  'Ordine effettuato',
  'Besteldatum',
  'Data zamówienia',
  'Sipariş tarihi',
  'Data do pedido',
  '注文日',
  '주문일',
  '下单时间',
  '成交时间',
  '创建时间',
  '订单日期',
  '下單時間',
  '訂購日期',
  'Ngày đặt hàng',
  'วันที่สั่งซื้อ',
  'Tanggal Pemesanan',
  'Waktu Pemesanan',
  'Tarikh Pesanan',
].join('|');
const TOTAL_LABELS = [
  'Grand total',
  'Order total',
  'Total paid',
  'Amount paid',
  'Total',
  'Gesamtsumme',
  'Gesamtbetrag',
  'Summe',
  'Montant total',
  'Total del pedido',
  'Importe total',
  'Totale',
  'Totaal',
  'Suma',
  'Toplam',
  'Valor total',
  'Total do pedido',
  '合計',
  'ご請求額',
  '결제금액',
  '实付款',
  '实付',
  '合计',
  '订单总额',
  '總計',
  '實付',
  '實付款',
  'Tổng thanh toán',
  'Thành tiền',
  'ยอดรวมทั้งหมด',
  'ยอดชำระ',
  'Total Pembayaran',
  'Jumlah Pembayaran',
  'Jumlah',
  'Jumlah Keseluruhan',
].join('|');

const LABELS = {
  orderId: new RegExp(`(?:${ID_LABELS})\\s*[:：#]?\\s*([A-Z0-9][A-Z0-9-]{4,31})`, 'i'),
  placedAt: new RegExp(`(?:${DATE_LABELS})\\s*[:：]?\\s*(.{6,40})`, 'i'),
  total: new RegExp(
    `(?:${TOTAL_LABELS})\\s*[:：]?\\s*([-−]?\\s*(?:[A-Z]{2,3}\\s?|[^\\s\\d]{1,3})?\\s*\\d[\\d.,]*(?:\\s?(?:€|zł|kr|元|円|₫|đ|บาท))?)`,
    'i',
  ),
};

export function extractGeneric(
  url: URL,
  doc: Document,
  options: ExtractOptions = {},
  marketplace = 'generic',
): Order[] {
  const root = doc.body;
  if (!root) return [];
  const d = new OrderDraft(marketplace, url.hostname, 'generic');

  const data = readStructured(doc);
  const src = data.source ?? '';
  d.text('orderId', data.orderId, src)
    .date('placedAt', data.placedAt, src)
    .text('status', data.status, src)
    .text('seller', data.seller, src);
  d.money('total', data.total, src);
  data.items.forEach((it) => d.item(it, { title: src, itemId: src, quantity: src, unitPrice: src }));
  data.shipments.forEach((s) => d.shipment(s, { trackingNumber: src, carrier: src }));

  const lines = textLines(root);
  // A label and its value on consecutive lines read as one line here.
  const pairs = lines.map((l, i) => (/[:：#]\s*$/.test(l) || l.length < 24 ? `${l} ${lines[i + 1] ?? ''}` : l));
  if (!d.current.orderId) {
    for (const line of pairs) {
      const id = LABELS.orderId.exec(line);
      if (id && /\d{4,}/.test(id[1]!)) {
        d.text('orderId', id[1], `label "${line.slice(0, 40)}"`);
        break;
      }
    }
  }
  if (!d.current.placedAt) {
    for (const line of pairs) {
      const m = LABELS.placedAt.exec(line);
      const date = m ? parseDate(m[1]) : undefined;
      if (date) {
        d.date('placedAt', date, `label "${line.slice(0, 40)}"`);
        break;
      }
    }
  }
  if (!d.current.amounts.total) {
    for (const line of pairs) {
      const m = LABELS.total.exec(line);
      const money = m ? parseMoney(m[1]) : undefined;
      // Without a currency sign the amount's meaning is unknown: leave it out.
      if (money && m && /[^\d\s.,-]/.test(m[1]!)) {
        d.money('total', money, `label "${line.slice(0, 40)}"`);
        break;
      }
    }
  }
  if (!d.current.shipments.length) {
    const labelled = labelledShipment(lines);
    const known = new Set<string>();
    if (labelled.trackingNumber) {
      known.add(labelled.trackingNumber);
      d.shipment(
        { trackingNumber: labelled.trackingNumber, ...(labelled.carrier ? { carrier: labelled.carrier } : {}) },
        {
          trackingNumber: `label "${labelled.trackingLine?.slice(0, 40) ?? ''}"`,
          carrier: labelled.carrierLine ? `label "${labelled.carrierLine.slice(0, 40)}"` : 'tracking number format',
        },
      );
    }
    for (const t of findTracking(lines.join('\n'))) {
      if (known.has(t.trackingNumber)) continue;
      d.shipment(
        { trackingNumber: t.trackingNumber, ...(t.carrier ? { carrier: t.carrier } : {}) },
        {
          trackingNumber: t.by === 'shape' ? 'tracking number format' : 'label "tracking number"',
          carrier: t.by === 'shape' ? 'tracking number format' : 'carrier name near the number',
        },
      );
    }
  }
  const found = d.current;
  if (!found.orderId && !found.placedAt && !found.amounts.total && !found.shipments.length) return [];
  return [d.build(options)];
}
