import { configured, EN } from '../configured';
import { hostRe } from '../define';
import { walmartState } from './state';

/**
 * Walmart.com / Walmart.ca purchase history and order details, and Seller Center. Not checked against
 * a real page: every field (fixture is ours: tests/fixtures/marketplaces/walmart).
 */
const HOSTS = ['walmart.com', 'walmart.ca'];
const H = hostRe(HOSTS);
/**
 * walmart.ca serves its account pages under a language prefix: `www.walmart.ca/en/orders/<order number>`
 * (a walmart.ca order fetcher on GitHub, ORDER_URL_TMPL; a walmart-ca CLI's README: "refresh
 * https://www.walmart.ca/en/orders"), and `/fr/` in French.
 */
const L = '(?:(?:en|fr)/)?';
/**
 * The purchase history's cards are numbered `data-testid="order-0"`, `"order-1"` …; a prefix match would also
 * take the order page's own `order-details` block for a card, so the numbers are listed.
 */
const ORDER_CARDS = Array.from({ length: 200 }, (_, i) => `[data-testid="order-${i}"]`).join(', ');

export const walmart = configured({
  id: 'walmart',
  name: { en: 'Walmart', zh: '沃尔玛' },
  hosts: HOSTS,
  currency: (url) => (url.hostname.endsWith('walmart.ca') ? 'CAD' : 'USD'),
  urls: {
    'order-list': [
      new RegExp(`^(?:www\\.)?${H}/${L}orders/?(?:\\?|$)`),
      new RegExp(`^seller\\.${H}/orders/manage-orders`),
    ],
    'order-detail': [
      new RegExp(`^(?:www\\.)?${H}/${L}orders/\\d+(?:\\?|$|/?$)`),
      // Seller Center's one-order pages, as sellers' tools and userscripts open them: order-management/details
      // (a userscript @match), order-management/orders/<purchase order>, orders/details?purchaseOrderId=….
      new RegExp(`^seller\\.${H}/(?:order-management/(?:details|orders/\\d+)|orders/details)`),
    ],
    tracking: [new RegExp(`^(?:www\\.)?${H}/${L}orders/\\d+/track`)],
    return: [new RegExp(`^(?:www\\.)?${H}/${L}orders/\\d+/return`), new RegExp(`^seller\\.${H}/orders/returns`)],
    invoice: [new RegExp(`^(?:www\\.)?${H}/${L}orders/\\d+/(?:receipt|invoice)`)],
    chat: [new RegExp(`^(?:www\\.)?${H}/${L}help/chat`)],
    listing: [new RegExp(`^(?:www\\.)?${H}/${L}ip/`)],
  },
  sellerUrls: [new RegExp(`^seller\\.${H}/`)],
  testUrls: {
    'order-list': [
      'https://www.walmart.com/orders',
      'https://www.walmart.ca/en/orders',
      'https://seller.walmart.com/orders/manage-orders',
    ],
    'order-detail': [
      'https://www.walmart.com/orders/200012345678901',
      'https://www.walmart.com/orders/200012345678901?groupId=0&storePurchase=true',
      'https://www.walmart.ca/en/orders/600000046846089',
      'https://www.walmart.ca/fr/orders/600000046846089',
      'https://seller.walmart.com/order-management/details?orderId=108923456789012',
      'https://seller.walmart.com/order-management/orders/108923456789012',
      'https://seller.walmart.com/orders/details?purchaseOrderId=108923456789012',
    ],
    tracking: ['https://www.walmart.com/orders/200012345678901/track'],
    return: ['https://www.walmart.com/orders/200012345678901/return'],
    invoice: ['https://www.walmart.com/orders/200012345678901/receipt'],
    chat: ['https://www.walmart.com/help/chat'],
    listing: ['https://www.walmart.com/ip/Paper-Towels/123456789'],
  },
  state: walmartState,
  // Purchase history (the same exporter's extractOrderDataFromListPage): one `[data-testid="order-<n>"]` per
  // order, its number only in its links to /orders/<n>, "Order total $…" on the card; the card's dates carry
  // no year, so none is read.
  list: {
    card: [ORDER_CARDS],
    orderId: { sel: ['a[href*="/orders/"]'], attr: 'href', selRe: /\/orders\/(\d{6,})/ },
    amounts: { total: EN.amounts?.total ?? {} },
    required: ['orderId'],
  },
  // The 2023– order page (a walmart.ca order fetcher on GitHub, Playwright `_parse_items_from_dom`, and the
  // "Walmart Order Exporter" content script): one `[data-testid="itemtile-stack"]` per item with its
  // `[data-testid="productName"]` and "Qty 2" in `.bill-item-quantity`; its `[data-testid="line-price"]` is
  // the line's price (unit × quantity), so it is not read as the unit price. The heading prints the date
  // before a word ("Sep 05, 2025 order", "… purchase" for store receipts), then "Order# …"; the summary
  // prints "Subtotal", "Delivery", "Taxes"/"Tax", "Total", "Payment method".
  detail: {
    detail: ['[data-testid="order-details"]', 'main', 'body'],
    ...EN,
    orderId: { ...EN.orderId, re: /(\d{7}-\d{8}|\d{4}(?:-\d{4}){3,4}|\d{13,20})/ },
    placedAt: {
      ...EN.placedAt,
      sel: ['h1', 'h2', '[data-testid="orderInfoCard"] span'],
      selRe: /^((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}))\s+(?:order|purchase)\b/,
    },
    item: {
      row: ['[data-testid="item-row"]', '[data-testid="itemtile-stack"]'],
      title: { sel: ['[data-testid="item-name"]', '[data-testid="productName"]'] },
      quantity: { sel: ['[data-testid="item-qty"]', '.bill-item-quantity'], re: /(\d+)/ },
      unitPrice: { sel: ['[data-testid="item-price"]'] },
    },
    address: ['[data-testid="delivery-address"]'],
    required: ['orderId', 'placedAt', 'amounts.total', 'items'],
  },
});
