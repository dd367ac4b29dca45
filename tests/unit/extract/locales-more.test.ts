import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import type { Money, Order } from '../../../utils/schemas/order';
import { docFromHtml } from '../../support/dom';

/**
 * The generic reader alone on order pages of locales, page kinds and markup the first locale set
 * (locales-generic.test.ts) left out: Swiss, French-Canadian, Ukrainian, Latin-American, Polish, Turkish,
 * Korean, Thai, Vietnamese, Indonesian, Hong Kong and Taiwan pages; before-tax totals; right-to-left marks;
 * values in `<time datetime>`, locked inputs and drop-downs; one order laid out as a table. Pages written
 * here, no copied text. Where the page does not settle a value, the case asserts it stays unknown.
 */
interface Want {
  orderId?: string;
  placedAt?: string | null;
  total?: Money | null;
  tax?: Money;
  taxLines?: number;
  cancelled?: boolean;
  trackingNumber?: string;
  carrier?: string;
  items?: { title: string; quantity?: number; unitPrice?: Money }[];
}
interface Case {
  name: string;
  url: string;
  lang: string;
  /** Lines, each its own block; or whole markup. */
  lines?: string[];
  html?: string;
  want: Want;
}

const m = (amount: number, currency: string): Money => ({ amount, currency });
const body = (c: Case) => c.html ?? (c.lines ?? []).map((l) => `<div>${l}</div>`).join('');
const read = (c: Case): Order[] =>
  extractGeneric(
    new URL(c.url),
    docFromHtml(`<!doctype html><html lang="${c.lang}"><body><main>${body(c)}</main></body></html>`, c.url),
  );

function check(c: Case, o: Order | undefined): void {
  const w = c.want;
  const got = JSON.stringify(o && { ...o, provenance: undefined, capturedAt: undefined });
  expect(o, 'an order is read').toBeDefined();
  if (w.orderId) expect(o?.orderId, got).toBe(w.orderId);
  if (w.placedAt !== undefined) expect(o?.placedAt ?? null, got).toBe(w.placedAt);
  if (w.total !== undefined) expect(o?.amounts.total ?? null, got).toEqual(w.total);
  if (w.tax) expect(o?.amounts.tax, got).toEqual(w.tax);
  if (w.taxLines) expect(o?.taxLines?.length, got).toBe(w.taxLines);
  if (w.cancelled !== undefined) expect(Boolean(o?.cancelled), got).toBe(w.cancelled);
  if (w.trackingNumber)
    expect(
      o?.shipments.map((s) => s.trackingNumber),
      got,
    ).toContain(w.trackingNumber);
  if (w.carrier)
    expect(
      o?.shipments.map((s) => s.carrier),
      got,
    ).toContain(w.carrier);
  if (w.items)
    expect(
      o?.items.map((i) => ({
        title: i.title,
        ...(i.quantity ? { quantity: i.quantity } : {}),
        ...(i.unitPrice ? { unitPrice: i.unitPrice } : {}),
      })),
      got,
    ).toEqual(w.items);
}

const NUMBERS: Case[] = [
  {
    name: 'de-CH: a typographic apostrophe between thousands ("CHF 1’234.50" is not 1 franc)',
    url: 'https://www.shop.ch/de/konto/bestellungen/12345678',
    lang: 'de-CH',
    lines: ['Bestellnummer: 12345678', 'Bestelldatum: 05.03.2024', 'Gesamtbetrag: CHF 1’234.50'],
    want: { orderId: '12345678', placedAt: '2024-03-05', total: m(1234.5, 'CHF') },
  },
  {
    name: 'AliExpress (en): "CA $" and "NZ $" with their space are Canadian and New Zealand dollars, not US',
    url: 'https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890140',
    lang: 'en',
    lines: ['Order ID: 8181234567890140', 'Order date: Mar 5, 2024', 'Total: CA $12.34'],
    want: { orderId: '8181234567890140', placedAt: '2024-03-05', total: m(12.34, 'CAD') },
  },
  {
    name: 'AliExpress (en): "NZ $"',
    url: 'https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890141',
    lang: 'en',
    lines: ['Order ID: 8181234567890141', 'Total: NZ $45.00'],
    want: { orderId: '8181234567890141', total: m(45, 'NZD') },
  },
  {
    name: 'Daraz Pakistan (en-PK): "Rs." is Pakistani rupees, not Indian',
    url: 'https://www.daraz.pk/customer/order/view/?tradeOrderId=123456789012345',
    lang: 'en-PK',
    lines: ['Order #123456789012345', 'Total: Rs. 1,234'],
    want: { orderId: '123456789012345', total: m(1234, 'PKR') },
  },
  {
    name: 'Daraz Sri Lanka (.lk): "Rs." is Sri Lankan rupees',
    url: 'https://www.daraz.lk/customer/order/view/?tradeOrderId=123456789012346',
    lang: 'en',
    lines: ['Order #123456789012346', 'Total: Rs. 1,234'],
    want: { orderId: '123456789012346', total: m(1234, 'LKR') },
  },
  {
    name: 'a page of no country: "Rs." names no one rupee, the total stays unknown',
    url: 'https://shop.example.com/orders/123456789012347',
    lang: 'en',
    lines: ['Order #123456789012347', 'Total: Rs. 1,234'],
    want: { orderId: '123456789012347', total: null },
  },
  {
    name: 'Jumia Morocco (ar-MA): "درهم" is Moroccan dirhams, not the Emirates\'',
    url: 'https://www.jumia.ma/customer/order/view/123456789',
    lang: 'ar-MA',
    lines: ['رقم الطلب: 123456789', 'المجموع: 1,234.50 درهم'],
    want: { orderId: '123456789', total: m(1234.5, 'MAD') },
  },
  {
    name: 'fr: "Total HT" alone is before tax: no total',
    url: 'https://www.boutique.fr/commande/12345678',
    lang: 'fr-FR',
    lines: ['N° de commande : 12345678', 'Total HT 100,00 €'],
    want: { orderId: '12345678', total: null },
  },
  {
    name: 'en-GB: "Total (excl. VAT)" is before tax; "Total (incl. VAT)" is the total',
    url: 'https://www.shop.co.uk/orders/12345678',
    lang: 'en-GB',
    lines: ['Order number: 12345678', 'Total (excl. VAT): £40.00', 'VAT: £8.00', 'Total (incl. VAT): £48.00'],
    want: { orderId: '12345678', total: m(48, 'GBP') },
  },
  {
    name: 'ja: "合計（税抜）" is before tax: no total',
    url: 'https://www.shop.co.jp/order/12345678',
    lang: 'ja-JP',
    lines: ['注文番号: 12345678', '合計（税抜）: ￥1,000'],
    want: { orderId: '12345678', total: null },
  },
  {
    name: 'fr: "Total TTC" with a narrow no-break space between thousands',
    url: 'https://www.boutique.fr/commande/1234567890',
    lang: 'fr-FR',
    lines: ['N° de commande : 1234567890', 'Date de commande : 05/03/2024', 'Total TTC : 1\u202f234,56\u00a0€'],
    want: { orderId: '1234567890', placedAt: '2024-03-05', total: m(1234.56, 'EUR') },
  },
  {
    name: 'ar-SA: right-to-left marks inside the date and the amount, the Arabic comma',
    url: 'https://www.amazon.sa/gp/your-account/order-details?orderID=404-1234567-1234567',
    lang: 'ar-SA',
    lines: [
      'تم تقديم الطلب \u200f٥ مارس، ٢٠٢٤',
      'رقم الطلب \u200e404-1234567-1234567',
      'إجمالي الطلب: \u200f١٬٢٣٤٫٥٠ ر.س\u200f',
    ],
    want: { orderId: '404-1234567-1234567', placedAt: '2024-03-05', total: m(1234.5, 'SAR') },
  },
  {
    name: 'ar-EG: "٥ مارس، ٢٠٢٤" with the Arabic comma, Egyptian pounds',
    url: 'https://www.amazon.eg/gp/your-account/order-details?orderID=404-7654321-1234567',
    lang: 'ar-EG',
    lines: ['رقم الطلب 404-7654321-1234567', 'تاريخ الطلب ٥ مارس، ٢٠٢٤', 'الإجمالي: ١٬٢٣٤٫٥٠ ج.م'],
    want: { orderId: '404-7654321-1234567', placedAt: '2024-03-05', total: m(1234.5, 'EGP') },
  },
  {
    name: 'ar-AE (Noon): "المجموع" with dirhams written after',
    url: 'https://www.noon.com/uae-ar/account/orders/NAEH12345678901',
    lang: 'ar-AE',
    lines: ['رقم الطلب: NAEH12345678901', 'تاريخ الطلب: 5 مارس 2024', 'المجموع: 1,234.50 درهم'],
    want: { orderId: 'NAEH12345678901', placedAt: '2024-03-05', total: m(1234.5, 'AED') },
  },
];

const MARKUP: Case[] = [
  {
    name: '<time datetime> whose text has no year gives the date',
    url: 'https://shop.example.com/orders/12345678',
    lang: 'en-US',
    lines: [
      'Order number: 12345678',
      'Order date: <time datetime="2024-03-05T10:00:00Z">Mar 5</time>',
      'Total: $45.99',
    ],
    want: { orderId: '12345678', placedAt: '2024-03-05', total: m(45.99, 'USD') },
  },
  {
    name: 'a read-only input holds the order number',
    url: 'https://shop.example.com/orders/print',
    lang: 'en-US',
    lines: ['<label>Order number</label> <input type="text" readonly value="12345678">', 'Total: $45.99'],
    want: { orderId: '12345678', total: m(45.99, 'USD') },
  },
  {
    name: 'one order as a table: header row over one row of values',
    url: 'https://shop.example.com/orders/receipt',
    lang: 'en-US',
    html: '<table><tr><th>Order number</th><th>Order date</th><th>Total</th></tr><tr><td>12345678</td><td>March 5, 2024</td><td>$45.99</td></tr></table>',
    want: { orderId: '12345678', placedAt: '2024-03-05', total: m(45.99, 'USD') },
  },
  {
    name: 'a quantity drop-down is its chosen option, not every option',
    url: 'https://shop.example.com/orders/12345678',
    lang: 'en-US',
    html:
      '<div>Order number: 12345678</div><div>Total: $20.00</div><table><tr><th>Item</th><th>Qty</th><th>Price</th></tr>' +
      '<tr><td>Blue Widget</td><td><select><option>1</option><option selected>2</option><option>3</option></select></td><td>$10.00</td></tr></table>',
    want: { items: [{ title: 'Blue Widget', quantity: 2, unitPrice: m(10, 'USD') }] },
  },
  {
    name: 'seller-side order details: a heading "Order" over the number alone (eBay Seller Hub)',
    url: 'https://www.ebay.com/mesh/ord/details?orderid=12-34567-89012',
    lang: 'en-US',
    lines: ['Order', '12-34567-89012', 'Date sold', 'Mar 5, 2024', 'Order total', '$45.99'],
    want: { orderId: '12-34567-89012', placedAt: '2024-03-05', total: m(45.99, 'USD') },
  },
  {
    name: 'a tracking number printed in spaced groups (UPS "1Z 999 …") is one number, its carrier by its shape',
    url: 'https://shop.example.com/orders/12345678',
    lang: 'en-US',
    lines: ['Order number: 12345678', 'Tracking number: 1Z 999 AA1 01 2345 6784'],
    want: { trackingNumber: '1Z999AA10123456784', carrier: 'UPS' },
  },
  {
    name: 'USPS in groups of four',
    url: 'https://shop.example.com/orders/12345679',
    lang: 'en-US',
    lines: ['Order number: 12345679', 'Tracking number: 9400 1000 0000 0000 0000 00'],
    want: { trackingNumber: '9400100000000000000000', carrier: 'USPS' },
  },
  {
    name: 'de: the date after the number on the heading line ("… vom 05.03.2024")',
    url: 'https://www.shop.de/konto/bestellung/12345678',
    lang: 'de-DE',
    lines: ['Bestellung Nr. 12345678 vom 05.03.2024', 'Gesamtsumme: 45,99 €'],
    want: { orderId: '12345678', placedAt: '2024-03-05', total: m(45.99, 'EUR') },
  },
];

const LOCALES: Case[] = [
  {
    name: 'ja: "ご注文番号", "ご注文日", "ご請求額" with its tax note',
    url: 'https://www.shop.co.jp/mypage/order/12345678',
    lang: 'ja-JP',
    lines: ['ご注文番号: 12345678', 'ご注文日: 2024年3月5日', 'ご請求額: ￥1,234（税込）'],
    want: { orderId: '12345678', placedAt: '2024-03-05', total: m(1234, 'JPY') },
  },
  {
    name: 'ja: a Reiwa-era date, "お支払い金額" in 円',
    url: 'https://www.shop.co.jp/mypage/order/12345679',
    lang: 'ja-JP',
    lines: ['注文番号: 12345679', '注文日: 令和6年3月5日', 'お支払い金額: 1,234円'],
    want: { orderId: '12345679', placedAt: '2024-03-05', total: m(1234, 'JPY') },
  },
  {
    name: 'ja: full-width digits and signs ("５０３－…", "２０２４年３月５日", "￥１，２３４")',
    url: 'https://www.shop.co.jp/mypage/order/503',
    lang: 'ja-JP',
    lines: ['注文番号：５０３－１２３４５６７－１２３４５６７', '注文日：２０２４年３月５日', '合計：￥１，２３４'],
    want: { orderId: '503-1234567-1234567', placedAt: '2024-03-05', total: m(1234, 'JPY') },
  },
  {
    name: 'vi: dong written "VNĐ" after the amount',
    url: 'https://www.shop.vn/don-hang/123456789',
    lang: 'vi-VN',
    lines: ['Mã đơn hàng: 123456789', 'Tổng thanh toán: 1.234.000 VNĐ'],
    want: { orderId: '123456789', total: m(1234000, 'VND') },
  },
  {
    name: 'ru: "Заказ № … от 5 марта 2024", "Итого"',
    url: 'https://www.ozon.ru/my/orderdetails/?order=12345678-0001',
    lang: 'ru-RU',
    lines: ['Заказ № 12345678-0001 от 5 марта 2024', 'Итого: 1 234 ₽'],
    want: { orderId: '12345678-0001', placedAt: '2024-03-05', total: m(1234, 'RUB') },
  },
  {
    name: 'uk: "Номер замовлення", "5 березня 2024", "Разом … ₴"',
    url: 'https://rozetka.com.ua/ua/cabinet/orders/123456789',
    lang: 'uk-UA',
    lines: ['Номер замовлення: 123456789', 'Дата замовлення: 5 березня 2024', 'Разом: 1 234 ₴'],
    want: { orderId: '123456789', placedAt: '2024-03-05', total: m(1234, 'UAH') },
  },
  {
    name: 'es-MX: "Número de orden", "Total a pagar"',
    url: 'https://www.tienda.com.mx/mi-cuenta/orden/123456789',
    lang: 'es-MX',
    lines: ['Número de orden: 123456789', 'Fecha de compra: 05/03/2024', 'Total a pagar: $1,234.00'],
    want: { orderId: '123456789', placedAt: '2024-03-05', total: m(1234, 'MXN') },
  },
  {
    name: 'pt-BR (Mercado Livre): "Compra #2000…", "Data da compra"',
    url: 'https://myaccount.mercadolivre.com.br/my_purchases/2000001234567890/detail',
    lang: 'pt-BR',
    lines: ['Compra #2000001234567890', 'Data da compra: 5 de março de 2024', 'Total R$ 123,45'],
    want: { orderId: '2000001234567890', placedAt: '2024-03-05', total: m(123.45, 'BRL') },
  },
  {
    name: 'fr-CA: "Commande n°", "Commande effectuée le", TPS/TVH and TVQ summed, "114,98 $" in dollars',
    url: 'https://www.amazon.ca/fr/gp/your-account/order-details?orderID=702-1234567-1234567',
    lang: 'fr-CA',
    lines: [
      'Commande effectuée le 5 mars 2024',
      'Commande n° 702-1234567-1234567',
      'Sous-total : 100,00 $',
      'TPS/TVH : 5,00 $',
      'TVQ : 9,98 $',
      'Total de la commande : 114,98 $',
    ],
    want: {
      orderId: '702-1234567-1234567',
      placedAt: '2024-03-05',
      total: m(114.98, 'CAD'),
      tax: m(14.98, 'CAD'),
      taxLines: 2,
    },
  },
  {
    name: 'pl: "Data zakupu", "Do zapłaty"',
    url: 'https://allegro.pl/moje-allegro/zakupy/kupione/12345678',
    lang: 'pl-PL',
    lines: ['Numer zamówienia: 12345678', 'Data zakupu: 5 marca 2024', 'Do zapłaty: 1 234,56 zł'],
    want: { orderId: '12345678', placedAt: '2024-03-05', total: m(1234.56, 'PLN') },
  },
  {
    name: 'tr: "Toplam Tutar", "Kargo Takip No"',
    url: 'https://www.magaza.com.tr/hesabim/siparislerim/123456789',
    lang: 'tr-TR',
    lines: [
      'Sipariş Numarası: 123456789',
      'Sipariş Tarihi: 5 Mart 2024',
      'Toplam Tutar: 1.234,56 TL',
      'Kargo Firması: Yurtiçi Kargo',
      'Kargo Takip No: 1234567890',
    ],
    want: {
      orderId: '123456789',
      total: m(1234.56, 'TRY'),
      trackingNumber: '1234567890',
      carrier: 'Yurtiçi Kargo',
    },
  },
  {
    name: 'ko: "최종 결제금액" in 원',
    url: 'https://www.shop.co.kr/order/12345678901',
    lang: 'ko-KR',
    lines: ['주문번호 12345678901', '주문일자 2024.03.05', '최종 결제금액 12,345원'],
    want: { orderId: '12345678901', placedAt: '2024-03-05', total: m(12345, 'KRW') },
  },
  {
    name: 'th: "เลขที่คำสั่งซื้อ", "ยอดรวมทั้งหมด"',
    url: 'https://www.lazada.co.th/customer/order/view/?tradeOrderId=123456789012345',
    lang: 'th-TH',
    lines: ['เลขที่คำสั่งซื้อ 123456789012345', 'วันที่สั่งซื้อ 5 มี.ค. 2567', 'ยอดรวมทั้งหมด ฿1,234.00'],
    want: { orderId: '123456789012345', placedAt: '2024-03-05', total: m(1234, 'THB') },
  },
  {
    name: 'vi: "Tổng cộng" (the goods alone are "Tổng tiền hàng")',
    url: 'https://tiki.vn/sales/order/view/123456789',
    lang: 'vi-VN',
    lines: ['Mã đơn hàng: 123456789', 'Tổng tiền hàng: 1.200.000 ₫', 'Tổng cộng: 1.234.000 ₫'],
    want: { orderId: '123456789', total: m(1234000, 'VND') },
  },
  {
    name: 'id: "Total Tagihan" (the bill after service fees), not "Total Belanja"',
    url: 'https://www.toko.co.id/order/12345678901',
    lang: 'id-ID',
    lines: [
      'Nomor Pesanan: 12345678901',
      'Tanggal Pemesanan: 5 Maret 2024',
      'Total Belanja: Rp 1.233.000',
      'Biaya Layanan: Rp 1.000',
      'Total Tagihan: Rp 1.234.000',
    ],
    want: { orderId: '12345678901', total: m(1234000, 'IDR') },
  },
  {
    name: 'zh-HK: "訂單日期", "總計 HK$", "運單編號"',
    url: 'https://www.shop.com.hk/zh/my-account/orders/H1234567890',
    lang: 'zh-HK',
    lines: [
      '訂單號碼：H1234567890',
      '訂單日期：2024年3月5日',
      '總計：HK$1,234.50',
      '物流公司：順豐速運',
      '運單編號：123456789012',
    ],
    want: {
      orderId: 'H1234567890',
      placedAt: '2024-03-05',
      total: m(1234.5, 'HKD'),
      trackingNumber: '123456789012',
      carrier: '順豐速運',
    },
  },
  {
    name: 'zh-TW: "總金額" with a bare "$" on a Taiwan domain',
    url: 'https://www.shop.com.tw/order/12345678901',
    lang: 'zh-TW',
    lines: ['訂單編號：12345678901', '訂購日期：2024/03/05', '總金額：$1,234'],
    want: { orderId: '12345678901', placedAt: '2024-03-05', total: m(1234, 'TWD') },
  },
  {
    name: 'zh-CN: "订单号码", "下单日期", "订单总价"',
    url: 'https://order.shop.cn/detail/123456789012',
    lang: 'zh-CN',
    lines: ['订单号码：123456789012', '下单日期：2024-03-05', '订单总价：¥123.45'],
    want: { orderId: '123456789012', total: m(123.45, 'CNY') },
  },
  {
    name: 'it: "Importo totale"',
    url: 'https://www.negozio.it/ordine/12345678',
    lang: 'it-IT',
    lines: ['Numero ordine: 12345678', 'Data ordine: 05/03/2024', 'Importo totale: 1.234,56 €'],
    want: { orderId: '12345678', total: m(1234.56, 'EUR') },
  },
  {
    name: 'fr-CA: "Numéro de repérage" (Canada Post)',
    url: 'https://www.boutique.ca/fr/commande/12345678',
    lang: 'fr-CA',
    lines: ['Numéro de commande : 12345678', 'Transporteur : Postes Canada', 'Numéro de repérage : 1234567890123456'],
    want: { trackingNumber: '1234567890123456', carrier: 'Postes Canada' },
  },
  {
    name: 'it (eBay.it): "Numero di tracciabilità"',
    url: 'https://www.ebay.it/mye/myebay/v2/purchase/details?orderId=12-34567-89014',
    lang: 'it-IT',
    lines: ['Numero ordine: 12-34567-89014', 'Corriere: Poste Italiane', 'Numero di tracciabilità: 123456789012'],
    want: { trackingNumber: '123456789012', carrier: 'Poste Italiane' },
  },
  {
    name: 'ru (aliexpress.ru): "Номер для отслеживания"',
    url: 'https://aliexpress.ru/order-list/8181234567890123',
    lang: 'ru',
    lines: ['Номер заказа: 8181234567890123', 'Номер для отслеживания: 1234567890123'],
    want: { trackingNumber: '1234567890123' },
  },
];

const CANCELLED: Case[] = [
  ['pt-BR', 'https://www.loja.com.br/pedido/12345678', 'Seu pedido foi cancelado.'],
  ['fr-FR', 'https://www.boutique.fr/commande/12345678', 'Statut de la commande : Annulé'],
  ['pl-PL', 'https://www.sklep.pl/zamowienie/12345678', 'Zamówienie zostało anulowane'],
  ['nl-NL', 'https://www.winkel.nl/bestelling/12345678', 'Je bestelling is geannuleerd.'],
  ['uk-UA', 'https://www.magazyn.com.ua/order/12345678', 'Статус замовлення: Скасовано'],
  ['tr-TR', 'https://www.magaza.com.tr/siparis/12345678', 'Siparişiniz iptal edildi.'],
  ['es-ES', 'https://www.tienda.es/pedido/12345678', 'Este pedido ha sido cancelado.'],
  ['fr-FR', 'https://www.boutique.fr/commande/12345679', 'Cette commande a été annulée.'],
  ['it-IT', 'https://www.negozio.it/ordine/12345678', 'Questo ordine è stato annullato.'],
  ['pt-PT', 'https://www.loja.pt/encomenda/12345678', 'Este pedido foi cancelado.'],
  ['pl-PL', 'https://www.sklep.pl/zamowienie/12345679', 'To zamówienie zostało anulowane.'],
  ['tr-TR', 'https://www.magaza.com.tr/siparis/12345679', 'Bu sipariş iptal edildi.'],
].map(([lang, url, line]) => ({
  name: `${lang}: "${line}"`,
  url: url!,
  lang: lang!,
  lines: ['Order number: 12345678', line!],
  want: { orderId: '12345678', cancelled: true },
}));

const ITEMS: Case[] = [
  {
    name: 'ko: "상품명 / 수량 / 가격"',
    url: 'https://www.shop.co.kr/order/12345678901',
    lang: 'ko-KR',
    html:
      '<div>주문번호 12345678901</div><div>결제 금액: 20,000원</div>' +
      '<table><tr><th>상품명</th><th>수량</th><th>가격</th></tr><tr><td>테스트 상품</td><td>2</td><td>10,000원</td></tr></table>',
    want: { items: [{ title: '테스트 상품', quantity: 2, unitPrice: m(10000, 'KRW') }] },
  },
  {
    name: 'pl: "Nazwa produktu / Ilość / Cena jednostkowa"',
    url: 'https://www.sklep.pl/zamowienie/12345678',
    lang: 'pl-PL',
    html:
      '<div>Numer zamówienia: 12345678</div><div>Do zapłaty: 20,00 zł</div>' +
      '<table><tr><th>Nazwa produktu</th><th>Ilość</th><th>Cena jednostkowa</th></tr><tr><td>Produkt testowy</td><td>2</td><td>10,00 zł</td></tr></table>',
    want: { items: [{ title: 'Produkt testowy', quantity: 2, unitPrice: m(10, 'PLN') }] },
  },
  {
    name: 'fr invoice: "Désignation / Qté / Prix unitaire"',
    url: 'https://www.boutique.fr/facture/12345678',
    lang: 'fr-FR',
    html:
      '<div>N° de commande : 12345678</div><div>Total TTC : 20,00 €</div>' +
      '<table><tr><th>Désignation</th><th>Qté</th><th>Prix unitaire</th></tr><tr><td>Article de test</td><td>2</td><td>10,00 €</td></tr></table>',
    want: { items: [{ title: 'Article de test', quantity: 2, unitPrice: m(10, 'EUR') }] },
  },
];

describe('generic reader, more locales: numbers, signs and before-tax totals', () => {
  for (const c of NUMBERS) it(c.name, () => check(c, read(c)[0]));
});
describe('generic reader, more locales: values in markup', () => {
  for (const c of MARKUP) it(c.name, () => check(c, read(c)[0]));
});
describe('generic reader, more locales: labels', () => {
  for (const c of LOCALES) it(c.name, () => check(c, read(c)[0]));
});
describe('generic reader, more locales: cancellation', () => {
  for (const c of CANCELLED) it(c.name, () => check(c, read(c)[0]));
});
describe('generic reader, more locales: item tables', () => {
  for (const c of ITEMS) it(c.name, () => check(c, read(c)[0]));
});

describe('generic reader, more locales: order lists', () => {
  const cards = (url: string, lang: string, list: string[][]) =>
    read({
      name: '',
      url,
      lang,
      html: list.map((c) => `<section>${c.map((l) => `<div>${l}</div>`).join('')}</section>`).join(''),
      want: {},
    }).map((o) => [o.orderId, o.amounts.total ?? null]);
  it("de-CH: each card's total with an apostrophe between thousands", () =>
    expect(
      cards('https://www.shop.ch/de/konto/bestellungen', 'de-CH', [
        ['Bestellnummer: 12345678', "Total: CHF 1'234.50"],
        ['Bestellnummer: 12345679', "Total: CHF 2'000.00"],
      ]),
    ).toEqual([
      ['12345678', m(1234.5, 'CHF')],
      ['12345679', m(2000, 'CHF')],
    ]));
  it('ru: each card headed "Заказ № … от <date>"', () =>
    expect(
      read({
        name: '',
        url: 'https://www.ozon.ru/my/orderlist',
        lang: 'ru-RU',
        html: [
          ['Заказ № 12345678-0001 от 5 марта 2024', 'Итого: 1 234 ₽'],
          ['Заказ № 12345678-0002 от 1 февраля 2024', 'Итого: 2 000 ₽'],
        ]
          .map((c) => `<section>${c.map((l) => `<div>${l}</div>`).join('')}</section>`)
          .join(''),
        want: {},
      }).map((o) => [o.orderId, o.placedAt, o.amounts.total]),
    ).toEqual([
      ['12345678-0001', '2024-03-05', m(1234, 'RUB')],
      ['12345678-0002', '2024-02-01', m(2000, 'RUB')],
    ]));
  it('fr: a card\'s "Total HT" before its "Total TTC" is not its total', () =>
    expect(
      cards('https://www.boutique.fr/mes-commandes', 'fr-FR', [
        ['N° de commande : 12345678', 'Total HT 100,00 €', 'Total TTC 120,00 €'],
        ['N° de commande : 12345679', 'Total HT 10,00 €', 'Total TTC 12,00 €'],
      ]),
    ).toEqual([
      ['12345678', m(120, 'EUR')],
      ['12345679', m(12, 'EUR')],
    ]));
});
