import { configured, EN } from '../configured';
import { hostRe } from '../define';
import { shopeeChat } from './chat';

/**
 * Shopee buyer purchases and Seller Centre. Not checked against a real page: every field (fixture is
 * ours: tests/fixtures/marketplaces/shopee). Currency follows the country site.
 */
const SITES: Record<string, string> = {
  'shopee.sg': 'SGD',
  'shopee.com.my': 'MYR',
  'shopee.co.th': 'THB',
  'shopee.vn': 'VND',
  'shopee.ph': 'PHP',
  'shopee.co.id': 'IDR',
  'shopee.tw': 'TWD',
  'shopee.com.br': 'BRL',
  'shopee.com.mx': 'MXN',
};
/**
 * Shopee China Seller Centre (CNSC), where cross-border sellers manage every country shop:
 * seller.shopee.cn/portal/sale/order and …/order/<order id>?cnsc_shop_id=… (sellers' userscripts and tools on
 * GitHub; also seller.xiapi.shopee.cn). One host serves shops of every site, so a bare "$" is unknown there.
 */
const CNSC = 'shopee.cn';
const HOSTS = [...Object.keys(SITES), CNSC];
const H = hostRe(HOSTS);
/**
 * The Seller Centre's host: seller.<site>, except Vietnam's, which is banhang.shopee.vn ("bán hàng", selling:
 * Vietnamese sellers' tools and userscripts on GitHub open banhang.shopee.vn/portal/…, beside seller.shopee.*
 * for the other countries).
 */
const SC = `(?:seller|banhang)\\.${H}`;

export const shopee = configured({
  id: 'shopee',
  name: { en: 'Shopee', zh: '虾皮' },
  hosts: HOSTS,
  currency: (url) => SITES[HOSTS.find((h) => url.hostname === h || url.hostname.endsWith(`.${h}`)) ?? ''],
  urls: {
    'order-list': [new RegExp(`^${H}/user/purchase/?(?:\\?|$)`), new RegExp(`^${SC}/portal/sale/order/?(?:\\?|$)`)],
    'order-detail': [new RegExp(`^${H}/user/purchase/order/\\d+`), new RegExp(`^${SC}/portal/sale/order/\\d+`)],
    return: [new RegExp(`^${H}/user/purchase/(?:return|refund)`), new RegExp(`^${SC}/portal/sale/return`)],
    chat: [new RegExp(`^${SC}/webchat`), new RegExp(`^${H}/chat`)],
    tracking: [new RegExp(`^${H}/user/purchase/order/\\d+/shipping`)],
    listing: [new RegExp(`^${H}/[^?]*-i\\.\\d+\\.\\d+`)],
  },
  sellerUrls: [new RegExp(`^${SC}/`)],
  chat: shopeeChat,
  testUrls: {
    'order-list': ['https://shopee.sg/user/purchase/', 'https://seller.shopee.com.my/portal/sale/order'],
    'order-detail': [
      'https://shopee.sg/user/purchase/order/123456789012345',
      'https://seller.shopee.ph/portal/sale/order/123456789',
      'https://seller.shopee.cn/portal/sale/order/123456789012345?cnsc_shop_id=1',
      'https://banhang.shopee.vn/portal/sale/order/123456789012345',
    ],
    return: ['https://shopee.co.th/user/purchase/return/1'],
    chat: ['https://seller.shopee.sg/webchat/conversations', 'https://banhang.shopee.vn/webchat/conversations'],
    tracking: ['https://shopee.vn/user/purchase/order/123456789012345/shipping'],
    listing: ['https://shopee.co.id/Kabel-Data-i.12345.67890'],
  },
  detail: {
    detail: ['.order-detail-page', 'body'],
    ...EN,
    orderId: { ...EN.orderId, re: /([0-9A-Z]{12,20})/ },
    item: {
      row: ['.order-item'],
      title: { sel: ['.item-name'] },
      quantity: { sel: ['.item-qty'] },
      unitPrice: { sel: ['.item-price'] },
    },
    address: ['.address-card'],
    required: ['orderId', 'amounts.total', 'items'],
  },
});
