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
  /^(?:(?:This |Your )?order (?:has been |was )?(?:\S+ ){0,4}?cancell?ed(?: by [\p{L} ]{1,20})?|(?:(?:Deine|Ihre|Diese) )?Bestellung (?:wurde |ist )?(?:\S+ ){0,4}?storniert|(?:(?:Votre|Cette) )?Commande (?:a été )?annulée(?: par [\p{L} ]{1,20})?|(?:(?:Tu|Su|Este) )?Pedido (?:ha sido )?cancelado(?: por [\p{L} ]{1,20})?|(?:(?:Il tuo|Questo) )?Ordine (?:è stato )?annullato(?: da [\p{L} ]{1,20})?|(?:(?:Seu|O|Este) )?Pedido (?:foi )?cancelado(?: (?:pelo|por) [\p{L} ]{1,20})?|(?:(?:El|Tu|Su) )?Pedido fue cancelado|(?:(?:Je|Uw|Deze) )?Bestelling is geannuleerd|(?:To )?Zamówienie zostało anulowane|(?:Siparişiniz|Bu sipariş) iptal edildi|Замовлення скасовано|(?:この)?注文はキャンセルされました|Pesanan Dibatalkan|订单已取消|訂單已取消|訂單不成立|คำสั่งซื้อ(?:นี้)?(?:ได้)?ถูกยกเลิก(?:แล้ว)?|Đơn hàng (?:đã bị|đã được|đã) hủy|주문이 취소되었습니다|Заказ отмен[её]н)\s*[.!。]?$/iu;

/** The line's first sentence ("Deine Bestellung wurde vom Verkäufer storniert. Diese Bestellung …"). */
const firstSentence = (line: string) => line.trim().split(/(?<=[.!。])\s+/)[0] ?? '';

export function isCancelledSentence(line: string): boolean {
  return SENTENCE.test(firstSentence(line));
}
