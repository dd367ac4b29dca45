import { configured, EN, withSel } from '../configured';
import { hostRe } from '../define';
import { aliexpressChat } from './chat';

/**
 * AliExpress buyer pages (order list, order detail, tracking, dispute, messages) and the seller
 * portals. Not checked against a real page: every field. Structure from the public URL patterns and
 * our own fixture (tests/fixtures/marketplaces/aliexpress).
 */
const HOSTS = ['aliexpress.com', 'aliexpress.us', 'aliexpress.ru'];
const H = hostRe(HOSTS);
const ITEM = { sel: ['a[href*="/item/"]'], attr: 'href', re: /\/item\/(\d+)\.html/ };

export const aliexpress = configured({
  id: 'aliexpress',
  name: { en: 'AliExpress', zh: '速卖通' },
  hosts: HOSTS,
  // aliexpress.com and its language subdomains price in the currency the buyer picks and print its sign with
  // it ("US $", "€", "CA $", "MX$", "R$", "руб."); aliexpress.ru prices in rubles, tenge or Belarusian rubles by
  // the buyer's country. So only aliexpress.us is known to mean the US dollar by a bare "$" or a bare number;
  // elsewhere the page must name its currency (a bare "$" is dropped unless the page names the US dollar).
  currency: (url) => (/(?:^|\.)aliexpress\.us$/.test(url.hostname) ? 'USD' : undefined),
  urls: {
    // aliexpress.ru has its own order pages: aliexpress.ru/order-list and aliexpress.ru/order-list/<order
    // number> (Russian order exporters on GitHub and greasyfork; the older trade.aliexpress.ru/orderList.htm).
    'order-list': [
      new RegExp(`^${H}/p/order/index\\.html`),
      new RegExp(`^${H}/orderlist`),
      new RegExp(`^${H}/order-list/?(?:\\?|$)`),
    ],
    // trade.aliexpress.com/order_detail.htm?orderId=…: the order page before 2022, still linked by dropshipping
    // plugins and order tools on GitHub (and served to old bookmarks).
    'order-detail': [
      new RegExp(`^${H}/p/order/detail\\.html`),
      new RegExp(`^${H}/order-list/\\d+`),
      new RegExp(`^trade\\.${H}/order_detail\\.htm`),
    ],
    tracking: [new RegExp(`^${H}/p/tracking/`), new RegExp(`^track\\.${H}/`)],
    return: [new RegExp(`^${H}/p/dispute-management/`), new RegExp(`^${H}/p/refund`)],
    chat: [new RegExp(`^${H}/p/message/`)],
    invoice: [new RegExp(`^${H}/p/invoice/`)],
    listing: [new RegExp(`^${H}/item/\\d+\\.html`)],
  },
  sellerUrls: [new RegExp(`^(?:gsp|csp|seller)\\.${H}/`)],
  chat: aliexpressChat,
  testUrls: {
    'order-list': [
      'https://www.aliexpress.com/p/order/index.html',
      'https://www.aliexpress.us/p/order/index.html?spm=a2g0o',
      'https://aliexpress.ru/order-list',
      'https://trade.aliexpress.ru/orderList.htm',
    ],
    'order-detail': [
      'https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890123',
      'https://gsp.aliexpress.com/p/order/detail.html?orderId=1',
      'https://aliexpress.ru/order-list/5385013512515995?spm=a2g2w.orderlist.0.0.40e74aa61xrMSg&filterName=archive',
      'https://trade.aliexpress.com/order_detail.htm?orderId=3002876007952992',
    ],
    tracking: ['https://www.aliexpress.com/p/tracking/index.html?tradeOrderId=8181234567890123'],
    return: ['https://www.aliexpress.com/p/dispute-management/detail.html?reverseOrderId=1'],
    chat: ['https://www.aliexpress.com/p/message/index.html?fromCode=order&orderId=8181234567890123'],
    invoice: ['https://www.aliexpress.com/p/invoice/index.html?orderId=8181234567890123'],
    listing: ['https://www.aliexpress.com/item/1005001234567890.html'],
  },
  list: {
    card: ['.order-item', '[class*="order-item--"]'], // one per order in the 2022– React list
    ...EN,
    orderId: withSel(EN.orderId, ['.order-item-header-right-info'], { re: /(\d{12,20})/ }),
    placedAt: withSel(EN.placedAt, ['.order-item-header-right-info'], { re: /Order date:\s*(.+?\d{4})/ }),
    status: withSel(EN.status, ['.order-item-header-status-text']),
    seller: withSel(EN.seller, ['.order-item-store-name']),
    // "Total:US $12.34", "Total: € 12,34", "Gesamt: 12,34 €": the amount with its sign, whichever side it stands.
    amounts: { total: { sel: ['.order-item-content-opt-price-total'], re: /(?:^|[:：])\s*([^:：]*\d[^:：]*)$/ } },
    item: {
      row: ['.order-item-content-body'],
      title: { sel: ['.order-item-content-info-name'] },
      quantity: { sel: ['.order-item-content-info-number'] },
      unitPrice: { sel: ['.order-item-content-info-sku-price'] },
      itemId: ITEM,
    },
    required: ['orderId', 'amounts.total'],
  },
  // The 2022– React detail page (Kagee/webshop-order-scraper scrapers/aliexpress.py, lxml_parse_individual_order):
  // one `.order-detail-item-content-wrap` per item, its title link in `.item-title`, "US $1.23x2" in
  // `.item-price` (price, then the quantity after an "x"), the price rows as `.order-price-item` with a
  // `.left-col` label and a `.right-col` amount, the payment as an `.info-row` "Payment: …", the buyer's
  // contact in the first `.order-detail-info-item` that is not `.order-detail-order-info`.
  detail: {
    detail: ['.order-detail', 'body'],
    ...EN,
    orderId: { ...EN.orderId, re: /(\d{12,20})/ },
    seller: withSel(EN.seller, ['.store-name']),
    item: {
      row: ['.order-detail-item-content-wrap', '.order-detail-item-content'],
      title: { sel: ['.item-title a', '.item-title'] },
      quantity: { sel: ['.item-quantity', '.item-price'], re: /[x×]\s*(\d+)\s*$/ },
      unitPrice: { sel: ['.item-price'], re: /^(.+?)(?:\s*[x×]\s*\d+)?\s*$/ },
      itemId: ITEM,
    },
    address: ['.order-address', '.order-detail-info-item:not(.order-detail-order-info)'],
    required: ['orderId', 'placedAt', 'amounts.total', 'items'],
  },
  // track.aliexpress.com/logisticsdetail.htm?tradeId=… (same source, lxml_parse_tracking_html): the numbers
  // only in the Cainiao link's `mailNoList=`, the carrier in `.title-eclp`, the status in `.status-title-text`.
  tracking: {
    detail: ['.tracking-module', 'body'],
    ...EN,
    orderId: { ...EN.orderId, re: /(\d{12,20})/ },
    shipment: {
      ...EN.shipment,
      trackingNumber: withSel(EN.shipment?.trackingNumber, ['a[href*="mailNoList="]'], {
        attr: 'href',
        selRe: /mailNoList=([A-Za-z0-9]{8,34})/,
      }),
      carrier: withSel(EN.shipment?.carrier, ['.title-eclp']),
      status: withSel(EN.shipment?.status, ['.status-title-text']),
    },
    required: [],
  },
});
