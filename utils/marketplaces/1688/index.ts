import { configured, ZH } from '../configured';
import { hostRe } from '../define';

/**
 * 1688.com wholesale: buyer and seller order lists, order detail. Not checked against a real page:
 * every field (fixture is ours: tests/fixtures/marketplaces/1688).
 */
const HOSTS = ['1688.com'];
const H = hostRe(HOSTS);

export const alibaba1688 = configured({
  id: '1688',
  name: { en: '1688', zh: '1688 阿里巴巴' },
  hosts: HOSTS,
  currency: 'CNY',
  urls: {
    'order-list': [
      new RegExp(`^air\\.${H}/app/ctf-page/trade-order-list/(?:buyer|seller)-order-list\\.html`),
      new RegExp(`^trade\\.${H}/order/(?:buyer|seller)_order_list`),
      // 买家工作台 frames the list (trade.1688.com/order/buyer_order_list.htm, which now redirects to air.1688.com).
      new RegExp(`^work\\.${H}/\\?_path_=buyer2017base/2017buyerbase_trade/buylist`),
    ],
    'order-detail': [
      // The links 1688 itself prints: new_step_order_detail.htm?orderId=, order_detail.htm?order_id= (the
      // order card in 旺旺 chats), unify_buyer_detail.htm?orderId= (a purchasing agent's code on GitHub).
      new RegExp(`^trade\\.${H}/order/(?:new_step_order_detail|order_detail|unify_buyer_detail)\\.htm`),
      new RegExp(`^air\\.${H}/app/ctf-page/trade-order-detail/`),
    ],
    tracking: [new RegExp(`^(?:trade|wuliu)\\.${H}/.*logistics`)],
    return: [new RegExp(`^(?:dispute|refund)\\.${H}/`)],
    chat: [new RegExp(`^(?:im|message)\\.${H}/`)],
    // The printable order (buyer_order_print.htm, seller_order_print.htm?…: userscripts match both).
    invoice: [new RegExp(`^invoice\\.${H}/`), new RegExp(`^trade\\.${H}/order/(?:buyer|seller)_order_print\\.htm`)],
    // offer_snapshot.htm?order_entry_id=…: the offer as it stood when the order was placed (a 1688 purchasing
    // tool on GitHub follows it from the order page to the offer), a product page, not the order.
    listing: [new RegExp(`^detail\\.${H}/offer/\\d+\\.html`), new RegExp(`^trade\\.${H}/order/offer_snapshot\\.htm`)],
  },
  sellerUrls: [new RegExp(`seller[-_]order[-_](?:list|print)`)],
  testUrls: {
    'order-list': [
      'https://air.1688.com/app/ctf-page/trade-order-list/buyer-order-list.html?tradeStatus=waitbuyerreceive',
      'https://air.1688.com/app/ctf-page/trade-order-list/seller-order-list.html',
      'https://trade.1688.com/order/buyer_order_list.htm',
      'https://work.1688.com/?_path_=buyer2017Base/2017buyerbase_trade/buyList',
    ],
    'order-detail': [
      'https://trade.1688.com/order/new_step_order_detail.htm?orderId=2345678901234567890',
      'https://trade.1688.com/order/order_detail.htm?order_id=3301686771403783779',
      'https://trade.1688.com/order/unify_buyer_detail.htm?orderId=3301686771403783779',
    ],
    tracking: ['https://trade.1688.com/order/logistics_detail.htm?orderId=1'],
    return: ['https://dispute.1688.com/refund/detail.htm?id=1'],
    chat: ['https://message.1688.com/message/index.htm'],
    invoice: [
      'https://invoice.1688.com/buyer/list.htm',
      'https://trade.1688.com/order/buyer_order_print.htm?order_id=1',
    ],
    listing: [
      'https://detail.1688.com/offer/612345678901.html',
      'https://trade.1688.com/order/offer_snapshot.htm?order_entry_id=1234567890123456789',
    ],
  },
  detail: {
    detail: ['.order-detail', 'body'],
    ...ZH,
    orderId: { ...ZH.orderId, re: /(\d{16,20})/ },
    item: {
      row: ['.offer-item'],
      title: { sel: ['.offer-title'] },
      quantity: { sel: ['.offer-quantity'] },
      unitPrice: { sel: ['.offer-price'] },
      itemId: { sel: ['a[href*="/offer/"]'], attr: 'href', re: /offer\/(\d+)\.html/ },
    },
    address: ['.receiver-address'],
    required: ['orderId', 'placedAt', 'amounts.total', 'items'],
  },
});
