import { configured, EN } from '../configured';
import { hostRe } from '../define';

/**
 * Walmart.com / Walmart.ca purchase history and order details, and Seller Center. Not checked against
 * a real page: every field (fixture is ours: tests/fixtures/marketplaces/walmart).
 */
const HOSTS = ['walmart.com', 'walmart.ca'];
const H = hostRe(HOSTS);

export const walmart = configured({
  id: 'walmart',
  name: { en: 'Walmart', zh: '沃尔玛' },
  hosts: HOSTS,
  currency: (url) => (url.hostname.endsWith('walmart.ca') ? 'CAD' : 'USD'),
  urls: {
    'order-list': [new RegExp(`^(?:www\\.)?${H}/orders/?(?:\\?|$)`), new RegExp(`^seller\\.${H}/orders/manage-orders`)],
    'order-detail': [new RegExp(`^(?:www\\.)?${H}/orders/\\d+(?:\\?|$|/?$)`)],
    tracking: [new RegExp(`^(?:www\\.)?${H}/orders/\\d+/track`)],
    return: [new RegExp(`^(?:www\\.)?${H}/orders/\\d+/return`), new RegExp(`^seller\\.${H}/orders/returns`)],
    invoice: [new RegExp(`^(?:www\\.)?${H}/orders/\\d+/(?:receipt|invoice)`)],
    chat: [new RegExp(`^(?:www\\.)?${H}/help/chat`)],
    listing: [new RegExp(`^(?:www\\.)?${H}/ip/`)],
  },
  sellerUrls: [new RegExp(`^seller\\.${H}/`)],
  testUrls: {
    'order-list': ['https://www.walmart.com/orders', 'https://seller.walmart.com/orders/manage-orders'],
    'order-detail': ['https://www.walmart.com/orders/200012345678901'],
    tracking: ['https://www.walmart.com/orders/200012345678901/track'],
    return: ['https://www.walmart.com/orders/200012345678901/return'],
    invoice: ['https://www.walmart.com/orders/200012345678901/receipt'],
    chat: ['https://www.walmart.com/help/chat'],
    listing: ['https://www.walmart.com/ip/Paper-Towels/123456789'],
  },
  detail: {
    detail: ['[data-testid="order-details"]', 'main', 'body'],
    ...EN,
    orderId: { ...EN.orderId, re: /(\d{7}-\d{8}|\d{13,20})/ },
    item: {
      row: ['[data-testid="item-row"]'],
      title: { sel: ['[data-testid="item-name"]'] },
      quantity: { sel: ['[data-testid="item-qty"]'] },
      unitPrice: { sel: ['[data-testid="item-price"]'] },
    },
    address: ['[data-testid="delivery-address"]'],
    required: ['orderId', 'placedAt', 'amounts.total', 'items'],
  },
});
