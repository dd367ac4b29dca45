import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../utils/marketplaces/extract-page';
import { orderSchema } from '../../../utils/schemas/order';
import { docFromHtml } from '../../support/dom';

/**
 * SYNTHETIC pages built to the structure the marketplaces really serve, as public scrapers and userscripts
 * read it (each block names its source); not saved pages, no text copied. Every field is asserted on its
 * own; what the page does not print stays unknown.
 */
function read(url: string, body: string, head = '', lang = 'en') {
  const html = `<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`;
  const r = extractPage(new URL(url), docFromHtml(html, url));
  for (const o of r.orders) expect(orderSchema.safeParse(o).success).toBe(true);
  return r;
}
const usd = (amount: number) => ({ amount, currency: 'USD' });

// TikTok Shop buyer pages: easierbycode/tok-scrape extension-seller/scrape-order.js (order_detail?main_order_id=,
// status .H3-Bold, shop .H4-Bold, item row div.flex.gap-16 around img.w-90.h-90, title .P1-Regular, unit price
// and "x1" in the row's .flex.justify-between.items-center, label rows "Order ID", "Order date", "Payment
// method", "Subtotal", "Sales tax", "Shipping", "Total") and scrape-order-list.js (order_list cards).
const TT_ID = '577123456789012345';
const ttRow = (l: string, v: string) =>
  `<div class="flex justify-between items-center"><div>${l}</div><div>${v}</div></div>`;
const ttItem = (title: string, price: string, qty: string) => `
  <div class="flex gap-16">
    <img class="w-90 h-90 object-cover rounded-4" alt="${title}" src="https://x.test/a.jpg">
    <div class="flex flex-col">
      <div class="P1-Regular text-color-UIText1">${title}</div>
      <div class="P2-Regular text-color-UIText3">Default</div>
      <div class="flex justify-between items-center">
        <div class="flex items-center gap-4"><span class="H4-Semibold text-color-UIText1">${price}</span>
          <span class="H4-Regular text-color-UIText3 line-through">$39.99</span></div>
        <span class="H4-Semibold text-color-UIText2">${qty}</span>
      </div>
    </div>
  </div>`;
const ttDetail = (rows: [string, string][]) => `
  <div class="H3-Bold text-color-UIText1"><span>Order completed</span></div>
  <div class="P2-Regular text-color-UIText3">Order placed on Jun 28, 2026</div>
  <div class="H4-Bold text-color-UIText1">Sunny Gadgets</div>
  ${ttItem('Phone stand, aluminium', '$24.99', 'x2')}
  ${ttItem('USB-C cable', '$5.00', 'x1')}
  ${rows.map(([l, v]) => ttRow(l, v)).join('')}`;

describe('TikTok Shop order detail (www.tiktok.com/shop/order_detail)', () => {
  const url = `https://www.tiktok.com/shop/order_detail?main_order_id=${TT_ID}&source=order_list`;
  const r = read(
    url,
    ttDetail([
      ['Order ID', TT_ID],
      ['Order date', 'Jun 28, 2026'],
      ['Payment method', 'Visa ****1234'],
      ['Subtotal', '$54.98'],
      ['Sales tax', '$4.40'],
      ['Shipping', '$0.00'],
      ['Total', '$59.38'],
    ]),
  );
  const o = r.orders[0]!;
  it('recognises the underscore path as an order detail of the buyer', () => {
    expect(r.marketplace).toBe('tiktok-shop');
    expect(r.kind).toBe('order-detail');
    expect(r.role).toBe('buyer');
    expect(r.orders).toHaveLength(1);
    expect(o.confidence).toBe('adapter');
  });
  it('reads the order number, date, status, shop and payment', () => {
    expect(o.orderId).toBe(TT_ID);
    expect(o.placedAt).toBe('2026-06-28');
    expect(o.status).toBe('Order completed');
    expect(o.seller).toBe('Sunny Gadgets');
    expect(o.paymentMethod).toBe('Visa ****1234');
  });
  it('reads the summary rows', () => {
    expect(o.amounts.subtotal).toEqual(usd(54.98));
    expect(o.amounts.tax).toEqual(usd(4.4));
    expect(o.amounts.shipping).toEqual(usd(0));
    expect(o.amounts.total).toEqual(usd(59.38));
  });
  it('reads each product row: title, unit price (not the struck-through one) and quantity', () => {
    expect(o.items).toEqual([
      { title: 'Phone stand, aluminium', quantity: 2, unitPrice: usd(24.99) },
      { title: 'USB-C cable', quantity: 1, unitPrice: usd(5) },
    ]);
  });
  it('leaves the currency unknown on a Spanish page, where "$" may be the peso', () => {
    const es = read(url, ttDetail([['Total', '$59.38']]), '', 'es-MX').orders[0];
    expect(es?.amounts.total).toBeUndefined();
  });
  it('a page without an order id row takes the one the URL names only where the page prints it', () => {
    const bare = read(url, ttDetail([['Total', '$59.38']])).orders[0]!;
    expect(bare.orderId).toBeUndefined();
    const printed = read(url, `${ttDetail([['Total', '$59.38']])}<div>${TT_ID}</div>`).orders[0]!;
    expect(printed.orderId).toBe(TT_ID);
  });
});

describe('TikTok Shop order list (www.tiktok.com/shop/order_list)', () => {
  const card = (shop: string, date: string, status: string, products: string[]) => `
    <div class="flex flex-col gap-12 background-color-UIPageFlat1 p-16 rounded-6 cursor-pointer shadow">
      <div class="flex justify-between"><div class="H4-Semibold text-color-UIText1">${shop}</div>
        <div class="H4-Bold text-color-UIText1">${status}</div></div>
      <div class="P3-Regular text-color-UIText2">${date}</div>
      <div class="flex gap-8">${products
        .map((p) => `<div class="relative flex-shrink-0 w-80 h-80"><img alt="${p}" src="https://x.test/p.jpg"></div>`)
        .join('')}</div>
    </div>`;
  const r = read(
    'https://www.tiktok.com/shop/order_list',
    card('Sunny Gadgets', 'Jun 28, 2026', 'Delivered', ['Phone stand', 'USB-C cable']) +
      card('Cozy Socks', 'May 2, 2026', 'Shipped', ['Wool socks']),
  );
  it('reads one order per card with its shop, date, status and product titles', () => {
    expect(r.kind).toBe('order-list');
    expect(r.orders).toHaveLength(2);
    const [a, b] = r.orders;
    expect(a?.seller).toBe('Sunny Gadgets');
    expect(a?.placedAt).toBe('2026-06-28');
    expect(a?.status).toBe('Delivered');
    expect(a?.items.map((i) => i.title)).toEqual(['Phone stand', 'USB-C cable']);
    expect(b?.seller).toBe('Cozy Socks');
    expect(b?.placedAt).toBe('2026-05-02');
    expect(b?.items.map((i) => i.title)).toEqual(['Wool socks']);
  });
  it('invents no order number and no price: the list prints none', () => {
    for (const o of r.orders) {
      expect(o.orderId).toBeUndefined();
      expect(o.amounts.total).toBeUndefined();
      expect(o.items.every((i) => i.unitPrice === undefined)).toBe(true);
    }
  });
});

// SHEIN order detail: greasyfork 538231 "Extractor de productos SHEIN" (div.order-detail-box, per store a
// tbody and .store-info, .ga-order-goods title link, td[aria-label^="SKU"], td[aria-label^="Cantidad"]);
// gbRawData.orderInfo keys from mattleibow/MyMarketManager src/MyMarketManager.Scrapers/Shein/SheinWebScraper.cs.
const SHEIN_ID = 'GSUNQX53100MERH';
const sheinBox = (qtyLabel: string, summary: string) => `
  <div class="page-main-title">Order Details</div>
  <div class="order-detail-box">
    <div>Order No.: ${SHEIN_ID}</div>
    <div>Order Time: Mar 5, 2025</div>
    <div class="store-info">SHEIN</div>
    <table><tbody>
      <tr>
        <td><a class="ga-order-goods" href="/Linen-Shirt-p-31218719.html">Linen summer shirt</a>
          <div class="size-info">Black / M</div></td>
        <td aria-label="SKU">SKU: sz2301234567</td>
        <td><div><span>$12.50</span></div><del>$20.00</del></td>
        <td aria-label="${qtyLabel}">2</td>
      </tr>
    </tbody></table>
    ${summary}
  </div>`;

describe('SHEIN order detail (real markup and gbRawData)', () => {
  it('reads the order number (letters and digits), items by their row and the summary by label', () => {
    const r = read(
      `https://us.shein.com/user/orders/detail/${SHEIN_ID}`,
      sheinBox('Quantity', '<div>Subtotal: $25.00</div><div>Shipping: $3.99</div><div>Order Total: $28.99</div>'),
    );
    const o = r.orders[0]!;
    expect(r.kind).toBe('order-detail');
    expect(o.orderId).toBe(SHEIN_ID);
    expect(o.placedAt).toBe('2025-03-05');
    expect(o.seller).toBe('SHEIN');
    expect(o.amounts.subtotal).toEqual(usd(25));
    expect(o.amounts.shipping).toEqual(usd(3.99));
    expect(o.amounts.total).toEqual(usd(28.99));
    expect(o.items).toHaveLength(1);
    expect(o.items[0]?.title).toBe('Linen summer shirt');
    expect(o.items[0]?.quantity).toBe(2);
    expect(o.items[0]?.itemId).toBe('sz2301234567');
    expect(o.items[0]?.unitPrice).toBeUndefined();
  });
  it('reads the quantity column of the Spanish site; Argentina\'s "$" is the peso', () => {
    const r = read(
      `https://arg.shein.com/user/orders/detail/${SHEIN_ID}`,
      sheinBox('Cantidad', '<div>Total del pedido: $28.999</div>'),
      '',
      'es',
    );
    const o = r.orders[0]!;
    expect(o.items[0]?.quantity).toBe(2);
    expect(o.amounts.total).toEqual({ amount: 28999, currency: 'ARS' });
  });
  it('claims the country domains: shein.co.uk in pounds, shein.com.mx in pesos', () => {
    const uk = read(
      `https://www.shein.co.uk/user/orders/detail/${SHEIN_ID}`,
      sheinBox('Quantity', '<div>Order Total: £28.99</div>'),
    );
    expect(uk.marketplace).toBe('shein');
    expect(uk.orders[0]?.amounts.total).toEqual({ amount: 28.99, currency: 'GBP' });
    const mx = read(
      `https://www.shein.com.mx/user/orders/detail/${SHEIN_ID}`,
      sheinBox('Cantidad', '<div>Total del pedido: $589.00</div>'),
      '',
      'es',
    );
    expect(mx.marketplace).toBe('shein');
    expect(mx.orders[0]?.amounts.total).toEqual({ amount: 589, currency: 'MXN' });
  });
  it('another three-letter country site leaves a bare "$" unknown', () => {
    const r = read(
      `https://xyz.shein.com/user/orders/detail/${SHEIN_ID}`,
      sheinBox('Quantity', '<div>Order Total: $28.99</div>'),
    );
    expect(r.orders[0]?.amounts.total).toBeUndefined();
  });

  const state = (billno: string) => `<script>
    var gbCommonInfo = { currency: "USD" };
    var gbRawData = {"orderInfo":{"billno":"${billno}","addTime":1741170000,"currency_code":"USD",
      "totalPrice":{"amount":"28.99","amountWithSymbol":"$28.99"},
      "orderGoodsList":[{"goods_id":31218719,"goods_name":"Linen summer shirt","goods_sn":"sz2301234567",
        "goods_qty":2,"goods_unit_price":"12.50","goods_price":"2500"}]}};
    window.SaPageInfo = { page_name: "page_order_detail" };</script>`;
  it('fills the total and items from gbRawData when the page shows no labels for them', () => {
    const r = read(
      `https://us.shein.com/user/orders/detail/${SHEIN_ID}`,
      `<div>Order No.: ${SHEIN_ID}</div>`,
      state(SHEIN_ID),
    );
    const o = r.orders[0]!;
    expect(o.orderId).toBe(SHEIN_ID);
    expect(o.amounts.total).toEqual(usd(28.99));
    expect(o.provenance['amounts.total']).toBe('gbRawData.orderInfo');
    expect(o.items).toEqual([
      { title: 'Linen summer shirt', quantity: 2, unitPrice: usd(12.5), itemId: 'sz2301234567' },
    ]);
    // addTime is a unix time in a zone the page does not name: no date from it.
    expect(o.placedAt).toBeUndefined();
  });
  it('takes nothing from gbRawData that describes another order', () => {
    const r = read(
      `https://us.shein.com/user/orders/detail/${SHEIN_ID}`,
      `<div>Order No.: ${SHEIN_ID}</div>`,
      state('GSUOTHER1234567'),
    );
    const o = r.orders[0]!;
    expect(o.amounts.total).toBeUndefined();
    expect(o.items).toEqual([]);
  });
});

describe('URLs the sites really serve', () => {
  const kind = (url: string) => read(url, '<p>x</p>');
  it.each([
    ['https://www.walmart.ca/en/orders/600000046846089', 'walmart', 'order-detail', 'buyer'],
    ['https://www.walmart.ca/fr/orders/600000046846089', 'walmart', 'order-detail', 'buyer'],
    ['https://www.walmart.ca/en/orders', 'walmart', 'order-list', 'buyer'],
    ['https://www.walmart.com/orders/200012345678901?groupId=0&storePurchase=true', 'walmart', 'order-detail', 'buyer'],
    ['https://www.tiktok.com/shop/order_list', 'tiktok-shop', 'order-list', 'buyer'],
    ['https://www.etsy.com/your/purchases/1661152536?ref=yr_purchases', 'etsy', 'order-detail', 'buyer'],
    [
      'https://www.etsy.com/your/orders/sold/completed?ref=seller-platform-mcnav&order_id=3123456789',
      'etsy',
      'order-list',
      'seller',
    ],
    ['https://www.etsy.com/your/orders/sold/new?order_id=3123456789', 'etsy', 'order-list', 'seller'],
    ['https://www.etsy.com/your/orders/sold/3987654321?ref=top', 'etsy', 'order-detail', 'seller'],
    // PDD's parcel page (a PDD order collector's tests on GitHub, pdd-order-discovery).
    [
      'https://mobile.yangkeduo.com/goods_express.html?order_sn=260929-041041324390351',
      'pinduoduo',
      'tracking',
      'buyer',
    ],
    ['https://mms.pinduoduo.com/orders/detail?sn=260929-041041324390351', 'pinduoduo', 'order-detail', 'seller'],
    // 抖店 on dmall.jinritemai.com (greasyfork userscript @match); 发货中心 is a workbench, not one parcel.
    ['https://dmall.jinritemai.com/ffa/morder/order/list', 'douyin', 'order-list', 'seller'],
    ['https://fxg.jinritemai.com/ffa/morder/logistics/ewaybill-delivery', 'douyin', 'other', 'seller'],
    // 1688's own links: chat order cards, a purchasing agent's code, userscripts' @match of the print pages.
    ['https://trade.1688.com/order/order_detail.htm?order_id=3301686771403783779', '1688', 'order-detail', 'buyer'],
    [
      'https://trade.1688.com/order/unify_buyer_detail.htm?orderId=3301686771403783779',
      '1688',
      'order-detail',
      'buyer',
    ],
    ['https://trade.1688.com/order/seller_order_print.htm?orderId=1', '1688', 'invoice', 'seller'],
    ['https://work.1688.com/?_path_=buyer2017Base/2017buyerbase_trade/buyList', '1688', 'order-list', 'buyer'],
    // 京东's printable order (a GitHub script's URL).
    ['https://details.jd.com/normal/print.action?orderid=23456922972&PassKey=CE82F08', 'jd', 'invoice', 'buyer'],
    ['https://biz.alibaba.com/order/detail.htm?orderId=304447618001023166', 'alibaba', 'order-detail', 'buyer'],
    // aliexpress.ru's own order pages (Russian order exporters on GitHub and greasyfork).
    ['https://aliexpress.ru/order-list', 'aliexpress', 'order-list', 'buyer'],
    ['https://aliexpress.ru/order-list/5385013512515995?filterName=archive', 'aliexpress', 'order-detail', 'buyer'],
    // Shopee's China Seller Centre (sellers' userscripts and tools on GitHub).
    ['https://seller.shopee.cn/portal/sale/order/123456789012345?cnsc_shop_id=1', 'shopee', 'order-detail', 'seller'],
    ['https://seller.xiapi.shopee.cn/portal/sale/order', 'shopee', 'order-list', 'seller'],
  ])('%s is %s %s (%s)', (url, marketplace, k, role) => {
    const r = kind(url);
    expect(r.marketplace).toBe(marketplace);
    expect(r.kind).toBe(k);
    expect(r.role).toBe(role);
  });
  it('a walmart.ca order page reads its dollars as Canadian', () => {
    const o = read(
      'https://www.walmart.ca/en/orders/600000046846089',
      '<h1>Oct 19, 2025 order</h1><div>Order# 600000046846089</div><div>Subtotal $70.00</div><div>Taxes $5.71</div><div>Total $75.71</div>',
    ).orders[0]!;
    expect(o.orderId).toBe('600000046846089');
    expect(o.placedAt).toBe('2025-10-19');
    expect(o.amounts.total).toEqual({ amount: 75.71, currency: 'CAD' });
    expect(o.amounts.tax).toEqual({ amount: 5.71, currency: 'CAD' });
  });
  it('an Etsy page under a regional prefix does not read a bare "$" as US dollars', () => {
    const o = read(
      'https://www.etsy.com/ca/your/purchases/3123456789',
      '<div>Order #3123456789</div><div>Order total: $25.00</div>',
    ).orders[0]!;
    expect(o.orderId).toBe('3123456789');
    expect(o.amounts.total).toEqual({ amount: 25, currency: 'CAD' });
  });
  it('an Alibaba.com Trade Assurance order reads its number after "Trade Assurance Order no."', () => {
    // No id in the address: the number must come from the label, not from the URL.
    const o = read(
      'https://biz.alibaba.com/order/detail.htm',
      '<div class="order-detail"><div>Trade Assurance Order no. 304447618001023166</div><div>Supplier: Mark Tang</div>' +
        '<div>Total USD 50.00</div></div>',
    ).orders[0]!;
    expect(o.orderId).toBe('304447618001023166');
    expect(o.seller).toBe('Mark Tang');
    expect(o.amounts.total).toEqual(usd(50));
  });
});

describe('Shopee China Seller Centre: one host for every country shop', () => {
  it('leaves a bare "$" unknown and keeps a price that names its currency', () => {
    const url = 'https://seller.shopee.cn/portal/sale/order/123456789012345?cnsc_shop_id=1';
    const bare = read(
      url,
      '<div class="order-detail-page"><div>Order ID: 2403051ABCDEFG</div><div>Order Total: $12.30</div></div>',
    );
    expect(bare.orders[0]?.orderId).toBe('2403051ABCDEFG');
    expect(bare.orders[0]?.amounts.total).toBeUndefined();
    const named = read(
      url,
      '<div class="order-detail-page"><div>Order ID: 2403051ABCDEFG</div><div>Order Total: RM12.30</div></div>',
    );
    expect(named.orders[0]?.amounts.total).toEqual({ amount: 12.3, currency: 'MYR' });
  });
});

// Temu order page: a Temu order scraper on GitHub (scrapers/temu.py): window.rawData order lines with goodsName,
// goodsNumber and goodsPriceWithSymbolDisplay ("19,93€"); rendered rows [class*=goodsWrapper] / [class*=goodsName];
// "Bestellzeit: 9. Jul 2026", "Gesamtsumme".
describe('Temu order detail (rawData and rendered rows)', () => {
  const SN = 'PO-076-21726517842553634';
  const url = `https://www.temu.com/de/bgt_order_detail.html?parent_order_sn=${SN}`;
  const rawData = (sn: string) => `<script>window.rawData = {"store":{"orderInfo":{"parentOrderSn":"${sn}",
    "orderGoodsList":[{"goodsName":"Zahnstocher-Flaggen","goodsNumber":2,"goodsId":601099512345678,
      "goodsPriceWithSymbolDisplay":"19,93€","goodsPrice":1993,"goodsRetailPriceWithSymbolDisplay":"39,99€"}]},
    "recommend":[{"goodsName":"Kabel","goodsPriceWithSymbolDisplay":"2,99€"}]}};</script>`;
  it('reads the German labels and the order lines of the state that names this order', () => {
    const o = read(
      url,
      `<div>Bestellnummer: ${SN}</div><div>Bestellzeit: 9. Jul 2026</div><div>Gesamtsumme: 39,86€</div>`,
      rawData(SN),
      'de',
    ).orders[0]!;
    expect(o.orderId).toBe(SN);
    expect(o.placedAt).toBe('2026-07-09');
    expect(o.amounts.total).toEqual({ amount: 39.86, currency: 'EUR' });
    expect(o.items).toEqual([
      {
        title: 'Zahnstocher-Flaggen',
        quantity: 2,
        unitPrice: { amount: 19.93, currency: 'EUR' },
        itemId: '601099512345678',
      },
    ]);
    expect(o.provenance['items.0']).toBe('window.rawData');
  });
  it('takes no lines from a state that names another order, nor recommended goods without a quantity', () => {
    const o = read(
      url,
      `<div>Bestellnummer: ${SN}</div><div>Gesamtsumme: 39,86€</div>`,
      rawData('PO-076-99999999999999999'),
      'de',
    ).orders[0]!;
    expect(o.items).toEqual([]);
  });
  it('reads the rendered rows when the state is absent', () => {
    const o = read(
      url,
      `<div>Bestellnummer: ${SN}</div><div class="goodsWrapper_x1"><span class="goodsName_a2">Zahnstocher-Flaggen</span></div>`,
      '',
      'de',
    ).orders[0]!;
    expect(o.items.map((i) => i.title)).toEqual(['Zahnstocher-Flaggen']);
  });
});

// Walmart: nathaniel-lyman/walmart-order-exporter content/content.js (list cards data-testid="order-<n>" with
// links to /orders/<n> and "Order total $…"; __NEXT_DATA__ props.pageProps.initialData.data.order with id,
// priceDetails.{subTotal,taxTotal,grandTotal}.displayValue and groups_2101[].items[].{productInfo.name,quantity}).
describe('Walmart purchase history and order state', () => {
  const card = (n: number, id: string, total: string) => `
    <div data-testid="order-${n}"><h2>Delivered on Mar 5</h2>
      <img alt="Great Value Paper Towels, 6 Rolls" src="x.jpg">
      <div>Order total ${total}</div>
      <a href="https://www.walmart.com/orders/${id}?groupId=0">View details</a></div>`;
  it('reads one order per numbered card: its number from its link and its total; no date without a year', () => {
    const r = read(
      'https://www.walmart.com/orders',
      card(0, '200012345678901', '$23.45') + card(1, '200098765432109', '$5.00'),
    );
    expect(r.kind).toBe('order-list');
    expect(r.orders.map((o) => o.orderId)).toEqual(['200012345678901', '200098765432109']);
    expect(r.orders.map((o) => o.amounts.total)).toEqual([usd(23.45), usd(5)]);
    expect(r.orders.every((o) => o.placedAt === undefined)).toBe(true);
  });
  it('an order page with an order-details block is not taken for a list', () => {
    const r = read(
      'https://www.walmart.com/orders/200012345678901',
      '<div data-testid="order-details"><h1>Mar 5, 2024 order</h1><div>Order# 200012345678901</div>' +
        '<a href="/orders/200012345678901/returns">Start a return</a><div>Total $23.45</div></div>',
    );
    expect(r.kind).toBe('order-detail');
    expect(r.orders[0]?.amounts.total).toEqual(usd(23.45));
  });
  const nextData = (id: string) =>
    `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({
      props: {
        pageProps: {
          initialData: {
            data: {
              order: {
                id,
                orderDate: '2024-03-05T10:00:00.000-0600',
                priceDetails: {
                  subTotal: { value: 21.5, displayValue: '$21.50' },
                  taxTotal: { value: 1.95, displayValue: '$1.95' },
                  grandTotal: { value: 23.45, displayValue: '$23.45' },
                },
                groups_2101: [
                  {
                    items: [
                      {
                        quantity: 2,
                        productInfo: { name: 'Paper Towels, 6 Rolls', usItemId: '123456789' },
                        priceInfo: { linePrice: { value: 21.5, displayValue: '$21.50' } },
                      },
                    ],
                  },
                ],
              },
            },
          },
        },
      },
    })}</script>`;
  it('fills total, subtotal, tax and lines from __NEXT_DATA__ for the order the page shows; the line price is no unit price', () => {
    const o = read(
      'https://www.walmart.com/orders/200012345678901',
      '<main><h1>Mar 5, 2024 order</h1><div>Order# 200012345678901</div></main>',
      nextData('200012345678901'),
    ).orders[0]!;
    expect(o.orderId).toBe('200012345678901');
    expect(o.placedAt).toBe('2024-03-05');
    expect(o.amounts.total).toEqual(usd(23.45));
    expect(o.amounts.subtotal).toEqual(usd(21.5));
    expect(o.amounts.tax).toEqual(usd(1.95));
    expect(o.items).toEqual([{ title: 'Paper Towels, 6 Rolls', quantity: 2, itemId: '123456789' }]);
  });
  it('takes nothing from __NEXT_DATA__ about another order', () => {
    const o = read(
      'https://www.walmart.com/orders/200012345678901',
      '<main><h1>Mar 5, 2024 order</h1><div>Order# 200012345678901</div></main>',
      nextData('200099999999999'),
    ).orders[0]!;
    // Nor the generic page-state reader (extract/page-state.ts), which does not know Walmart's `id` key: the
    // state does not mention the printed order number, so its total is another order's.
    expect(o.amounts.total).toBeUndefined();
    expect(o.amounts.subtotal).toBeUndefined();
    expect(o.amounts.tax).toBeUndefined();
    expect(o.items).toEqual([]);
  });
});
