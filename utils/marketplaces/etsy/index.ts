import { configured, EN } from '../configured';
import { hostRe } from '../define';

/**
 * Etsy purchases and receipts (buyer) and Shop Manager orders (seller). Not checked against a real
 * page: every field (fixture is ours: tests/fixtures/marketplaces/etsy).
 */
const HOSTS = ['etsy.com'];
const H = hostRe(HOSTS);

export const etsy = configured({
  id: 'etsy',
  name: { en: 'Etsy', zh: 'Etsy' },
  hosts: HOSTS,
  currency: 'USD',
  urls: {
    'order-list': [new RegExp(`^${H}/your/purchases/?(?:\\?|$)`), new RegExp(`^${H}/your/orders/sold/?(?:\\?|$)`)],
    'order-detail': [new RegExp(`^${H}/your/purchases/\\d+`), new RegExp(`^${H}/your/orders/sold/\\d+`)],
    invoice: [new RegExp(`^${H}/receipt/`)],
    return: [new RegExp(`^${H}/(?:your/)?cases/`)],
    chat: [new RegExp(`^${H}/(?:your/)?(?:messages|conversations)`)],
    listing: [new RegExp(`^${H}/(?:[a-z]{2}/)?listing/\\d+`)],
  },
  sellerUrls: [new RegExp(`^${H}/your/orders/sold`)],
  testUrls: {
    'order-list': ['https://www.etsy.com/your/purchases', 'https://www.etsy.com/your/orders/sold'],
    'order-detail': [
      'https://www.etsy.com/your/purchases/3123456789',
      'https://www.etsy.com/your/orders/sold/3123456789',
    ],
    invoice: ['https://www.etsy.com/receipt/3123456789'],
    return: ['https://www.etsy.com/your/cases/12345'],
    chat: ['https://www.etsy.com/messages/123456'],
    listing: ['https://www.etsy.com/listing/123456789/handmade-mug'],
  },
  detail: {
    detail: ['.receipt', 'body'],
    ...EN,
    orderId: { ...EN.orderId, re: /(\d{9,12})/ },
    item: {
      row: ['.transaction'],
      title: { sel: ['.transaction-title'] },
      quantity: { sel: ['.transaction-qty'] },
      unitPrice: { sel: ['.transaction-price'] },
      itemId: { sel: ['a[href*="/listing/"]'], attr: 'href', re: /\/listing\/(\d+)/ },
    },
    address: ['.ship-to-address'],
    required: ['orderId', 'placedAt', 'amounts.total', 'items'],
  },
});
