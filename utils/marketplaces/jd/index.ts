import { configured, ZH } from '../configured';
import { hostRe } from '../define';
import { jdChat } from './chat';

/**
 * 京东 JD.com: buyer order centre and order details, seller backend (shop.jd.com). Not checked against
 * a real page: every field (fixture is ours: tests/fixtures/marketplaces/jd); reading is by Chinese label.
 */
const HOSTS = ['jd.com'];
const H = hostRe(HOSTS);

export const jd = configured({
  id: 'jd',
  name: { en: 'JD.com', zh: '京东' },
  hosts: HOSTS,
  currency: 'CNY',
  urls: {
    'order-list': [new RegExp(`^order\\.${H}/center/list\\.action`), new RegExp(`^order\\.shop\\.jd\\.com/order/`)],
    'order-detail': [
      new RegExp(`^details\\.${H}/normal/item\\.action`),
      new RegExp(`^order\\.${H}/normal/item\\.action`),
    ],
    tracking: [new RegExp(`^(?:wl|trade)\\.${H}/.*(?:track|logistics)`)],
    return: [new RegExp(`^afs\\.${H}/`)],
    chat: [new RegExp(`^(?:chat|dd)\\.${H}/`)],
    invoice: [new RegExp(`^myivc\\.${H}/`)],
    listing: [new RegExp(`^item\\.${H}/\\d+\\.html`)],
  },
  sellerUrls: [new RegExp(`^(?:[a-z.]+\\.)?shop\\.jd\\.com/`)],
  chat: jdChat,
  testUrls: {
    'order-list': ['https://order.jd.com/center/list.action', 'https://order.shop.jd.com/order/sopUp_allList.action'],
    'order-detail': ['https://details.jd.com/normal/item.action?orderid=301234567890&PassKey=ABC'],
    tracking: ['https://wl.jd.com/track?orderId=301234567890'],
    return: ['https://afs.jd.com/afs/list'],
    chat: ['https://chat.jd.com/index.action?venderId=1'],
    invoice: ['https://myivc.jd.com/fpzz/index.action'],
    listing: ['https://item.jd.com/100012345678.html'],
  },
  detail: {
    detail: ['#orderinfo', '.order-detail', 'body'],
    ...ZH,
    item: {
      row: ['.p-item', 'tr.product'],
      title: { sel: ['.p-name a', '.p-name'] },
      quantity: { sel: ['.p-num'] },
      unitPrice: { sel: ['.p-price'] },
      itemId: { sel: ['a[href*="item.jd.com"]'], attr: 'href', re: /item\.jd\.com\/(\d+)\.html/ },
    },
    address: ['.addr-info'],
    required: ['orderId', 'placedAt', 'amounts.total', 'items'],
  },
});
