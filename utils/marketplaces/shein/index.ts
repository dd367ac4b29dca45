import { configured, EN, withSel } from '../configured';
import { hostRe } from '../define';
import { decimalMoney, isRecord, textOf, assignedJson, type StateOrder } from '../page-json';
import type { OrderItem } from '../../schemas/order';
import { siteDollar } from '../site-dollar';

/**
 * SHEIN buyer order pages, as served (sources named at each part): `/user/orders/list` and
 * `/user/orders/detail/<order number>` on every country site, whether a subdomain (us., ca., au., fr., arg.,
 * m. …: greasyfork 538231 "Extractor de productos SHEIN" matches arg.shein.com/user/orders/detail/*) or a
 * country domain (shein.co.uk, shein.com.mx: a SHEIN userscript's @match list and a scraper's tests on
 * GitHub). Order numbers mix letters and digits ("GSUNQX53100MERH", a SHEIN crawler's test on GitHub).
 * Our own fixture (tests/fixtures/marketplaces/shein) keeps its class names as the last alternative.
 */
/**
 * Country domains and the currency a bare sign means there. The six after Mexico are SHEIN's own
 * storefronts, each mapped to its country by a SHEIN share-link resolver on GitHub (country code → mobile
 * site: m.shein.in in, m.shein.tw tw, m.shein.com.vn vn, m.shein.com.hk hk, m.shein.se se) and listed
 * together by a price-tracker's SHEIN parser; shein.com.co by Colombian shopping tools (store search, a
 * login page), shein.com.vn's help pages link its own `/user/orders/list`. A sign the page prints itself
 * ("HK$", "NT$", "₹", "₫") always wins; "$" on a site whose currency is not a dollar stays US dollars.
 */
const DOMAINS: Record<string, string> = {
  'shein.co.uk': 'GBP',
  'shein.com.mx': 'MXN',
  'shein.in': 'INR',
  'shein.com.hk': 'HKD',
  'shein.tw': 'TWD',
  'shein.com.vn': 'VND',
  'shein.se': 'SEK',
  'shein.com.co': 'COP',
};
const HOSTS = ['shein.com', ...Object.keys(DOMAINS)];
const H = hostRe(HOSTS);
/**
 * The phone site's market prefix before the page (m.shein.com/us/cart, /kr/help-center…, /za/cart…, /ar/ with
 * the Saudi store: public SHEIN tools on GitHub open these); the order pages sit under it as on the desktop
 * site (m.shein.com/us/user/orders/list).
 */
const MOBILE_MARKET = /^\/([a-z]{2})(?:-[a-z]{2})?\/(?!$)/;
const P = '(?:[a-z]{2}(?:-[a-z]{2})?/)?';
/** Three-letter country subdomains (arg.shein.com is Argentina, whose "$" is the peso). */
const SUBDOMAINS: Record<string, string> = { arg: 'ARS' };

function currency(url: URL): string | undefined {
  const host = url.hostname.toLowerCase();
  const domain = Object.keys(DOMAINS).find((d) => host === d || host.endsWith(`.${d}`));
  if (domain) return DOMAINS[domain];
  // The phone site puts its market in the path (m.shein.com/us/…, /br/…, /za/…; /ar/ is the Arabic site, not
  // Argentina): only /us/ is known to mean the US dollar; under another prefix the page's own signs decide.
  const market = MOBILE_MARKET.exec(url.pathname)?.[1];
  if (market) return market === 'us' ? 'USD' : undefined;
  const sub = host.split('.')[0] ?? '';
  // The phone site without a market prefix names no market.
  if (sub === 'm') return undefined;
  if (sub in SUBDOMAINS) return SUBDOMAINS[sub];
  // Another three-letter (or longer) label than www is a country site whose sign is not known here.
  if (/^[a-z]{3,}$/.test(sub) && sub !== 'www' && sub !== 'shein') return undefined;
  return siteDollar(sub);
}

/**
 * `var gbRawData = {…}` of the order page (mattleibow/MyMarketManager src/MyMarketManager.Scrapers/Shein/
 * SheinWebScraper.cs, written against a saved page): `orderInfo.billno` the order number,
 * `orderInfo.totalPrice.amount` with `orderInfo.currency_code`, `orderInfo.orderGoodsList[]` with
 * `goods_name`, `goods_qty`, `goods_sn` and `goods_unit_price`. `addTime` is a unix time whose calendar day
 * depends on a zone the page does not name: not read.
 */
function sheinState(_url: URL, doc: Document): StateOrder | undefined {
  const raw = assignedJson(doc, 'gbRawData');
  const info = isRecord(raw) && isRecord(raw.orderInfo) ? raw.orderInfo : undefined;
  if (!info) return undefined;
  const code = info.currency_code;
  const total = isRecord(info.totalPrice) ? decimalMoney(info.totalPrice.amount, code) : undefined;
  const items: OrderItem[] = [];
  for (const g of Array.isArray(info.orderGoodsList) ? info.orderGoodsList : []) {
    if (!isRecord(g)) continue;
    const qty = Number(g.goods_qty);
    const title = textOf(g.goods_name);
    const sku = textOf(g.goods_sn);
    const unitPrice = decimalMoney(g.goods_unit_price, code);
    const item: OrderItem = {
      ...(title ? { title } : {}),
      ...(Number.isInteger(qty) && qty > 0 ? { quantity: qty } : {}),
      ...(unitPrice ? { unitPrice } : {}),
      ...(sku ? { itemId: sku } : {}),
    };
    if (Object.keys(item).length) items.push(item);
  }
  const orderId = textOf(info.billno);
  return {
    source: 'gbRawData.orderInfo',
    ...(orderId ? { orderId } : {}),
    ...(total ? { total } : {}),
    ...(items.length ? { items } : {}),
  };
}

export const shein = configured({
  id: 'shein',
  name: { en: 'SHEIN', zh: '希音' },
  hosts: HOSTS,
  currency,
  urls: {
    'order-list': [new RegExp(`^${H}/${P}user/orders/list`)],
    'order-detail': [new RegExp(`^${H}/${P}user/orders/detail`)],
    tracking: [new RegExp(`^${H}/${P}user/orders/track`)],
    return: [new RegExp(`^${H}/${P}user/orders/(?:return|refund)`)],
    chat: [new RegExp(`^${H}/robot`)],
    listing: [new RegExp(`^${H}/[^?]*-p-\\d+\\.html`)],
  },
  sellerUrls: [new RegExp(`^sellerhub\\.${H}/`)],
  testUrls: {
    'order-list': [
      'https://us.shein.com/user/orders/list',
      'https://www.shein.co.uk/user/orders/list',
      'https://www.shein.com.vn/user/orders/list',
      'https://www.shein.in/user/orders/list',
      'https://www.shein.se/user/orders/list',
      'https://www.shein.com.co/user/orders/list',
    ],
    'order-detail': [
      'https://us.shein.com/user/orders/detail/GSU12345678901',
      'https://arg.shein.com/user/orders/detail/GSUNQX53100MERH',
      'https://www.shein.com.mx/user/orders/detail/GSUNQX53100MERH',
      'https://www.shein.com.hk/user/orders/detail/GSUNQX53100MERH',
      'https://m.shein.tw/user/orders/detail/GSUNQX53100MERH',
      'https://m.shein.com/us/user/orders/detail/GSUNQX53100MERH',
    ],
    tracking: ['https://us.shein.com/user/orders/track/GSU12345678901'],
    return: ['https://us.shein.com/user/orders/return/GSU12345678901'],
    chat: ['https://us.shein.com/robot'],
    listing: ['https://us.shein.com/Summer-Dress-p-12345678.html'],
  },
  state: sheinState,
  // The phone site's order list (a delivery-tracking app's SHEIN page script on GitHub): one `.macc-order-list`
  // per order inside `.j-scroll-container`, the order number only as the last part of its `.list-bot-btn`
  // button's id ("…-<order number>"), which it opens as m.shein.com/user/orders/detail/<order number>.
  list: {
    card: ['.macc-order-list'],
    ...EN,
    orderId: withSel(EN.orderId, ['.list-bot-btn'], {
      attr: 'id',
      selRe: /-((?=[A-Z0-9]*\d)[A-Z]{2,6}[A-Z0-9]{6,18})$/,
      re: /\b((?=[A-Z0-9]*\d)[A-Z]{2,6}[A-Z0-9]{6,18})\b/,
    }),
    required: ['orderId'],
  },
  // The order page (greasyfork 538231): the order in `div.order-detail-box`, one `tbody` per store with its
  // `.store-info`, one row per item: the title link `.ga-order-goods` (to the product's "-p-<id>.html"
  // page), `.size-info` ("Black / M"), the SKU in the cell whose aria-label is its column header ("SKU"),
  // the quantity in the one labelled in the page's language ("Cantidad" on the Spanish site).
  detail: {
    detail: ['.order-detail-box', '.order-detail-container', 'body'],
    ...EN,
    orderId: { ...EN.orderId, re: /\b((?=[A-Z0-9]*\d)[A-Z]{2,6}[A-Z0-9]{6,18})\b/ },
    seller: withSel(EN.seller, ['.store-info']),
    item: {
      row: ['tr:has(.ga-order-goods)', '.order-goods-item'],
      title: { sel: ['.ga-order-goods', '.goods-title'] },
      quantity: {
        sel: ['td[aria-label^="Quantity"]', 'td[aria-label^="Qty"]', 'td[aria-label^="Cantidad"]', '.goods-qty'],
        re: /(\d+)/,
      },
      unitPrice: { sel: ['.goods-price'] },
      itemId: { sel: ['td[aria-label^="SKU"]', '.goods-sku'], re: /SKU\s*[:：]?\s*(\S+)/ },
    },
    address: ['.order-address'],
    required: ['orderId', 'placedAt', 'amounts.total', 'items'],
  },
});
