import { configured, EN } from '../configured';
import { hostRe } from '../define';
import { siteDollar } from '../site-dollar';

/**
 * SHEIN buyer order pages. Not checked against a real page: every field (fixture is ours:
 * tests/fixtures/marketplaces/shein); reading is by English label.
 */
const HOSTS = ['shein.com'];
const H = hostRe(HOSTS);

export const shein = configured({
  id: 'shein',
  name: { en: 'SHEIN', zh: '希音' },
  hosts: HOSTS,
  // Country sites are subdomains (us.shein.com, ca.shein.com, au.shein.com …).
  currency: (url) => siteDollar(url.hostname.split('.')[0] ?? ''),
  urls: {
    'order-list': [new RegExp(`^${H}/user/orders/list`)],
    'order-detail': [new RegExp(`^${H}/user/orders/detail/`)],
    tracking: [new RegExp(`^${H}/user/orders/track/`)],
    return: [new RegExp(`^${H}/user/orders/(?:return|refund)`)],
    chat: [new RegExp(`^${H}/robot`)],
    listing: [new RegExp(`^${H}/[^?]*-p-\\d+\\.html`)],
  },
  sellerUrls: [new RegExp(`^sellerhub\\.${H}/`)],
  testUrls: {
    'order-list': ['https://us.shein.com/user/orders/list'],
    'order-detail': ['https://us.shein.com/user/orders/detail/GSU12345678901'],
    tracking: ['https://us.shein.com/user/orders/track/GSU12345678901'],
    return: ['https://us.shein.com/user/orders/return/GSU12345678901'],
    chat: ['https://us.shein.com/robot'],
    listing: ['https://us.shein.com/Summer-Dress-p-12345678.html'],
  },
  detail: {
    detail: ['.order-detail-container', 'body'],
    ...EN,
    orderId: { ...EN.orderId, re: /([A-Z]{2,4}\d{8,16})/ },
    item: {
      row: ['.order-goods-item'],
      title: { sel: ['.goods-title'] },
      quantity: { sel: ['.goods-qty'] },
      unitPrice: { sel: ['.goods-price'] },
      itemId: { sel: ['.goods-sku'], re: /SKU:?\s*(\S+)/ },
    },
    address: ['.order-address'],
    required: ['orderId', 'placedAt', 'amounts.total', 'items'],
  },
});
