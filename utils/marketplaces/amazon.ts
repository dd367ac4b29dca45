import type { Money, Order, OrderItem } from '../schemas/order';
import type { PageKind } from '../schemas/page';
import { parseDate } from '../extract/dates';
import { afterLabel, cleanText, firstEl, firstText, hrefParam, labelled, outermost, textLines } from '../extract/dom';
import { changedMessage, compact, OrderDraft } from '../extract/draft';
import { parseMoney } from '../extract/money';
import { hostRe, kindFromUrl, matchesFor, roleFromUrl } from './define';
import type { ExtractOptions, ExtractResult, ListingSelectors, MarketplaceAdapter, PageDetection } from './types';

/**
 * Amazon, every country site, buyer pages and Seller Central.
 * Checked against real saved pages: amazon.com 2016–2025 layouts (order history, order details,
 * printable invoice, the 2024 `data-component` details) and amazon.co.uk 2019 (physical and digital).
 * Not checked against a real page: the other country sites' label wording (taken from the sites'
 * public help pages; fields whose label is not recognised stay absent) and all of Seller Central,
 * where only the order id from the URL is read.
 */

/** Country sites and the currency a bare "$"/"¥" means there. */
const SITES: Record<string, string> = {
  'amazon.com': 'USD', 'amazon.ca': 'CAD', 'amazon.com.mx': 'MXN', 'amazon.co.uk': 'GBP', 'amazon.de': 'EUR',
  'amazon.fr': 'EUR', 'amazon.it': 'EUR', 'amazon.es': 'EUR', 'amazon.nl': 'EUR', 'amazon.se': 'SEK',
  'amazon.pl': 'PLN', 'amazon.com.be': 'EUR', 'amazon.co.jp': 'JPY', 'amazon.in': 'INR', 'amazon.com.au': 'AUD',
  'amazon.sg': 'SGD', 'amazon.ae': 'AED', 'amazon.sa': 'SAR', 'amazon.com.tr': 'TRY', 'amazon.com.br': 'BRL',
  'amazon.eg': 'EGP',
};
const HOSTS = Object.keys(SITES);
const H = hostRe(HOSTS);
const ORDER_ID = /\b(\d{3}-\d{7}-\d{7}|D\d{2}-\d{7}-\d{7})\b/;

const SELECTORS = {
  orderCard: [
    '.order-card', // 2020– order history: one card per order
    '#ordersContainer .order', // 2019 order history, no card wrapper
  ],
  detailRoot: [
    '#orderDetails', // order details, all layouts 2016–2025
    '#digitalOrderSummaryContainer', // digital (D01-) order summary
  ],
  /** Printable invoice (gp/css/summary/print.html): a bold title "Final Details for Order #…". */
  invoiceTitle: ['b.h1', 'center b', 'h1'],
  orderIdLink: [
    'a[href*="orderID="]', // "View order details" / "Invoice" links on every layout
    'a[href*="orderId="]', // 2024 item connections
  ],
  itemBox: [
    '.a-fixed-left-grid', // image column + details column, every card/details layout 2016–2025
  ],
  itemTitle: [
    '[data-component="itemTitle"] a', // 2024 details
    '.yohtmlc-product-title', // 2024 order history
    'a.a-link-normal[href*="/gp/product/"]', // 2016–2023
    'a.a-link-normal[href*="/dp/"]', // 2023– links
  ],
  itemQty: [
    '.od-item-view-qty', // 2024 details: number over the image
    '.product-image__qty', // 2024 order history
    '.item-view-qty', // 2016–2023
  ],
  itemPrice: [
    '[data-component="unitPrice"] .a-offscreen', // 2024 details
    '.a-color-price', // 2016–2023
  ],
  /** One per shipment: its status line. The shipment box is the nearest `.a-box` around it. */
  shipmentStatus: [
    '.od-status-message', // 2024 details
    '.delivery-box__primary-text', // 2024 order history
    '.shipment-top-row .a-text-bold', // 2019–2023 details and history
    '.js-shipment-info-container .a-size-medium', // 2019 history
  ],
  payment: [
    '.pmts-payments-instrument-list li', // 2020– payments widget: brand logo + "ending in 1234"
    '[data-component="paymentMethod"]', // 2024 wrapper of the same widget
  ],
  address: [
    '.displayAddressDiv', // shipping address block on details and invoices
    '[data-component="shippingAddress"]', // 2024 details
  ],
  recipientOnList: [
    '.recipient .trigger-text', // 2019 history: "Dispatch to <name>"
    '.yohtmlc-recipient .trigger-text', // 2024 history
  ],
  /** 2020– history: an empty node the page's script fills from a template `script#shipToData-<key>`. */
  shipToNode: ['[id^="shipToInsertionNode-"]'],
} as const;

/**
 * Product pages (/dp/<ASIN>). Element ids as Amazon's product pages have long used them (public page
 * markup); not yet checked against a real saved product page, so each fact falls back to the page's
 * own metadata when its selector finds nothing.
 */
const LISTING: ListingSelectors = {
  title: ['#productTitle', '#title'],
  price: [
    '#corePrice_feature_div .priceToPay .a-offscreen', // 2023– buy box: the price to pay, not the struck list price
    '#corePriceDisplay_desktop_feature_div .priceToPay .a-offscreen',
    '#corePrice_desktop .apexPriceToPay .a-offscreen',
    '#priceblock_dealprice', // 2016–2022
    '#priceblock_ourprice',
    '#price_inside_buybox',
  ],
  seller: [
    '#sellerProfileTriggerId', // third-party seller link in the buy box
    '#merchantInfoFeature_feature_div .offer-display-feature-text-message', // 2023– "Sold by" row
    '#tabular-buybox .tabular-buybox-text[tabular-attribute-name="Sold by"]', // 2021–2023 table
  ],
  // One selector list, so every chosen dimension (colour, size, style) is read, in page order.
  variant: ['#variation_color_name .selection, #variation_size_name .selection, #variation_style_name .selection', '#inline-twister-expanded-dimension-text-color_name'],
  delivery: ['#mir-layout-DELIVERY_BLOCK-slot-PRIMARY_DELIVERY_MESSAGE_LARGE', '#deliveryBlockMessage', '#ddmDeliveryMessage', '#delivery-message'],
  returnPolicy: ['#productSupportAndReturnPolicy-return-policy-popover-celWidget', '#returnsInfoFeature_feature_div .offer-display-feature-text', '#returnPolicyFeature_feature_div'],
  description: ['#feature-bullets', '#productDescription'],
  itemId: ['input#ASIN@value', '#ASIN@value'],
};

/** Labels per field, English first, then the other country sites. */
const LABELS = {
  placedAt: /(?:Ordered on|Order placed|Order Placed|Digital Order|Purchased|Bestellt am|Bestellung aufgegeben|Commandé le|Commande effectuée|Pedido realizado|Ordine effettuato|Bestelling geplaatst|Beställning gjord|注文日)/i,
  orderId: /(?:Order\s*#|Order number|order number|Bestellnr\.?|Bestellnummer|N° de commande|Número de pedido|N\. ordine|Numero ordine|Bestelnummer|注文番号)/i,
  total: [/Grand Total|Gesamtsumme|Montant total|Importe total|Totale complessivo|Totaal|ご請求額/, /Order Total|Summe der Bestellung/, /Total for this order/, /Total|Gesamtbetrag|Totale|合計/],
  subtotal: /Item\(s\) Subtotal|Zwischensumme|Sous-total|Subtotal de (?:los )?productos|Subtotale articoli|Subtotaal|商品の小計/,
  shipping: /Shipping & Handling|Postage & Packing|Verpackung (?:&|und) Versand|Frais d'expédition|Frais de livraison|Envío|Costi di spedizione|Verzendkosten|配送料・手数料/,
  tax: /Estimated tax to be collected|Estimated GST|Tax|VAT|USt\.?|Geschätzte USt\.?|TVA|IVA|BTW|消費税/,
  refund: /Refund Total|Erstattungsbetrag|Montant remboursé|Total reembolsado|Totale rimborso|返金額/,
  discount: /Promotion Applied|Subscribe & Save|Free Shipping|Your Coupon Savings|Coupon|Discount|Rabatt|Gutschein|Réduction|Descuento|Sconto|割引/,
  returnBy: /(?:Return window closed on|Eligible through|Eligible for return until|Return eligible through|Rücksendung bis|Retour possible jusqu'au|Devolución hasta el|Restituibile fino al|返品期間[:：]?)\s*(.+)/i,
  soldBy: /Sold by|Verkauf durch|Vendu par|Vendido por|Venduto da|Verkocht door|販売/,
};

const MONEY_START = (v: string) => /^[-−]?\s*(?:[A-Z]{2,3}\s?|[^\s\d]{1,3})?\s*\d/.test(v);

function siteOf(url: URL): { site: string; currency: string } {
  const host = url.hostname.toLowerCase();
  const site = HOSTS.find((h) => host === h || host.endsWith(`.${h}`)) ?? 'amazon.com';
  return { site: host, currency: SITES[site] ?? 'USD' };
}

function pageKind(url: URL, doc: Document): PageKind {
  const byUrl = kindFromUrl(url, amazon.urls);
  // The page wins over its URL: saved files and redirects put order lists behind detail URLs.
  if (firstEl(doc, SELECTORS.orderCard)) return 'order-list';
  if (firstEl(doc, SELECTORS.detailRoot)) return 'order-detail';
  const title = cleanText(firstEl(doc, SELECTORS.invoiceTitle)?.el.textContent);
  if (title && /(?:Final )?Details for Order\s*#/i.test(title)) return 'invoice';
  return byUrl;
}

function detect(url: URL, doc: Document): PageDetection {
  return { kind: pageKind(url, doc), role: roleFromUrl(url, amazon.sellerUrls) };
}

/** "American Express ending in 1234" from a logo's alt text and the masked number, as printed. */
function paymentOf(root: Element, lines: string[]): { value: string; source: string } | undefined {
  const found = firstEl(root, SELECTORS.payment);
  if (found) {
    const brand = cleanText(found.el.querySelector('img[alt]')?.getAttribute('alt'));
    const digits = /(?:ending in|endet mit|se terminant par|terminada en|che termina con|末尾)\s*(\d{2,4})/i.exec(found.el.textContent ?? '')?.[1];
    if (brand && digits) return { value: `${brand} ending in ${digits}`, source: `${found.sel} img[alt] + "ending in"` };
  }
  // 2016–2019 details: "Payment Method" heading, logo, "**** 1416".
  const heading = [...root.querySelectorAll('h5')].find((h) => /Payment Method|Zahlungsart|Mode de paiement/i.test(h.textContent ?? ''));
  const box = heading?.parentElement;
  if (box) {
    const brand = cleanText(box.querySelector('img[alt]')?.getAttribute('alt'));
    const digits = /\*{2,}\s*(\d{2,4})/.exec(box.textContent ?? '')?.[1];
    if (brand && digits) return { value: `${brand} ending in ${digits}`, source: 'h5 "Payment Method" + img[alt] + "****"' };
  }
  // Invoices: "Payment Method: American Express | Last digits: 1416".
  const inv = afterLabel(lines, /Payment Method/i, /([^|:]+?\s*\|\s*Last digits:\s*\d{2,4})/);
  const m = inv && /^\s*([^|]+?)\s*\|\s*Last digits:\s*(\d{2,4})/.exec(inv.value);
  if (m) return { value: `${m[1]} ending in ${m[2]}`, source: 'label "Payment Method: … | Last digits"' };
  return undefined;
}

/** "Sold by: X" on one line or "Sold by:" above a seller link; "(seller profile)" is a link, not the name. */
function sellerOf(lines: string[]): string | undefined {
  const l = labelled(lines, LABELS.soldBy);
  return cleanText(l?.value.replace(/\(seller profile\)/i, ''));
}

function readItems(root: Element, d: OrderDraft, currency: string): void {
  const seen = new Set<string>();
  for (const box of outermost(root, SELECTORS.itemBox)) {
    const t = firstText(box, SELECTORS.itemTitle);
    const title = t?.text;
    if (!t || !title) continue;
    const href = (t.el.closest('a') ?? t.el.querySelector('a'))?.getAttribute('href') ?? '';
    const asin = /\/(?:dp|gp\/product)\/([A-Z0-9]{10})/.exec(href)?.[1];
    const key = `${asin ?? ''}|${title}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const lines = textLines(box);
    const qtyEl = firstEl(box, SELECTORS.itemQty);
    const qty = qtyEl ? Number(cleanText(qtyEl.el.textContent)) : NaN;
    const priceEl = firstEl(box, SELECTORS.itemPrice);
    const unitPrice = parseMoney(priceEl?.el.textContent, currency);
    const sold = sellerOf(lines);
    const ret = lines.map((l) => LABELS.returnBy.exec(l)?.[1]).find(Boolean);
    const placedAt = d.current.placedAt;
    const returnBy = parseDate(ret, placedAt ? { notBefore: placedAt } : {});
    const item: OrderItem = compact({
      title,
      quantity: Number.isInteger(qty) && qty > 0 ? qty : undefined,
      unitPrice,
      itemId: asin,
      seller: cleanText(sold),
      url: href || undefined,
      returnBy,
    });
    d.item(item, {
      title: t.sel,
      quantity: qtyEl?.sel,
      unitPrice: priceEl?.sel,
      itemId: `${t.sel}[href] /dp|gp/product/`,
      seller: 'label "Sold by"',
      url: `${t.sel}[href]`,
      returnBy: 'label "Return window / Eligible through"',
    });
  }
}

/** Invoices and digital summaries are plain tables: "1 of: <i>Title</i> … Sold by: X | $11.30". */
function readTableItems(root: Element, d: OrderDraft, currency: string): void {
  for (const row of root.querySelectorAll('tr')) {
    const cells = [...row.children].filter((c) => c.tagName === 'TD');
    if (cells.length < 2 || cells.some((c) => c.querySelector('table'))) continue;
    const first = cells[0]!;
    const text = textLines(first);
    const ofMatch = /^(\d+) of:/.exec(text[0] ?? '');
    const link = first.querySelector('a[href*="/dp/"], a[href*="/gp/product/"]');
    const titleEl = ofMatch ? first.querySelector('i') : link;
    const title = cleanText(titleEl?.textContent);
    if (!title) continue;
    const qtyLine = text.map((l) => /^Qty:\s*(\d+)/i.exec(l)?.[1]).find(Boolean);
    const qty = Number(ofMatch?.[1] ?? qtyLine);
    const unitPrice = parseMoney(cleanText(cells[cells.length - 1]!.textContent), currency);
    const sold = sellerOf(text);
    const asin = /\/(?:dp|gp\/product)\/([A-Z0-9]{10})/.exec(link?.getAttribute('href') ?? '')?.[1];
    d.item(compact({ title, quantity: qty > 0 ? qty : undefined, unitPrice, seller: cleanText(sold), itemId: asin }), {
      title: ofMatch ? 'invoice row "N of:" i' : 'invoice row a[href*=/dp/]',
      quantity: ofMatch ? 'invoice row "N of:"' : 'invoice row "Qty:"',
      unitPrice: 'invoice row last cell',
      seller: 'label "Sold by"',
      itemId: 'invoice row a[href] /dp/',
    });
  }
}

function readShipments(root: Element, d: OrderDraft): void {
  const boxes = new Map<Element, { status: string; sel: string }>();
  for (const sel of SELECTORS.shipmentStatus) {
    for (const el of root.querySelectorAll(sel)) {
      const box = el.closest('.a-box') ?? el.parentElement;
      const status = cleanText(el.textContent);
      // E-gift cards are e-mailed: their "Sent" box records a message, not a parcel.
      if (!status || /^(?:Sent|Gesendet|Envoyé|Enviado|Inviato|送信済み)$/i.test(status)) continue;
      if (box && !boxes.has(box)) boxes.set(box, { status, sel });
    }
  }
  const placedAt = d.current.placedAt;
  for (const [box, { status, sel }] of boxes) {
    const delivered = /^(?:Delivered|Zugestellt|Livré|Entregado|Consegnato|Bezorgd|Levererad|配達済み)/i.test(status)
      ? parseDate(status, placedAt ? { notBefore: placedAt } : {})
      : undefined;
    const eta = /^(?:Arriving|Expected|Lieferung|Livraison prévue|Llega|Arrivo)/i.test(status)
      ? parseDate(status, placedAt ? { notBefore: placedAt } : {})
      : undefined;
    const titles = outermost(box, SELECTORS.itemBox)
      .map((b) => firstText(b, SELECTORS.itemTitle)?.text)
      .filter((t): t is string => Boolean(t));
    d.shipment(compact({ status, deliveredAt: delivered, estimatedDelivery: eta, itemTitles: titles.length ? [...new Set(titles)] : undefined }), {
      status: sel,
      deliveredAt: `${sel} (year from placedAt when not printed)`,
      estimatedDelivery: sel,
      itemTitles: `${sel} → .a-box ${SELECTORS.itemBox[0]}`,
    });
  }
}

function readAmounts(lines: string[], d: OrderDraft, currency: string): void {
  const money = (label: RegExp): { m: Money; line: string } | undefined => {
    const l = labelled(lines, label, MONEY_START);
    const m = parseMoney(l?.value, currency);
    return l && m ? { m, line: l.line } : undefined;
  };
  for (const label of LABELS.total) {
    const r = money(label);
    if (r) {
      d.money('total', r.m, `label "${r.line}"`);
      break;
    }
  }
  for (const field of ['subtotal', 'shipping', 'tax', 'refund'] as const) {
    const r = money(LABELS[field]);
    d.money(field, r?.m, `label "${r?.line ?? ''}"`);
  }
  // Several discount rows (promotion, Subscribe & Save, free shipping) add up to one discount.
  const re = new RegExp(`^(?:${LABELS.discount.source})\\s*[:：]?\\s*(.*)$`, 'i');
  let sum: Money | undefined;
  const used: string[] = [];
  lines.forEach((line, i) => {
    const m = re.exec(line);
    if (!m) return;
    const v = parseMoney(m[1] || lines[i + 1], currency);
    if (!v || v.amount >= 0 || (sum && sum.currency !== v.currency)) return;
    sum = { amount: Math.round(((sum?.amount ?? 0) + Math.abs(v.amount)) * 100) / 100, currency: v.currency };
    used.push(line);
  });
  d.money('discount', sum, `labels ${used.map((u) => `"${u}"`).join(' + ')}`);
}

/** The recipient as the page's script would insert it (the template is part of the saved page). */
function shipTo(root: Element): { name?: string; address?: string; source: string } | undefined {
  const node = firstEl(root, SELECTORS.shipToNode)?.el;
  const key = node?.id.replace('shipToInsertionNode-', '');
  const tpl = key ? root.ownerDocument.getElementById(`shipToData-${key}`) : null;
  if (!tpl?.textContent) return undefined;
  // Parsed inert: a <template> neither runs scripts nor loads images.
  const frag = root.ownerDocument.createElement('template');
  frag.innerHTML = tpl.textContent;
  const name = cleanText(frag.content.querySelector('.insert-encrypted-trigger-text, .a-popover-trigger')?.textContent);
  const rows = [...frag.content.querySelectorAll('.a-popover-preload .a-row')].map((r) => textLines(r).join(', ')).filter(Boolean);
  const address = rows.length > 1 ? rows.slice(1).join(', ') : undefined;
  if (!name) return undefined;
  return { name, ...(address ? { address } : {}), source: `script#shipToData-* (template of ${SELECTORS.shipToNode[0]})` };
}

function readOrder(root: Element, kind: PageKind, site: string, currency: string, options: ExtractOptions): Order {
  const d = new OrderDraft('amazon', site);
  const lines = textLines(root);
  const idLabel = afterLabel(lines, LABELS.orderId, ORDER_ID);
  const idLink = firstEl(root, SELECTORS.orderIdLink);
  const idFromLink = hrefParam(idLink?.el, ['orderID', 'orderId']);
  if (idLabel) d.text('orderId', idLabel.value, `label "${idLabel.line.slice(0, 60)}"`);
  else if (idFromLink && ORDER_ID.test(idFromLink)) d.text('orderId', idFromLink, `${idLink?.sel}[href] orderID`);
  const placed = afterLabel(lines, LABELS.placedAt, /(\S.*\d.*)/);
  d.date('placedAt', parseDate(placed?.value), `label "${placed?.line.slice(0, 60) ?? ''}"`);
  readAmounts(lines, d, currency);
  const pay = paymentOf(root, lines);
  d.text('paymentMethod', pay?.value, pay?.source ?? '');
  const before = d.current.items.length;
  readItems(root, d, currency);
  if (d.current.items.length === before) readTableItems(root, d, currency);
  readShipments(root, d);
  const returns = d.current.items.map((i) => i.returnBy).filter((r): r is string => Boolean(r)).sort();
  d.date('returnBy', returns[0], 'earliest items.*.returnBy');
  const sellers = [...new Set(d.current.items.map((i) => i.seller).filter(Boolean))];
  if (sellers.length === 1) d.text('seller', sellers[0], 'items.*.seller (one seller)');

  const addr = firstEl(root, SELECTORS.address);
  const listRecipient = firstEl(root, SELECTORS.recipientOnList);
  const digitalRecipient = afterLabel(lines, /^Recipient:?/i, /(\w.*)/);
  if (addr) {
    d.addressShown(true, addr.sel);
    d.text('recipient', cleanText(addr.el.querySelector('.displayAddressFullName')?.textContent), `${addr.sel} .displayAddressFullName`);
    d.text('address', [...addr.el.querySelectorAll('li')].slice(1).map((li) => cleanText(li.textContent)).filter(Boolean).join(', ') || undefined, `${addr.sel} li`);
  } else if (shipTo(root)) {
    const t = shipTo(root)!;
    d.addressShown(true, t.source);
    d.text('recipient', t.name, t.source);
    d.text('address', t.address, t.source);
  } else if (listRecipient) {
    d.addressShown(true, listRecipient.sel);
    d.text('recipient', cleanText(listRecipient.el.textContent), listRecipient.sel);
  } else if (digitalRecipient) {
    d.text('recipient', digitalRecipient.value, 'label "Recipient:"');
  }

  d.expect('orderId');
  // List cards legitimately lack parts (2019 amazon.com cards without a header row, Whole Foods store
  // purchases without item titles); only details and invoices must always show these.
  if (kind !== 'order-list') d.expect('placedAt', 'amounts.total', 'items');
  return d.build(options);
}

function extract(url: URL, doc: Document, options: ExtractOptions = {}): ExtractResult {
  const kind = pageKind(url, doc);
  const { site, currency } = siteOf(url);
  if (roleFromUrl(url, amazon.sellerUrls) === 'seller') {
    // Seller Central: no real page checked; only the order id its URL carries.
    const id = ORDER_ID.exec(url.pathname)?.[1];
    if (!id || (kind !== 'order-detail' && kind !== 'return')) return { kind, orders: [] };
    const d = new OrderDraft('amazon', site).text('orderId', id, 'URL path');
    return { kind, orders: [d.build(options)] };
  }
  if (kind === 'order-list') {
    const cards = outermost(doc, SELECTORS.orderCard);
    const orders = cards.map((c) => readOrder(c, kind, site, currency, options));
    const changed = cards.length ? changedMessage('amazon', orders) : changedMessage('amazon', [], 'no order cards (.order-card, #ordersContainer .order)');
    return { kind, orders, ...(changed ? { changed } : {}) };
  }
  if (kind === 'order-detail' || kind === 'invoice') {
    const root = firstEl(doc, SELECTORS.detailRoot)?.el ?? doc.body;
    if (!root) return { kind, orders: [], changed: changedMessage('amazon', [], 'empty page') };
    const orders = [readOrder(root, kind, site, currency, options)];
    const changed = changedMessage('amazon', orders);
    return { kind, orders, ...(changed ? { changed } : {}) };
  }
  return { kind, orders: [] };
}

export const amazon: MarketplaceAdapter = {
  id: 'amazon',
  name: { en: 'Amazon', zh: '亚马逊' },
  hosts: HOSTS,
  matches: matchesFor(HOSTS),
  urls: {
    'order-list': [
      new RegExp(`^${H}/gp/(?:your-account|css)/order-history`),
      new RegExp(`^${H}/your-orders/orders`),
      new RegExp(`^sellercentral(?:-europe|-japan)?\\.${H}/orders-v3/?(?:\\?|$|#)`),
    ],
    'order-detail': [
      new RegExp(`^${H}/gp/(?:your-account|css)/order-details`),
      new RegExp(`^${H}/your-orders/order-details`),
      new RegExp(`^${H}/gp/digital/your-account/order-summary\\.html(?!.*print=1)`),
      new RegExp(`^sellercentral(?:-europe|-japan)?\\.${H}/orders-v3/order/`),
    ],
    invoice: [
      new RegExp(`^${H}/gp/css/summary/print\\.html`),
      new RegExp(`^${H}/gp/digital/your-account/order-summary\\.html.*print=1`),
      new RegExp(`^${H}/gp/invoice/download`),
    ],
    tracking: [new RegExp(`^${H}/(?:progress-tracker/package|gp/your-account/ship-track)`)],
    return: [
      new RegExp(`^${H}/(?:spr/returns|gp/orc/returns|returns/)`),
      new RegExp(`^sellercentral(?:-europe|-japan)?\\.${H}/(?:gp/returns/list|returns/)`),
    ],
    chat: [
      new RegExp(`^sellercentral(?:-europe|-japan)?\\.${H}/messaging/`),
      new RegExp(`^${H}/gp/message`),
    ],
    listing: [new RegExp(`^(?!sellercentral)${H}/(?:[^/?]+/)?(?:dp|gp/product|gp/aw/d)/[A-Z0-9]{10}`, 'i')],
  },
  sellerUrls: [new RegExp(`^sellercentral(?:-europe|-japan)?\\.${H}/`)],
  testUrls: {
    'order-list': [
      'https://www.amazon.com/gp/your-account/order-history?orderFilter=year-2019',
      'https://www.amazon.com/your-orders/orders?timeFilter=year-2024',
      'https://www.amazon.co.uk/gp/css/order-history?ref_=nav_orders_first',
      'https://www.amazon.de/gp/your-account/order-history',
      'https://www.amazon.co.jp/gp/css/order-history',
      'https://sellercentral.amazon.com/orders-v3?page=1',
    ],
    'order-detail': [
      'https://www.amazon.com/gp/your-account/order-details?orderID=112-9685975-5907428',
      'https://www.amazon.fr/gp/your-account/order-details/ref=ppx_yo_dt_b_order_details_o00?ie=UTF8&orderID=404-1234567-1234567',
      'https://www.amazon.com.mx/gp/css/order-details?orderID=701-1234567-1234567',
      'https://www.amazon.co.uk/gp/digital/your-account/order-summary.html?orderID=D01-8755888-0539825',
      'https://sellercentral.amazon.com/orders-v3/order/112-1234567-1234567',
      'https://sellercentral-europe.amazon.com/orders-v3/order/028-1234567-1234567',
    ],
    invoice: [
      'https://www.amazon.com/gp/css/summary/print.html/ref=ppx_od_dt_b_invoice?ie=UTF8&orderID=002-9651082-1715432',
      'https://www.amazon.co.uk/gp/digital/your-account/order-summary.html?ie=UTF8&orderID=D01-8755888-0539825&print=1',
    ],
    tracking: [
      'https://www.amazon.com/progress-tracker/package/ref=ppx_od_dt_b_track_package?orderId=112-9685975-5907428',
      'https://www.amazon.com.br/gp/your-account/ship-track?orderId=701-1234567-1234567',
    ],
    return: [
      'https://www.amazon.com/spr/returns/cart?orderId=112-9685975-5907428',
      'https://sellercentral.amazon.co.uk/gp/returns/list',
    ],
    chat: ['https://sellercentral.amazon.com/messaging/inbox', 'https://www.amazon.in/gp/message?ie=UTF8'],
    listing: [
      'https://www.amazon.com/dp/B0BPH5G7MY',
      'https://www.amazon.sg/Some-Product/dp/B07N6KTC5V/ref=x',
      'https://www.amazon.com.au/gp/product/B01NAWKYZ0',
      'https://www.amazon.eg/dp/B0CLJ9KGRV',
      'https://www.amazon.co.jp/gp/aw/d/B08N5WRWNW',
    ],
  },
  listing: {
    selectors: LISTING,
    itemIdFromUrl: /\/(?:dp|gp\/product|gp\/aw\/d)\/([A-Z0-9]{10})(?:[/?#]|$)/i,
    currency: (url) => siteOf(url).currency,
  },
  detect,
  extract,
};
