import { configured, withSel, ZH } from '../configured';
import { hostRe } from '../define';
import { jdChat } from './chat';

/**
 * 京东 JD.com: buyer order centre and order details, seller backend (shop.jd.com). Not checked against
 * a real page: every field (fixture is ours: tests/fixtures/marketplaces/jd); reading is by Chinese label.
 */
/**
 * jd.hk is 京东国际 (JD Worldwide: imports sold to mainland buyers in yuan, 我的全球购 in JD's account menu),
 * not a Hong Kong store. Its order page is home.jd.hk/order.html?orderId=<number> (JD's order centre links a
 * cross-border order's 订单详情 there; a JD order-capture tool on GitHub reads it), its products item.jd.hk/<id>.html.
 */
const HOSTS = ['jd.com', 'jd.hk'];
const H = hostRe(['jd.com']);
const HK = hostRe(['jd.hk']);
/**
 * The merchant backend (京东商家后台), three generations alive at once, as sellers' tools open them (GitHub order
 * exporters, RPA flows and greasyfork userscripts): porder.shop.jd.com/order/orderlist/<tab> (allOrders,
 * waitOut …), the 2024– micro-frontend shop.jd.com/jdm/trade/orders/order-list?tabType=… and
 * …/order-details?orderId=…, and trade-order-jdm.jd.com/orderList.
 */
const SELLER_LISTS = [
  /^order\.shop\.jd\.com\/order\//,
  /^porder\.shop\.jd\.com\/order\/orderlist/,
  /^shop\.jd\.com\/jdm\/trade\/orders?\/order-?list/,
  /^trade-order-jdm\.jd\.com\/orderlist/,
];
/**
 * The buyer's pages on the phone (京东 in a mobile browser or WeChat), as JD's own links and shoppers' scripts
 * name them: the lists wqs.jd.com/order/orderlist_merge.shtml and wq.jd.com/…/orderlist_jdm.shtml, one order
 * at wqs.jd.com/order/n_detail_v2.shtml?deal_id=<order number> (also n_detail_jdm.shtml).
 */
const MOBILE_LIST = new RegExp(`^(?:wqs?|trade\\.m)\\.jd\\.com/(?:[a-z_/]*/)?order/orderlist[a-z_]*\\.shtml`);
const MOBILE_DETAIL = new RegExp(`^(?:wqs?|trade\\.m)\\.jd\\.com/(?:[a-z_/]*/)?order/n_detail[a-z0-9_]*\\.shtml`);

export const jd = configured({
  id: 'jd',
  name: { en: 'JD.com', zh: '京东' },
  hosts: HOSTS,
  currency: 'CNY',
  urls: {
    'order-list': [new RegExp(`^order\\.${H}/center/list\\.action`), ...SELLER_LISTS, MOBILE_LIST],
    'order-detail': [
      /^shop\.jd\.com\/jdm\/trade\/orders?\/order-?details?/,
      MOBILE_DETAIL,
      new RegExp(`^details\\.${H}/normal/item\\.action`),
      new RegExp(`^order\\.${H}/normal/item\\.action`),
      new RegExp(`^home\\.${HK}/order\\.html`),
      // Phone top-ups and other recharges: chongzhi.jd.com/order/order_autoDetail.action (JD's order centre links
      // them so; a JD order spider on GitHub reads them apart from the normal order page).
      new RegExp(`^chongzhi\\.${H}/order/order_autodetail\\.action`),
    ],
    tracking: [new RegExp(`^(?:wl|trade)\\.${H}/.*(?:track|logistics)`)],
    return: [new RegExp(`^afs\\.${H}/`)],
    chat: [new RegExp(`^(?:chat|dd)\\.${H}/`)],
    // myivc: the e-invoices; details.jd.com/normal/print.action?orderid=: the order's printable page.
    invoice: [new RegExp(`^myivc\\.${H}/`), new RegExp(`^details\\.${H}/normal/print\\.action`)],
    listing: [new RegExp(`^item\\.(?:${H}|${HK})/\\d+\\.html`)],
  },
  sellerUrls: [new RegExp(`^(?:[a-z.]+\\.)?shop\\.jd\\.com/`), /^trade-order-jdm\.jd\.com\//],
  chat: jdChat,
  testUrls: {
    'order-list': [
      'https://order.jd.com/center/list.action',
      'https://order.shop.jd.com/order/sopUp_allList.action',
      'https://porder.shop.jd.com/order/orderlist/allOrders?t=1714983558569',
      'https://shop.jd.com/jdm/trade/orders/order-list?tabType=allOrders',
      'https://trade-order-jdm.jd.com/orderList',
      'https://wqs.jd.com/order/orderlist_merge.shtml?tab=1&sceneval=2',
      'https://wq.jd.com/wxapp/order/orderlist_jdm.shtml?stamp=1',
    ],
    'order-detail': [
      'https://details.jd.com/normal/item.action?orderid=301234567890&PassKey=ABC',
      'https://home.jd.hk/order.html?orderId=293165945693',
      'https://shop.jd.com/jdm/trade/orders/order-details?orderId=301234567890',
      'https://wqs.jd.com/order/n_detail_v2.shtml?deal_id=301234567890&isoldpin=0&sceneval=2',
      'https://wqs.jd.com/order/n_detail_jdm.shtml?deal_id=301234567890&sceneval=2',
      'https://chongzhi.jd.com/order/order_autoDetail.action?orderId=95123456789',
    ],
    tracking: ['https://wl.jd.com/track?orderId=301234567890'],
    return: ['https://afs.jd.com/afs/list'],
    chat: ['https://chat.jd.com/index.action?venderId=1'],
    invoice: [
      'https://myivc.jd.com/fpzz/index.action',
      'https://details.jd.com/normal/print.action?orderid=23456922972&PassKey=CE82F08872F4550AAA44D6430CC9F381',
    ],
    listing: ['https://item.jd.com/100012345678.html', 'https://item.jd.hk/1957483655.html'],
  },
  // The order centre (windyyong/open_tool jd/youhou/download_order.js, and the greasyfork "导出京东订单"
  // userscript): one `tbody[id^="tb-"]` per order, its number in `.number` ("订单号：…"), the date in
  // `.dealtime`, the shop in `.order-shop` / `.shop-txt`, "总额 ¥…" in `.amount`, the status in
  // `.order-status`, one `.tr-bd` row per item with `.p-name a` and "x2" in `.goods-number`.
  list: {
    card: ['tbody[id^="tb-"]'],
    ...ZH,
    orderId: withSel(ZH.orderId, ['.number'], { re: /(\d{9,20})/ }),
    placedAt: withSel(ZH.placedAt, ['.dealtime']),
    status: withSel(ZH.status, ['.order-status']),
    seller: withSel(ZH.seller, ['.order-shop a', '.shop-txt']),
    amounts: { total: { sel: ['.amount span'], re: /([¥￥]\s*\d[\d,]*(?:\.\d{1,2})?|\d[\d,]*\.\d{2})/ } },
    item: {
      row: ['.tr-bd'],
      title: { sel: ['.p-name a'] },
      quantity: { sel: ['.goods-number'], re: /(\d+)/ },
      itemId: { sel: ['.p-name a[href*="item.jd."]'], attr: 'href', re: /item\.jd\.(?:com|hk)\/(\d+)\.html/ },
    },
    required: ['orderId', 'amounts.total'],
  },
  // The order page (same script): "订单号：…" in `.state-top`, the status in `.state-txt`, the order time in a
  // hidden `input#datesubmit-<order>`, the shop in `.shop-name`, 实付款 in `.goods-total .count`, one
  // `tr[class*="product-"]` per item (`.p-name a`, quantity in the fifth cell, `.f-price`), the parcels as
  // "运单号：…" / "承运人：…" lines in `.p-info li`.
  detail: {
    // The recharge page's #orderstate (number, status) stands beside its #orderinfo: their parent holds the order.
    detail: [':has(> #orderstate)', '#orderinfo', '.order-detail', 'body'],
    ...ZH,
    orderId: withSel(ZH.orderId, ['.state-top'], { re: /(\d{9,20})/ }),
    placedAt: withSel(ZH.placedAt, ['input[id^="datesubmit-"]'], { attr: 'value' }),
    // The recharge order page (chongzhi.jd.com order_autoDetail.action: a JD order spider on GitHub) prints its
    // status in `#orderstate .ftx-02`.
    status: withSel(ZH.status, ['.state-txt', '#orderstate .ftx-02']),
    seller: withSel(ZH.seller, ['.shop-name']),
    amounts: { ...ZH.amounts, total: withSel(ZH.amounts?.total, ['.goods-total .count']) },
    item: {
      // Also the rows of `.goods-list`'s table (the same spider), past the ones the page hides.
      row: [
        '.p-item',
        'tr.product',
        'tr[class*="product-"]',
        '.goods-list tbody tr:has(.p-name):not([style*="display: none"]):not([style*="display:none"])',
      ],
      title: { sel: ['.p-name a', '.p-name'] },
      // The fifth cell is the quantity of the `tr.product-…` rows only; no source names the `.goods-list`
      // table's fifth column (a price there would be read as a count).
      quantity: { sel: ['.p-num', ':scope[class*="product-"] > td:nth-child(5)'], re: /(\d+)/ },
      unitPrice: { sel: ['.p-price', '.f-price'] },
      itemId: { sel: ['a[href*="item.jd."]'], attr: 'href', re: /item\.jd\.(?:com|hk)\/(\d+)\.html/ },
    },
    address: ['.addr-info'],
    required: ['orderId', 'placedAt', 'amounts.total', 'items'],
  },
});
