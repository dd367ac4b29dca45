import { describe, expect, it } from 'vitest';
import { money, read } from './built-page';

/**
 * SYNTHETIC pages built to the markup and the page state the marketplaces really serve, as public scrapers,
 * userscripts and their tests read them (each adapter names its source): generated class names read by what
 * does not change, embedded order state (Etsy.Context, rawData, detailData, JSON.parse data), screen-reader
 * copies, several orders on one page. No text copied. Every value is asserted on its own; what the page does not
 * prove (a price of uncertain meaning, an amount of unknown unit, another order's state) stays unknown.
 */

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

describe("eBay's one price per item card, beside a quantity over one", () => {
  // Public order scrapers keep `.item-price` as the item's total; whether it is one piece's price or the
  // line's shows only in the order's subtotal.
  const page = (price: string, subtotal?: string) => `
    <div class="order-details">
      <p>Order number: 12-34567-89012</p>
      <div class="item-card"><div class="item-description"><a href="https://www.ebay.com/itm/256789012345">Brass hinge</a>
        <div class="item-aspect-value">Quantity 2</div><div class="item-price">${price}</div></div></div>
      ${subtotal ? `<p>Subtotal (2 items): ${subtotal}</p>` : ''}
      <p>Order total: US $30.00</p>
    </div>`;
  const unitOf = (html: string) =>
    read('https://order.ebay.com/ord/show?orderId=12-34567-89012', html).orders[0]!.items[0]?.unitPrice;
  it('is the unit price when quantity × price is the subtotal', () => {
    expect(unitOf(page('US $12.50', 'US $25.00'))).toEqual(money(12.5, 'USD'));
  });
  it("is not taken as the unit price when it is the line's total (the subtotal)", () => {
    expect(unitOf(page('US $25.00', 'US $25.00'))).toBeUndefined();
  });
  it('is unknown when the page shows no subtotal to tell', () => {
    expect(unitOf(page('US $25.00'))).toBeUndefined();
  });
});
