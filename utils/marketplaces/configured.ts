import type { PageKind } from '../schemas/page';
import { firstEl, outermost } from '../extract/dom';
import { changedMessage } from '../extract/draft';
import { readOrders, type FieldSpec, type OrderSpec } from '../extract/engine';
import type { Order } from '../schemas/order';
import { withPageState } from '../extract/page-state';
import { CN_LABELS, labelRe, ORDER_LABELS, type LabelField } from '../extract/labels';
import { CARRIER_LABEL, TRACKING_LABEL } from '../extract/tracking';
import { kindFromUrl, matchesFor, roleFromUrl } from './define';
import { fillFromState, withoutBareDollars, type StateOrder } from './page-json';
import type { ChatSpec, ExtractOptions, ExtractResult, MarketplaceAdapter, PageDetection, UrlPatterns } from './types';

/**
 * Adapters described as data: URL patterns plus an OrderSpec for list cards and one for the detail
 * page. Most marketplaces print an order as labelled values, so the shared label sets below carry
 * most of the reading and each adapter adds its own selectors in front of them.
 */
export interface ConfiguredSpec {
  id: string;
  name: { en: string; zh: string };
  hosts: string[];
  /** The currency a bare "$" or "¥" means on this marketplace (undefined: only a price's own sign counts). */
  currency: string | ((url: URL, doc: Document) => string | undefined);
  urls: UrlPatterns;
  sellerUrls?: RegExp[];
  testUrls: MarketplaceAdapter['testUrls'];
  list?: OrderSpec;
  detail?: OrderSpec;
  /** Package-tracking pages: where the site prints the tracking number and carrier. */
  tracking?: OrderSpec;
  chat?: ChatSpec;
  /** The site's own embedded order state (page-json.ts), filling what labels and selectors left empty. */
  state?: (url: URL, doc: Document, currency: string | undefined) => StateOrder | undefined;
}

/** The values a URL names (query values, path segments), any of which may be the page's order number. */
function urlValues(url: URL): string[] {
  return [...url.searchParams.values(), ...url.pathname.split('/').map((p) => p.replace(/\.html?$/, ''))].filter(
    (v) => v.length >= 6 && /\d/.test(v),
  );
}

/** One field's labels in every language, longest first: "Total del pedido" must be tried before "Total". */
const oneOf = (field: LabelField) => labelRe(ORDER_LABELS, field);

/**
 * Labels as order pages print them (first words of a line, optional colon), in the languages of the
 * sites these adapters claim (utils/extract/labels.ts holds them per language, with their sources;
 * tests/unit/marketplaces/label-coverage.test.ts checks every claimed site's language). A label that is
 * not recognised leaves its field absent.
 */
export const EN: Pick<
  OrderSpec,
  'orderId' | 'placedAt' | 'status' | 'seller' | 'paymentMethod' | 'amounts' | 'shipment' | 'recipient'
> = {
  orderId: { label: oneOf('orderId'), re: /([A-Z0-9][A-Z0-9-]{5,30})/ },
  placedAt: { label: oneOf('placedAt') },
  status: { label: oneOf('status') },
  seller: { label: oneOf('seller') },
  paymentMethod: { label: oneOf('paymentMethod') },
  amounts: {
    subtotal: { label: oneOf('subtotal') },
    shipping: { label: oneOf('shipping') },
    tax: { label: oneOf('tax') },
    discount: { label: oneOf('discount') },
    total: { label: oneOf('total') },
    refund: { label: oneOf('refund') },
  },
  shipment: {
    carrier: { label: new RegExp(`${CARRIER_LABEL.source}|${oneOf('carrier').source}`, 'i') },
    trackingNumber: { label: TRACKING_LABEL, re: /([A-Z0-9]{8,34})/ },
    status: { label: oneOf('shipmentStatus') },
    deliveredAt: { label: oneOf('deliveredAt') },
    estimatedDelivery: { label: oneOf('estimatedDelivery') },
  },
  recipient: { label: oneOf('recipient') },
};

/**
 * Chinese labels (淘系, 京东, 拼多多, 抖店, 1688 all print these or close variants), Simplified and the
 * Traditional forms their Taiwan/Hong Kong views print (labels.ts CN_LABELS).
 */
const cn = (field: LabelField) => labelRe(CN_LABELS, field);
export const ZH: typeof EN = {
  orderId: { label: cn('orderId'), re: /([A-Za-z0-9-]{8,32})/ },
  placedAt: { label: cn('placedAt') },
  status: { label: cn('status') },
  seller: { label: cn('seller') },
  paymentMethod: { label: cn('paymentMethod') },
  amounts: {
    subtotal: { label: cn('subtotal') },
    shipping: { label: cn('shipping') },
    tax: { label: cn('tax') },
    discount: { label: cn('discount') },
    total: { label: cn('total') },
    refund: { label: cn('refund') },
  },
  shipment: {
    carrier: { label: cn('carrier') },
    trackingNumber: { label: cn('trackingNumber'), re: /([A-Z]{0,4}\d[\dA-Z]{7,25})/ },
    status: { label: cn('shipmentStatus') },
    deliveredAt: { label: cn('deliveredAt') },
    estimatedDelivery: { label: cn('estimatedDelivery') },
  },
  recipient: { label: cn('recipient') },
};

/** Puts an adapter's own selectors before a shared label for the same field. */
export function withSel(
  base: FieldSpec | undefined,
  sel: readonly string[],
  extra: Omit<FieldSpec, 'sel' | 'label'> = {},
): FieldSpec {
  return { ...base, ...extra, sel };
}

export function configured(spec: ConfiguredSpec): MarketplaceAdapter {
  const currencyOf = (url: URL, doc: Document) =>
    typeof spec.currency === 'function' ? spec.currency(url, doc) : spec.currency;
  const stateOf = (url: URL, doc: Document, currency: string | undefined) => {
    try {
      return spec.state?.(url, doc, currency);
    } catch {
      return undefined;
    }
  };

  function pageKind(url: URL, doc: Document): PageKind {
    const byUrl = kindFromUrl(url, spec.urls);
    // The page wins over its URL when it clearly shows order cards or one order's detail block.
    if (spec.list?.card && firstEl(doc, spec.list.card)) return 'order-list';
    if (
      byUrl === 'other' &&
      spec.detail?.detail &&
      firstEl(
        doc,
        spec.detail.detail.filter((s) => s !== 'body'),
      )
    )
      return 'order-detail';
    return byUrl;
  }

  function extract(url: URL, doc: Document, options: ExtractOptions = {}): ExtractResult {
    const kind = pageKind(url, doc);
    const ctx = { marketplace: spec.id, site: url.hostname, currency: currencyOf(url, doc), options, url };
    // A site whose bare "$" is unknown keeps no amount read from one (page-json.ts withoutBareDollars).
    const guard = (orders: Order[], s: OrderSpec) =>
      ctx.currency ? orders : orders.map((o) => withoutBareDollars(o, doc, s.required));
    if (kind === 'order-list' && spec.list) {
      const cards = outermost(doc, spec.list.card ?? []);
      if (!cards.length)
        return {
          kind,
          orders: [],
          changed: changedMessage(spec.id, [], `no order cards (${(spec.list.card ?? []).join(', ')})`) ?? '',
        };
      const orders = guard(readOrders(doc, spec.list, true, ctx), spec.list);
      const changed = changedMessage(spec.id, orders);
      return { kind, orders, ...(changed ? { changed } : {}) };
    }
    if ((kind === 'order-detail' || kind === 'invoice') && spec.detail) {
      const state = stateOf(url, doc, ctx.currency);
      const orders = guard(
        readOrders(doc, spec.detail, false, ctx).map((o) =>
          withPageState(fillFromState(o, state, urlValues(url)), url, doc, ctx.currency),
        ),
        spec.detail,
      );
      const changed = changedMessage(spec.id, orders);
      return { kind, orders, ...(changed ? { changed } : {}) };
    }
    if (kind === 'tracking' && spec.tracking) {
      // A tracking page that shows neither a number nor an order leaves the page to the generic reader.
      const orders = guard(
        readOrders(doc, spec.tracking, false, ctx).map((o) => withPageState(o, url, doc, ctx.currency)),
        spec.tracking,
      ).filter((o) => o.orderId || o.shipments.length);
      return { kind, orders };
    }
    return { kind, orders: [] };
  }

  const adapter: MarketplaceAdapter = {
    id: spec.id,
    name: spec.name,
    hosts: spec.hosts,
    matches: matchesFor(spec.hosts),
    urls: spec.urls,
    ...(spec.sellerUrls ? { sellerUrls: spec.sellerUrls } : {}),
    testUrls: spec.testUrls,
    ...(spec.chat ? { chat: spec.chat } : {}),
    detect: (url: URL, doc: Document): PageDetection => ({
      kind: pageKind(url, doc),
      role: roleFromUrl(url, spec.sellerUrls),
    }),
    extract,
  };
  return adapter;
}
