import { configured, EN, withSel } from '../configured';
import { hostRe } from '../define';
import { siteDollar } from '../site-dollar';

/**
 * TikTok Shop: buyer order pages on tiktok.com and the Seller Center. Other tiktok.com pages (videos,
 * profiles) are recognised as 'other'. The buyer's pages as they are served (easierbycode/tok-scrape,
 * extension-seller/scrape-order.js and scrape-order-list.js, with its test-order-scrape.mjs page):
 * `www.tiktok.com/shop/order_list` and `…/shop/order_detail?main_order_id=<id>` (underscores), a Modern.js
 * page in Tailwind-like utility classes. The detail page prints the status in `.H3-Bold.text-color-UIText1`,
 * the shop in `.H4-Bold.text-color-UIText1`, one `div.flex.gap-16` per product around its 90×90 picture
 * (title `.P1-Regular.text-color-UIText1`, unit price `.H4-Semibold.text-color-UIText1`, "x1" in
 * `.H4-Semibold.text-color-UIText2`), and label/value rows `div.flex.justify-between.items-center`: "Order
 * ID", "Order date", "Payment method", "Subtotal", "Sales tax", "Shipping", "Total". The list page's cards
 * carry the shop, a date line and the status, and the products only as picture alt texts: no order number,
 * no price. The hyphenated paths are kept for our own fixture (tests/fixtures/marketplaces/tiktok-shop).
 */
const HOSTS = ['tiktok.com', 'tiktokglobalshop.com'];
const H = hostRe(HOSTS);

export const tiktokShop = configured({
  id: 'tiktok-shop',
  name: { en: 'TikTok Shop', zh: 'TikTok Shop' },
  hosts: HOSTS,
  // The buyer pages on tiktok.com serve every TikTok Shop market from one host; a bare "$" is the US
  // dollar on the English page, and unknown where the page is in Spanish or Portuguese (Mexico's and
  // Brazil's pesos and reais print "$" too). Other markets print their own signs (£, RM, ₱, Rp, ฿, ₫, S$).
  // The Seller Center names its market in its host (seller-us, seller-uk, seller-mx …: a Mexican seller's page in
  // English still prices in pesos), so there the host decides; seller.tiktokglobalshop.com serves every
  // cross-border market from one host and names none: a bare "$" stays unknown there.
  currency: (url, doc) => {
    const market = /^seller(?:-([a-z]{2}))?\./.exec(url.hostname)?.[1];
    if (/^seller[-.]/.test(url.hostname)) return market ? siteDollar(market) : undefined;
    return /^(?:es|pt)\b/i.test(doc.documentElement.lang) ? undefined : 'USD';
  },
  urls: {
    'order-list': [
      new RegExp(`^(?:www\\.)?tiktok\\.com/shop/(?:order[-_]list|orders)`),
      new RegExp(`^seller(?:-[a-z]{2})?\\.${H}/order(?:\\?|$|/?$)`),
    ],
    'order-detail': [
      new RegExp(`^(?:www\\.)?tiktok\\.com/shop/order[-_]detail`),
      new RegExp(`^seller(?:-[a-z]{2})?\\.${H}/order/detail`),
    ],
    tracking: [new RegExp(`^(?:www\\.)?tiktok\\.com/shop/(?:logistics|tracking)`)],
    return: [
      new RegExp(`^seller(?:-[a-z]{2})?\\.${H}/order/(?:return|refund)`),
      new RegExp(`^(?:www\\.)?tiktok\\.com/shop/(?:return|refund)`),
    ],
    chat: [new RegExp(`^seller(?:-[a-z]{2})?\\.${H}/chat`), new RegExp(`^(?:www\\.)?tiktok\\.com/shop/(?:im|chat)`)],
    listing: [new RegExp(`^(?:www\\.|shop\\.)?tiktok\\.com/(?:shop/pdp|view/product)/`)],
  },
  sellerUrls: [new RegExp(`^seller(?:-[a-z]{2})?\\.${H}/`)],
  testUrls: {
    'order-list': [
      'https://www.tiktok.com/shop/order_list',
      'https://www.tiktok.com/shop/order-list',
      'https://seller-us.tiktok.com/order?tab=all',
    ],
    'order-detail': [
      'https://www.tiktok.com/shop/order_detail?main_order_id=577123456789012345&source=order_list',
      'https://www.tiktok.com/shop/order-detail?order_id=576123456789012345',
      'https://seller-us.tiktok.com/order/detail?order_no=576123456789012345',
    ],
    tracking: ['https://www.tiktok.com/shop/logistics?order_id=576123456789012345'],
    return: ['https://seller-us.tiktok.com/order/return?id=1'],
    chat: ['https://seller.tiktokglobalshop.com/chat/inbox'],
    listing: ['https://www.tiktok.com/shop/pdp/1729384756'],
  },
  list: {
    card: ['div.flex.flex-col.gap-12.background-color-UIPageFlat1.p-16.rounded-6.cursor-pointer'],
    placedAt: { sel: ['.P3-Regular.text-color-UIText2'] },
    status: { sel: ['.H4-Bold.text-color-UIText1'] },
    seller: { sel: ['.H4-Semibold.text-color-UIText1'] },
    item: { row: ['div.relative.flex-shrink-0.w-80.h-80'], title: { sel: ['img[alt]'], attr: 'alt' } },
    // The list prints no order number and no price: nothing is expected of them here.
    required: [],
  },
  detail: {
    detail: ['[data-e2e="order-detail"]', 'body'],
    ...EN,
    orderId: { ...EN.orderId, re: /(\d{15,20})/ },
    status: withSel(EN.status, ['.H3-Bold.text-color-UIText1']),
    seller: withSel(EN.seller, ['.H4-Bold.text-color-UIText1']),
    item: {
      row: ['[data-e2e="order-item"]', 'div.flex.gap-16:has(img.w-90.h-90)'],
      title: { sel: ['.product-title', '.P1-Regular.text-color-UIText1'] },
      quantity: { sel: ['.product-qty', '.H4-Semibold.text-color-UIText2'], re: /(\d+)/ },
      unitPrice: { sel: ['.product-price', '.flex.justify-between.items-center .H4-Semibold.text-color-UIText1'] },
      itemId: { sel: ['.product-sku'], re: /(\d{6,})/ },
    },
    address: ['[data-e2e="shipping-address"]'],
    required: ['orderId', 'placedAt', 'amounts.total', 'items'],
  },
});
