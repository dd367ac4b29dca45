import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../utils/marketplaces/extract-page';
import { orderSchema, type Order } from '../../../utils/schemas/order';
import { docFromHtml } from '../../support/dom';

/**
 * SYNTHETIC Shopee Seller Centre order pages in the wording Shopee itself uses per market: the column
 * headers of its Seller Centre order export, as Shopee order importers on GitHub read them (zh-TW "訂單編號 /
 * 訂單成立日期 / 買家總支付金額 / 收件者姓名", pt-BR "ID do pedido / Data de criação do pedido / Subtotal do
 * produto / Taxa de envio pagas pelo comprador / Nome do destinatário", th "หมายเลขคำสั่งซื้อ /
 * วันที่ทำการสั่งซื้อ / สถานะการสั่งซื้อ / ชื่อผู้รับ", id "No. Pesanan / Waktu Pesanan Dibuat / Total
 * Pembayaran / Nama Penerima", vi "Mã đơn hàng / Ngày đặt hàng / Tổng số tiền người mua thanh toán"). Not saved
 * pages: label/value rows as the order page prints them. One field per assertion; each language has a case
 * where a nearby label (payment time, value before vouchers, coins) must not stand in for the field.
 */
function one(url: string, rows: [string, string][]): Order {
  const html = `<!doctype html><html><body><div class="order-detail-page">${rows
    .map(([l, v]) => `<div class="row"><span class="label">${l}</span><span class="value">${v}</span></div>`)
    .join('')}</div></body></html>`;
  const r = extractPage(new URL(url), docFromHtml(html, url), { includeAddress: true });
  expect(r.orders).toHaveLength(1);
  const o = r.orders[0]!;
  expect(orderSchema.safeParse(o).success).toBe(true);
  return o;
}

describe('Shopee Taiwan (seller.shopee.tw), zh-TW', () => {
  const url = 'https://seller.shopee.tw/portal/sale/order/123456789012';
  const o = one(url, [
    ['訂單編號', '240510ABCD1234'],
    ['訂單成立日期', '2024-05-10 14:32'],
    ['訂單狀態', '已完成'],
    ['商品總價', 'NT$690'],
    ['運費', 'NT$60'],
    ['買家總支付金額', 'NT$750'],
    ['收件者姓名', '王小明'],
  ]);
  it('order number', () => expect(o.orderId).toBe('240510ABCD1234'));
  it('order date from 訂單成立日期', () => expect(o.placedAt).toBe('2024-05-10'));
  it('status', () => expect(o.status).toBe('已完成'));
  it('subtotal from 商品總價', () => expect(o.amounts.subtotal).toEqual({ amount: 690, currency: 'TWD' }));
  it('shipping', () => expect(o.amounts.shipping).toEqual({ amount: 60, currency: 'TWD' }));
  it('total from 買家總支付金額', () => expect(o.amounts.total).toEqual({ amount: 750, currency: 'TWD' }));
  it('recipient from 收件者姓名', () => expect(o.recipient).toBe('王小明'));
  it('the goods total and a coin redemption are no order total', () => {
    const p = one(url, [
      ['訂單編號', '240510ABCD1234'],
      ['商品總價', 'NT$690'],
      ['蝦幣折抵', '-NT$10'],
    ]);
    expect(p.amounts.total).toBeUndefined();
    expect(p.amounts.subtotal).toEqual({ amount: 690, currency: 'TWD' });
  });
});

describe('Shopee Brasil (seller.shopee.com.br), pt-BR', () => {
  const url = 'https://seller.shopee.com.br/portal/sale/order/123456789012';
  const o = one(url, [
    ['ID do pedido', '240510ABCD1234'],
    ['Data de criação do pedido', '2024-05-10 14:32'],
    ['Hora do pagamento do pedido', '2024-05-11 09:00'],
    ['Status do pedido', 'Concluído'],
    ['Subtotal do produto', 'R$ 69,80'],
    ['Taxa de envio paga pelo comprador', 'R$ 12,00'],
    ['Nome do destinatário', 'João Silva'],
  ]);
  it('order number', () => expect(o.orderId).toBe('240510ABCD1234'));
  it('order date from "Data de criação do pedido", not the payment time', () => expect(o.placedAt).toBe('2024-05-10'));
  it('status', () => expect(o.status).toBe('Concluído'));
  it('subtotal from "Subtotal do produto"', () =>
    expect(o.amounts.subtotal).toEqual({ amount: 69.8, currency: 'BRL' }));
  it('shipping from "Taxa de envio paga pelo comprador"', () =>
    expect(o.amounts.shipping).toEqual({ amount: 12, currency: 'BRL' }));
  it('recipient from "Nome do destinatário"', () => expect(o.recipient).toBe('João Silva'));
  it('no order total printed: unknown, not the product subtotal', () => expect(o.amounts.total).toBeUndefined());
  it('a payment time alone is no order date', () => {
    const p = one(url, [
      ['ID do pedido', '240510ABCD1234'],
      ['Hora do pagamento do pedido', '2024-05-11 09:00'],
    ]);
    expect(p.placedAt).toBeUndefined();
  });
});

describe('Shopee Thailand (seller.shopee.co.th), th', () => {
  const url = 'https://seller.shopee.co.th/portal/sale/order/123456789012';
  const o = one(url, [
    ['หมายเลขคำสั่งซื้อ', '240510ABCD1234'],
    ['วันที่ทำการสั่งซื้อ', '2024-05-10 14:32'],
    ['สถานะการสั่งซื้อ', 'สำเร็จแล้ว'],
    ['หมายเลขติดตามพัสดุ', 'TH0123456789A'],
    ['ชื่อผู้รับ', 'สมชาย ใจดี'],
  ]);
  it('order number', () => expect(o.orderId).toBe('240510ABCD1234'));
  it('order date from วันที่ทำการสั่งซื้อ', () => expect(o.placedAt).toBe('2024-05-10'));
  it('status from สถานะการสั่งซื้อ', () => expect(o.status).toBe('สำเร็จแล้ว'));
  it('tracking number', () => expect(o.shipments[0]?.trackingNumber).toBe('TH0123456789A'));
  it('recipient from ชื่อผู้รับ', () => expect(o.recipient).toBe('สมชาย ใจดี'));
  it('the payment time (เวลาการชำระสินค้า) alone is no order date', () => {
    const p = one(url, [
      ['หมายเลขคำสั่งซื้อ', '240510ABCD1234'],
      ['เวลาการชำระสินค้า', '2024-05-11 09:00'],
    ]);
    expect(p.placedAt).toBeUndefined();
  });
});

describe('Shopee Indonesia (seller.shopee.co.id), id', () => {
  const url = 'https://seller.shopee.co.id/portal/sale/order/123456789012';
  const o = one(url, [
    ['No. Pesanan', '240510ABCD1234'],
    ['Waktu Pesanan Dibuat', '2024-05-10 14:32'],
    ['Status Pesanan', 'Selesai'],
    ['Total Pembayaran', 'Rp150.000'],
    ['Nama Penerima', 'Budi Santoso'],
  ]);
  it('order number', () => expect(o.orderId).toBe('240510ABCD1234'));
  it('order date from "Waktu Pesanan Dibuat"', () => expect(o.placedAt).toBe('2024-05-10'));
  it('status', () => expect(o.status).toBe('Selesai'));
  it('total from "Total Pembayaran"', () => expect(o.amounts.total).toEqual({ amount: 150000, currency: 'IDR' }));
  it('recipient from "Nama Penerima"', () => expect(o.recipient).toBe('Budi Santoso'));
  it('"Waktu Pembayaran Dilakukan" (payment time) alone is no order date', () => {
    const p = one(url, [
      ['No. Pesanan', '240510ABCD1234'],
      ['Waktu Pembayaran Dilakukan', '2024-05-11 09:00'],
    ]);
    expect(p.placedAt).toBeUndefined();
  });
});

describe('Shopee Vietnam (seller.shopee.vn), vi', () => {
  const url = 'https://seller.shopee.vn/portal/sale/order/123456789012';
  const o = one(url, [
    ['Mã đơn hàng', '240510ABCD1234'],
    ['Ngày đặt hàng', '2024-05-10 14:32'],
    ['Trạng Thái Đơn Hàng', 'Hoàn thành'],
    ['Tổng giá trị đơn hàng (VND)', '₫280.000'],
    ['Tổng số tiền người mua thanh toán', '₫250.000'],
  ]);
  it('order number', () => expect(o.orderId).toBe('240510ABCD1234'));
  it('order date', () => expect(o.placedAt).toBe('2024-05-10'));
  it('status', () => expect(o.status).toBe('Hoàn thành'));
  it('total is what the buyer paid, not the value before vouchers', () =>
    expect(o.amounts.total).toEqual({ amount: 250000, currency: 'VND' }));
  it('only the value before vouchers printed: the total stays unknown', () => {
    const p = one(url, [
      ['Mã đơn hàng', '240510ABCD1234'],
      ['Tổng giá trị đơn hàng (VND)', '₫280.000'],
    ]);
    expect(p.amounts.total).toBeUndefined();
  });
});
