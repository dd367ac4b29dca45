import { configured, EN, withSel } from './configured';
import { hostRe } from './define';

/**
 * eBay buyer (My eBay purchases, order details) and Seller Hub.
 * Not checked against a real page: every field. Selectors and labels follow eBay's public help
 * pages and our own fixture (tests/fixtures/marketplaces/ebay); order id, date, total, item and
 * tracking are read by label, so a redesign that keeps the wording keeps working.
 */
const HOSTS = ['ebay.com', 'ebay.co.uk', 'ebay.de', 'ebay.fr', 'ebay.it', 'ebay.es', 'ebay.ca', 'ebay.com.au'];
const H = hostRe(HOSTS);
const CURRENCY: Record<string, string> = { 'co.uk': 'GBP', de: 'EUR', fr: 'EUR', it: 'EUR', es: 'EUR', ca: 'CAD', 'com.au': 'AUD' };

export const ebay = configured({
  id: 'ebay',
  name: { en: 'eBay', zh: '易贝' },
  hosts: HOSTS,
  currency: (url) => CURRENCY[url.hostname.replace(/^.*?ebay\./, '')] ?? 'USD',
  urls: {
    'order-list': [new RegExp(`^${H}/mye/myebay/(?:v2/)?purchase`), new RegExp(`^${H}/sh/ord`)],
    'order-detail': [new RegExp(`^order\\.${H}/ord/show`), new RegExp(`^${H}/vod/fetchorderdetails`)],
    tracking: [new RegExp(`^${H}/ship/trk/`)],
    return: [new RegExp(`^${H}/(?:rt/returndetails|ret/|res/)`)],
    chat: [new RegExp(`^mesg\\.${H}/mesgweb/`), new RegExp(`^${H}/cnt/`)],
    invoice: [new RegExp(`^order\\.${H}/ord/printable`)],
    listing: [new RegExp(`^${H}/itm/`)],
  },
  sellerUrls: [new RegExp(`^${H}/sh/`)],
  testUrls: {
    'order-list': ['https://www.ebay.com/mye/myebay/purchase', 'https://www.ebay.co.uk/mye/myebay/v2/purchase', 'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS'],
    'order-detail': ['https://order.ebay.com/ord/show?orderId=12-34567-89012', 'https://www.ebay.de/vod/FetchOrderDetails?itemid=1&transid=2'],
    tracking: ['https://www.ebay.com/ship/trk/tracking-details?tid=1'],
    return: ['https://www.ebay.com/rt/ReturnDetails?returnId=5'],
    chat: ['https://mesg.ebay.com/mesgweb/ViewMessages/0', 'https://www.ebay.com/cnt/ViewMessage?id=1'],
    invoice: ['https://order.ebay.com/ord/printable?orderId=12-34567-89012'],
    listing: ['https://www.ebay.com/itm/123456789012'],
  },
  list: {
    card: [
      '.m-order-card', // My eBay purchases, one card per order
      '[data-test-id="order-card"]', // test-id variant of the same card
    ],
    ...EN,
    orderId: withSel(EN.orderId, ['.order-number .value'], { re: /(\d{2}-\d{5}-\d{5}|\d{12,})/ }),
    item: { row: ['.m-item-card'], title: { sel: ['.item-title'] }, unitPrice: { sel: ['.item-price'] }, itemId: { sel: ['a[href*="/itm/"]'], attr: 'href', re: /\/itm\/(\d+)/ } },
    required: ['orderId', 'amounts.total'],
  },
  detail: {
    detail: ['.order-details', 'main', 'body'],
    ...EN,
    orderId: withSel(EN.orderId, ['.order-number .value'], { re: /(\d{2}-\d{5}-\d{5}|\d{12,})/ }),
    item: {
      row: ['.item-card', '.line-item'],
      title: { sel: ['.item-title'] },
      quantity: { sel: ['.item-quantity'] },
      unitPrice: { sel: ['.item-price'] },
      itemId: { sel: ['a[href*="/itm/"]'], attr: 'href', re: /\/itm\/(\d+)/ },
    },
    address: ['.shipping-address'],
    required: ['orderId', 'placedAt', 'amounts.total', 'items'],
  },
});
