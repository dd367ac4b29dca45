import { alternatives, STATUS_LABELS } from './labels';

/** The whole value is the order's cancellation (labels.ts STATUS_LABELS), so a "Cancel order" button or a "Cancelled orders" tab is not one. */
export const CANCELLED = new RegExp(`^(?:${alternatives(STATUS_LABELS, 'cancelled').join('|')})\\s*[.!。]?$`, 'i');

export function isCancelled(status: string | undefined): boolean {
  return Boolean(status && CANCELLED.test(status.trim()));
}

/**
 * The sentence forms only, for a whole page read without knowing its parts: a bare "Cancelled" line there
 * may be a tab of the order list ("All | To ship | Cancelled", Shopee, Lazada, AliExpress), not this order.
 */
const SENTENCE =
  /^(?:(?:This |Your )?order (?:has been |was )?cancell?ed|Bestellung storniert|Commande annulée|Pedido cancelado|Ordine annullato|注文はキャンセルされました|Pesanan Dibatalkan|订单已取消|訂單不成立)\s*[.!。]?$/i;

export function isCancelledSentence(line: string): boolean {
  return SENTENCE.test(line.trim());
}
