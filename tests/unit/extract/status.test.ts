import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import { isCancelled, isCancelledSentence } from '../../../utils/extract/status';
import { extractPage } from '../../../utils/marketplaces/extract-page';
import { docFromHtml } from '../../support/dom';

describe('cancelled orders in every language the adapters claim', () => {
  it.each([
    'Cancelled',
    'Canceled',
    'Order cancelled',
    'This order has been cancelled.',
    'Cancelled by seller',
    'Storniert',
    'Annulée',
    'Cancelado',
    'Annullato',
    'Geannuleerd',
    'Anulowane',
    'İptal edildi',
    'キャンセル済み',
    '취소완료',
    'ยกเลิกแล้ว',
    'Đã hủy',
    'Dibatalkan',
    '已取消',
    '交易取消',
    '不成立',
  ])('%s is a cancellation', (s) => expect(isCancelled(s)).toBe(true));

  it.each([
    'Cancel order',
    'Cancelled orders',
    'Request cancellation',
    '交易关闭',
    '交易成功',
    'Delivered',
    'Stornieren',
  ])('%s is not', (s) => expect(isCancelled(s)).toBe(false));

  it('on a whole page only a sentence counts: a bare "Cancelled" may be a tab', () => {
    expect(isCancelledSentence('Cancelled')).toBe(false);
    expect(isCancelledSentence('This order has been cancelled.')).toBe(true);
    const url = new URL('https://shop.example.org/orders/1');
    const tabs = '<nav><a>All</a><div>To ship</div><div>Cancelled</div></nav>';
    const [o] = extractGeneric(url, docFromHtml(`${tabs}<p>Order number: 55512345</p><p>Total: $3.00</p>`));
    expect(o?.cancelled).toBeUndefined();
    expect(o?.status).toBeUndefined();
    const [c] = extractGeneric(url, docFromHtml(`${tabs}<p>Order number: 55512345</p><p>Order cancelled</p>`));
    expect(c).toMatchObject({ cancelled: true, status: 'Order cancelled' });
  });

  it('an adapter reading a status label sets cancelled (Shopee vi, Lazada id, JD zh-CN)', () => {
    const cases: [string, string][] = [
      ['https://shopee.vn/user/purchase/order/123456789012345', '<div>Trạng thái đơn hàng: Đã hủy</div>'],
      [
        'https://my.lazada.co.id/customer/order/view/?tradeOrderId=123456789012345',
        '<div>Status Pesanan: Dibatalkan</div>',
      ],
      ['https://details.jd.com/normal/item.action?orderid=301234567890', '<div>订单状态：已取消</div>'],
    ];
    for (const [u, html] of cases) {
      const r = extractPage(new URL(u), docFromHtml(`<body>${html}<div>Order ID: 250305ABCDEFGH</div></body>`, u));
      expect(r.orders[0]?.cancelled, u).toBe(true);
    }
    const ok = 'https://shopee.vn/user/purchase/order/123456789012345';
    const r = extractPage(new URL(ok), docFromHtml('<body><div>Trạng thái đơn hàng: Đã giao</div></body>', ok));
    expect(r.orders[0]?.cancelled).toBeUndefined();
  });
});
