import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../utils/marketplaces/extract-page';
import { orderSchema } from '../../../utils/schemas/order';
import { docFromHtml } from '../../support/dom';

/**
 * SYNTHETIC pages at the addresses real users' pages live at, on the sites, phone sites, seller backends and
 * older page families the adapters did not recognise before (each adapter names the public source of its URL
 * family). Built to the structure those pages have; no text copied. Each case asserts the page kind, whose
 * view it is, and each value on its own; what the page does not prove stays unknown.
 */
function read(url: string, body: string, lang = 'en') {
  const html = `<!doctype html><html lang="${lang}"><head><title>Order</title></head><body>${body}</body></html>`;
  const r = extractPage(new URL(url), docFromHtml(html, url));
  for (const o of r.orders) expect(orderSchema.safeParse(o).success).toBe(true);
  return r;
}
const money = (amount: number, currency: string) => ({ amount, currency });

/** Seller Hub's order widgets: beside an empty <main>, "Order" above the number, a "What you earned" box. */
const sellerHub = (id: string, total: string) => `
  <header><nav><a href="/b/Shop-by-category">Shop by category</a></nav></header>
  <main><div class="spinner"></div></main>
  <div class="order-info"><h2>Order</h2><p>${id}</p><dl><dt>Date sold</dt><dd>Mar 14, 2026</dd></dl></div>
  <div class="line-items"><a href="https://www.ebay.com/itm/256789012345">Brass door hinge, pair</a></div>
  <div class="ship-to"><h3>Ship to</h3><p>(address on file)</p></div>
  <div class="payment-info"><h3>Order total</h3><p>${total}</p></div>
  <div class="earnings"><h3>What you earned</h3><p>Transaction fees</p><p>-$0.37</p></div>`;

describe("eBay Seller Hub order details at /sh/ord/details (the address sellers' tools open)", () => {
  const id = '12-34567-89012';
  const r = read(`https://www.ebay.com/sh/ord/details?srn=2168&orderid=${id}&source=Orders`, sellerHub(id, '$45.00'));
  const o = r.orders[0]!;
  it("is one order, the seller's view", () => {
    expect(r.marketplace).toBe('ebay');
    expect(r.kind).toBe('order-detail');
    expect(r.role).toBe('seller');
    expect(r.orders).toHaveLength(1);
  });
  it('reads the order number, sale date, item and order total; nothing from the earnings box', () => {
    expect(o.orderId).toBe(id);
    expect(o.placedAt).toBe('2026-03-14');
    expect(o.items.map((i) => [i.title, i.itemId])).toEqual([['Brass door hinge, pair', '256789012345']]);
    expect(o.amounts.total).toEqual(money(45, 'USD'));
    expect(o.amounts.tax).toBeUndefined();
  });
  it('reads a bare "$" in the site\'s own dollars on ebay.com.au and ebay.ca', () => {
    for (const [host, currency] of [
      ['www.ebay.com.au', 'AUD'],
      ['www.ebay.ca', 'CAD'],
    ] as const) {
      const page = read(`https://${host}/mesh/ord/details?orderid=${id}`, sellerHub(id, '$45.00'));
      expect(page.orders[0]?.amounts.total).toEqual(money(45, currency));
    }
  });
});

describe("eBay's other country sites", () => {
  // order.ebay.<site>/ord/show: the `.order-summary-total dd` total (Kagee/webshop-order-scraper's layout).
  const detail = (total: string) => `
    <div class="order-details">
      <div class="order-info"><dl><dt>Order number</dt><dd>12-34567-89012</dd></dl></div>
      <div class="summary-region"><dl class="order-summary-total"><dt>Order total</dt><dd>${total}</dd></dl></div>
    </div>`;
  it.each([
    ['order.ebay.at', 'EUR 24,90', money(24.9, 'EUR')],
    ['order.ebay.ch', 'CHF 31.50', money(31.5, 'CHF')],
    ['order.ebay.ie', '€18.00', money(18, 'EUR')],
    ['order.ebay.nl', '€ 12,50', money(12.5, 'EUR')],
    ['order.ebay.pl', '125,00 zł', money(125, 'PLN')],
    ['order.ebay.com.sg', '$22.40', money(22.4, 'SGD')],
    ['order.ebay.com.hk', '$88.00', money(88, 'HKD')],
  ])('%s is eBay, its total in its own currency (%s)', (host, total, want) => {
    const r = read(`https://${host}/ord/show?orderId=12-34567-89012`, detail(total));
    expect(r.marketplace).toBe('ebay');
    expect(r.kind).toBe('order-detail');
    expect(r.orders[0]?.orderId).toBe('12-34567-89012');
    expect(r.orders[0]?.amounts.total).toEqual(want);
  });
});

describe('AliExpress', () => {
  const row = (l: string, v: string) =>
    `<div class="order-price-item">\n  <span class="left-col">${l}</span>\n  <span class="right-col">${v}</span>\n</div>`;
  it('recognises the pre-2022 order page trade.aliexpress.com/order_detail.htm', () => {
    const r = read(
      'https://trade.aliexpress.com/order_detail.htm?orderId=3002876007952992',
      `<div class="order-bd"><p>Order number: 3002876007952992</p><p>Order date: Feb 17, 2020</p>
       ${row('Total:', 'US $15.20')}</div>`,
    );
    expect(r.marketplace).toBe('aliexpress');
    expect(r.kind).toBe('order-detail');
    expect(r.orders[0]?.orderId).toBe('3002876007952992');
    expect(r.orders[0]?.amounts.total).toEqual(money(15.2, 'USD'));
  });
  const page = (total: string) => `
    <div class="order-detail"><p>Order ID: 8181234567890123</p><p>Order date: Mar 5, 2024</p>${row('Total', total)}</div>`;
  it('on a language subdomain a bare "$" is not taken for US dollars (the buyer picks the currency)', () => {
    const r = read('https://es.aliexpress.com/p/order/detail.html?orderId=8181234567890123', page('$1.299,00'), 'es');
    expect(r.orders[0]?.orderId).toBe('8181234567890123');
    expect(r.orders[0]?.amounts.total).toBeUndefined();
  });
  it('a total that names its currency is kept on any AliExpress site', () => {
    const eur = read('https://es.aliexpress.com/p/order/detail.html?orderId=8181234567890123', page('12,34 €'), 'es');
    expect(eur.orders[0]?.amounts.total).toEqual(money(12.34, 'EUR'));
    const us = read('https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890123', page('US $12.34'));
    expect(us.orders[0]?.amounts.total).toEqual(money(12.34, 'USD'));
    const rub = read('https://aliexpress.ru/order-list/8181234567890123', page('1 520,00 ₽'), 'ru');
    expect(rub.orders[0]?.amounts.total).toEqual(money(1520, 'RUB'));
  });
  it('aliexpress.us keeps a bare "$" as the US dollar', () => {
    const r = read('https://www.aliexpress.us/p/order/detail.html?orderId=8181234567890123', page('$12.34'));
    expect(r.orders[0]?.amounts.total).toEqual(money(12.34, 'USD'));
  });
});

describe("Shopee Vietnam's Seller Centre (banhang.shopee.vn)", () => {
  const url = 'https://banhang.shopee.vn/portal/sale/order/123456789012345';
  const r = read(
    url,
    `<div class="order-detail-page"><p>Mã đơn hàng: 230512ABCDEF12</p><p>Tổng tiền: ₫1.250.000</p></div>`,
    'vi',
  );
  it("is one order, the seller's view", () => {
    expect(r.marketplace).toBe('shopee');
    expect(r.kind).toBe('order-detail');
    expect(r.role).toBe('seller');
  });
  it("the order list is the seller's too", () => {
    const list = read('https://banhang.shopee.vn/portal/sale/order?type=all', '<div></div>', 'vi');
    expect(list.kind).toBe('order-list');
    expect(list.role).toBe('seller');
  });
});

describe('京东: the merchant backend and the phone pages', () => {
  it.each([
    'https://porder.shop.jd.com/order/orderlist/allOrders?t=1714983558569',
    'https://shop.jd.com/jdm/trade/orders/order-list?tabType=allOrders',
    'https://trade-order-jdm.jd.com/orderList',
  ])("%s is the seller's order list", (url) => {
    const r = read(url, '<div id="order-shop-content"></div>', 'zh-CN');
    expect(r.marketplace).toBe('jd');
    expect(r.kind).toBe('order-list');
    expect(r.role).toBe('seller');
  });
  it("the 2024– backend's order page is one order, the seller's view", () => {
    const r = read('https://shop.jd.com/jdm/trade/orders/order-details?orderId=301234567890', '<div></div>', 'zh-CN');
    expect(r.kind).toBe('order-detail');
    expect(r.role).toBe('seller');
  });
  it('the phone order page (wqs.jd.com n_detail_v2) is read by its labels', () => {
    const r = read(
      'https://wqs.jd.com/order/n_detail_v2.shtml?deal_id=301234567890&isoldpin=0&sceneval=2',
      `<div class="order-info"><p>订单编号：301234567890</p><p>下单时间：2026-03-14 10:21:05</p>
       <p>订单状态：已完成</p><p>实付款：¥129.00</p></div>`,
      'zh-CN',
    );
    expect(r.kind).toBe('order-detail');
    expect(r.role).toBe('buyer');
    const o = r.orders[0]!;
    expect(o.orderId).toBe('301234567890');
    expect(o.placedAt).toBe('2026-03-14');
    expect(o.amounts.total).toEqual(money(129, 'CNY'));
  });
  it('the phone order list is a list', () => {
    const r = read('https://wqs.jd.com/order/orderlist_merge.shtml?tab=1&sceneval=2', '<div></div>', 'zh-CN');
    expect(r.kind).toBe('order-list');
    expect(r.role).toBe('buyer');
  });
});

describe('淘宝 phone pages and 闲鱼', () => {
  it('main.m.taobao.com/odetail is one order, read by its labels', () => {
    const r = read(
      'https://main.m.taobao.com/odetail/index.html?bizOrderId=4102449013857739241',
      `<div><p>订单编号: 4102449013857739241</p><p>创建时间: 2026-02-01 09:30:00</p><p>实付款 ¥58.80</p></div>`,
      'zh-CN',
    );
    expect(r.marketplace).toBe('taobao');
    expect(r.kind).toBe('order-detail');
    const o = r.orders[0]!;
    expect(o.orderId).toBe('4102449013857739241');
    expect(o.placedAt).toBe('2026-02-01');
    expect(o.amounts.total).toEqual(money(58.8, 'CNY'));
  });
  it("main.m.taobao.com/olist is the buyer's list; with no PC cards the generic reader still runs", () => {
    const r = read(
      'https://main.m.taobao.com/olist/index.html?tabCode=waitPay',
      `<div class="list-card"><p>订单号：4102449013857739241</p><p>实付款 ¥58.80</p></div>`,
      'zh-CN',
    );
    expect(r.kind).toBe('order-list');
    expect(r.role).toBe('buyer');
    expect(r.orders.every((o) => o.confidence === 'generic')).toBe(true);
  });
  it("闲鱼's order page says whose view it is in its role parameter", () => {
    const seller = read('https://www.goofish.com/order-detail?orderId=3612345678901234567&role=seller', '<div></div>');
    expect(seller.marketplace).toBe('taobao');
    expect(seller.kind).toBe('order-detail');
    expect(seller.role).toBe('seller');
    const buyer = read('https://www.goofish.com/order-detail?orderId=3612345678901234567&role=buyer', '<div></div>');
    expect(buyer.role).toBe('buyer');
  });
});

describe('Amazon: the phone order page and amazon.ie', () => {
  // The 2024– charge summary rows (.od-line-item-row label/content), as public Amazon order scrapers read them.
  const sum = (l: string, v: string) =>
    `<div class="a-row od-line-item-row"><div class="a-column a-span7 od-line-item-row-label"><span>${l}</span></div>` +
    `<div class="a-column a-span5 od-line-item-row-content"><span>${v}</span></div></div>`;
  const page = (sign: string) => `
    <div data-component="orderDate"><span>Order placed November 3, 2025</span></div>
    <div data-component="orderId"><span>Order # 404-1234567-1234567</span></div>
    <div data-component="chargeSummary">
      ${sum('Item(s) Subtotal:', `${sign}19.99`)}${sum('Grand Total:', `${sign}23.98`)}
    </div>`;
  it('gp/aw/ya?ac=od&oid=… is an order page', () => {
    const r = read(
      'https://www.amazon.com/gp/aw/ya?ac=od&ref=ppx_pop_mob_b_order_details&oid=404-1234567-1234567',
      page('$'),
    );
    expect(r.marketplace).toBe('amazon');
    expect(r.kind).toBe('order-detail');
    expect(r.orders[0]?.orderId).toBe('404-1234567-1234567');
    expect(r.orders[0]?.amounts.total).toEqual(money(23.98, 'USD'));
  });
  it("gp/aw/ya without an order is the phone's account menu, not an order", () => {
    const r = read('https://www.amazon.com/gp/aw/ya?ref_=navm_accountmenu_account', '<div>Your Account</div>');
    expect(r.kind).toBe('other');
    expect(r.orders).toEqual([]);
  });
  it('amazon.ie is Amazon, in euros', () => {
    const r = read('https://www.amazon.ie/gp/your-account/order-details?orderID=404-1234567-1234567', page('€'));
    expect(r.marketplace).toBe('amazon');
    expect(r.orders[0]?.amounts.total).toEqual(money(23.98, 'EUR'));
  });
});

describe('TikTok Shop Seller Center: the market is in the host', () => {
  const detail = (total: string) => `
    <div><p>Order ID: 576123456789012345</p><p>Order date: Mar 5, 2026</p><p>Total: ${total}</p></div>`;
  it('seller-mx in English: a bare "$" is the Mexican peso', () => {
    const r = read('https://seller-mx.tiktok.com/order/detail?order_no=576123456789012345', detail('$1,299.00'));
    expect(r.role).toBe('seller');
    expect(r.orders[0]?.orderId).toBe('576123456789012345');
    expect(r.orders[0]?.amounts.total).toEqual(money(1299, 'MXN'));
  });
  it('seller-us: the US dollar', () => {
    const r = read('https://seller-us.tiktok.com/order/detail?order_no=576123456789012345', detail('$45.99'));
    expect(r.orders[0]?.amounts.total).toEqual(money(45.99, 'USD'));
  });
  it('the cross-border Seller Center names no market: a bare "$" stays unknown', () => {
    const r = read('https://seller.tiktokglobalshop.com/order/detail?order_no=576123456789012345', detail('$45.99'));
    expect(r.orders[0]?.orderId).toBe('576123456789012345');
    expect(r.orders[0]?.amounts.total).toBeUndefined();
  });
});

describe('Temu: the /w/ path, the receipt, and the currency its links name', () => {
  const detail = (total: string) => `
    <div><p>Order ID: PO-076-12345678901234567</p><p>Order time: Mar 5, 2026</p><p>Order total: ${total}</p></div>`;
  it.each(['https://temu.com/w/bgt_orders.html', 'https://www.temu.com/sa-en/w/bgt_orders.html'])(
    "%s is the buyer's order list",
    (url) => {
      const r = read(url, '<div></div>');
      expect(r.marketplace).toBe('temu');
      expect(r.kind).toBe('order-list');
    },
  );
  it("the receipt page is the order's invoice, in the currency its _cmsg_locale names", () => {
    const r = read(
      'https://www.temu.com/bgt_order_receipt.html?page_from=100&_cmsg_locale=76~de~EUR&parent_order_sn=PO-076-12345678901234567',
      detail('19,93'),
    );
    expect(r.kind).toBe('invoice');
    expect(r.orders[0]?.orderId).toBe('PO-076-12345678901234567');
    expect(r.orders[0]?.amounts.total).toEqual(money(19.93, 'EUR'));
  });
  it('a prefix that names no country leaves a bare "$" unknown', () => {
    const r = read(
      'https://www.temu.com/w/bgt_order_detail.html?parent_order_sn=PO-076-12345678901234567',
      detail('$19.93'),
    );
    expect(r.orders[0]?.orderId).toBe('PO-076-12345678901234567');
    expect(r.orders[0]?.amounts.total).toBeUndefined();
  });
});

describe('Walmart Seller Center order pages', () => {
  it.each([
    'https://seller.walmart.com/order-management/details?orderId=108923456789012',
    'https://seller.walmart.com/order-management/orders/108923456789012',
    'https://seller.walmart.com/orders/details?purchaseOrderId=108923456789012',
  ])("%s is one order, the seller's view", (url) => {
    const r = read(url, '<div><p>Purchase Order #108923456789012</p><p>Order total: $64.20</p></div>');
    expect(r.marketplace).toBe('walmart');
    expect(r.kind).toBe('order-detail');
    expect(r.role).toBe('seller');
  });
});

describe("Lazada's phone pages (my-m.lazada.*)", () => {
  it("the order page is one order, read by its labels in the country's currency", () => {
    const r = read(
      'https://my-m.lazada.co.th/order/order-detail?tradeOrderId=865368657384047',
      '<div><p>Order No. 865368657384047</p><p>Placed on 05 Mar 2026</p><p>Total: ฿1,250.00</p></div>',
    );
    expect(r.marketplace).toBe('lazada');
    expect(r.kind).toBe('order-detail');
    expect(r.orders[0]?.orderId).toBe('865368657384047');
    expect(r.orders[0]?.amounts.total).toEqual(money(1250, 'THB'));
  });
  it('the order management page is the list', () => {
    const r = read('https://my-m.lazada.sg/order/order-management', '<div></div>');
    expect(r.kind).toBe('order-list');
    expect(r.role).toBe('buyer');
  });
});

describe('Product pages that name a trade or an order in their address are listings, never orders', () => {
  // A snapshot of the listing at purchase time prints its price; that is no order's total.
  const product = '<h1>Linen shirt</h1><div class="price">¥169.00</div>';
  it.each([
    'https://buyertrade.taobao.com/trade/detail/tradeSnap.htm?tradeID=123758723099428072&snapShot=true',
    'https://trade.1688.com/order/offer_snapshot.htm?order_entry_id=1234567890123456789',
    'https://haohuo.jinritemai.com/ecommerce/trade/detail/index.html?id=3769553357765738866&origin_type=605',
  ])('%s', (url) => {
    const r = read(url, product, 'zh-CN');
    expect(r.kind).toBe('listing');
    expect(r.role).toBe('buyer');
    expect(r.orders).toEqual([]);
  });
});

describe('eBay: one checkout page showing several orders (order.ebay.com/ord/show)', () => {
  // One .order-box per order (its .order-info pairs, shipment and item cards) under the checkout's summary.
  const box = (id: string, title: string, price: string, item: string) => `
    <div class="order-box">
      <div class="order-info">
        <dl><dt>Order number</dt><dd>${id}</dd></dl>
        <dl><dt>Time placed</dt><dd>Mar 14, 2026 at 3:17 PM</dd></dl>
      </div>
      <div class="shipment-info">
        <div class="shipment-card-sub-title">Delivered</div>
        <div class="item-container"><div class="item-card"><div class="card-content-description">
          <div class="item-description"><a href="https://www.ebay.com/itm/${item}">${title}</a>
            <div class="item-price">${price}</div></div>
        </div></div></div>
      </div>
    </div>`;
  const summary = (total: string) => `
    <div class="summary-region">
      <dl class="order-summary-total"><dt>Order total</dt><dd>${total}</dd></dl>
    </div>`;
  it("reads each order from its own box, with its own items, and gives none of them the checkout's total", () => {
    const r = read(
      'https://order.ebay.com/ord/show?purchaseOrderId=9912345678',
      summary('US $30.00') +
        box('12-34567-89012', 'Brass hinge', 'US $10.00', '256789012345') +
        box('12-34567-89013', 'Desk lamp', 'US $20.00', '256789012346'),
    );
    expect(r.kind).toBe('order-detail');
    expect(r.orders.map((o) => o.orderId)).toEqual(['12-34567-89012', '12-34567-89013']);
    expect(r.orders.map((o) => o.items.map((i) => i.title))).toEqual([['Brass hinge'], ['Desk lamp']]);
    expect(r.orders.map((o) => o.placedAt)).toEqual(['2026-03-14', '2026-03-14']);
    for (const o of r.orders) expect(o.amounts.total).toBeUndefined();
  });
  it("a page of one order keeps the summary total as that order's", () => {
    const r = read(
      'https://order.ebay.com/ord/show?orderId=12-34567-89012',
      summary('US $10.00') + box('12-34567-89012', 'Brass hinge', 'US $10.00', '256789012345'),
    );
    expect(r.orders).toHaveLength(1);
    expect(r.orders[0]?.amounts.total).toEqual(money(10, 'USD'));
  });
});

describe("SHEIN's phone site: the market is a path prefix", () => {
  const detail = (total: string) => `
    <div class="order-info"><p>Order No.: GSUNQX53100MERH</p><p>Order Date: Mar 5, 2026</p>
    <p>Order Total: ${total}</p></div>`;
  it('m.shein.com/us/user/orders/detail/… is an order page, its bare "$" the US dollar', () => {
    const r = read('https://m.shein.com/us/user/orders/detail/GSUNQX53100MERH', detail('$45.99'));
    expect(r.marketplace).toBe('shein');
    expect(r.kind).toBe('order-detail');
    expect(r.orders[0]?.orderId).toBe('GSUNQX53100MERH');
    expect(r.orders[0]?.amounts.total).toEqual(money(45.99, 'USD'));
  });
  it('under another market prefix (/ar/ is the Arabic store, not Argentina) a bare "$" stays unknown', () => {
    for (const market of ['ar', 'mx', 'au']) {
      const r = read(`https://m.shein.com/${market}/user/orders/detail/GSUNQX53100MERH`, detail('$45.99'));
      expect(r.kind).toBe('order-detail');
      expect(r.orders[0]?.amounts.total).toBeUndefined();
    }
  });
  it("the list under a market prefix is the buyer's list", () => {
    const r = read('https://m.shein.com/us/user/orders/list', '<div></div>');
    expect(r.kind).toBe('order-list');
  });
});

describe("Etsy Shop Manager: the orders on screen from the page's Etsy.Context", () => {
  const context = (orders: unknown[]) =>
    `<script>window.Etsy=window.Etsy||{};Etsy.Context=Etsy.Context||{};</script>` +
    `<script>Etsy.Context=${JSON.stringify({
      data: { shop_id: 1, initial_data: { orders: { orders_search: { orders, buyers: [] } } } },
    })};</script>`;
  const order = (id: number, canceled: boolean, titles: [string, number][]) => ({
    order_id: id,
    buyer_id: 7,
    is_canceled: canceled,
    fulfillment: { to_address: { name: 'A. Buyer', city: 'Springfield' } },
    transactions: titles.map(([title, quantity]) => ({ product: { title, product_identifier: 'SKU-1' }, quantity })),
  });
  it("reads each order's number, items and quantities, and a cancellation; no amount, no address", () => {
    const r = read(
      'https://www.etsy.com/your/orders/sold/completed?ref=seller-platform-mcnav',
      `<div id="root"></div>${context([
        order(3123456789, false, [
          ['Ceramic mug, speckled', 2],
          ['Linen napkin set', 1],
        ]),
        order(3123456790, true, [['Hand-bound notebook', 1]]),
      ])}`,
    );
    expect(r.kind).toBe('order-list');
    expect(r.role).toBe('seller');
    expect(r.orders.map((o) => o.orderId)).toEqual(['3123456789', '3123456790']);
    expect(r.orders[0]?.items.map((i) => [i.title, i.quantity])).toEqual([
      ['Ceramic mug, speckled', 2],
      ['Linen napkin set', 1],
    ]);
    expect(r.orders[0]?.cancelled).toBeUndefined();
    expect(r.orders[1]?.cancelled).toBe(true);
    for (const o of r.orders) {
      expect(o.amounts).toEqual({});
      expect(o.confidence).toBe('adapter');
    }
  });
  it('a list page without that state is left to the other readers', () => {
    const r = read('https://www.etsy.com/your/orders/sold/new', '<div id="root"></div>');
    expect(r.kind).toBe('order-list');
    expect(r.orders.every((o) => o.confidence === 'generic')).toBe(true);
  });
});

describe('Temu 2026 pages, whose class names are generated per build', () => {
  // Lines: a div[role=button] picture whose aria-label is "item picture <title>", "×N" on a line of its own.
  const line = (title: string, price: string, qty: string) => `
    <div class="_a1">
      <div role="button" tabindex="0" aria-label="item picture ${title}"><img src="https://img.test/a.jpg" alt=""></div>
      <div class="_b2"><div class="_c3">${title}</div><div class="_d4">Grey</div>
        <div class="_e5"><span class="_f6">${price}</span></div><div class="_g7">${qty}</div></div>
    </div>`;
  const detail = (id: string) => `
    <div class="_h8"><span>Order ID:</span> <span>${id}</span></div>
    <div class="_h8"><span>Order time:</span> <span>Jun 7, 2026</span></div>
    ${line('Silicone baking mat', '3,19 €', '×2')}
    ${line('Cable organiser clips', '4,50 €', '×1')}
    <div id="PAYMENT_DETAIL_DOM_ID"><div>Payment details</div>
      <div><span>Item(s) total:</span> <span>10,88 €</span></div>
      <div><span>Order total (VAT included):</span> <span>9,98 €</span></div>
    </div>`;
  const ID = 'PO-076-12345678901234567';
  it("reads the order page's lines by their pictures' labels, with their quantities; no price of uncertain meaning", () => {
    const r = read(`https://www.temu.com/de-en/bgt_order_detail.html?parent_order_sn=${ID}`, detail(ID));
    const o = r.orders[0]!;
    expect(o.orderId).toBe(ID);
    expect(o.placedAt).toBe('2026-06-07');
    expect(o.amounts.total).toEqual(money(9.98, 'EUR'));
    expect(o.items.map((i) => [i.title, i.quantity])).toEqual([
      ['Silicone baking mat', 2],
      ['Cable organiser clips', 1],
    ]);
    for (const i of o.items) expect(i.unitPrice).toBeUndefined();
  });
  it('takes no lines from a page that does not print the order the URL names', () => {
    const r = read(
      'https://www.temu.com/de-en/bgt_order_detail.html?parent_order_sn=PO-076-99999999999999999',
      detail(ID),
    );
    expect(r.orders.flatMap((o) => o.items)).toEqual([]);
  });

  // The list: #TabListWrapperDOMId, one card per order ("Order ID:", "Order Time:", "Order total", "View order
  // details"), the total printed twice (one copy aria-hidden).
  const card = (id: string, status: string, date: string, total: string) => `
    <div class="_k1">
      <div class="_k2">${status}</div>
      <div class="_k3"><div role="button">View order details</div></div>
      <div class="_k4"><span>Order ID:</span> <span>${id}</span></div>
      <div class="_k4"><span>Order Time:</span> <span>${date}</span></div>
      <div class="_k5">2 items:</div>
      <div class="_k6"><span>Order total</span> <span>${total}</span><span aria-hidden="true">${total}</span></div>
    </div>`;
  it('reads one order per card of the list, each with its own number, date and total', () => {
    const r = read(
      'https://www.temu.com/de-en/bgt_orders.html',
      `<div id="TabListWrapperDOMId">
        ${card('PO-076-11111111111111111', 'Delivered on Jun 14, 2026', 'Jun 7, 2026', '219,46 €')}
        ${card('PO-076-22222222222222222', 'Refunded', 'May 30, 2026', '12,00 €')}
        <div role="button">View more</div></div>`,
    );
    expect(r.kind).toBe('order-list');
    expect(r.orders.map((o) => [o.orderId, o.placedAt, o.amounts.total])).toEqual([
      ['PO-076-11111111111111111', '2026-06-07', money(219.46, 'EUR')],
      ['PO-076-22222222222222222', '2026-05-30', money(12, 'EUR')],
    ]);
    for (const o of r.orders) expect(o.confidence).toBe('adapter');
  });
  it('on a country site whose "$" is unknown, a list total in a bare "$" stays unknown', () => {
    const r = read(
      'https://www.temu.com/w/bgt_orders.html',
      `<div id="TabListWrapperDOMId">${card('PO-211-11111111111111111', 'Delivered', 'Jun 7, 2026', '$21.40')}</div>`,
    );
    expect(r.orders[0]?.orderId).toBe('PO-211-11111111111111111');
    expect(r.orders[0]?.amounts.total).toBeUndefined();
  });
});

describe("Temu's tracking page: the number beside its screen-reader copy", () => {
  const page = (value: string) => `
    <div class="_x expressWrap_3k">
      <div class="_t">Delivered on Jun 14, 2026</div>
      <div><img class="serviceProviderImg_9a" alt="Transfera" src="x.png"><span>Contact Transfera</span></div>
      <div><span>Tracking Number:</span><span>${value}</span><span class="_sr">Y T 2 3 1 2 3 4 5 6 7 8</span></div>
      <div class="track-info_1"><div>Delivered, Madrid</div><div>Jun 14, 2026 10:02</div></div>
    </div>`;
  const url = 'https://www.temu.com/bgt_order_tracking.html?parent_order_sn=PO-076-12345678901234567';
  it('reads the number whole, never run into the copy, with the carrier and delivery date', () => {
    const r = read(url, page('YT2312345678901234'));
    expect(r.kind).toBe('tracking');
    expect(r.orders).toHaveLength(1);
    expect(r.orders[0]?.shipments).toEqual([
      { trackingNumber: 'YT2312345678901234', carrier: 'Transfera', deliveredAt: '2026-06-14' },
    ]);
  });
  it('reads no number where the value beside the label is not one clean number', () => {
    const r = read(url, page('YT23 1234'));
    expect(r.orders.flatMap((o) => o.shipments.map((s) => s.trackingNumber))).toEqual([]);
  });
});

describe("SHEIN's phone order list (.macc-order-list)", () => {
  const card = (id: string) => `
    <div class="macc-order-list">
      <div class="list-title">Processing</div>
      <div class="crop-image-container"><img class="crop-image-container__img" src="//img.test/a.jpg" alt=""></div>
      <div class="list-price">Total: $23.50</div>
      <div class="list-bot"><button class="list-bot-btn" id="j-order-btn-${id}">Track</button></div>
    </div>`;
  it('reads each card\'s order number from its button; a bare "$" on a page naming no market stays unknown', () => {
    const r = read(
      'https://m.shein.com/user/orders/list',
      `<div class="j-scroll-container">${card('GSUNQX53100MERH')}${card('GSUNQX53100MERJ')}</div>`,
    );
    expect(r.kind).toBe('order-list');
    expect(r.orders.map((o) => o.orderId)).toEqual(['GSUNQX53100MERH', 'GSUNQX53100MERJ']);
    for (const o of r.orders) {
      expect(o.confidence).toBe('adapter');
      expect(o.amounts.total).toBeUndefined();
    }
  });
});

describe("拼多多's order page state (window.rawData.data)", () => {
  const SN = '260929-041041324390351';
  const state = (orderSn: string) =>
    `<script>window.rawData=${JSON.stringify({
      data: { orderSn, orderAmount: 12900, trackingNumber: '79146191072186', shippingName: '中通快递' },
    })};</script>`;
  const page = (extra = '') => `
    <div class="order-info"><p>订单编号：${SN}</p><p>下单时间：2026-09-29 10:21:05</p>${extra}<p>实付：¥129.00</p></div>`;
  it("adds the state's parcel number and carrier to the order the URL names; never its amount", () => {
    const r = read(`https://mobile.yangkeduo.com/order.html?order_sn=${SN}`, page() + state(SN), 'zh-CN');
    const o = r.orders[0]!;
    expect(o.orderId).toBe(SN);
    expect(o.amounts.total).toEqual(money(129, 'CNY'));
    expect(o.shipments).toEqual([{ trackingNumber: '79146191072186', carrier: '中通快递' }]);
  });
  it('fills the parcel the page shows without a number, keeping what the page prints', () => {
    const r = read(
      `https://mobile.yangkeduo.com/order.html?order_sn=${SN}`,
      page('<p>物流公司：中通</p>') + state(SN),
      'zh-CN',
    );
    expect(r.orders[0]?.shipments).toEqual([{ carrier: '中通', trackingNumber: '79146191072186' }]);
  });
  it('takes no parcel from a state about another order', () => {
    const r = read(
      `https://mobile.yangkeduo.com/order.html?order_sn=${SN}`,
      page() + state('260101-111111111111111'),
      'zh-CN',
    );
    expect(r.orders[0]?.shipments.some((s) => s.trackingNumber)).toBe(false);
  });
});

describe("Amazon's phone order history: one tile per item", () => {
  const tile = (order: string, line: number, title: string, note: string) => `
    <li><div class="a-box past-purchase-tile"><div class="a-box-inner">
      <a class="item-card__link" href="/your-orders/pop?orderId=${order}&amp;lineItemId=${line}" aria-label="${title}, ${note}"></a>
      <div class="past-purchase-tile__asin-information-primary-text-container">
        <span class="item-card__primary-text">${title}</span></div>
      <div class="past-purchase-tile__asin-information-secondary-text-container">${note}</div>
    </div></div></li>`;
  it("gathers each order's items from its tiles; no date or status from a tile's free text", () => {
    const r = read(
      'https://www.amazon.co.jp/gp/css/order-history?ref_=navm_accountmenu_orders',
      `<ul class="past-purchases-refreshed-container">
        ${tile('503-1234567-7654321', 1, 'Dried sweet potato, 500 g', 'Delivered August 21')}
        ${tile('503-1234567-7654321', 2, 'Green tea, 100 bags', 'Delivered August 21')}
        ${tile('249-7654321-1234567', 1, 'Desk lamp', 'Ordered August 2')}
      </ul>`,
    );
    expect(r.kind).toBe('order-list');
    expect(r.orders.map((o) => [o.orderId, o.items.map((i) => i.title)])).toEqual([
      ['503-1234567-7654321', ['Dried sweet potato, 500 g', 'Green tea, 100 bags']],
      ['249-7654321-1234567', ['Desk lamp']],
    ]);
    for (const o of r.orders) {
      expect(o.placedAt).toBeUndefined();
      expect(o.amounts).toEqual({});
    }
  });
});

describe('AliExpress order list: a card total keeps its own currency sign', () => {
  // The 2022– React list (Kagee/webshop-order-scraper's selectors): .order-item cards, the total in
  // .order-item-content-opt-price-total after its label.
  const card = (id: string, total: string) => `
    <div class="order-item">
      <div class="order-item-header-right-info"><div>Order date: Mar 5, 2024</div><div>Order ID: ${id}</div></div>
      <div class="order-item-content-opt-price-total">${total}</div>
    </div>`;
  it.each([
    ['Total:US $12.34', money(12.34, 'USD')],
    ['Total: € 12,34', money(12.34, 'EUR')],
    ['Gesamt: 12,34 €', money(12.34, 'EUR')],
    ['Total:R$ 45,90', money(45.9, 'BRL')],
  ])('%s', (total, want) => {
    const r = read('https://www.aliexpress.com/p/order/index.html', card('8181234567890123', total));
    expect(r.orders[0]?.orderId).toBe('8181234567890123');
    expect(r.orders[0]?.amounts.total).toEqual(want);
  });
});

describe('京东 order pages as a JD order spider on GitHub reads them', () => {
  it("the recharge order page (chongzhi.jd.com) is an order page, its status in #orderstate's .ftx-02", () => {
    const r = read(
      'https://chongzhi.jd.com/order/order_autoDetail.action?orderId=95123456789',
      `<div id="orderstate"><span class="fl">订单号：95123456789</span><span class="ftx-02">充值成功</span></div>
       <div id="orderinfo"><dl class="fore"><dd><ul><li>下单时间：2026-05-01 10:00:00</li></ul></dd></dl>
         <div class="p-list"><table><tbody><tr><th>编号</th><th>名称</th></tr>
           <tr><td>1000123</td><td><div><a href="#">话费充值 100元</a></div></td></tr></tbody></table></div></div>`,
      'zh-CN',
    );
    expect(r.kind).toBe('order-detail');
    expect(r.orders[0]?.orderId).toBe('95123456789');
    expect(r.orders[0]?.status).toBe('充值成功');
    expect(r.orders[0]?.placedAt).toBe('2026-05-01');
  });
  it("the normal order page's .goods-list rows are its items; rows the page hides are not", () => {
    const row = (name: string, id: string, hidden = false) =>
      `<tr${hidden ? ' style="display: none"' : ''}><td></td><td><div class="p-name"><a href="https://item.jd.com/${id}.html">${name}</a></div></td><td>${id}</td></tr>`;
    const r = read(
      'https://details.jd.com/normal/item.action?orderid=287908025379&PassKey=B0',
      `<div class="state-top">订单号：287908025379</div><div class="state-txt">已完成</div>
       <div>下单时间：2026-05-01 10:00:00</div>
       <div class="goods-list"><table><tbody>${row('电动牙刷', '100012345678')}${row('牙刷头 4支', '100087654321')}${row('赠品', '100011111111', true)}</tbody></table></div>
       <div class="goods-total"><ul><li><span class="label">商品总额：</span><span>¥299.00</span></li>
         <li><span class="label">应付总额：</span><span class="count">¥279.00</span></li></ul></div>`,
      'zh-CN',
    );
    const o = r.orders[0]!;
    expect(o.items.map((i) => [i.title, i.itemId])).toEqual([
      ['电动牙刷', '100012345678'],
      ['牙刷头 4支', '100087654321'],
    ]);
    expect(o.amounts.total).toEqual(money(279, 'CNY'));
  });
});

describe("天猫's order page state (var detailData)", () => {
  const ID = '4102449013857739241';
  const row = (title: string, money: string) => ({
    content: [{ data: { titleLink: { text: title }, money: { text: money } } }],
  });
  const state = (orderId: string) =>
    `<script>var detailData = ${JSON.stringify({
      basic: { lists: [{ key: '订单编号', content: [{ text: orderId }] }] },
      overStatus: { status: { content: [{ text: '交易成功' }] } },
      amount: { count: [[row('商品总价:', '￥100.00'), row('运费(快递):', '￥0.00')], [row('实付款:', '￥89.00')]] },
      orders: {
        list: [{ status: [{ subOrders: [{ itemInfo: { title: '保温杯 500ml' }, priceInfo: [{ text: '100.00' }] }] }] }],
      },
    })};</script>`;
  const page = `<div id="detail-panel"><p>订单编号：${ID}</p><p>成交时间：2026-02-01 09:30:00</p></div>`;
  it('fills the paid total (实付款, never the goods price), the lines and the status for the order the URL names', () => {
    const r = read(`https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${ID}`, page + state(ID), 'zh-CN');
    const o = r.orders[0]!;
    expect(o.orderId).toBe(ID);
    expect(o.placedAt).toBe('2026-02-01');
    expect(o.amounts.total).toEqual(money(89, 'CNY'));
    expect(o.amounts.subtotal).toBeUndefined();
    expect(o.items.map((i) => i.title)).toEqual(['保温杯 500ml']);
    expect(o.status).toBe('交易成功');
  });
  it('takes nothing from a state about another order', () => {
    const r = read(
      `https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${ID}`,
      page + state('4102449013857739999'),
      'zh-CN',
    );
    expect(r.orders[0]?.amounts.total).toBeUndefined();
    expect(r.orders[0]?.items).toEqual([]);
  });
});

describe("淘宝's order page state (var data = JSON.parse('…'))", () => {
  const ID = '4329532512362739241';
  // As the page writes it: a JS string literal holding the JSON, quotes and non-ASCII escaped.
  const literal = (v: unknown) =>
    JSON.stringify(v)
      .replace(/\\/g, '\\\\')
      .replace(/"/g, '\\"')
      .replace(/'/g, "\\'")
      .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const state = (orderId: string, actual: string) =>
    `<script>var data = JSON.parse('${literal({
      mainOrder: {
        id: orderId,
        statusInfo: { text: '卖家已发货' },
        payInfo: { actualFee: { name: '实付款', value: actual } },
        totalPrice: [{ content: [{ value: '100.00' }] }],
        subOrders: [{ itemInfo: { title: '帆布包 "大号"' }, priceInfo: '100.00', quantity: 1 }],
      },
    })}');</script>`;
  const page = `<div id="detail-panel"><p>订单编号：${ID}</p><p>成交时间：2026-02-01 09:30:00</p></div>`;
  const url = `https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=${ID}`;
  it("fills the paid total, the lines and the status; never the goods' price", () => {
    const r = read(url, page + state(ID, '89.00'), 'zh-CN');
    const o = r.orders[0]!;
    expect(o.amounts.total).toEqual(money(89, 'CNY'));
    expect(o.amounts.subtotal).toBeUndefined();
    expect(o.items.map((i) => i.title)).toEqual(['帆布包 "大号"']);
    expect(o.status).toBe('卖家已发货');
  });
  it('reads no total written as a bare count (fen or yuan unknown), nothing about another order', () => {
    expect(read(url, page + state(ID, '8900'), 'zh-CN').orders[0]?.amounts.total).toBeUndefined();
    const other = read(url, page + state('4329532512362739999', '89.00'), 'zh-CN').orders[0];
    expect(other?.amounts.total).toBeUndefined();
    expect(other?.items).toEqual([]);
  });
});

describe('天猫 detailData: a paid amount printed whole and fraction apart', () => {
  it('reads dotPrefixMoney and dotSufixMoney together as yuan', () => {
    const ID = '4102449013857739241';
    const data = {
      basic: { lists: [{ key: '订单编号', content: [{ text: ID }] }] },
      amount: {
        count: [
          [
            {
              content: [
                {
                  data: {
                    titleLink: { text: '实收款:' },
                    dotPrefixMoney: { text: '89' },
                    dotSufixMoney: { text: '.50' },
                  },
                },
              ],
            },
          ],
        ],
      },
    };
    const r = read(
      `https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${ID}`,
      `<p>订单编号：${ID}</p><script>var detailData = ${JSON.stringify(data)};</script>`,
      'zh-CN',
    );
    expect(r.orders[0]?.amounts.total).toEqual(money(89.5, 'CNY'));
  });
});

describe("eBay's order page prints its text twice, for the eye and for screen readers", () => {
  // <span class="eui-textual-display"><span aria-hidden="true">…</span><span class="clipped">…</span></span>,
  // as Kagee/webshop-order-scraper quotes eBay's markup.
  const ed = (v: string) =>
    `<span class="eui-textual-display"><span class="eui-text-span" aria-hidden="true"><span class="SECONDARY">${v}</span></span><span class="clipped">${v.toLowerCase()}</span></span>`;
  const dl = (l: string, v: string) => `<dl><dt>${ed(l)}</dt><dd>${ed(v)}</dd></dl>`;
  const page = `
    <div class="order-box">
      <div class="order-info">${dl('Order number', '12-34567-89012')}${dl('Time placed', 'Mar 14, 2026 at 3:17 PM')}</div>
      <div class="item-container"><div class="item-card"><div class="item-description">
        <a href="https://www.ebay.com/itm/256789012345">${ed('Brass hinge')}</a>
        <div class="item-aspect-value">${ed('Quantity 2')}</div></div></div></div>
    </div>
    <div class="summary-region"><dl class="order-summary-total"><dt>${ed('Order total')}</dt><dd>${ed('US $25.00')}</dd></dl></div>`;
  it('reads each value once: number, date, title, quantity and total', () => {
    const r = read('https://order.ebay.com/ord/show?orderId=12-34567-89012', page);
    const o = r.orders[0]!;
    expect(o.orderId).toBe('12-34567-89012');
    expect(o.placedAt).toBe('2026-03-14');
    expect(o.items.map((i) => [i.title, i.quantity, i.itemId])).toEqual([['Brass hinge', 2, '256789012345']]);
    expect(o.amounts.total).toEqual(money(25, 'USD'));
  });
});
