/**
 * An order's own cancellation as the marketplaces print it in their status line or badge, in the languages
 * of the sites the adapters claim: en (Amazon, eBay, Etsy, Walmart, Temu, Shein, AliExpress: "Cancelled" /
 * "Canceled"), de, fr, es, pt-BR, it, nl, pl, tr (eBay and Amazon country sites), ja, ko, th, vi, id/ms
 * (Shopee, Lazada: "ยกเลิกแล้ว", "Đã hủy", "Dibatalkan"), zh-CN (京东, 拼多多 "已取消", 1688 "交易取消") and
 * zh-TW (Shopee Taiwan "不成立"/"已取消"). The whole value must be the cancellation, so a "Cancel order"
 * button or a "Cancelled orders" tab is not one. Taobao's 交易关闭 (closed: unpaid, cancelled or fully
 * refunded) is not read as cancelled: it does not say which.
 */
export const CANCELLED =
  /^(?:(?:This )?order (?:has been |was )?cancell?ed|Cancell?ed(?: by (?:you|the seller|buyer|seller))?|Order cancell?ed|Storniert|Bestellung storniert|Annulée|Commande annulée|Cancelad[oa]|Pedido cancelado|Annullato|Ordine annullato|Geannuleerd|Anulowane|İptal edildi|キャンセル済み|注文はキャンセルされました|취소(?:완료|됨)|주문취소|ยกเลิกแล้ว|Đã hủy|Đã huỷ|Dibatalkan|Pesanan Dibatalkan|已取消|订单已取消|交易取消|已取消訂單|訂單不成立|不成立)\s*[.!。]?$/i;

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
