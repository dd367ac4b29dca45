import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../utils/marketplaces/extract-page';
import { orderSchema, type Order } from '../../../utils/schemas/order';
import { docFromHtml } from '../../support/dom';

/**
 * SYNTHETIC order-detail pages of the configured adapters' other sites and languages, written from the labels
 * those sites print (the label tables in utils/marketplaces/configured.ts and taobao/index.ts say where each
 * comes from); not saved pages. Each page prints label/value rows; every field is asserted on its own, and a
 * value the page does not print (or prints ambiguously) must stay unknown.
 */
interface Case {
  name: string;
  url: string;
  rows: [string, string][];
  want: Partial<Record<'orderId' | 'placedAt' | 'status' | 'total' | 'shipping' | 'tracking' | 'carrier', unknown>>;
  currency: string;
}

const CASES: Case[] = [
  {
    name: 'AliExpress ru (aliexpress.ru)',
    url: 'https://aliexpress.ru/p/order/detail.html?orderId=8181234567890123',
    rows: [
      ['Номер заказа:', '8181234567890123'],
      ['Дата заказа:', '5 марта 2024 г.'],
      ['Статус заказа:', 'Отправлен'],
      ['Доставка:', '120,00 руб.'],
      ['Итого:', '1 520,00 ₽'],
      ['Трек-номер:', 'RU123456789CN'],
      ['Служба доставки:', 'Почта России'],
    ],
    want: {
      orderId: '8181234567890123',
      placedAt: '2024-03-05',
      status: 'Отправлен',
      total: 1520,
      shipping: 120,
      tracking: 'RU123456789CN',
      carrier: 'Почта России',
    },
    currency: 'RUB',
  },
  {
    name: 'Temu Canada (temu.com/ca/): a bare "$" is CAD',
    url: 'https://www.temu.com/ca/bgt_order_detail.html?parent_order_sn=PO-211-12345678901234567',
    rows: [
      ['Order ID:', 'PO-211-12345678901234567'],
      ['Order time:', 'Mar 5, 2024'],
      ['Shipping:', '$0.00'],
      ['Order total:', '$45.99'],
    ],
    want: { orderId: 'PO-211-12345678901234567', placedAt: '2024-03-05', total: 45.99, shipping: 0 },
    currency: 'CAD',
  },
  {
    name: 'Temu Mexico in English (temu.com/mx-en/): a bare "$" is MXN',
    url: 'https://www.temu.com/mx-en/bgt_order_detail.html?parent_order_sn=PO-484-12345678901234567',
    rows: [
      ['Order ID:', 'PO-484-12345678901234567'],
      ['Order time:', 'Mar 5, 2024'],
      ['Order total:', '$1,299.00'],
    ],
    want: { orderId: 'PO-484-12345678901234567', placedAt: '2024-03-05', total: 1299 },
    currency: 'MXN',
  },
  {
    name: 'Temu Chile (temu.com/cl/): a bare "$" is CLP, dots between thousands',
    url: 'https://www.temu.com/cl/bgt_order_detail.html?parent_order_sn=PO-152-12345678901234567',
    rows: [
      ['Número de pedido:', 'PO-152-12345678901234567'],
      ['Total del pedido:', '$12.990'],
    ],
    want: { orderId: 'PO-152-12345678901234567', total: 12990 },
    currency: 'CLP',
  },
  {
    name: 'Temu Germany (temu.com/de/)',
    url: 'https://www.temu.com/de/bgt_order_detail.html?parent_order_sn=PO-076-12345678901234567',
    rows: [
      ['Bestellnummer:', 'PO-076-12345678901234567'],
      ['Bestelldatum:', '05.03.2024'],
      ['Versand:', '0,00 €'],
      ['Gesamtbetrag:', '45,99 €'],
    ],
    want: { orderId: 'PO-076-12345678901234567', placedAt: '2024-03-05', total: 45.99, shipping: 0 },
    currency: 'EUR',
  },
  {
    name: 'SHEIN Australia (au.shein.com): a bare "$" is AUD',
    url: 'https://au.shein.com/user/orders/detail/GSU12345678901',
    rows: [
      ['Order Number:', 'GSU12345678901'],
      ['Order Time:', '05/03/2024 10:21'],
      ['Shipping Fee:', '$5.00'],
      ['Order Total:', '$35.00'],
    ],
    // "05/03/2024": day or month first is not printed: unknown, not guessed.
    want: { orderId: 'GSU12345678901', placedAt: undefined, total: 35, shipping: 5 },
    currency: 'AUD',
  },
  {
    name: 'SHEIN France (fr.shein.com)',
    url: 'https://fr.shein.com/user/orders/detail/GSF12345678901',
    rows: [
      ['Numéro de commande :', 'GSF12345678901'],
      ['Date de commande :', '25/03/2024'],
      ['Frais de livraison :', '3,99 €'],
      ['Montant total :', '29,99 €'],
      ['Statut de la commande :', 'Annulée'],
    ],
    want: { orderId: 'GSF12345678901', placedAt: '2024-03-25', total: 29.99, shipping: 3.99, status: 'Annulée' },
    currency: 'EUR',
  },
  {
    name: 'Walmart Canada (walmart.ca)',
    url: 'https://www.walmart.ca/orders/200012345678901',
    rows: [
      ['Order#', '200012345678901'],
      ['Order date:', 'March 5, 2024'],
      ['Delivery:', '$0.00'],
      ['Order total:', '$21.05'],
      ['Tracking number:', '1Z999AA10123456784'],
    ],
    want: { orderId: '200012345678901', placedAt: '2024-03-05', total: 21.05, tracking: '1Z999AA10123456784' },
    currency: 'CAD',
  },
  {
    name: 'Etsy (etsy.com/de, German)',
    url: 'https://www.etsy.com/your/purchases/1234567890',
    rows: [
      ['Bestellnummer:', '1234567890'],
      ['Bestellt am', '5. März 2024'],
      ['Versandkosten', '4,50 €'],
      ['Gesamtsumme', '24,50 €'],
    ],
    want: { orderId: '1234567890', placedAt: '2024-03-05', total: 24.5, shipping: 4.5 },
    currency: 'EUR',
  },
  {
    name: 'eBay Germany (ebay.de) order details',
    url: 'https://order.ebay.de/ord/show?orderId=12-34567-89012',
    rows: [
      ['Bestellnummer:', '12-34567-89012'],
      ['Kaufdatum:', '5. März 2024'],
      ['Versand:', 'EUR 4,99'],
      ['Gesamtbetrag:', 'EUR 24,98'],
      ['Sendungsnummer:', '00340434161234567890'],
      ['Versand mit', 'DHL'],
    ],
    want: {
      orderId: '12-34567-89012',
      placedAt: '2024-03-05',
      total: 24.98,
      shipping: 4.99,
      tracking: '00340434161234567890',
      carrier: 'DHL',
    },
    currency: 'EUR',
  },
  {
    name: "eBay France (ebay.fr) order details: Date d'achat",
    url: 'https://order.ebay.fr/ord/show?orderId=12-34567-89012',
    rows: [
      ['N° de commande :', '12-34567-89012'],
      ["Date d'achat :", '5 mars 2024'],
      ['Montant total :', '24,98 EUR'],
    ],
    want: { orderId: '12-34567-89012', placedAt: '2024-03-05', total: 24.98 },
    currency: 'EUR',
  },
  {
    name: '京东 JD (zh-CN)',
    url: 'https://details.jd.com/normal/item.action?orderid=301234567890&PassKey=ABC',
    rows: [
      ['订单号：', '301234567890'],
      ['下单时间：', '2024-03-05 10:21:33'],
      ['订单状态：', '已完成'],
      ['运费：', '￥6.00'],
      ['应付总额：', '￥106.00'],
      ['快递公司：', '京东快递'],
      ['运单号：', 'JDX012345678901'],
    ],
    want: {
      orderId: '301234567890',
      placedAt: '2024-03-05',
      status: '已完成',
      total: 106,
      shipping: 6,
      tracking: 'JDX012345678901',
      carrier: '京东快递',
    },
    currency: 'CNY',
  },
  {
    name: '淘寶 order detail (zh-TW view)',
    url: 'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4329532512362739241',
    rows: [
      ['訂單編號：', '4329532512362739241'],
      ['成交時間：', '2024-03-05 10:21:33'],
      ['交易狀態：', '交易成功'],
      ['運費：', '￥0.00'],
      ['實付款：', '￥88.00'],
      ['快遞公司：', '中通快遞'],
      ['運單號碼：', '78123456789012'],
    ],
    want: {
      orderId: '4329532512362739241',
      placedAt: '2024-03-05',
      status: '交易成功',
      total: 88,
      shipping: 0,
      tracking: '78123456789012',
      carrier: '中通快遞',
    },
    currency: 'CNY',
  },
  {
    name: '抖店 seller order detail (zh-CN)',
    url: 'https://fxg.jinritemai.com/ffa/morder/order/detail?id=6912345678901234567',
    rows: [
      ['订单编号', '6912345678901234567'],
      ['下单时间', '2024/03/05 10:21'],
      ['实付金额', '¥59.90'],
      ['运费', '¥0.00'],
    ],
    want: { orderId: '6912345678901234567', placedAt: '2024-03-05', total: 59.9, shipping: 0 },
    currency: 'CNY',
  },
  {
    name: '1688 order detail (zh-CN), no total printed',
    url: 'https://trade.1688.com/order/new_step_order_detail.htm?orderId=2345678901234567890',
    rows: [
      ['订单号：', '2345678901234567890'],
      ['下单时间：', '2024-03-05 10:21:33'],
      ['货品总价：', '¥1,200.00'],
    ],
    // The goods subtotal is not the order total.
    want: { orderId: '2345678901234567890', placedAt: '2024-03-05', total: undefined },
    currency: 'CNY',
  },
  {
    name: 'Lazada Thailand (th)',
    url: 'https://my.lazada.co.th/customer/order/view/?tradeOrderId=123456789012345',
    rows: [
      ['หมายเลขคำสั่งซื้อ', '123456789012345'],
      ['วันที่สั่งซื้อ', '25/03/2024'],
      ['ค่าจัดส่ง', '฿40.00'],
      ['ยอดชำระ', '฿540.00'],
      ['หมายเลขพัสดุ', 'LEXPU0123456789'],
    ],
    want: { orderId: '123456789012345', placedAt: '2024-03-25', total: 540, shipping: 40, tracking: 'LEXPU0123456789' },
    currency: 'THB',
  },
];

const page = (rows: [string, string][]) =>
  `<body><header><nav><a href="/">Shop by category</a><div>Cancelled</div></nav></header><div class="order-detail">${rows
    .map(([l, v]) => `<div class="row"><span>${l}</span> <span>${v}</span></div>`)
    .join('')}</div></body>`;

const field = (o: Order | undefined, f: keyof Case['want']): unknown =>
  f === 'total' || f === 'shipping'
    ? o?.amounts[f]?.amount
    : f === 'tracking'
      ? o?.shipments[0]?.trackingNumber
      : f === 'carrier'
        ? o?.shipments[0]?.carrier
        : o?.[f];

describe('configured adapters on their other sites and languages (synthetic order details)', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      const r = extractPage(new URL(c.url), docFromHtml(page(c.rows), c.url));
      const o = r.orders[0] ? orderSchema.parse(r.orders[0]) : undefined;
      it('is an order detail read by its adapter', () => {
        expect(r.kind).toBe('order-detail');
        expect(o?.confidence).toBe('adapter');
      });
      for (const [f, want] of Object.entries(c.want) as [keyof Case['want'], unknown][]) {
        it(`${f}: ${want === undefined ? 'unknown, not guessed' : String(want)}`, () => {
          expect(field(o, f)).toEqual(want);
        });
      }
      it(`amounts in ${c.currency}; a tab reading "Cancelled" does not cancel the order`, () => {
        for (const m of Object.values(o?.amounts ?? {})) expect(m.currency).toBe(c.currency);
        expect(o?.cancelled).toBe(c.want.status === 'Annulée' ? true : undefined);
      });
    });
  }
});
