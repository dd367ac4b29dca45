import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../../utils/extract/generic';
import { docFromHtml } from '../../support/dom';

/** A list of orders whose cards print each item as a picture and a title linking to one product, no price. */
const pic = (id: string, title: string, qty?: string) =>
  `<div class="item"><div class="img"><a href="/p/${id}?ref_=list_img"><img alt=""></a>${qty ? `<span>${qty}</span>` : ''}</div>` +
  `<div><a href="/p/${id}?ref_=list_title">${title}</a></div><div><a href="/again/${id}">Buy it again</a></div></div>`;
const card = (label: string, id: string, total: string, items: string) =>
  `<div class="order-card"><div>${label} ${id}</div><div>Total ${total}</div>${items}</div>`;

describe('items of a list card by picture and title', () => {
  it('en: each card its own items, with the quantity badge on the picture', () => {
    const doc = docFromHtml(
      card('Order #', '112-0000001-0000001', '$35.38', pic('A1', 'Roller brushes, 2 set', '2')) +
        card('Order #', '112-0000002-0000002', '$10.00', pic('A2', 'Wall mount kit') + pic('A3', 'Cable organizer')),
    );
    const orders = extractGeneric(new URL('https://shop.example.com/your-orders'), doc);
    expect(orders.map((o) => o.items)).toEqual([
      [{ title: 'Roller brushes, 2 set', quantity: 2 }],
      [{ title: 'Wall mount kit' }, { title: 'Cable organizer' }],
    ]);
  });

  it('zh-CN: 订单号 cards', () => {
    const doc = docFromHtml(
      card('订单号:', '4371408684767739241', '￥27.32', pic('101', '不锈钢快插接头 PC4-M6')) +
        card('订单号:', '4371408684767739242', '￥9.90', pic('102', '真空观察窗 CF100')),
    );
    const orders = extractGeneric(new URL('https://buyer.example.cn/orders'), doc);
    expect(orders.map((o) => o.items.map((i) => i.title))).toEqual([['不锈钢快插接头 PC4-M6'], ['真空观察窗 CF100']]);
  });

  it('a card with a picture whose title is not printed gets no items (not a short list)', () => {
    const doc = docFromHtml(
      card(
        'Order #',
        '112-0000001-0000001',
        '$35.38',
        pic('A1', 'Roller brushes, 2 set') + '<a href="/p/A9"><img alt=""></a>',
      ) + card('Order #', '112-0000002-0000002', '$10.00', pic('A2', 'Wall mount kit')),
    );
    const orders = extractGeneric(new URL('https://shop.example.com/your-orders'), doc);
    expect(orders.map((o) => o.items.length)).toEqual([0, 1]);
  });

  it("a card's one parcel status line is its shipment; two such lines (a tracking log) give none", () => {
    const doc = docFromHtml(
      card(
        'Order #',
        '112-0000001-0000001',
        '$35.38',
        '<h4><b>Delivered</b> November 2</h4>' + pic('A1', 'Roller brushes'),
      ) +
        card(
          'Bestellnr.',
          '302-0000002-0000002',
          '7,43 €',
          '<div>Zustellung: 15. September</div>' + pic('A2', 'Testartikel 1'),
        ) +
        card(
          'Order #',
          '112-0000003-0000003',
          '$5.00',
          '<div>Shipped</div><div>Delivered</div>' + pic('A3', 'Cable organizer'),
        ),
    );
    const orders = extractGeneric(new URL('https://shop.example.com/your-orders'), doc);
    expect(orders.map((o) => o.shipments)).toEqual([
      [{ status: 'Delivered November 2' }],
      [{ status: 'Zustellung: 15. September' }],
      [],
    ]);
  });
});
