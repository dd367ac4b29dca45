import { parseMoney } from '../../extract/money';
import { cleanText, textOf } from '../../extract/dom';
import type { Order, OrderItem } from '../../schemas/order';
import type { ExtractResult, ListingSelectors, MarketplaceAdapter, PageDetection } from '../types';
import { demoShopChat } from './chat';

/**
 * OrderProof's own demo shop (tests/demo-shop), served locally under a reserved .test host.
 * Every field here is checked against the project's own pages.
 */
const SELECTORS = {
  // The order summary block on the detail page.
  order: '[data-op-order]',
  orderId: '.order-id .value',
  placedAt: '.order-date time',
  status: '.order-status .value',
  seller: '.seller-name',
  item: '.order-items tbody tr',
  itemTitle: '.item-title',
  itemSku: '.item-sku',
  itemQty: '.item-qty',
  itemPrice: '.item-price',
  subtotal: '.amount-subtotal',
  shipping: '.amount-shipping',
  total: '.amount-total',
  carrier: '.shipment-carrier',
  tracking: '.shipment-tracking',
  delivered: '.shipment-delivered time',
  // The list page: one card per order.
  listCard: '.order-card',
  chat: '.chat-thread',
  itemLink: '.item-title a[href]',
  // A product page.
  listing: '[data-op-listing]',
} as const;

/** The demo product page's own markup (tests/demo-shop/site/item/). */
const LISTING: ListingSelectors = {
  title: ['[data-op-listing] .listing-title'],
  price: ['[data-op-listing] .listing-price'],
  seller: ['[data-op-listing] .listing-seller'],
  variant: ['[data-op-listing] .listing-variant .value'],
  delivery: ['[data-op-listing] .listing-delivery'],
  returnPolicy: ['[data-op-listing] .listing-returns'],
  description: ['[data-op-listing] .listing-description'],
  itemId: ['[data-op-listing] .listing-sku'],
};

function readOrder(root: ParentNode, site: string): Order {
  const provenance: Record<string, string> = {};
  const missing: string[] = [];
  const currency = 'CNY';
  const pick = (field: string, selector: string): string | undefined => {
    const value = textOf(root, selector);
    if (value) provenance[field] = selector;
    else missing.push(field);
    return value;
  };
  const orderId = pick('orderId', SELECTORS.orderId);
  const dateEl = root.querySelector(SELECTORS.placedAt);
  const placedAt = dateEl?.getAttribute('datetime') ?? undefined;
  if (placedAt) provenance.placedAt = `${SELECTORS.placedAt}[datetime]`;
  const items: OrderItem[] = [...root.querySelectorAll(SELECTORS.item)].map((row, i) => {
    const title = cleanText(row.querySelector(SELECTORS.itemTitle)?.textContent);
    const qty = Number(cleanText(row.querySelector(SELECTORS.itemQty)?.textContent));
    const unitPrice = parseMoney(row.querySelector(SELECTORS.itemPrice)?.textContent, currency);
    const itemId = cleanText(row.querySelector(SELECTORS.itemSku)?.textContent);
    const url = row.querySelector(SELECTORS.itemLink)?.getAttribute('href') ?? undefined;
    provenance[`items.${i}`] = SELECTORS.item;
    return {
      ...(title ? { title } : {}),
      ...(Number.isInteger(qty) && qty > 0 ? { quantity: qty } : {}),
      ...(unitPrice ? { unitPrice } : {}),
      ...(itemId ? { itemId } : {}),
      ...(url ? { url } : {}),
    };
  });
  const money = (field: string, sel: string) => {
    const m = parseMoney(textOf(root, sel), currency);
    if (m) provenance[`amounts.${field}`] = sel;
    return m;
  };
  const total = money('total', SELECTORS.total);
  if (!total) missing.push('amounts.total');
  const subtotal = money('subtotal', SELECTORS.subtotal);
  const shipping = money('shipping', SELECTORS.shipping);
  const carrier = textOf(root, SELECTORS.carrier);
  const trackingNumber = textOf(root, SELECTORS.tracking);
  const status = textOf(root, SELECTORS.status);
  const seller = textOf(root, SELECTORS.seller);
  const deliveredAt = root.querySelector(SELECTORS.delivered)?.getAttribute('datetime') ?? undefined;
  if (deliveredAt) provenance.deliveredAt = `${SELECTORS.delivered}[datetime]`;
  return {
    marketplace: 'demo-shop',
    site,
    ...(orderId ? { orderId } : {}),
    ...(placedAt ? { placedAt } : {}),
    ...(status ? { status } : {}),
    ...(seller ? { seller } : {}),
    items,
    amounts: { ...(subtotal ? { subtotal } : {}), ...(shipping ? { shipping } : {}), ...(total ? { total } : {}) },
    shipments:
      carrier || trackingNumber || deliveredAt
        ? [
            {
              ...(carrier ? { carrier } : {}),
              ...(trackingNumber ? { trackingNumber } : {}),
              ...(deliveredAt ? { deliveredAt } : {}),
            },
          ]
        : [],
    provenance,
    confidence: 'adapter',
    ...(missing.length ? { missing } : {}),
  };
}

function detect(url: URL, doc: Document): PageDetection {
  const path = url.pathname;
  if (/\/orders\/[^/]+\.html$/.test(path) && doc.querySelector(SELECTORS.order))
    return { kind: 'order-detail', role: 'buyer' };
  if (/\/orders(\/|\/index\.html)?$/.test(path) && doc.querySelector(SELECTORS.listCard))
    return { kind: 'order-list', role: 'buyer' };
  if (/\/chat\//.test(path) && doc.querySelector(SELECTORS.chat)) return { kind: 'chat', role: 'buyer' };
  if (/\/item\/[^/]+\.html$/.test(path) && doc.querySelector(SELECTORS.listing))
    return { kind: 'listing', role: 'buyer' };
  return { kind: 'other', role: 'buyer' };
}

function extract(url: URL, doc: Document): ExtractResult {
  const { kind } = detect(url, doc);
  if (kind === 'order-detail') {
    const root = doc.querySelector(SELECTORS.order);
    if (!root) return { kind, orders: [], changed: 'demo-shop: order block not found' };
    return { kind, orders: [readOrder(root, url.hostname)] };
  }
  if (kind === 'order-list') {
    return { kind, orders: [...doc.querySelectorAll(SELECTORS.listCard)].map((card) => readOrder(card, url.hostname)) };
  }
  return { kind, orders: [] };
}

export const demoShop: MarketplaceAdapter = {
  id: 'demo-shop',
  name: { en: 'OrderProof demo shop', zh: 'OrderProof 演示商店' },
  hosts: ['demo-shop.orderproof.test'],
  matches: ['*://demo-shop.orderproof.test/*'],
  urls: {
    'order-list': [/^demo-shop\.orderproof\.test(:\d+)?\/orders(\/|\/index\.html)?$/],
    'order-detail': [/^demo-shop\.orderproof\.test(:\d+)?\/orders\/[^/]+\.html/],
    chat: [/^demo-shop\.orderproof\.test(:\d+)?\/chat\//],
    listing: [/^demo-shop\.orderproof\.test(:\d+)?\/item\/[^/]+\.html/],
  },
  testUrls: {
    'order-list': ['https://demo-shop.orderproof.test/orders/'],
    'order-detail': ['https://demo-shop.orderproof.test/orders/DS-20261104-0001.html'],
    chat: ['https://demo-shop.orderproof.test/chat/DS-20261104-0001.html'],
    listing: ['https://demo-shop.orderproof.test/item/QH-MUG-350-BL.html'],
  },
  listing: { selectors: LISTING, itemIdFromUrl: /\/item\/([A-Z0-9-]+)\.html/, currency: () => 'CNY' },
  chat: demoShopChat,
  detect,
  extract,
};
