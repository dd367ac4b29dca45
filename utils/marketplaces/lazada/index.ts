import { configured, EN } from '../configured';
import { hostRe } from '../define';
import { lazadaChat } from './chat';

/**
 * Lazada buyer orders (my.lazada.*) and Seller Center. Not checked against a real page: every field
 * (fixture is ours: tests/fixtures/marketplaces/lazada). Currency follows the country site.
 */
const SITES: Record<string, string> = {
  'lazada.sg': 'SGD',
  'lazada.com.my': 'MYR',
  'lazada.co.th': 'THB',
  'lazada.vn': 'VND',
  'lazada.com.ph': 'PHP',
  'lazada.co.id': 'IDR',
};
const HOSTS = Object.keys(SITES);
const H = hostRe(HOSTS);
/**
 * The phone site's order pages: my-m.lazada.<country>/order/order-management (the list) and
 * …/order/order-detail?tradeOrderId=<order> (one order), beside the desktop my.lazada.<country>/customer/order/…
 * (a Lazada shopping extension on GitHub builds both, by whether the browser is a phone).
 */
const PHONE = `my-m\\.${H}`;

export const lazada = configured({
  id: 'lazada',
  name: { en: 'Lazada', zh: '来赞达' },
  hosts: HOSTS,
  currency: (url) => SITES[HOSTS.find((h) => url.hostname.endsWith(h)) ?? ''] ?? 'SGD',
  urls: {
    'order-list': [
      new RegExp(`^my\\.${H}/customer/order/index`),
      new RegExp(`^sellercenter\\.${H}/apps/order/list`),
      new RegExp(`^${PHONE}/order/order-management`),
    ],
    'order-detail': [
      new RegExp(`^my\\.${H}/customer/order/view`),
      new RegExp(`^${PHONE}/order/order-detail`),
      new RegExp(`^sellercenter\\.${H}/apps/order/detail`),
    ],
    return: [new RegExp(`^my\\.${H}/customer/returns?/`), new RegExp(`^sellercenter\\.${H}/apps/reverse`)],
    tracking: [new RegExp(`^my\\.${H}/customer/order/tracking`)],
    chat: [new RegExp(`^sellercenter\\.${H}/apps/im/`), new RegExp(`^pages\\.${H}/wow/i/.*chat`)],
    listing: [new RegExp(`^(?:www\\.)?${H}/products/[^?]*-i\\d+`)],
  },
  sellerUrls: [new RegExp(`^sellercenter\\.${H}/`)],
  chat: lazadaChat,
  testUrls: {
    'order-list': [
      'https://my.lazada.sg/customer/order/index/',
      'https://sellercenter.lazada.com.my/apps/order/list',
      'https://my-m.lazada.co.th/order/order-management',
    ],
    'order-detail': [
      'https://my.lazada.sg/customer/order/view/?tradeOrderId=123456789012345',
      'https://my.lazada.vn/customer/order/view/?tradeOrderId=123456789012345&buyerEmail=a%40example.com',
      'https://my-m.lazada.sg/order/order-detail?tradeOrderId=123456789012345',
    ],
    return: ['https://my.lazada.co.th/customer/returns/list'],
    tracking: ['https://my.lazada.vn/customer/order/tracking/?tradeOrderId=1'],
    chat: ['https://sellercenter.lazada.sg/apps/im/chat'],
    listing: ['https://www.lazada.com.ph/products/usb-cable-i123456789-s987654321.html'],
  },
  detail: {
    detail: ['.order-detail', 'body'],
    ...EN,
    orderId: { ...EN.orderId, re: /(\d{12,20})/ },
    item: {
      row: ['.order-item'],
      title: { sel: ['.item-title'] },
      quantity: { sel: ['.item-quantity'] },
      unitPrice: { sel: ['.item-price'] },
    },
    // The recipient block: `.delivery-wrapper` (name, address, phone on its lines: a Lazada order checker on GitHub).
    address: ['.delivery-address', '.delivery-wrapper'],
    required: ['orderId', 'amounts.total', 'items'],
  },
});
