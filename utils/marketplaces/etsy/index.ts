import { configured, EN } from '../configured';
import { hostRe } from '../define';
import { siteDollar } from '../site-dollar';
import { changedMessage } from '../../extract/draft';
import type { ExtractOptions, ExtractResult, MarketplaceAdapter } from '../types';
import { soldOrdersFromContext } from './sold-orders';

/**
 * Etsy purchases and receipts (buyer) and Shop Manager orders (seller). Not checked against a real
 * page: every field (fixture is ours: tests/fixtures/marketplaces/etsy).
 */
const HOSTS = ['etsy.com'];
const H = hostRe(HOSTS);
/** Etsy's regional path prefix (etsy.com/uk/…, etsy.com/de/…), as its listing pages carry it. */
const L = '(?:[a-z]{2}(?:-[a-z]{2})?/)?';
/**
 * Shop Manager's orders, as sellers' scripts open them (GitHub userscripts and order tools): the tabs
 * `/your/orders/sold/new`, `/your/orders/sold/completed`, with `?order_id=<receipt>` when one order is
 * opened beside the list, and `/your/orders/sold/<receipt>`. A tab with an order opened is still the list
 * page: its other orders stay on screen.
 */
const SOLD = `${H}/${L}your/orders/sold`;

const base = configured({
  id: 'etsy',
  name: { en: 'Etsy', zh: 'Etsy' },
  hosts: HOSTS,
  // Etsy prints other dollars with their letters ("CA$", "AU$"); under a regional prefix a bare "$" is that
  // region's (site-dollar.ts), elsewhere the US dollar.
  currency: (url) => {
    const region = /^\/([a-z]{2})(?:-[a-z]{2})?\//.exec(url.pathname)?.[1];
    return region ? siteDollar(region) : 'USD';
  },
  urls: {
    'order-list': [new RegExp(`^${H}/${L}your/purchases/?(?:\\?|$)`), new RegExp(`^${SOLD}(?:/[a-z_-]+)?/?(?:\\?|$)`)],
    'order-detail': [new RegExp(`^${H}/${L}your/purchases/\\d+`), new RegExp(`^${SOLD}/\\d+`)],
    invoice: [new RegExp(`^${H}/receipt/`)],
    return: [new RegExp(`^${H}/(?:your/)?cases/`)],
    chat: [new RegExp(`^${H}/(?:your/)?(?:messages|conversations)`)],
    listing: [new RegExp(`^${H}/(?:[a-z]{2}/)?listing/\\d+`)],
  },
  sellerUrls: [new RegExp(`^${SOLD}`)],
  testUrls: {
    'order-list': [
      'https://www.etsy.com/your/purchases',
      'https://www.etsy.com/your/purchases?ref=hdr_user_menu-txs',
      'https://www.etsy.com/your/orders/sold',
      'https://www.etsy.com/your/orders/sold/completed?ref=seller-platform-mcnav&order_id=3123456789',
      'https://www.etsy.com/your/orders/sold/new?order_id=3123456789',
    ],
    'order-detail': [
      'https://www.etsy.com/your/purchases/3123456789',
      'https://www.etsy.com/your/purchases/1661152536?ref=yr_purchases',
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

/**
 * Shop Manager's order list reads its orders from the page's own state (sold-orders.ts), which holds every
 * order on screen; a page without that state is left to the configured reader (and so to the generic one).
 */
function extract(url: URL, doc: Document, options: ExtractOptions = {}): ExtractResult {
  const found = base.detect(url, doc);
  if (found.kind === 'order-list' && found.role === 'seller') {
    const orders = soldOrdersFromContext(doc, url.hostname, options);
    if (orders) {
      const changed = changedMessage('etsy', orders);
      return { kind: 'order-list', orders, ...(changed ? { changed } : {}) };
    }
  }
  return base.extract(url, doc, options);
}

export const etsy: MarketplaceAdapter = { ...base, extract };
