import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../utils/marketplaces/extract-page';
import { orderSchema } from '../../../utils/schemas/order';
import { docFromHtml } from '../../support/dom';

/**
 * SYNTHETIC order pages of Shopee's and Lazada's country sites, one per language, with the labels those
 * sites print (public knowledge of the sites; not saved pages). Each must give the same facts.
 */
type L = {
  id: string;
  placed: string;
  subtotal: string;
  shipping: string;
  total: string;
  tracking: string;
  carrier: string;
};
const LOCALES: [string, string, L, string, string][] = [
  [
    'en (SG)',
    'shopee.sg',
    {
      id: 'Order ID',
      placed: 'Order Time',
      subtotal: 'Merchandise Subtotal',
      shipping: 'Shipping Fee',
      total: 'Order Total',
      tracking: 'Tracking Number',
      carrier: 'Courier',
    },
    '$',
    'SGD',
  ],
  [
    'th',
    'shopee.co.th',
    {
      id: 'หมายเลขคำสั่งซื้อ',
      placed: 'เวลาสั่งซื้อ',
      subtotal: 'ยอดรวมสินค้า',
      shipping: 'ค่าจัดส่ง',
      total: 'รวมการสั่งซื้อ',
      tracking: 'หมายเลขพัสดุ',
      carrier: 'บริษัทขนส่ง',
    },
    '฿',
    'THB',
  ],
  [
    'vi',
    'shopee.vn',
    {
      id: 'Mã đơn hàng',
      placed: 'Thời gian đặt hàng',
      subtotal: 'Tổng tiền hàng',
      shipping: 'Phí vận chuyển',
      total: 'Thành tiền',
      tracking: 'Mã vận đơn',
      carrier: 'Đơn vị vận chuyển',
    },
    '₫',
    'VND',
  ],
  [
    'id',
    'shopee.co.id',
    {
      id: 'No. Pesanan',
      placed: 'Waktu Pemesanan',
      subtotal: 'Subtotal Produk',
      shipping: 'Ongkos Kirim',
      total: 'Total Pesanan',
      tracking: 'No. Resi',
      carrier: 'Jasa Kirim',
    },
    'Rp',
    'IDR',
  ],
  [
    'ms',
    'shopee.com.my',
    {
      id: 'ID Pesanan',
      placed: 'Masa Pesanan',
      subtotal: 'Jumlah Kecil Barangan',
      shipping: 'Kos Penghantaran',
      total: 'Jumlah Pesanan',
      tracking: 'Nombor Penjejakan',
      carrier: 'Kurier',
    },
    'RM',
    'MYR',
  ],
  [
    'pt-BR',
    'shopee.com.br',
    {
      id: 'ID do pedido',
      placed: 'Data do pedido',
      subtotal: 'Subtotal dos produtos',
      shipping: 'Frete',
      total: 'Total do pedido',
      tracking: 'Código de rastreio',
      carrier: 'Transportadora',
    },
    'R$',
    'BRL',
  ],
  [
    'es-MX',
    'shopee.com.mx',
    {
      id: 'ID del pedido',
      placed: 'Fecha del pedido',
      subtotal: 'Subtotal de productos',
      shipping: 'Envío',
      total: 'Total del pedido',
      tracking: 'Número de seguimiento',
      carrier: 'Paquetería',
    },
    '$',
    'MXN',
  ],
  [
    'zh-TW',
    'shopee.tw',
    {
      id: '訂單編號',
      placed: '訂單成立時間',
      subtotal: '商品總金額',
      shipping: '運費',
      total: '訂單金額',
      tracking: '追蹤編號',
      carrier: '物流商',
    },
    'NT$',
    'TWD',
  ],
];

const page = (l: L, cur: string) => `<div class="order-detail-page">
  <div class="row"><span>${l.id}:</span> <span>250305ABCDEFGH</span></div>
  <div class="row"><span>${l.placed}:</span> <span>05/03/2025 14:20</span></div>
  <div class="row"><span>${l.subtotal}:</span> <span>${cur}80.00</span></div>
  <div class="row"><span>${l.shipping}:</span> <span>${cur}5.00</span></div>
  <div class="row"><span>${l.total}:</span> <span>${cur}85.00</span></div>
  <div class="row"><span>${l.carrier}:</span> <span>Ninja Van</span></div>
  <div class="row"><span>${l.tracking}:</span> <span>NVSGX1234567890</span></div>
  <div class="order-item"><div class="item-name">Tote bag</div><span class="item-qty">x1</span> <span class="item-price">${cur}80.00</span></div></div>`;

describe('Shopee order details in every language it is sold in (synthetic)', () => {
  for (const [name, host, labels, cur, currency] of LOCALES) {
    it(`${name}: order id, total, subtotal, shipping, tracking number and carrier`, () => {
      const url = `https://${host}/user/purchase/order/123456789012345`;
      const r = extractPage(new URL(url), docFromHtml(page(labels, cur), url));
      const o = orderSchema.parse(r.orders[0]);
      expect(o.confidence).toBe('adapter');
      expect(o.orderId).toBe('250305ABCDEFGH');
      expect(o.amounts.total).toEqual({ amount: 85, currency });
      expect(o.amounts.subtotal).toEqual({ amount: 80, currency });
      expect(o.amounts.shipping).toEqual({ amount: 5, currency });
      expect(o.shipments[0]).toMatchObject({ trackingNumber: 'NVSGX1234567890', carrier: 'Ninja Van' });
      // "05/03/2025" is day-first or month-first depending on the site: not guessed.
      expect(o.placedAt).toBeUndefined();
    });
  }
});

describe('a tracking page an adapter recognises but does not read', () => {
  it('Shopee (vi): the generic reader finds the labelled number and carrier, marked for the user to confirm', () => {
    const url = 'https://shopee.vn/user/purchase/order/123456789012345/shipping';
    const html =
      '<div><div>Đơn vị vận chuyển: SPX Express</div><div>Mã vận đơn: SPXVN012345678901</div><div>Đã giao hàng</div></div>';
    const r = extractPage(new URL(url), docFromHtml(html, url));
    expect(r.kind).toBe('tracking');
    expect(r.orders[0]).toMatchObject({
      marketplace: 'shopee',
      confidence: 'generic',
      shipments: [{ trackingNumber: 'SPXVN012345678901', carrier: 'SPX Express' }],
    });
  });
});
