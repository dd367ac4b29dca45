import type { PageKind } from '../schemas/page';
import { firstEl, outermost } from '../extract/dom';
import { changedMessage } from '../extract/draft';
import { readOrders, type FieldSpec, type OrderSpec } from '../extract/engine';
import { kindFromUrl, matchesFor, roleFromUrl } from './define';
import type { ExtractOptions, ExtractResult, MarketplaceAdapter, PageDetection, UrlPatterns } from './types';

/**
 * Adapters described as data: URL patterns plus an OrderSpec for list cards and one for the detail
 * page. Most marketplaces print an order as labelled values, so the shared label sets below carry
 * most of the reading and each adapter adds its own selectors in front of them.
 */
export interface ConfiguredSpec {
  id: string;
  name: { en: string; zh: string };
  hosts: string[];
  /** The currency a bare "$" or "¥" means on this marketplace. */
  currency: string | ((url: URL) => string);
  urls: UrlPatterns;
  sellerUrls?: RegExp[];
  testUrls: MarketplaceAdapter['testUrls'];
  list?: OrderSpec;
  detail?: OrderSpec;
}

/** English labels as order pages print them (first word of a line, optional colon). */
export const EN: Pick<OrderSpec, 'orderId' | 'placedAt' | 'status' | 'seller' | 'paymentMethod' | 'amounts' | 'shipment' | 'recipient'> = {
  orderId: { label: /Order\s*(?:number|no\.?|ID|#)|Receipt #?|Transaction ID/, re: /([A-Z0-9][A-Z0-9-]{5,30})/ },
  placedAt: { label: /Order date|Ordered on|Order placed|Placed on|Purchased on|Date placed|Order time|Paid on/ },
  status: { label: /Order status|Status/ },
  // "Shop"/"Store"/"Seller" only as a label with its colon: the site menu's "Shop by category" is no seller.
  seller: { label: /Sold by|Seller(?=\s*[:：]|\s*$)|(?:Shop|Store)(?=\s*[:：])/ },
  paymentMethod: { label: /Payment method|Paid with/ },
  amounts: {
    subtotal: { label: /Item\(?s\)? (?:subtotal|total)|Items? total|Subtotal|Merchandise subtotal|Product total/ },
    shipping: { label: /Shipping(?: fee| & handling| cost)?|Delivery(?: fee)?|Postage/ },
    tax: { label: /Sales tax|Tax|VAT|GST/ },
    discount: { label: /Discount|Coupon|Promotion|Voucher|Savings/ },
    total: { label: /Order total|Grand total|Total paid|Total|Amount paid/ },
    refund: { label: /Refund(?: total| amount)?|Refunded/ },
  },
  shipment: {
    carrier: { label: /Carrier|Shipping (?:carrier|company)|Courier|Logistics/ },
    trackingNumber: { label: /Tracking (?:number|no\.?|#|ID)|Tracking/, re: /([A-Z0-9]{8,34})/ },
    status: { label: /Shipping status|Delivery status|Shipment status/ },
    deliveredAt: { label: /Delivered(?: on)?/ },
    estimatedDelivery: { label: /Estimated delivery|Arrives?(?: by)?|Expected delivery/ },
  },
  recipient: { label: /Ship to|Recipient|Deliver to/ },
};

/** Chinese labels (淘系, 京东, 拼多多, 抖店, 1688 all print these or close variants). */
export const ZH: typeof EN = {
  orderId: { label: /订单编号|订单号|订单号码/, re: /([A-Za-z0-9-]{8,32})/ },
  placedAt: { label: /下单时间|成交时间|创建时间|订单创建时间|提交时间|下单日期/ },
  status: { label: /订单状态|交易状态|状态/ },
  seller: { label: /店铺名称|店铺|商家|卖家|供应商/ },
  paymentMethod: { label: /支付方式|付款方式/ },
  amounts: {
    subtotal: { label: /商品总价|商品总额|商品金额|货品总价/ },
    shipping: { label: /运费/ },
    tax: { label: /税费|进口税/ },
    discount: { label: /优惠|店铺优惠|平台优惠|优惠券/ },
    total: { label: /实付款|实付金额|实付|应付总额|订单总额|订单金额/ },
    refund: { label: /退款金额|已退款/ },
  },
  shipment: {
    carrier: { label: /物流公司|快递公司|承运商|配送方式/ },
    trackingNumber: { label: /运单号码|运单号|快递单号|物流单号/, re: /([A-Z]{0,4}\d[\dA-Z]{7,25})/ },
    status: { label: /物流状态|配送状态/ },
    deliveredAt: { label: /签收时间|送达时间/ },
    estimatedDelivery: { label: /预计送达|预计到达/ },
  },
  recipient: { label: /收货人|收件人/ },
};

/** Puts an adapter's own selectors before a shared label for the same field. */
export function withSel(base: FieldSpec | undefined, sel: readonly string[], extra: Omit<FieldSpec, 'sel' | 'label'> = {}): FieldSpec {
  return { ...base, ...extra, sel };
}

export function configured(spec: ConfiguredSpec): MarketplaceAdapter {
  const currencyOf = (url: URL) => (typeof spec.currency === 'function' ? spec.currency(url) : spec.currency);

  function pageKind(url: URL, doc: Document): PageKind {
    const byUrl = kindFromUrl(url, spec.urls);
    // The page wins over its URL when it clearly shows order cards or one order's detail block.
    if (spec.list?.card && firstEl(doc, spec.list.card)) return 'order-list';
    if (byUrl === 'other' && spec.detail?.detail && firstEl(doc, spec.detail.detail.filter((s) => s !== 'body'))) return 'order-detail';
    return byUrl;
  }

  function extract(url: URL, doc: Document, options: ExtractOptions = {}): ExtractResult {
    const kind = pageKind(url, doc);
    const ctx = { marketplace: spec.id, site: url.hostname, currency: currencyOf(url), options };
    if (kind === 'order-list' && spec.list) {
      const cards = outermost(doc, spec.list.card ?? []);
      if (!cards.length) return { kind, orders: [], changed: changedMessage(spec.id, [], `no order cards (${(spec.list.card ?? []).join(', ')})`) ?? '' };
      const orders = readOrders(doc, spec.list, true, ctx);
      const changed = changedMessage(spec.id, orders);
      return { kind, orders, ...(changed ? { changed } : {}) };
    }
    if ((kind === 'order-detail' || kind === 'invoice') && spec.detail) {
      const orders = readOrders(doc, spec.detail, false, ctx);
      const changed = changedMessage(spec.id, orders);
      return { kind, orders, ...(changed ? { changed } : {}) };
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
    detect: (url: URL, doc: Document): PageDetection => ({ kind: pageKind(url, doc), role: roleFromUrl(url, spec.sellerUrls) }),
    extract,
  };
  return adapter;
}
