import { configured, ZH } from '../configured';
import { hostRe } from '../define';
import { ORDER_NUMBER, pinduoduoChat } from './chat';
import { pinduoduoState } from './state';

/**
 * 拼多多 Pinduoduo: buyer pages on mobile.yangkeduo.com and mobile.pinduoduo.com (the host the 2025 buyer
 * order list moved to: the greasyfork "导出拼多多订单" userscript matches mobile.pinduoduo.com/orders.html) and the merchant backend mms.pinduoduo.com.
 * Not checked against a real page: every field (fixture is ours: tests/fixtures/marketplaces/pinduoduo).
 */
const HOSTS = ['yangkeduo.com', 'pinduoduo.com'];
const H = hostRe(HOSTS);

export const pinduoduo = configured({
  id: 'pinduoduo',
  name: { en: 'Pinduoduo', zh: '拼多多' },
  hosts: HOSTS,
  currency: 'CNY',
  urls: {
    'order-list': [
      new RegExp(`^mobile\\.(?:yangkeduo|pinduoduo)\\.com/orders\\.html`),
      new RegExp(`^mms\\.pinduoduo\\.com/orders/list`),
    ],
    'order-detail': [
      new RegExp(`^mobile\\.(?:yangkeduo|pinduoduo)\\.com/order\\.html`),
      new RegExp(`^mms\\.pinduoduo\\.com/orders/detail`),
    ],
    // The buyer's parcel page is goods_express.html?order_sn=… (a PDD order collector's tests on GitHub,
    // pdd-order-discovery: pageKind('…/goods_express.html?order_sn=…') is 'logistics').
    tracking: [new RegExp(`^mobile\\.(?:yangkeduo|pinduoduo)\\.com/(?:goods_express|logistics|express)`)],
    return: [
      new RegExp(`^mobile\\.(?:yangkeduo|pinduoduo)\\.com/(?:complaint|after_sales|aftersales)`),
      new RegExp(`^mms\\.pinduoduo\\.com/aftersales/`),
    ],
    chat: [
      new RegExp(`^mobile\\.(?:yangkeduo|pinduoduo)\\.com/chat`),
      new RegExp(`^mms\\.pinduoduo\\.com/chat-merchant/`),
    ],
    listing: [new RegExp(`^mobile\\.(?:yangkeduo|pinduoduo)\\.com/goods\\d*\\.html`)],
  },
  sellerUrls: [new RegExp(`^mms\\.${H}/`)],
  chat: pinduoduoChat,
  testUrls: {
    'order-list': ['https://mobile.yangkeduo.com/orders.html?type=0', 'https://mms.pinduoduo.com/orders/list'],
    'order-detail': [
      'https://mobile.yangkeduo.com/order.html?order_sn=240101-123456789012345',
      'https://mms.pinduoduo.com/orders/detail?type=0&sn=240101-123456789012345',
    ],
    tracking: [
      'https://mobile.yangkeduo.com/logistics.html?order_sn=240101-123456789012345',
      'https://mobile.yangkeduo.com/goods_express.html?order_sn=260929-041041324390351',
    ],
    return: ['https://mobile.yangkeduo.com/complaint_list.html', 'https://mms.pinduoduo.com/aftersales/aftersale_list'],
    chat: ['https://mms.pinduoduo.com/chat-merchant/index.html'],
    listing: ['https://mobile.yangkeduo.com/goods.html?goods_id=123456789'],
  },
  state: pinduoduoState,
  detail: {
    detail: ['.order-detail', 'body'],
    ...ZH,
    orderId: { ...ZH.orderId, re: ORDER_NUMBER },
    item: {
      row: ['.goods-item'],
      title: { sel: ['.goods-name'] },
      quantity: { sel: ['.goods-number'] },
      unitPrice: { sel: ['.goods-price'] },
    },
    address: ['.address-info'],
    required: ['orderId', 'placedAt', 'amounts.total', 'items'],
  },
});
