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
/**
 * The shop backend: fxg.jinritemai.com, and dmall.jinritemai.com for the same order pages (a greasyfork
 * userscript matches dmall.jinritemai.com/ffa/morder/order/list). Paths as sellers' tools open them (GitHub
 * scripts: 订单管理 /ffa/morder/order/list, 发货中心 /ffa/morder/logistics/ewaybill-delivery, 售后工作台
 * /ffa/merchant-aftersale-workbench/aftersale/list; greasyfork "导出订单最新版" matches the order list).
 */
const B = `(?:fxg|dmall)\\.${H}`;

export const douyin = configured({
  id: 'douyin',
  name: { en: 'Douyin Shop', zh: '抖店' },
  hosts: HOSTS,
  currency: 'CNY',
  urls: {
    'order-list': [new RegExp(`^${B}/ffa/morder/order/list`)],
    'order-detail': [new RegExp(`^${B}/ffa/morder/order/detail`)],
    return: [
      new RegExp(`^${B}/ffa/maftersale/aftersale/(?:list|detail)`),
      new RegExp(`^${B}/ffa/merchant-aftersale-workbench/`),
    ],
    chat: [new RegExp(`^im\\.${H}/pc_seller(?:_v2)?/`)],
    // 发货中心 (ewaybill-delivery) prints waybills for many orders at once: a workbench, not one parcel's page.
    tracking: [new RegExp(`^${B}/ffa/morder/logistics/(?!ewaybill)`)],
    // 抖音商城's product page on the web is haohuo.jinritemai.com/ecommerce/trade/detail/index.html?id=<product>
    // (Douyin share links and product tools on GitHub resolve to it): "trade/detail" in its path, yet a
    // product, never an order.
    listing: [new RegExp(`^haohuo\\.${H}/(?:views/product/|ecommerce/trade/detail/)`)],
  },
  sellerUrls: [new RegExp(`^(?:fxg|dmall|im)\\.${H}/`)],
  chat: douyinChat,
  testUrls: {
    'order-list': [
      'https://fxg.jinritemai.com/ffa/morder/order/list',
      'https://dmall.jinritemai.com/ffa/morder/order/list',
    ],
    'order-detail': ['https://fxg.jinritemai.com/ffa/morder/order/detail?id=6912345678901234567'],
    return: [
      'https://fxg.jinritemai.com/ffa/maftersale/aftersale/list',
      'https://fxg.jinritemai.com/ffa/maftersale/aftersale/detail-v3?aftersale_id=7012345678901234567',
      'https://fxg.jinritemai.com/ffa/merchant-aftersale-workbench/aftersale/list',
    ],
    chat: ['https://im.jinritemai.com/pc_seller_v2/main/workspace?fromOrder=6912345678901234567'],
    tracking: ['https://fxg.jinritemai.com/ffa/morder/logistics/detail?id=1'],
    listing: [
      'https://haohuo.jinritemai.com/views/product/item2?id=3456789',
      'https://haohuo.jinritemai.com/ecommerce/trade/detail/index.html?id=3769553357765738866&origin_type=605',
    ],
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
