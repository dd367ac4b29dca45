import { describe, expect, it } from 'vitest';
import { money, read } from './built-page';
import { adapterForUrl } from '../../../utils/marketplaces/registry';

/**
 * SYNTHETIC pages at the addresses real users' pages live at, on the sites, phone sites, seller backends and
 * older page families the adapters did not recognise before (each adapter names the public source of its URL
 * family). Built to the structure those pages have; no text copied. Each case asserts the page kind, whose
 * view it is, and each value on its own; what the page does not prove stays unknown.
 */

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
  it("闲鱼's pages are not claimed as Taobao's: its orders follow its own rules, not Taobao's deadlines", () => {
    expect(adapterForUrl(new URL('https://www.goofish.com/order-detail?orderId=3612345678901234567'))).toBeUndefined();
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
