import { isRecord, textOf, assignedJson, type StateOrder } from '../page-json';
import { ORDER_NUMBER } from './chat';

/**
 * 拼多多's order page (mobile.yangkeduo.com/order.html?order_sn=…) carries its order as `window.rawData = {…}`,
 * whose `data` holds `orderSn`, the parcel's `trackingNumber` and `shippingName` (public buyers' tools read
 * them so: a parcel tracker's PDD order reader, a seller's after-sales userscript). `orderAmount` is not read: no
 * source says whether it is yuan or fen.
 */
export function pinduoduoState(_url: URL, doc: Document): StateOrder | undefined {
  const raw = assignedJson(doc, 'rawData');
  const data = isRecord(raw) && isRecord(raw.data) ? raw.data : undefined;
  if (!data) return undefined;
  const orderId = ORDER_NUMBER.exec(textOf(data.orderSn) ?? '')?.[1];
  if (!orderId) return undefined;
  const trackingNumber = textOf(data.trackingNumber);
  const carrier = textOf(data.shippingName);
  const shipment =
    trackingNumber && /^[A-Za-z0-9]{8,30}$/.test(trackingNumber)
      ? { trackingNumber: trackingNumber.toUpperCase(), ...(carrier ? { carrier } : {}) }
      : undefined;
  return { source: 'window.rawData.data', orderId, ...(shipment ? { shipment } : {}) };
}
