import type { Order } from '../../schemas/order';
import type { PageKind } from '../../schemas/page';
import { parseDate } from '../../extract/dates';
import { cleanText, firstEl, firstText, hrefParam, outermost } from '../../extract/dom';
import { changedMessage, compact, OrderDraft } from '../../extract/draft';
import { readOrders, type OrderSpec } from '../../extract/engine';
import { labelRe, type LabelField, type LabelTable } from '../../extract/labels';
import { parseMoney } from '../../extract/money';
import { hostRe, kindFromUrl, matchesFor, roleFromUrl } from '../define';
import type { ExtractOptions, ExtractResult, MarketplaceAdapter, PageDetection } from '../types';
import { taobaoChat } from './chat';
import { fillFromState } from '../page-json';
import { taobaoDetailState, tmallState } from './detail-state';

/**
 * Taobao and Tmall (one account system, one order list).
 * Checked against a real page: the buyer's 已买到的宝贝 list (buyertrade.taobao.com, 2025, saved after
 * machine translation, so labels may be English or Chinese). Not checked against a real page: the
 * order detail page (trade_item_detail.htm, read by its Chinese labels 订单编号/成交时间/实付款) and
 * the seller's 已卖出的宝贝 list (assumed to share the buyer list's card markup); their fixtures are ours.
 */

/**
 * Not goofish.com (闲鱼, Alibaba's second-hand market on the same account): its orders follow 闲鱼's own
 * rules, not Taobao's, so claiming its pages here would show Taobao's deadlines for them. It needs its own
 * marketplace and rules entry.
 */
const HOSTS = ['taobao.com', 'tmall.com', 'tmall.hk'];
const H = hostRe(HOSTS);
/**
 * The phone site's order pages (淘宝 in a mobile browser; shoppers' scripts and apps on GitHub open them):
 * main.m.taobao.com/olist/index.html and h5.m.taobao.com/mlapp/olist.html list the orders,
 * main.m.taobao.com/odetail/index.html and h5.m.taobao.com/mlapp/odetail.html show one.
 */
const MOBILE = '(?:main|h5)\\.m\\.taobao\\.com/(?:mlapp/)?';

/** Class names carry build hashes (`bought-wrapper-mod__trade-order___2lrzV`): match their stable prefix. */
const SELECTORS = {
  card: [
    '[class*="bought-wrapper-mod__trade-order"][data-id]', // 2016– React list, one per order
    '.js-order-container > [data-id]', // same list, outer container
  ],
  createTime: ['[class*="bought-wrapper-mod__create-time"]'], // "2025-06-04" in the card head
  seller: [
    '[class*="seller-mod__name"]', // shop link in the card head
    '[class*="bought-wrapper-mod__seller-container"] a', // older head cell
  ],
  /** Item rows: the card's body rows that hold a product block (the head is a separate tbody). */
  itemRow: ['tbody:not([class*="bought-wrapper-mod__head"]) > tr'],
  product: ['[class*="suborder-mod__production"]', '[class*="production-mod__production"]'],
  itemLink: [
    'a[href*="item.taobao.com/item.htm"]', // Taobao item
    'a[href*="detail.tmall.com/item.htm"]', // Tmall item
    'a[href*="item.htm"]', // other item hosts (tmall.hk, chaoshi)
    // Virtual goods (话费充值, game cards, top-ups) have no item page: the row links to the buy-again
    // action, buy.taobao.com/auction/buy_now.jhtml?item_id_num=…, as the saved 已买到的宝贝 list shows.
    'a[href*="buy_now.jhtml"]',
    'a[href*="item_id_num="]',
  ],
  price: ['[class*="price-mod__price"]'], // unit price cell; a struck-out <del> price may precede
  /** Order total: the only bold price in the card. */
  total: ['[class*="price-mod__price"] strong'],
  /** The status cell is the one holding the order-detail link. */
  detailLink: ['a#viewDetail', 'a[href*="trade_item_detail"]', 'a[href*="orderDetail"]'],
  statusText: ['[class*="text-mod__link"]:not(a)', 'p span'],
} as const;

const SHIPPING = /(?:含运费|Shipping fee included|运费)\s*[:：]\s*((?:RMB|￥|¥|CN¥)?\s*[\d.,]+)/i;

/**
 * The detail page's labels (not checked against a real one), Simplified and Traditional (淘寶 TW/HK view),
 * and the English the browser's page translation shows (the saved real list was translated so).
 */
export const TAOBAO_LABELS: LabelTable = {
  'zh-Hans': {
    orderId: ['订单编号', '订单号'],
    placedAt: ['成交时间', '创建时间', '下单时间'],
    status: ['订单状态', '当前订单状态', '交易状态'],
    seller: ['店铺名称', '卖家'],
    paymentMethod: ['支付方式', '付款方式'],
    total: ['实付款', '实付'],
    shipping: ['运费'],
    subtotal: ['商品总价', '商品金额'],
    discount: ['店铺优惠', '优惠'],
    carrier: ['物流公司', '快递公司', '承运公司'],
    trackingNumber: ['运单号码', '运单号', '快递单号', '物流单号'],
    recipient: ['收货人', '收件人'],
  },
  'zh-Hant': {
    orderId: ['訂單編號', '訂單號'],
    placedAt: ['成交時間', '創建時間', '下單時間'],
    status: ['訂單狀態', '當前訂單狀態', '交易狀態'],
    seller: ['店鋪名稱', '賣家'],
    paymentMethod: ['支付方式', '付款方式'],
    total: ['實付款', '實付'],
    shipping: ['運費'],
    subtotal: ['商品總價', '商品金額'],
    discount: ['店鋪優惠', '優惠'],
    carrier: ['物流公司', '快遞公司', '承運公司'],
    trackingNumber: ['運單號碼', '運單號', '快遞單號', '物流單號'],
    recipient: ['收件人', '收貨人'],
  },
  en: {
    orderId: ['Order (?:number|No\\.?)'],
    placedAt: ['Transaction time'],
    status: ['Order status'],
    seller: ['Seller'],
    total: ['Actual payment'],
    shipping: ['Shipping'],
  },
};
const tb = (field: LabelField) => labelRe(TAOBAO_LABELS, field);

const DETAIL: OrderSpec = {
  detail: ['#detail-panel', '.trade-detail', 'body'],
  orderId: { label: tb('orderId'), re: /(\d{15,20})/ },
  placedAt: { label: tb('placedAt') },
  status: { label: tb('status') },
  seller: { sel: ['.shop-name', '.seller-name'], label: tb('seller') },
  paymentMethod: { label: tb('paymentMethod') },
  amounts: {
    total: { label: tb('total') },
    shipping: { label: tb('shipping') },
    subtotal: { label: tb('subtotal') },
    discount: { label: tb('discount') },
  },
  item: {
    row: ['.order-item', 'tr.order-item'],
    title: { sel: ['.item-title a', '.item-title'] },
    quantity: { sel: ['.item-qty', '.quantity'] },
    unitPrice: { sel: ['.item-price', '.price'] },
    itemId: { sel: ['a[href*="item.htm"]'], attr: 'href', re: /[?&]id=(\d+)/ },
  },
  shipment: {
    carrier: { label: tb('carrier') },
    trackingNumber: {
      label: tb('trackingNumber'),
      re: /([A-Z]{0,4}\d[\dA-Z]{7,25})/,
    },
  },
  address: ['.address-info', '.receive-address'],
  recipient: { label: tb('recipient') },
  required: ['orderId', 'placedAt', 'amounts.total'],
};

function pageKind(url: URL, doc: Document): PageKind {
  const byUrl = kindFromUrl(url, taobao.urls);
  if (firstEl(doc, SELECTORS.card)) return 'order-list';
  return byUrl;
}

function detect(url: URL, doc: Document): PageDetection {
  return { kind: pageKind(url, doc), role: roleFromUrl(url, taobao.sellerUrls) };
}

function readCard(card: Element, site: string, options: ExtractOptions): Order {
  const d = new OrderDraft('taobao', site);
  const id = card.getAttribute('data-id');
  if (id && /^\d{10,25}$/.test(id)) d.text('orderId', id, '[data-id]');
  // Browser translation can empty the date's span and move the date into a copy of it.
  const created = [...card.querySelectorAll(SELECTORS.createTime[0])]
    .map((el) => parseDate(el.textContent))
    .find(Boolean);
  d.date('placedAt', created, SELECTORS.createTime[0]);
  // The link's title keeps the shop's own name when a translator has rewritten the visible text.
  const seller = firstText(card, SELECTORS.seller);
  const sellerTitle = cleanText(seller?.el.getAttribute('title'));
  d.text('seller', sellerTitle ?? seller?.text, `${seller?.sel ?? ''}${sellerTitle ? '[title]' : ''}`);
  const total = firstText(card, SELECTORS.total);
  d.money('total', parseMoney(total?.text, 'CNY'), total?.sel ?? '');
  const totalCell = total?.el.closest('td');
  const ship = SHIPPING.exec(cleanText(totalCell?.textContent) ?? '');
  d.money('shipping', parseMoney(ship?.[1], 'CNY'), `${SELECTORS.total[0]} → td "含运费"`);
  const detailLink = firstEl(card, SELECTORS.detailLink);
  const statusCell = detailLink?.el.closest('td');
  const status = statusCell ? firstText(statusCell, SELECTORS.statusText) : undefined;
  d.text('status', status?.text, `td(${detailLink?.sel}) ${status?.sel ?? ''}`);

  for (const row of card.querySelectorAll(SELECTORS.itemRow[0])) {
    const product = firstEl(row, SELECTORS.product);
    if (!product) continue;
    const cells = [...row.children].filter((c) => c.tagName === 'TD');
    const cellOf = (el: Element | undefined) => (el ? el.closest('td') : null);
    const priceBox = firstEl(row, SELECTORS.price);
    // Quantity is the cell after the unit price; add-on services (保险服务, 运费险) print none and are not goods.
    const priceCell = cellOf(priceBox?.el);
    const qtyCell = priceCell ? cells[cells.indexOf(priceCell) + 1] : undefined;
    const qtyText = cleanText(qtyCell?.textContent);
    const quantity = qtyText && /^\d+$/.test(qtyText) ? Number(qtyText) : undefined;
    if (!quantity) continue;
    // A struck-out original price (<del>) comes first; the price paid is the last one.
    const prices = priceBox ? [...priceBox.el.querySelectorAll('p')].filter((p) => !p.querySelector('del')) : [];
    const unitPrice = parseMoney(cleanText(prices[prices.length - 1]?.textContent), 'CNY');
    const link = firstText(product.el, SELECTORS.itemLink);
    const itemId = hrefParam(link?.el, ['id', 'item_id_num']);
    // A buy-again link is an action, not the item's address: kept as the id only.
    const href = link?.el.getAttribute('href') ?? undefined;
    const url = href && /item\.htm/.test(href) ? href : undefined;
    d.item(compact({ title: link?.text, quantity, unitPrice, itemId, url }), {
      title: `${product.sel} ${link?.sel ?? ''}`,
      quantity: 'td after the unit price',
      unitPrice: `${SELECTORS.price[0]} p:last (not del)`,
      itemId: `${link?.sel ?? ''}[href] id= / item_id_num=`,
      url: `${link?.sel ?? ''}[href]`,
    });
  }
  d.expect('orderId', 'placedAt', 'amounts.total', 'items');
  return d.build(options);
}

function extract(url: URL, doc: Document, options: ExtractOptions = {}): ExtractResult {
  const kind = pageKind(url, doc);
  const site = url.hostname;
  if (kind === 'order-list') {
    const cards = outermost(doc, SELECTORS.card);
    const orders = cards.map((c) => readCard(c, site, options));
    const changed = cards.length
      ? changedMessage('taobao', orders)
      : changedMessage('taobao', [], 'no order cards ([class*=bought-wrapper-mod__trade-order][data-id])');
    return { kind, orders, ...(changed ? { changed } : {}) };
  }
  if (kind === 'order-detail') {
    // The page's own state (天猫 detailData, 淘宝 JSON.parse data) fills what its labels left empty, for the order
    // the URL names (detail-state.ts).
    const state = tmallState(url, doc) ?? taobaoDetailState(url, doc);
    const ids = state?.orderId ? [state.orderId] : [];
    const orders = readOrders(doc, DETAIL, false, { marketplace: 'taobao', site, currency: 'CNY', options, url }).map(
      (o) => fillFromState(o, state, ids),
    );
    const changed = changedMessage('taobao', orders);
    return { kind, orders, ...(changed ? { changed } : {}) };
  }
  return { kind, orders: [] };
}

export const taobao: MarketplaceAdapter = {
  id: 'taobao',
  name: { en: 'Taobao / Tmall', zh: '淘宝 / 天猫' },
  hosts: HOSTS,
  matches: matchesFor(HOSTS),
  urls: {
    'order-list': [
      new RegExp(`^buyertrade\\.${H}/trade/itemlist/list_bought_items\\.htm`),
      new RegExp(`^trade\\.${H}/trade/itemlist/list_sold_items\\.htm`),
      new RegExp(`^myseller\\.taobao\\.com/home\\.htm/trade-platform/tp/sold`),
      new RegExp(`^${MOBILE}olist(?:/index)?\\.html`),
    ],
    'order-detail': [
      new RegExp(`^(?:trade|tradearchive|buyertrade)\\.taobao\\.com/trade/detail/trade_(?:item|order)_detail\\.htm`),
      new RegExp(`^trade\\.tmall\\.com/detail/orderdetail\\.htm`),
      new RegExp(`^${MOBILE}odetail(?:/index)?\\.html`),
    ],
    tracking: [
      new RegExp(`^(?:wuliu|detail\\.i56)\\.taobao\\.com/`),
      new RegExp(`^buyertrade\\.taobao\\.com/trade/json/transit_step`),
    ],
    return: [new RegExp(`^refund2?\\.(?:taobao|tmall)\\.com/`)],
    chat: [new RegExp(`^(?:h5\\.m\\.taobao\\.com/ww/|market\\.m\\.taobao\\.com/app/im/)`)],
    invoice: [new RegExp(`^invoice-ua\\.taobao\\.com/`)],
    listing: [
      new RegExp(`^(?:item\\.taobao\\.com/item\\.htm|detail\\.tmall\\.(?:com|hk)/(?:hk/)?item\\.htm)`),
      // 交易快照: the listing as it stood when the order was placed (trade/detail/tradeSnap.htm?tradeID=…, linked
      // from every item of the order list; order tools on GitHub keep it as the item's `snapUrl`). A product
      // page, not the order: its price is the listing's, never the order's total.
      new RegExp(`^(?:trade|buyertrade|tradearchive)\\.taobao\\.com/trade/detail/tradesnap\\.htm`),
    ],
  },
  sellerUrls: [
    new RegExp(`^trade\\.taobao\\.com/trade/itemlist/list_sold_items`),
    new RegExp(`^(?:myseller|qn)\\.taobao\\.com/`),
  ],
  testUrls: {
    'order-list': [
      'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm?spm=a1z09.2.a2109.d1000368',
      'https://trade.taobao.com/trade/itemlist/list_sold_items.htm?action=itemlist/SoldQueryAction',
      'https://myseller.taobao.com/home.htm/trade-platform/tp/sold',
      'https://main.m.taobao.com/olist/index.html?tabCode=waitPay',
      'https://h5.m.taobao.com/mlapp/olist.html',
    ],
    'order-detail': [
      'https://trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4329532512362739241',
      'https://tradearchive.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=4166565843616739241',
      'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4102449013857739241',
      'https://main.m.taobao.com/odetail/index.html?bizOrderId=4102449013857739241',
      'https://h5.m.taobao.com/mlapp/odetail.html?bizOrderId=4102449013857739241',
    ],
    tracking: ['https://wuliu.taobao.com/user/order_detail_new.htm?trade_id=4329532512362739241'],
    return: ['https://refund2.taobao.com/dispute/detail.htm?disputeId=1'],
    chat: ['https://h5.m.taobao.com/ww/index.htm#!dialog-c2VsbGVy'],
    invoice: ['https://invoice-ua.taobao.com/user/invoice/applyPcRoute?orderId=4329532512362739241'],
    listing: [
      'https://item.taobao.com/item.htm?id=629169726869',
      'https://detail.tmall.com/item.htm?id=629169726869',
      'https://buyertrade.taobao.com/trade/detail/tradeSnap.htm?tradeID=123758723099428072&snapShot=true',
    ],
  },
  chat: taobaoChat,
  detect,
  extract,
};
