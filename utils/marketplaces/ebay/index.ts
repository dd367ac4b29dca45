import { afterLabel, cleanText, labelled, shownText, textLines } from '../../extract/dom';
import { parseDate } from '../../extract/dates';
import { changedMessage, OrderDraft } from '../../extract/draft';
import { parseMoney } from '../../extract/money';
import type { Order } from '../../schemas/order';
import type { PageKind } from '../../schemas/page';
import { readOrders, type OrderSpec } from '../../extract/engine';
import { configured, EN, withSel } from '../configured';
import { hostRe } from '../define';
import type { ExtractOptions, ExtractResult, MarketplaceAdapter, PageDetection } from '../types';
import { EBAY_HOSTS, ebayChat, ORDER_NUMBER } from './chat';
import { isSoldList, readSoldList } from './sold-list';
import { provenUnitPrices } from './unit-prices';

/**
 * eBay buyer (My eBay purchases, order details) and Seller Hub.
 * Not checked against a real page: every field. Selectors and labels follow eBay's public help
 * pages and our own fixture (tests/fixtures/marketplaces/ebay); order id, date, total, item and
 * tracking are read by label, so a redesign that keeps the wording keeps working.
 */
const HOSTS = EBAY_HOSTS;
const H = hostRe(HOSTS);
/** An order number under an order label or in the URL: today's shape, or 12 digits (before 2019). */
const LABELLED_ORDER_ID = new RegExp(`(${ORDER_NUMBER.source}|\\d{12,})`);
const CURRENCY: Record<string, string> = {
  'co.uk': 'GBP',
  de: 'EUR',
  fr: 'EUR',
  it: 'EUR',
  es: 'EUR',
  ca: 'CAD',
  'com.au': 'AUD',
  at: 'EUR',
  ch: 'CHF',
  ie: 'EUR',
  nl: 'EUR',
  be: 'EUR',
  pl: 'PLN',
  'com.hk': 'HKD',
  'com.sg': 'SGD',
};

/** The site's own currency; ebay.com (and a host not listed) prices in US dollars. */
const currencyOf = (url: URL) => CURRENCY[url.hostname.replace(/^.*?ebay\./, '')] ?? 'USD';

/**
 * Seller Hub's order details, at two addresses: today's /mesh/ord/details and the /sh/ord/details?orderid=…
 * the Seller Hub links from its orders table and that sellers' tools open (dozens of order tools on GitHub
 * build `www.ebay.com/sh/ord/details?orderid=<order number>`). Both print the same order widgets.
 */
const SELLER_HUB_DETAILS = /\/(?:mesh|sh)\/ord\/details/i;

/**
 * order.ebay.com/ord/show (Kagee/webshop-order-scraper scrapers/ebay.py): `.order-info dl` pairs ("Order
 * number", "Time placed" "Mar 14, 2021 at 3:17 PM"), the total in `.summary-region .order-summary-total dd`, the
 * address in `.delivery-address-content`, per shipment a `.shipment-card-sub-title` status and `.tracking-info
 * dl` pairs ("Number", "Shipping service", "Carrier"), the items as `.item-card` with their link in
 * `.item-description a`.
 */
const DETAIL: OrderSpec = {
  detail: ['.order-details', 'main', 'body'],
  ...EN,
  orderId: withSel(EN.orderId, ['.order-number .value'], { re: LABELLED_ORDER_ID }),
  amounts: { ...EN.amounts, total: withSel(EN.amounts?.total, ['.order-summary-total dd']) },
  item: {
    row: ['.item-card', '.line-item'],
    title: { sel: ['.item-title', '.item-description a'] },
    // "x2" in our own fixture; on the real page an aspect line "Quantity 2" (the same scraper). The label (or
    // "x") is required: `.item-aspect-value` holds every aspect of the item, and a size "10" is no quantity.
    quantity: { sel: ['.item-quantity', '.item-aspect-value'], selRe: /^(?:(?:Quantity|Qty)\s*:?\s*|[x×]\s*)(\d+)$/i },
    unitPrice: { sel: ['.item-price'] },
    itemId: { sel: ['a[href*="/itm/"]'], attr: 'href', re: /\/itm\/(?:[^/?#]+\/)?(\d+)/ },
  },
  shipment: {
    ...EN.shipment,
    // The pair's text is "Number" then the number, with or without a space between the two cells.
    trackingNumber: withSel(EN.shipment?.trackingNumber, ['.tracking-info dl'], {
      selRe: /^Number\s*[:：]?\s*([A-Z0-9]{8,34})$/,
    }),
    status: withSel(EN.shipment?.status, ['.shipment-card-sub-title']),
  },
  address: ['.shipping-address', '.delivery-address-content'],
  required: ['orderId', 'placedAt', 'amounts.total', 'items'],
};

const base = configured({
  id: 'ebay',
  name: { en: 'eBay', zh: '易贝' },
  hosts: HOSTS,
  currency: currencyOf,
  urls: {
    'order-list': [
      new RegExp(`^${H}/mye/myebay/(?:v2/)?purchase`),
      new RegExp(`^${H}/sh/ord`),
      // Selling Manager's Sold / Awaiting shipment tables (Seller Hub's "Manage all orders" until ~2019)
      new RegExp(`^k2b-bulk\\.${H}/ws/ebayisapi\\.dll\\?salesrecordconsole`),
    ],
    'order-detail': [
      new RegExp(`^order\\.${H}/ord/show`),
      new RegExp(`^${H}/vod/fetchorderdetails`),
      new RegExp(`^${H}/(?:mesh|sh)/ord/details`),
    ],
    tracking: [new RegExp(`^${H}/ship/trk/`)],
    return: [new RegExp(`^${H}/(?:rt/returndetails|ret/|res/)`)],
    chat: [new RegExp(`^mesg\\.${H}/mesgweb/`), new RegExp(`^${H}/cnt/`)],
    invoice: [new RegExp(`^order\\.${H}/ord/printable`)],
    listing: [new RegExp(`^${H}/itm/`)],
  },
  // Seller Hub (/sh/), its order details (/mesh/ord/), Selling Manager (k2b-bulk …SalesRecordConsole).
  sellerUrls: [new RegExp(`^${H}/(?:sh|mesh)/`), new RegExp(`^k2b-bulk\\.${H}/`)],
  chat: ebayChat,
  testUrls: {
    'order-list': [
      'https://www.ebay.com/mye/myebay/purchase',
      'https://www.ebay.co.uk/mye/myebay/v2/purchase',
      'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS',
      'https://k2b-bulk.ebay.com/ws/eBayISAPI.dll?SalesRecordConsole&currentpage=SCSold&Period=Last122Days',
    ],
    'order-detail': [
      'https://order.ebay.com/ord/show?orderId=12-34567-89012',
      'https://www.ebay.de/vod/FetchOrderDetails?itemid=1&transid=2',
      'https://www.ebay.com/mesh/ord/details?mode=SH&srn=123&orderid=12-34567-89012&source=Orders',
      'https://www.ebay.com/sh/ord/details?srn=2168&orderid=12-34567-89012&source=Orders',
      'https://www.ebay.at/vod/FetchOrderDetails?itemid=1&transid=2',
    ],
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
    orderId: withSel(EN.orderId, ['.order-number .value'], { re: LABELLED_ORDER_ID }),
    item: {
      row: ['.m-item-card'],
      title: { sel: ['.item-title'] },
      unitPrice: { sel: ['.item-price'] },
      itemId: { sel: ['a[href*="/itm/"]'], attr: 'href', re: /\/itm\/(\d+)/ },
    },
    required: ['orderId', 'amounts.total'],
  },
  detail: DETAIL,
});

/** eBay order numbers: 12-34567-89012 (2019–) or 12 digits (earlier). */
const EBAY_ORDER_ID = new RegExp(`(${ORDER_NUMBER.source}|\\b\\d{12}\\b)`);

/**
 * Seller Hub order details (/mesh/ord/details). The order's widgets sit under <body> beside an empty
 * <main>, the page prints "Order" above the number, and it also shows a "What you earned" box (fees,
 * negative amounts) and the site menu ("Shop by category"). So only the order's own facts are read:
 * the number (URL, else the "Order" label), the sale date, the items by their /itm/ links, whether a
 * "Ship to" block is shown, and the order total by its exact label. Not checked against a real page
 * other than through the review of one: fields it cannot place stay absent.
 */
function sellerHubDetails(url: URL, doc: Document, options: ExtractOptions): Order {
  const d = new OrderDraft('ebay', url.hostname);
  const lines = doc.body ? textLines(doc.body) : [];
  const fromUrl = EBAY_ORDER_ID.exec(url.searchParams.get('orderid') ?? url.searchParams.get('orderId') ?? '')?.[1];
  const fromPage = afterLabel(
    lines,
    /^(?:Order(?: number| no\.?| ID| #)?|Bestellnummer|N° de commande|Numero ordine|Número de pedido)\s*[:：#]?\s*$|^(?:Order number|Order no\.?|Order ID|Order #)/i,
    EBAY_ORDER_ID,
  );
  if (fromUrl) d.text('orderId', fromUrl, 'URL orderid');
  else if (fromPage) d.text('orderId', fromPage.value, `label "${fromPage.line.slice(0, 40)}"`);
  const sold = labelled(
    lines,
    /Date sold|Sold on|Sale date|Order date|Paid on|Verkauft am|Vendu le|Venduto il|Vendido el/i,
    (v) => Boolean(parseDate(v)),
  );
  d.date('placedAt', parseDate(sold?.value), `label "${sold?.line.slice(0, 40) ?? ''}"`);
  const total = labelled(
    lines,
    /Order total|Buyer paid|Gesamtbetrag der Bestellung|Total de la commande|Totale ordine|Total del pedido/i,
    (v) => /^[^\d-−]{0,4}\s*\d/.test(v),
  );
  // The site's own currency: a bare "$" on ebay.ca or ebay.com.au is not the US dollar.
  const money = parseMoney(total?.value, currencyOf(url));
  if (money && money.amount >= 0) d.money('total', money, `label "${total?.line.slice(0, 40) ?? ''}"`);
  const seen = new Set<string>();
  for (const a of doc.querySelectorAll('a[href*="/itm/"]')) {
    const id = /\/itm\/(?:[^/?#]+\/)?(\d{9,15})/.exec(a.getAttribute('href') ?? '')?.[1];
    const title = cleanText(shownText(a));
    if (!id || !title || seen.has(id) || a.closest('nav, header, footer, [role="navigation"]')) continue;
    seen.add(id);
    d.item({ title, itemId: id }, { title: 'a[href*="/itm/"]', itemId: 'a[href*="/itm/"] href' });
  }
  const shipTo = lines.findIndex((l) =>
    /^(?:Ship to|Shipping address|Lieferadresse|Adresse de livraison|Indirizzo di spedizione|Dirección de envío)\s*[:：]?$/i.test(
      l,
    ),
  );
  d.addressShown(shipTo >= 0, shipTo >= 0 ? 'label "Ship to"' : 'no "Ship to" label');
  d.expect('orderId');
  return d.build(options);
}

/**
 * One checkout's page shows each of its orders in its own `.order-box` (its number, date, shipment and items;
 * the same scraper: "order pages can contain multiple orders") under one summary whose total is the
 * checkout's, so it belongs to none of them. With several boxes each is read as an order of its own, without
 * the summary's total; where the URL names one of them, only that one, as for any page of several orders.
 */
function checkoutOrders(url: URL, doc: Document, options: ExtractOptions): Order[] | undefined {
  if (doc.querySelectorAll('.order-box').length < 2) return undefined;
  const ctx = { marketplace: 'ebay', site: url.hostname, currency: currencyOf(url), options, url };
  const spec: OrderSpec = {
    ...DETAIL,
    card: ['.order-box'],
    amounts: { ...DETAIL.amounts, total: { sel: [] } },
    required: ['orderId', 'placedAt', 'items'],
  };
  const orders = readOrders(doc, spec, true, ctx);
  const address = decodeURIComponent(url.href);
  const named = orders.filter((o) => o.orderId && address.includes(o.orderId));
  return named.length === 1 ? named : orders;
}

const ORDER_PAGE_KINDS: ReadonlySet<PageKind> = new Set([
  'order-detail',
  'order-list',
  'invoice',
  'tracking',
  'return',
]);

/**
 * eBay prints much of its text twice: once for the eye (`aria-hidden`) and once for screen readers in a
 * `.clipped` span beside it (`<span class="eui-textual-display"><span aria-hidden="true">Quantity 5</span><span
 * class="clipped">quantity 5</span></span>`, as the same scraper quotes it). The shared readers leave such a
 * copy out wherever they read text (`shownText`, `textLines` in extract/dom.ts), so the page is read as it is.
 */
function extract(url: URL, doc: Document, options: ExtractOptions = {}): ExtractResult {
  // Product pages, chats and the rest hold no order: the shared reader's answer.
  if (!ORDER_PAGE_KINDS.has(detect(url, doc).kind)) return base.extract(url, doc, options);
  if (SELLER_HUB_DETAILS.test(url.pathname)) {
    const orders = [sellerHubDetails(url, doc, options)];
    const changed = changedMessage('ebay', orders);
    return { kind: 'order-detail', orders, ...(changed ? { changed } : {}) };
  }
  if (isSoldList(doc)) {
    const orders = readSoldList(doc, url.hostname, currencyOf(url), options);
    const changed = changedMessage('ebay', orders);
    return { kind: 'order-list', orders, ...(changed ? { changed } : {}) };
  }
  const checkout = base.detect(url, doc).kind === 'order-detail' ? checkoutOrders(url, doc, options) : undefined;
  if (checkout) {
    const orders = checkout.map(provenUnitPrices);
    const changed = changedMessage('ebay', orders);
    return { kind: 'order-detail', orders, ...(changed ? { changed } : {}) };
  }
  const read = base.extract(url, doc, options);
  return { ...read, orders: read.orders.map(provenUnitPrices) };
}

/** The sold table is recognised by its rows wherever it is shown (k2b-bulk, or framed in Seller Hub). */
function detect(url: URL, doc: Document): PageDetection {
  const found = base.detect(url, doc);
  return isSoldList(doc) ? { kind: 'order-list', role: 'seller' } : found;
}

export const ebay: MarketplaceAdapter = { ...base, detect, extract };
