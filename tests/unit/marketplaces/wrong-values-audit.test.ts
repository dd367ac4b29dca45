import { describe, expect, it } from 'vitest';
import { money, read } from './built-page';

/**
 * SYNTHETIC pages for an audit of the readings added without real pages to check them: each case is a page of
 * the family's real structure holding something beside the order's facts (an item's aspects, recommended goods)
 * that the new reading took for one of them. No text copied. What the page does not prove stays unknown.
 */

describe("eBay's order page: an item's aspects are not its quantity", () => {
  // `.item-aspect-value` holds every aspect of the item ("Quantity 2", but also a size "10" or a pack "3"):
  // only the labelled one is a quantity.
  const page = (aspects: string) => `
    <div class="order-details">
      <p>Order number: 12-34567-89012</p>
      <p>Time placed: Mar 14, 2026 at 3:17 PM</p>
      <div class="item-card"><div class="item-description">
        <a href="https://www.ebay.com/itm/256789012345">Running shoes</a>
        ${aspects}
        <div class="item-price">US $45.00</div></div></div>
      <p>Order total: US $45.00</p>
    </div>`;
  const aspect = (label: string, value: string) =>
    `<div class="item-aspect"><span class="item-aspect-label">${label}</span><span class="item-aspect-value">${value}</span></div>`;
  const item = (html: string) =>
    read('https://order.ebay.com/ord/show?orderId=12-34567-89012', page(html)).orders[0]!.items[0]!;

  it('does not read a shoe size printed as a bare aspect value as the quantity', () => {
    const i = item(aspect('US Shoe Size', '10') + aspect('Colour', 'Black'));
    expect(i.title).toBe('Running shoes');
    expect(i.quantity).toBeUndefined();
  });
  it('still reads the labelled aspect "Quantity 2"', () => {
    const i = item(aspect('US Shoe Size', '10') + `<div class="item-aspect-value">Quantity 2</div>`);
    expect(i.quantity).toBe(2);
  });
});

describe("Temu's 2026 order page: recommended goods under the order are not its lines", () => {
  // Order lines and the "recommended for you" feed both show a picture button labelled "item picture <title>";
  // only an order line prints its quantity ("×N") beside it.
  const picture = (title: string) =>
    `<div role="button" tabindex="0" aria-label="item picture ${title}"><img src="https://img.test/a.jpg" alt=""></div>`;
  const line = (title: string, qty: string) => `
    <div class="_a1">${picture(title)}
      <div class="_b2"><div class="_c3">${title}</div><div class="_g7">${qty}</div></div></div>`;
  const recommended = (title: string) => `
    <div class="_r1">${picture(title)}<div class="_r2"><span>${title}</span><span>2,99 €</span><span>1.2K+ sold</span></div></div>`;
  const ID = 'PO-076-12345678901234567';
  const page = `
    <div class="_h8"><span>Order ID:</span> <span>${ID}</span></div>
    <div class="_h8"><span>Order time:</span> <span>Jun 7, 2026</span></div>
    ${line('Silicone baking mat', '×2')}
    <div id="PAYMENT_DETAIL_DOM_ID"><div><span>Order total (VAT included):</span> <span>6,38 €</span></div></div>
    <h2>Explore your interests</h2>
    ${recommended('Garden hose nozzle')}${recommended('Phone stand')}`;
  it('keeps only the lines that print a quantity', () => {
    const o = read(`https://www.temu.com/de-en/bgt_order_detail.html?parent_order_sn=${ID}`, page).orders[0]!;
    expect(o.orderId).toBe(ID);
    expect(o.amounts.total).toEqual(money(6.38, 'EUR'));
    expect(o.items.map((i) => [i.title, i.quantity])).toEqual([['Silicone baking mat', 2]]);
  });
});

describe('天猫 detailData: a presale order paid in two stages', () => {
  // A presale (预售) order is paid as a deposit (定金) and a balance (尾款), each stage printing its own 实付款 row:
  // the first of them is a part of the payment, not the order's paid total.
  const ID = '4102449013857739241';
  const row = (title: string, money: string) => ({
    content: [{ data: { titleLink: { text: title }, money: { text: money } } }],
  });
  const data = (rows: object[]) => ({
    basic: { lists: [{ key: '订单编号', content: [{ text: ID }] }] },
    amount: { count: [rows] },
    orders: { list: [{ status: [{ subOrders: [{ itemInfo: { title: '陶瓷茶杯' } }] }] }] },
  });
  const total = (rows: object[]) =>
    read(
      `https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${ID}`,
      `<p>订单编号：${ID}</p><script>var detailData = ${JSON.stringify(data(rows))};</script>`,
      'zh-CN',
    ).orders[0]?.amounts.total;
  it('reads no total from two different 实付款 rows', () => {
    expect(total([row('商品总价:', '￥100.00'), row('实付款:', '￥20.00'), row('实付款:', '￥80.00')])).toBeUndefined();
  });
  it('still reads the one 实付款 row of an order paid at once', () => {
    expect(total([row('商品总价:', '￥100.00'), row('实付款:', '￥95.00')])).toEqual(money(95, 'CNY'));
  });
});

describe("京东's normal order page: the goods list's fifth column is not known to be the quantity", () => {
  // The spider that names `.goods-list` reads its second cell (the name) and third (the product number) only;
  // the fifth cell is the quantity in the older `tr.product-…` rows, not known to be here (a price, a bean count).
  const row = (name: string, id: string, fifth: string) =>
    `<tr><td></td><td><div class="p-name"><a href="https://item.jd.com/${id}.html">${name}</a></div></td><td>${id}</td><td>¥149.50</td><td>${fifth}</td></tr>`;
  const page = (fifth: string) => `
    <div class="state-top">订单号：287908025379</div><div class="state-txt">已完成</div>
    <div>下单时间：2026-05-01 10:00:00</div>
    <div class="goods-list"><table><tbody>${row('电动牙刷', '100012345678', fifth)}</tbody></table></div>
    <div class="goods-total"><ul><li><span class="label">应付总额：</span><span class="count">¥149.50</span></li></ul></div>`;
  it('reads no quantity from a fifth cell holding a price', () => {
    const o = read(
      'https://details.jd.com/normal/item.action?orderid=287908025379&PassKey=B0',
      page('¥149.50'),
      'zh-CN',
    ).orders[0]!;
    expect(o.items.map((i) => [i.title, i.itemId])).toEqual([['电动牙刷', '100012345678']]);
    expect(o.items[0]?.quantity).toBeUndefined();
  });
});

describe("拼多多's rawData parcel beside a parcel the page prints with another carrier", () => {
  // The page prints one parcel's carrier; the state names a parcel of another carrier (an order shipped in two
  // parcels, or re-sent): its number is not the page's parcel's, and joined they would name no real parcel.
  const sn = '260305-123456789012345';
  const page = (carrier: string) => `
    <div class="order-detail"><p>订单编号：${sn}</p><div>物流公司：${carrier}</div><p>实付：¥59.00</p></div>
    <script>window.rawData = {"data":{"orderSn":"${sn}","trackingNumber":"75123456789012","shippingName":"中通快递"}};</script>`;
  const shipments = (carrier: string) =>
    read(`https://mobile.yangkeduo.com/order.html?order_sn=${sn}`, page(carrier), 'zh-CN').orders[0]?.shipments;
  it("does not give the page's 韵达 parcel the state's 中通 number", () => {
    expect(shipments('韵达快递')).not.toContainEqual({ trackingNumber: '75123456789012', carrier: '韵达快递' });
    expect(shipments('韵达快递')?.every((s) => s.carrier === undefined || s.carrier === '韵达快递')).toBe(true);
  });
  it('still gives the number to the parcel of the same carrier', () => {
    expect(shipments('中通快递')).toEqual([{ trackingNumber: '75123456789012', carrier: '中通快递' }]);
  });
});
