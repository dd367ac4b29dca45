import { configured, EN, withSel } from '../configured';
import { hostRe } from '../define';
import { siteDollar } from '../site-dollar';
import { temuState } from './state';
import { readTemuList, temuRenderedLines, temuTracking } from './rendered';
import { withoutBareDollars } from '../page-json';
import { changedMessage } from '../../extract/draft';
import type { OrderSpec } from '../../extract/engine';
import type { ExtractOptions, ExtractResult, MarketplaceAdapter } from '../types';

/**
 * Temu buyer order pages and the seller centre. Not checked against a real page: every field
 * (fixture is ours: tests/fixtures/marketplaces/temu); reading is by English label.
 */
const HOSTS = ['temu.com'];
const H = hostRe(HOSTS);
/**
 * Path prefixes before the page: a country and language (temu.com/ca/…, /de-en/…, /mx-en/…), then `w/` or not
 * (temu.com/w/bgt_orders.html, which a Temu order exporter's tests on GitHub accept as the order list;
 * temu.com/sa-en/w/search.html in a Temu search tool's tests).
 */
const L = '(?:[a-z]{2}(?:-[a-z]{2})?/)?(?:w/)?';

/**
 * The currency a bare "$" means. Temu's links carry the shopper's locale as `_cmsg_locale=<region>~<language>~
 * <currency code>` (a receipt downloader on GitHub opens bgt_order_receipt.html?…&_cmsg_locale=76~de~EUR&…):
 * a code there is the page's currency. Else the country prefix decides (site-dollar.ts); no prefix is the US
 * site; any other prefix (w/) names no country, so a bare "$" stays unknown.
 */
function currency(url: URL): string | undefined {
  const named = /~([A-Z]{3})$/.exec(url.searchParams.get('_cmsg_locale') ?? '')?.[1];
  if (named) return named;
  const first = url.pathname.split('/')[1] ?? '';
  if (/\.html?$/.test(first) || first === '') return 'USD';
  const country = /^([a-z]{2})(?:-[a-z]{2})?$/.exec(first)?.[1];
  return country ? siteDollar(country) : undefined;
}

const base = configured({
  id: 'temu',
  name: { en: 'Temu', zh: '拼多多跨境 Temu' },
  hosts: HOSTS,
  // Country sites are path prefixes (temu.com/ca/, /au/, /mx-en/ …).
  currency,
  urls: {
    'order-list': [new RegExp(`^${H}/${L}bgt_orders\\.html`)],
    'order-detail': [new RegExp(`^${H}/${L}bgt_order_detail\\.html`)],
    tracking: [new RegExp(`^${H}/${L}bgt_order_tracking`), new RegExp(`^${H}/${L}[a-z_]*logistics`)],
    // The order's receipt (bgt_order_receipt.html?parent_order_sn=…), the page a receipt downloader prints.
    invoice: [new RegExp(`^${H}/${L}bgt_order_receipt\\.html`)],
    return: [new RegExp(`^${H}/${L}bgt_(?:return|refund|after_sales)`)],
    chat: [new RegExp(`^${H}/${L}bgp_chat`), new RegExp(`^${H}/chat`)],
    listing: [new RegExp(`^${H}/(?:[a-z]{2}/)?[^?]*-g-\\d+\\.html`), new RegExp(`^${H}/goods\\.html`)],
  },
  sellerUrls: [new RegExp(`^(?:seller|agentseller)(?:-[a-z]+)?\\.${H}/`)],
  testUrls: {
    'order-list': [
      'https://www.temu.com/bgt_orders.html',
      'https://agentseller.temu.com/bgt_orders.html',
      'https://temu.com/w/bgt_orders.html',
      'https://www.temu.com/sa-en/w/bgt_orders.html',
    ],
    invoice: [
      'https://www.temu.com/bgt_order_receipt.html?page_from=100&_cmsg_locale=76~de~EUR&parent_order_sn=PO-076-1',
    ],
    'order-detail': [
      'https://www.temu.com/bgt_order_detail.html?parent_order_sn=PO-211-12345678901234567',
      'https://www.temu.com/ca/bgt_order_detail.html?parent_order_sn=PO-211-12345678901234567',
    ],
    tracking: ['https://www.temu.com/bgt_order_tracking.html?parent_order_sn=PO-211-1'],
    return: ['https://www.temu.com/bgt_return_refund.html?parent_order_sn=PO-211-1'],
    chat: ['https://www.temu.com/bgp_chat.html'],
    listing: ['https://www.temu.com/kitchen-towel-g-601099512345678.html'],
  },
  // The page's state (rawData) where it names the order; else the lines as the 2026 page renders them.
  state: (url, doc, cur) => {
    const raw = temuState(url, doc, cur);
    if (raw?.items?.length) return raw;
    const rendered = temuRenderedLines(url, doc);
    // Merged, the provenance names both: rawData's amounts, the rendered lines' items.
    return rendered && raw ? { ...raw, ...rendered, source: `${raw.source}; ${rendered.source}` } : (rendered ?? raw);
  },
  // The order page's rendered rows (a Temu order scraper on GitHub, scrapers/temu.py DOM fallback): one
  // element whose class contains "goodsWrapper" per line, its title in one containing "goodsName"; the
  // labels "Order time: Jul 9, 2026" / "Bestellzeit: 9. Jul 2026" and "Order total" / "Gesamtsumme".
  detail: {
    detail: ['.order-detail', 'body'],
    ...EN,
    orderId: { ...EN.orderId, re: /(PO-\d{3}-\d{8,20})/ },
    item: {
      row: ['.goods-item', '[class*="goodsWrapper"]'],
      title: { sel: ['.goods-name', '[class*="goodsName"]'] },
      quantity: { sel: ['.goods-qty'] },
      unitPrice: { sel: ['.goods-price'] },
      itemId: { sel: ['[data-goods-id]'], attr: 'data-goods-id' },
    },
    seller: withSel(EN.seller, ['.mall-name']),
    address: ['.address-card'],
    required: ['orderId', 'placedAt', 'amounts.total', 'items'],
  },
});

/** The 2026 order list's cards, read by the same labels as the order page (rendered.ts). */
const LIST: OrderSpec = {
  ...EN,
  orderId: { ...EN.orderId, re: /(PO-\d{3}-\d{8,20})/ },
  required: ['orderId', 'amounts.total'],
};

function extract(url: URL, doc: Document, options: ExtractOptions = {}): ExtractResult {
  const kind = base.detect(url, doc).kind;
  if (kind === 'tracking') {
    const order = temuTracking(url, doc, url.hostname, options);
    if (order) return { kind, orders: [order] };
  }
  if (kind === 'order-list' && doc.getElementById('TabListWrapperDOMId')) {
    const ctx = { marketplace: 'temu', site: url.hostname, currency: currency(url), options, url };
    // A site whose bare "$" is unknown keeps no amount read from one (page-json.ts).
    const orders = readTemuList(doc, LIST, ctx).map((o) =>
      ctx.currency ? o : withoutBareDollars(o, doc, LIST.required),
    );
    if (orders.length) {
      const changed = changedMessage('temu', orders);
      return { kind: 'order-list', orders, ...(changed ? { changed } : {}) };
    }
  }
  return base.extract(url, doc, options);
}

export const temu: MarketplaceAdapter = { ...base, extract };
