import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../utils/marketplaces/extract-page';
import { orderSchema } from '../../../utils/schemas/order';
import { docFromHtml } from '../../support/dom';

/**
 * SYNTHETIC Taobao 已买到的宝贝 cards, written from the list's real conventions (hashed class names
 * `bought-wrapper-mod__…___xxxx`, one card per order with `data-id`, a head tbody and one body row per goods
 * line): a physical item links to item.htm?id=…, a virtual one (话费充值) to buy_now.jhtml?item_id_num=….
 */
const URL_LIST = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';

const row = (link: string, title: string, price: string, qty: string) => `<tbody><tr>
  <td><div class="ml-mod__container___1 production-mod__production___3 suborder-mod__production___3">
    <div class="ml-mod__media___2"><a href="${link}"><img src="x.jpg"></a></div>
    <div><p><a href="${link}"><span> </span><span>${title}</span></a></p>
    <p><a href="https://buyertrade.taobao.com/trade/detail/tradeSnap.htm?tradeID=1">[交易快照]</a></p></div>
  </div></td>
  <td><div class="price-mod__price___3"><p><del>￥199.00</del></p><p><span>￥</span><span>${price}</span></p></div></td>
  <td><div><p>${qty}</p></div></td>
  <td><div><p><span class="text-mod__link___3">申请售后</span></p></div></td>
  <td><div><div class="price-mod__price___3"><p><strong><span>￥</span><span>${price}</span></strong></p></div>
    <p><span>(含运费：￥0.00)</span></p></div></td>
  <td><div><p><span class="text-mod__link___3">交易成功</span></p>
    <a id="viewDetail" href="https://buyertrade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=1">订单详情</a></div></td>
</tr></tbody>`;

const card = (id: string, date: string, body: string) => `<div data-id="${id}"
  class="bought-wrapper-mod__trade-order___2lrzV"><table>
  <tbody class="bought-wrapper-mod__head___2vnqo"><tr><td><label>
    <span class="bought-wrapper-mod__create-time___yNWVS">${date}</span></label>
    <span>订单号</span><span>:</span><span>${id}</span></td>
  <td class="bought-wrapper-mod__seller-container___3dAK3"><a class="seller-mod__name___1_wwa"
    href="https://store.taobao.com/shop/view_shop.htm?user_number_id=1" title="中国移动官方旗舰店">中国移动官方旗舰店</a></td></tr></tbody>
  ${body}</table></div>`;

describe('Taobao order list (synthetic, from the real list markup)', () => {
  const html = `<div class="js-order-container">${card(
    '4355452695837700001',
    '2025-05-25',
    row(
      'https://buy.taobao.com/auction/buy_now.jhtml?item_id_num=592773442218&quantity=1',
      '上海移动 话费充值100元',
      '100.00',
      '1',
    ),
  )}${card(
    '4355452695837700002',
    '2025-05-26',
    row('https://item.taobao.com/item.htm?id=924129356646&_u=k2', '不锈钢观察窗', '32.00', '2'),
  )}</div>`;
  const r = extractPage(new URL(URL_LIST), docFromHtml(html, URL_LIST));
  const [virtual, physical] = r.orders.map((o) => orderSchema.parse(o));

  it('recognises the list and reads both cards', () => {
    expect(r.kind).toBe('order-list');
    expect(r.orders).toHaveLength(2);
    expect(r.changed).toBeUndefined();
  });

  it('a virtual item (buy_now.jhtml link) keeps its title and id; the buy-again action is not its address', () => {
    expect(virtual?.items).toEqual([
      {
        title: '上海移动 话费充值100元',
        quantity: 1,
        unitPrice: { amount: 100, currency: 'CNY' },
        itemId: '592773442218',
      },
    ]);
  });

  it('a physical item: title, id and item page from item.htm; the snapshot link is not the title', () => {
    expect(physical?.items[0]).toEqual({
      title: '不锈钢观察窗',
      quantity: 2,
      unitPrice: { amount: 32, currency: 'CNY' },
      itemId: '924129356646',
      url: 'https://item.taobao.com/item.htm?id=924129356646&_u=k2',
    });
  });

  it('order facts per card: id, date, shop, total, shipping, status', () => {
    expect(virtual).toMatchObject({
      orderId: '4355452695837700001',
      placedAt: '2025-05-25',
      seller: '中国移动官方旗舰店',
      status: '交易成功',
      amounts: { total: { amount: 100, currency: 'CNY' }, shipping: { amount: 0, currency: 'CNY' } },
    });
  });
});
