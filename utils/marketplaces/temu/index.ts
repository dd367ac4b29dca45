import { configured, EN, withSel } from '../configured';
import { hostRe } from '../define';
import { siteDollar } from '../site-dollar';
import { temuState } from './state';

/**
 * Temu buyer order pages and the seller centre. Not checked against a real page: every field
 * (fixture is ours: tests/fixtures/marketplaces/temu); reading is by English label.
 */
const HOSTS = ['temu.com'];
const H = hostRe(HOSTS);
/** Country and language prefixes of the path: temu.com/ca/…, temu.com/de-en/…, temu.com/mx-en/…. */
const L = '(?:[a-z]{2}(?:-[a-z]{2})?/)?';

export const temu = configured({
  id: 'temu',
  name: { en: 'Temu', zh: '拼多多跨境 Temu' },
  hosts: HOSTS,
  // Country sites are path prefixes (temu.com/ca/, /au/, /mx-en/ …).
  currency: (url) => siteDollar((url.pathname.split('/')[1] ?? '').split('-')[0] ?? ''),
  urls: {
    'order-list': [new RegExp(`^${H}/${L}bgt_orders\\.html`)],
    'order-detail': [new RegExp(`^${H}/${L}bgt_order_detail\\.html`)],
    tracking: [new RegExp(`^${H}/${L}bgt_order_tracking`), new RegExp(`^${H}/${L}[a-z_]*logistics`)],
    return: [new RegExp(`^${H}/${L}bgt_(?:return|refund|after_sales)`)],
    chat: [new RegExp(`^${H}/${L}bgp_chat`), new RegExp(`^${H}/chat`)],
    listing: [new RegExp(`^${H}/(?:[a-z]{2}/)?[^?]*-g-\\d+\\.html`), new RegExp(`^${H}/goods\\.html`)],
  },
  sellerUrls: [new RegExp(`^(?:seller|agentseller)(?:-[a-z]+)?\\.${H}/`)],
  testUrls: {
    'order-list': ['https://www.temu.com/bgt_orders.html', 'https://agentseller.temu.com/bgt_orders.html'],
    'order-detail': [
      'https://www.temu.com/bgt_order_detail.html?parent_order_sn=PO-211-12345678901234567',
      'https://www.temu.com/ca/bgt_order_detail.html?parent_order_sn=PO-211-12345678901234567',
    ],
    tracking: ['https://www.temu.com/bgt_order_tracking.html?parent_order_sn=PO-211-1'],
    return: ['https://www.temu.com/bgt_return_refund.html?parent_order_sn=PO-211-1'],
    chat: ['https://www.temu.com/bgp_chat.html'],
    listing: ['https://www.temu.com/kitchen-towel-g-601099512345678.html'],
  },
  state: temuState,
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
