import { configured, EN } from '../configured';
import { hostRe } from '../define';
import { alibabaChat } from './chat';

/**
 * Alibaba.com, buyer (Trade Assurance orders, messenger) and supplier (My Alibaba seller orders).
 * Not checked against a real page: every field (fixture is ours: tests/fixtures/marketplaces/alibaba).
 */
const HOSTS = ['alibaba.com'];
const H = hostRe(HOSTS);

export const alibaba = configured({
  id: 'alibaba',
  name: { en: 'Alibaba.com', zh: '阿里巴巴国际站' },
  hosts: HOSTS,
  currency: 'USD',
  urls: {
    'order-list': [
      new RegExp(`^biz\\.${H}/(?:order/(?:buyer/)?list|ta/buyer/list)`),
      new RegExp(`^biz\\.${H}/(?:order/seller/list|ta/seller/list)`),
    ],
    'order-detail': [new RegExp(`^biz\\.${H}/(?:ta/detail|order/detail)`), new RegExp(`^biz\\.${H}/ta/seller/detail`)],
    tracking: [new RegExp(`^biz\\.${H}/(?:order/)?logistics`)],
    return: [new RegExp(`^biz\\.${H}/(?:dispute|refund)`)],
    chat: [new RegExp(`^message\\.${H}/`), new RegExp(`^onetalk\\.${H}/`)],
    invoice: [new RegExp(`^biz\\.${H}/(?:order/)?invoice`)],
    listing: [new RegExp(`^(?:www\\.)?${H}/product-detail/`)],
  },
  sellerUrls: [
    new RegExp(`^biz\\.${H}/(?:order/seller|ta/seller)`),
    new RegExp(`^(?:onetalk|hz-productposting)\\.${H}/`),
  ],
  chat: alibabaChat,
  testUrls: {
    'order-list': [
      'https://biz.alibaba.com/order/list.htm',
      'https://biz.alibaba.com/order/list.htm?tracelog=hd_order',
      'https://biz.alibaba.com/order/seller/list.htm',
    ],
    'order-detail': [
      'https://biz.alibaba.com/ta/detail.htm?orderId=123456789012345',
      'https://biz.alibaba.com/order/detail.htm?orderId=304447618001023166',
      'https://biz.alibaba.com/ta/seller/detail.htm?orderId=1',
    ],
    tracking: ['https://biz.alibaba.com/order/logistics.htm?orderId=1'],
    return: ['https://biz.alibaba.com/dispute/detail.htm?id=1'],
    chat: ['https://message.alibaba.com/message/messenger.htm'],
    invoice: ['https://biz.alibaba.com/order/invoice.htm?orderId=1'],
    listing: ['https://www.alibaba.com/product-detail/USB-Cable_1600123456789.html'],
  },
  detail: {
    detail: ['.order-detail', 'body'],
    ...EN,
    // Trade Assurance orders print "Trade Assurance Order no. 3044…" (an Alibaba order-portal tool's tests on
    // GitHub; the label is in labels.ts, the generic reader's too); the number is 18 digits and the same in
    // biz.alibaba.com/order/detail.htm?orderId=.
    orderId: { ...EN.orderId, re: /(\d{12,20})/ },
    seller: { sel: ['.supplier-name'], label: /Supplier|Seller/ },
    item: {
      row: ['.product-item'],
      title: { sel: ['.product-name'] },
      quantity: { sel: ['.product-quantity'] },
      unitPrice: { sel: ['.product-unit-price'] },
    },
    address: ['.shipping-address'],
    required: ['orderId', 'amounts.total', 'items'],
  },
});
