import { configured, ZH } from '../configured';
import { hostRe } from '../define';
import { douyinChat } from './chat';

/**
 * 抖店 Douyin shop backend (fxg.jinritemai.com) and 飞鸽 chat (im.jinritemai.com): seller pages only;
 * buyers order inside the app. Not checked against a real page: every field (fixture is ours:
 * tests/fixtures/marketplaces/douyin).
 */
const HOSTS = ['jinritemai.com'];
const H = hostRe(HOSTS);

export const douyin = configured({
  id: 'douyin',
  name: { en: 'Douyin Shop', zh: '抖店' },
  hosts: HOSTS,
  currency: 'CNY',
  urls: {
    'order-list': [new RegExp(`^fxg\\.${H}/ffa/morder/order/list`)],
    'order-detail': [new RegExp(`^fxg\\.${H}/ffa/morder/order/detail`)],
    return: [
      new RegExp(`^fxg\\.${H}/ffa/maftersale/aftersale/(?:list|detail)`),
      new RegExp(`^fxg\\.${H}/ffa/merchant-aftersale-workbench/`),
    ],
    chat: [new RegExp(`^im\\.${H}/pc_seller(?:_v2)?/`)],
    tracking: [new RegExp(`^fxg\\.${H}/ffa/morder/logistics`)],
    listing: [new RegExp(`^haohuo\\.${H}/views/product/`)],
  },
  sellerUrls: [new RegExp(`^(?:fxg|im)\\.${H}/`)],
  chat: douyinChat,
  testUrls: {
    'order-list': ['https://fxg.jinritemai.com/ffa/morder/order/list'],
    'order-detail': ['https://fxg.jinritemai.com/ffa/morder/order/detail?id=6912345678901234567'],
    return: [
      'https://fxg.jinritemai.com/ffa/maftersale/aftersale/list',
      'https://fxg.jinritemai.com/ffa/maftersale/aftersale/detail-v3?aftersale_id=7012345678901234567',
      'https://fxg.jinritemai.com/ffa/merchant-aftersale-workbench/aftersale/list',
    ],
    chat: ['https://im.jinritemai.com/pc_seller_v2/main/workspace?fromOrder=6912345678901234567'],
    tracking: ['https://fxg.jinritemai.com/ffa/morder/logistics/detail?id=1'],
    listing: ['https://haohuo.jinritemai.com/views/product/item2?id=3456789'],
  },
  detail: {
    detail: ['.order-detail', 'body'],
    ...ZH,
    orderId: { ...ZH.orderId, re: /(\d{16,20})/ },
    item: {
      row: ['.product-item'],
      title: { sel: ['.product-name'] },
      quantity: { sel: ['.product-count'] },
      unitPrice: { sel: ['.product-price'] },
    },
    address: ['.receiver-info'],
    required: ['orderId', 'placedAt', 'amounts.total', 'items'],
  },
});
