import { describe, expect, it } from 'vitest';
import { marketCovers, marketFromUrl, marketFromUrls } from '../../../utils/rules/markets';

describe('market from a page address', () => {
  it.each([
    ['https://www.amazon.ca/gp/your-account/order-details?orderID=1', 'CA'],
    ['https://www.amazon.com/gp/your-account/order-history', 'US'],
    ['https://www.amazon.co.uk/your-orders/orders', 'GB'],
    ['https://www.amazon.com.mx/gp/css/order-history', 'MX'],
    ['https://www.amazon.de/gp/css/order-history', 'DE'],
    ['https://www.amazon.co.jp/gp/css/order-history', 'JP'],
    ['https://sellercentral.amazon.com/orders-v3', 'US'],
    ['https://sellercentral-europe.amazon.com/orders-v3', undefined],
    ['https://shopee.ph/user/purchase', 'PH'],
    ['https://shopee.com.my/user/purchase', 'MY'],
    ['https://shopee.tw/user/purchase', 'TW'],
    ['https://seller.shopee.co.id/portal/sale/order', 'ID'],
    ['https://my.lazada.com.ph/customer/order/index', 'PH'],
    ['https://www.lazada.co.th/customer/order/index', 'TH'],
    ['https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm', 'CN'],
    ['https://details.jd.com/normal/item.action?orderid=1', 'CN'],
    ['https://mobile.yangkeduo.com/orders.html', 'CN'],
    ['https://fxg.jinritemai.com/ffa/morder/order/list', 'CN'],
    ['https://air.1688.com/app/ctf-page/trade-order-list/buyer-order-list.html', 'CN'],
    ['https://www.ebay.co.uk/mye/myebay/purchase', 'GB'],
    ['https://www.ebay.com/mye/myebay/purchase', 'US'],
    ['https://www.ebay.com.au/mye/myebay/purchase', 'AU'],
    ['https://www.walmart.com/orders/1', 'US'],
    ['https://www.aliexpress.us/p/order/index.html', 'US'],
    ['https://www.aliexpress.com/p/order/index.html', undefined],
    ['https://www.temu.com/bgt_orders.html', undefined],
    ['https://www.temu.com/uk/bgt_orders.html', 'GB'],
    ['https://www.temu.com/ca-fr/bgt_orders.html', 'CA'],
    ['https://us.shein.com/user/orders/list', 'US'],
    ['https://m.shein.com/us/Return-Policy-a-281.html', 'US'],
    ['https://www.shein.com/user/orders/list', undefined],
    ['https://seller-th.tiktok.com/order', 'TH'],
    // TikTok and Alibaba.com pages give no market: the user is asked, never guessed for.
    ['https://shop.tiktok.com/us/money-back-guarantee', undefined],
    ['https://www.tiktok.com/id/', undefined],
    ['https://support.tiktok.com/th/safety', undefined],
    ['https://seller-vn.tiktok.com/university/essay?knowledge_id=1', 'VN'],
    ['https://ca.alibaba.com/', undefined],
    ['https://french.alibaba.com/product-detail/x.html', undefined],
    ['https://es.aliexpress.com/item/1.html', undefined],
    ['https://pt.aliexpress.com/p/order/index.html', undefined],
    ['https://www.tiktok.com/shop/orders', undefined],
    ['https://www.etsy.com/your/purchases', undefined],
    ['https://biz.alibaba.com/ta/detail.htm', undefined],
    ['https://scam-shop.example.com/order/1', undefined],
    ['https://cheap-brand.shop/order', undefined],
    ['https://boutique.fr/commande', 'FR'],
    ['not a url', undefined],
  ])('%s → %s', (url, market) => {
    expect(marketFromUrl(url)).toBe(market);
  });

  it('a case gets a market only when its pages agree', () => {
    expect(marketFromUrls(['https://shopee.ph/a', undefined, 'https://shopee.ph/b'])).toBe('PH');
    expect(marketFromUrls(['https://shopee.ph/a', 'https://shopee.com.my/b'])).toBeUndefined();
    expect(marketFromUrls([])).toBeUndefined();
  });

  it('EU covers its member states and nothing else', () => {
    expect(marketCovers(['EU'], 'DE')).toBe(true);
    expect(marketCovers(['EU'], 'GB')).toBe(false);
    expect(marketCovers(['US', 'CA'], 'CA')).toBe(true);
  });
});
