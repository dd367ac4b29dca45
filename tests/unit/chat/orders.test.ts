import { describe, expect, it } from 'vitest';
import { amazonChat } from '../../../utils/marketplaces/amazon/chat';
import { ebayChat } from '../../../utils/marketplaces/ebay/chat';
import { demoShopChat } from '../../../utils/marketplaces/demo-shop/chat';
import { pinduoduoChat } from '../../../utils/marketplaces/pinduoduo/chat';
import { orderNumbersIn, orderNumbersInUrl } from '../../../utils/chat/orders';

describe('order numbers in chats', () => {
  it('finds marketplace-shaped numbers in order of mention, each once', () => {
    expect(
      orderNumbersIn(
        'About 114-3941689-8772232 and 111-0000000-1234567, again 114-3941689-8772232',
        amazonChat.orderPatterns,
      ),
    ).toEqual(['114-3941689-8772232', '111-0000000-1234567']);
    expect(orderNumbersIn('订单 DS-20261104-0001 已发货', demoShopChat.orderPatterns)).toEqual(['DS-20261104-0001']);
    expect(orderNumbersIn('订单编号 230601-123456789012345 请查收', pinduoduoChat.orderPatterns)).toEqual([
      '230601-123456789012345',
    ]);
  });

  it('finds Amazon digital (D01-) order numbers, the same shape the order reader takes', () => {
    expect(
      orderNumbersIn('Re: your Kindle order D01-1234567-1234567 and 114-3941689-8772232', amazonChat.orderPatterns),
    ).toEqual(['D01-1234567-1234567', '114-3941689-8772232']);
  });

  it('takes eBay item-number-shaped digits for no order number', () => {
    expect(orderNumbersIn('Item 123456789012, order 12-34567-89012', ebayChat.orderPatterns)).toEqual([
      '12-34567-89012',
    ]);
  });

  it('finds plain-digit numbers only after an order keyword', () => {
    expect(orderNumbersIn('在吗？我想问一下订单号：6912345678901234567 的发货时间。', [])).toEqual([
      '6912345678901234567',
    ]);
    expect(orderNumbersIn('Order #8181234567890123 arrived', [])).toEqual(['8181234567890123']);
    expect(orderNumbersIn('call me on 13800138000, tracking SF1234567890123', [])).toEqual([]);
    expect(orderNumbersIn('what is the order status?', [])).toEqual([]);
  });

  it('reads order numbers from the address', () => {
    expect(
      orderNumbersInUrl('https://www.aliexpress.com/p/message/index.html?fromCode=order&orderId=8181234567890123', []),
    ).toEqual(['8181234567890123']);
    expect(
      orderNumbersInUrl('https://im.jinritemai.com/pc_seller_v2/main/workspace?fromOrder=6912345678901234567', []),
    ).toEqual(['6912345678901234567']);
    expect(
      orderNumbersInUrl('http://demo-shop.orderproof.test/chat/DS-20261104-0001.html', demoShopChat.orderPatterns),
    ).toEqual(['DS-20261104-0001']);
    expect(orderNumbersInUrl('https://chat.jd.com/index.action?venderId=1', [])).toEqual([]);
  });
});
