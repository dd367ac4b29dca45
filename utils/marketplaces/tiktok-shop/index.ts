import { configured, EN } from '../configured';
import { hostRe } from '../define';

/**
 * TikTok Shop: buyer order pages on tiktok.com and the Seller Center. Not checked against a real
 * page: every field (fixture is ours: tests/fixtures/marketplaces/tiktok-shop). Other tiktok.com
 * pages (videos, profiles) are recognised as 'other'.
 */
const HOSTS = ['tiktok.com', 'tiktokglobalshop.com'];
const H = hostRe(HOSTS);

export const tiktokShop = configured({
  id: 'tiktok-shop',
  name: { en: 'TikTok Shop', zh: 'TikTok Shop' },
  hosts: HOSTS,
  currency: 'USD',
  urls: {
    'order-list': [
      new RegExp(`^(?:www\\.)?tiktok\\.com/shop/(?:order-list|orders)`),
      new RegExp(`^seller(?:-[a-z]{2})?\\.${H}/order(?:\\?|$|/?$)`),
    ],
    'order-detail': [
      new RegExp(`^(?:www\\.)?tiktok\\.com/shop/order-detail`),
      new RegExp(`^seller(?:-[a-z]{2})?\\.${H}/order/detail`),
    ],
    tracking: [new RegExp(`^(?:www\\.)?tiktok\\.com/shop/(?:logistics|tracking)`)],
    return: [
      new RegExp(`^seller(?:-[a-z]{2})?\\.${H}/order/(?:return|refund)`),
      new RegExp(`^(?:www\\.)?tiktok\\.com/shop/(?:return|refund)`),
    ],
    chat: [new RegExp(`^seller(?:-[a-z]{2})?\\.${H}/chat`), new RegExp(`^(?:www\\.)?tiktok\\.com/shop/(?:im|chat)`)],
    listing: [new RegExp(`^(?:www\\.|shop\\.)?tiktok\\.com/(?:shop/pdp|view/product)/`)],
  },
  sellerUrls: [new RegExp(`^seller(?:-[a-z]{2})?\\.${H}/`)],
  testUrls: {
    'order-list': ['https://www.tiktok.com/shop/order-list', 'https://seller-us.tiktok.com/order?tab=all'],
    'order-detail': [
      'https://www.tiktok.com/shop/order-detail?order_id=576123456789012345',
      'https://seller-us.tiktok.com/order/detail?order_no=576123456789012345',
    ],
    tracking: ['https://www.tiktok.com/shop/logistics?order_id=576123456789012345'],
    return: ['https://seller-us.tiktok.com/order/return?id=1'],
    chat: ['https://seller.tiktokglobalshop.com/chat/inbox'],
    listing: ['https://www.tiktok.com/shop/pdp/1729384756'],
  },
  detail: {
    detail: ['[data-e2e="order-detail"]', 'body'],
    ...EN,
    orderId: { ...EN.orderId, re: /(\d{15,20})/ },
    item: {
      row: ['[data-e2e="order-item"]'],
      title: { sel: ['.product-title'] },
      quantity: { sel: ['.product-qty'] },
      unitPrice: { sel: ['.product-price'] },
      itemId: { sel: ['.product-sku'], re: /(\d{6,})/ },
    },
    address: ['[data-e2e="shipping-address"]'],
    required: ['orderId', 'placedAt', 'amounts.total', 'items'],
  },
});
