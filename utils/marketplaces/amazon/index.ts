import type { Money, Order, OrderItem } from '../../schemas/order';
import type { PageKind } from '../../schemas/page';
import { parseDate } from '../../extract/dates';
import {
  afterLabel,
  cleanText,
  firstEl,
  firstText,
  hrefParam,
  inertDocument,
  labelled,
  outermost,
  textLines,
} from '../../extract/dom';
import { changedMessage, compact, OrderDraft } from '../../extract/draft';
import { parseMoney } from '../../extract/money';
import { carrierFor, labelledShipment } from '../../extract/tracking';
import { hostRe, kindFromUrl, matchesFor, roleFromUrl } from '../define';
import type { ExtractOptions, ExtractResult, MarketplaceAdapter, PageDetection } from '../types';
import { amazonChat, ORDER_NUMBER } from './chat';
import { LABELS, LISTING, SELECTORS } from './selectors';
import { readPurchaseTiles } from './tiles';

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
  'amazon.com': 'USD',
  'amazon.ca': 'CAD',
  'amazon.com.mx': 'MXN',
  'amazon.co.uk': 'GBP',
  'amazon.de': 'EUR',
  'amazon.fr': 'EUR',
  'amazon.it': 'EUR',
  'amazon.es': 'EUR',
  'amazon.nl': 'EUR',
  'amazon.se': 'SEK',
  'amazon.pl': 'PLN',
  'amazon.com.be': 'EUR',
  'amazon.co.jp': 'JPY',
  'amazon.in': 'INR',
  'amazon.com.au': 'AUD',
  'amazon.sg': 'SGD',
  'amazon.ae': 'AED',
  'amazon.sa': 'SAR',
  'amazon.com.tr': 'TRY',
  'amazon.com.br': 'BRL',
  'amazon.eg': 'EGP',
  // Amazon's Irish store (2025–), in euros; public code links its product and cart pages under amazon.ie/gp/.
  'amazon.ie': 'EUR',
};
const HOSTS = Object.keys(SITES);
const H = hostRe(HOSTS);

/** Link text that sits inside a seller's link on some layouts ("Skydue | Product question? Ask Seller"). */
function cleanSeller(raw: string | undefined): string | undefined {
  const name = raw
    ?.replace(
      /\((?:seller profile|Verkäuferprofil|profil du vendeur|perfil del vendedor|profilo del venditore)\)/gi,
      '',
    )
    .split(/\s+\|\s+/)[0]
    ?.replace(
      /\s*(?:Preise inkl\.? (?:MwSt|USt)\.?|Prix TTC|Precios con IVA incluido|Prezzi IVA inclusa|Prices include VAT)\.?\s*$/i,
      '',
    );
  return cleanText(name);
}

/**
 * The whole value is an amount: sign, currency, number, currency, nothing else. A tax registration
 * number printed beside a tax label ("QST - 1201187016 TQ0001") is not one.
 */
const MONEY_VALUE = (v: string) =>
  /^[-−–]?\s*(?:[A-Z]{1,3}\$|[A-Z]{2,3}\s?|[^\s\d\w]{1,3}|R\$|Rs\.?|Rp|RM|zł|kr|TL)?\s*[-−–]?\s*\d{1,3}(?:[.,\s\u00a0\u202f']?\d{3})*(?:[.,]\d{1,2})?\s*(?:[A-Z]{3}|[^\s\d\w]{1,3}|zł|kr|TL|円|元)?$/u.test(
    v.trim(),
  );

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
  // 2025– payments widget: each instrument prints its name, a mask and its last digits. An order paid
  // with a gift card and a card lists both, in the page's order.
  const instruments = [...root.querySelectorAll('[data-testid="payment-instrument"]')]
    .map((el) => {
      const name = cleanText(el.querySelector('[data-testid="payment-instrument-name"]')?.textContent);
      const digits = /^\d{2,4}$/.exec(
        cleanText(el.querySelector('[data-testid="payment-instrument-number"]')?.textContent) ?? '',
      )?.[0];
      return name ? (digits ? `${name} ending in ${digits}` : name) : undefined;
    })
    .filter((v): v is string => Boolean(v));
  if (instruments.length)
    return { value: [...new Set(instruments)].join('; '), source: '[data-testid="payment-instrument"] name + number' };
  const found = firstEl(root, SELECTORS.payment);
  if (found) {
    const brand = cleanText(found.el.querySelector('img[alt]')?.getAttribute('alt'));
    const digits = new RegExp(`(?:${LABELS.endingIn.source})\\s*(\\d{2,4})`, 'i').exec(found.el.textContent ?? '')?.[1];
    if (brand && digits)
      return { value: `${brand} ending in ${digits}`, source: `${found.sel} img[alt] + "ending in"` };
  }
  // 2016–2019 details: "Payment Method" heading, logo, "**** 1416".
  const heading = [...root.querySelectorAll('h5')].find((h) =>
    new RegExp(LABELS.payment.source, 'i').test(h.textContent ?? ''),
  );
  const box = heading?.parentElement;
  if (box) {
    const brand = cleanText(box.querySelector('img[alt]')?.getAttribute('alt'));
    const digits = /(?:\*{2,}|•{2,})\s*(\d{2,4})/.exec(box.textContent ?? '')?.[1];
    if (brand && digits)
      return { value: `${brand} ending in ${digits}`, source: 'h5 "Payment Method" + img[alt] + "****"' };
  }
  // Invoices: "Payment Method: American Express | Last digits: 1416" / "Zahlungsart: Visa | Die letzten Ziffern: 1234".
  const inv = afterLabel(
    lines,
    LABELS.payment,
    new RegExp(`([^|:]+?\\s*\\|\\s*(?:${LABELS.lastDigits.source})\\s*[:：]?\\s*\\d{2,4})`, 'i'),
  );
  const m =
    inv &&
    new RegExp(`^\\s*([^|]+?)\\s*\\|\\s*(?:${LABELS.lastDigits.source})\\s*[:：]?\\s*(\\d{2,4})`, 'i').exec(inv.value);
  if (m) return { value: `${m[1]} ending in ${m[2]}`, source: 'label "Payment Method: … | Last digits"' };
  return undefined;
}

/** "Sold by: X" on one line or "Sold by:" above a seller link; "(seller profile)" is a link, not the name. */
function sellerOf(lines: string[]): string | undefined {
  const l = labelled(lines, LABELS.soldBy);
  return cleanSeller(l?.value);
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
    // "1 of:" (en), "1 Exemplar(e) von:" (de), "1 exemplaire(s) de :" (fr), "1 de:" (es): a count, a few words, a colon.
    const ofMatch = /^(\d+)\s*(?:of|[\p{L}().]{1,16}(?:\s[\p{L}().]{1,16})?)\s*[:：]/u.exec(text[0] ?? '');
    const link = first.querySelector('a[href*="/dp/"], a[href*="/gp/product/"]');
    const titleEl = ofMatch ? first.querySelector('i') : link;
    // Digital summaries without product links (memberships, subscriptions): the cell's first line is
    // the title when the cell also prints a seller or quantity line and the row ends in an amount.
    const described = text
      .slice(1)
      .some(
        (l) => labelled([l], LABELS.soldBy) || /^(?:Qty|Quantity|Menge|Qté|Cantidad|Qtà|Aantal|数量)\s*[:：]/i.test(l),
      );
    const plain =
      !titleEl && described && MONEY_VALUE(cleanText(cells[cells.length - 1]!.textContent) ?? '') ? text[0] : undefined;
    const title = cleanText(titleEl?.textContent) ?? plain;
    if (!title) continue;
    const qtyLine = text
      .map(
        (l) =>
          /^(?:Qty|Quantity|Menge|Anzahl|Qté|Quantité|Cant(?:idad)?|Qtà|Quantità|Aantal|Antal|Ilość|Adet|Qtde|Quantidade|数量)\.?\s*[:：]\s*(\d+)/i.exec(
            l,
          )?.[1],
      )
      .find(Boolean);
    const qty = Number(ofMatch?.[1] ?? qtyLine);
    const unitPrice = parseMoney(cleanText(cells[cells.length - 1]!.textContent), currency);
    const sold = sellerOf(text);
    const asin = /\/(?:dp|gp\/product)\/([A-Z0-9]{10})/.exec(link?.getAttribute('href') ?? '')?.[1];
    d.item(compact({ title, quantity: qty > 0 ? qty : undefined, unitPrice, seller: cleanText(sold), itemId: asin }), {
      title: ofMatch
        ? 'invoice row "N of:" i'
        : plain
          ? 'table row first line (with "Sold by"/"Qty")'
          : 'invoice row a[href*=/dp/]',
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
    d.shipment(
      compact({
        status,
        deliveredAt: delivered,
        estimatedDelivery: eta,
        itemTitles: titles.length ? [...new Set(titles)] : undefined,
      }),
      {
        status: sel,
        deliveredAt: `${sel} (year from placedAt when not printed)`,
        estimatedDelivery: sel,
        itemTitles: `${sel} → .a-box ${SELECTORS.itemBox[0]}`,
      },
    );
  }
}

function readAmounts(lines: string[], d: OrderDraft, currency: string): void {
  const money = (label: RegExp): { m: Money; line: string } | undefined => {
    const l = labelled(lines, label, MONEY_VALUE);
    const m = parseMoney(l?.value, currency);
    return l && m ? { m, line: l.line } : undefined;
  };
  // Every total label in order; a total in the site's currency wins over one repeated in another
  // (an amazon.ca digital summary repeats its CAD total as "Grand Total: US$14.99").
  const totals = LABELS.total.map(money).filter((r): r is { m: Money; line: string } => Boolean(r));
  const total = totals.find((r) => r.m.currency === currency) ?? totals[0];
  if (total) d.money('total', total.m, `label "${total.line}"`);
  for (const field of ['subtotal', 'shipping', 'refund'] as const) {
    const r = money(LABELS[field]);
    d.money(field, r?.m, `label "${r?.line ?? ''}"`);
  }
  if (!d.current.amounts.refund) {
    // Digital summaries: "Refund date: Sept. 21 2024 Refund Amount: $14.99" on one line.
    const r = afterLabel(
      lines,
      /Refund Amount|Montant du remboursement|Erstattungsbetrag|Importe del reembolso|Importo del rimborso|返金額/i,
      /[:：]?\s*(\S.*)/,
    );
    if (r && MONEY_VALUE(r.value)) d.money('refund', parseMoney(r.value, currency), `label "${r.line.slice(0, 60)}"`);
  }
  readTaxes(lines, d, currency);
  // Several discount rows (promotion, Subscribe & Save, free shipping) add up to one discount.
  const re = new RegExp(`^(?:${LABELS.discount.source})\\s*[:：]?\\s*(.*)$`, 'i');
  let sum: Money | undefined;
  const used: string[] = [];
  lines.forEach((line, i) => {
    const m = re.exec(line);
    if (!m) return;
    const raw = m[1] || lines[i + 1] || '';
    if (!MONEY_VALUE(raw)) return;
    const v = parseMoney(raw, currency);
    if (!v || v.amount >= 0 || (sum && sum.currency !== v.currency)) return;
    sum = { amount: Math.round(((sum?.amount ?? 0) + Math.abs(v.amount)) * 100) / 100, currency: v.currency };
    used.push(line);
  });
  d.money('discount', sum, `labels ${used.map((u) => `"${u}"`).join(' + ')}`);
}

/**
 * Tax lines of the order summary: each differently labelled line once (a summary repeated lower on the
 * page is not counted twice), taken from one block (lines close together), summed.
 */
function readTaxes(lines: string[], d: OrderDraft, currency: string): void {
  const re = new RegExp(`^((?:${LABELS.tax.source})(?:\\s*[(（][^)）]{0,40}[)）])?)\\s*[:：]?\\s*(.*)$`, 'i');
  const found: { label: string; amount: Money; at: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = re.exec(lines[i]!);
    if (!m) continue;
    const raw = m[2] || lines[i + 1] || '';
    if (!MONEY_VALUE(raw)) continue;
    const amount = parseMoney(raw, currency);
    const label = m[1]!.trim();
    if (!amount || found.some((f) => f.label.toLowerCase() === label.toLowerCase())) continue;
    if (found.length && i - found[found.length - 1]!.at > 4) break;
    found.push({ label, amount, at: i });
  }
  d.taxLines(
    found.map(({ label, amount }) => ({ label, amount })),
    `label${found.length > 1 ? 's' : ''} ${found.map((f) => `"${f.label}"`).join(' + ')}`,
  );
}

/** The recipient as the page's script would insert it (the template is part of the saved page). */
function shipTo(root: Element): { name?: string; address?: string; source: string } | undefined {
  const node = firstEl(root, SELECTORS.shipToNode)?.el;
  const key = node?.id.replace('shipToInsertionNode-', '');
  const tpl = key ? root.ownerDocument.getElementById(`shipToData-${key}`) : null;
  if (!tpl?.textContent) return undefined;
  const inert = inertDocument(tpl.textContent, root.ownerDocument);
  if (!inert) return undefined;
  const name = cleanText(inert.querySelector('.insert-encrypted-trigger-text, .a-popover-trigger')?.textContent);
  const rows = [...inert.querySelectorAll('.a-popover-preload .a-row')]
    .map((r) => textLines(r).join(', '))
    .filter(Boolean);
  const address = rows.length > 1 ? rows.slice(1).join(', ') : undefined;
  if (!name) return undefined;
  return {
    name,
    ...(address ? { address } : {}),
    source: `script#shipToData-* (template of ${SELECTORS.shipToNode[0]})`,
  };
}

/** The first element that matches and holds text (an empty address widget is no address). */
function firstTextEl(root: ParentNode, selectors: readonly string[]): { el: Element; sel: string } | undefined {
  for (const sel of selectors) {
    const el = [...root.querySelectorAll(sel)].find((e) => cleanText(e.textContent));
    if (el) return { el, sel };
  }
  return undefined;
}

const ORDER_WORD = /Order|Bestellung|Commande|Pedido|Ordine|Bestelling|Beställning|Zamówienie|Sipariş|注文|طلب/i;
const NOT_ORDER_DATE =
  /deliver|ship|dispatch|arriv|return|refund|cancel|Liefer|Zustell|Versand|Rücksend|Rückgabe|Erstatt|Storn|livr|expédi|retour|rembours|annul|entreg|envío|envio|devol|reembols|cancel|consegn|spedi|reso|rimbors|annull|bezorg|verzend|retour|leverans|retur|dostaw|zwrot|teslim|iade|配達|発送|返品|返金/i;

/**
 * Order types print their own date label ("Getätigte Spar-Abo-Bestellung:", "Digitale Bestellung:",
 * "Subscribe & Save order placed:"): a short label naming the order, a colon, a date. Labels about
 * delivery, returns or refunds are never the order date.
 */
function orderDateLine(lines: string[]): { date: string; line: string } | undefined {
  for (const line of lines) {
    const m = /^([^:：]{3,48})[:：]\s*(.+)$/.exec(line);
    if (!m || !ORDER_WORD.test(m[1]!) || NOT_ORDER_DATE.test(m[1]!)) continue;
    const date = parseDate(m[2]);
    if (date) return { date, line };
  }
  return undefined;
}

/** Amazon numbers its digital orders (Kindle, video, apps, music) D01-…, on every country site. */
const isDigitalId = (id: string | undefined): boolean => /^D\d{2}-\d{7}-\d{7}$/.test(id ?? '');
const DIGITAL_SOURCE = 'order id D01-… (Amazon numbers its digital orders so)';

/** Amazon's conventions on an order any reader read (the generic reader's on a layout this adapter does not know). */
function orderFacts(o: Order): Order {
  if (o.orderType || !isDigitalId(o.orderId)) return o;
  return { ...o, orderType: 'digital', provenance: { ...o.provenance, orderType: DIGITAL_SOURCE } };
}

/** Cancelled orders, and what kind of order this is (digital, subscription, gift card, service). */
function readState(root: Element, lines: string[], d: OrderDraft): void {
  const cancel = lines.find((l) => LABELS.cancelled.test(l));
  if (cancel) {
    d.text('status', cancel.slice(0, 160), `line "${cancel.slice(0, 40)}"`);
    d.cancelled(`line "${cancel.slice(0, 40)}"`);
  }
  const o = d.current;
  const titles = o.items.map((i) => i.title ?? '');
  if (isDigitalId(o.orderId)) d.orderType('digital', DIGITAL_SOURCE);
  else if (titles.length && titles.every((t) => LABELS.giftCard.test(t))) d.orderType('gift-card', 'items.*.title');
  else if (
    root.querySelector('[data-component="serviceAppointmentStatus"] *') ||
    lines.some((l) => /^Service (?:storniert|cancell?ed|annulé)/i.test(l))
  )
    d.orderType('service', 'service appointment');
  else if (
    lines.some((l) => LABELS.subscription.test(l)) ||
    cleanText(root.querySelector('[data-component="deliveryFrequency"]')?.textContent)
  ) {
    d.orderType('subscription', 'label "Subscribe & Save" / delivery frequency');
  }
}

function readOrder(root: Element, kind: PageKind, site: string, currency: string, options: ExtractOptions): Order {
  const d = new OrderDraft('amazon', site);
  const lines = textLines(root);
  const idLabel = afterLabel(lines, LABELS.orderId, ORDER_NUMBER);
  const idLink = firstEl(root, SELECTORS.orderIdLink);
  const idFromLink = hrefParam(idLink?.el, ['orderID', 'orderId']);
  if (idLabel) d.text('orderId', idLabel.value, `label "${idLabel.line.slice(0, 60)}"`);
  else if (idFromLink && ORDER_NUMBER.test(idFromLink)) d.text('orderId', idFromLink, `${idLink?.sel}[href] orderID`);
  const placed = afterLabel(lines, LABELS.placedAt, /(\S.*\d.*)/);
  d.date('placedAt', parseDate(placed?.value), `label "${placed?.line.slice(0, 60) ?? ''}"`);
  if (!d.current.placedAt) {
    const other = orderDateLine(lines);
    d.date('placedAt', other?.date, `label "${other?.line.slice(0, 60) ?? ''}" (an order-type date label)`);
  }
  readAmounts(lines, d, currency);
  const pay = paymentOf(root, lines);
  d.text('paymentMethod', pay?.value, pay?.source ?? '');
  const before = d.current.items.length;
  readItems(root, d, currency);
  if (d.current.items.length === before) readTableItems(root, d, currency);
  readShipments(root, d);
  const returns = d.current.items
    .map((i) => i.returnBy)
    .filter((r): r is string => Boolean(r))
    .sort();
  d.date('returnBy', returns[0], 'earliest items.*.returnBy');
  const sellers = [...new Set(d.current.items.map((i) => i.seller).filter(Boolean))];
  if (sellers.length === 1) d.text('seller', sellers[0], 'items.*.seller (one seller)');

  const addr = firstTextEl(root, SELECTORS.address);
  const listRecipient = firstEl(root, SELECTORS.recipientOnList);
  const digitalRecipient = afterLabel(lines, LABELS.recipient, /(\p{L}.*)/u);
  if (addr) {
    // The name is its own element (2016–2023) or the list's first row (2024–); a <br> inside a row
    // separates lines; stray commas of empty address parts (", Musterstraße 1 , 10115") are dropped.
    const rows = [...addr.el.querySelectorAll('li')]
      .map((li) =>
        textLines(li)
          .join(', ')
          .split(/\s*,\s*/)
          .filter(Boolean)
          .join(', '),
      )
      .filter(Boolean);
    // A recipient's name alone (digital orders: "Empfänger: Max Mustermann") shows no address.
    d.addressShown(rows.length !== 1, addr.sel);
    const named = cleanText(addr.el.querySelector('.displayAddressFullName')?.textContent);
    d.text('recipient', named ?? rows[0], named ? `${addr.sel} .displayAddressFullName` : `${addr.sel} li:first-child`);
    d.text('address', rows.slice(1).join(', ') || undefined, `${addr.sel} li`);
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

  readState(root, lines, d);

  d.expect('orderId');
  // List cards legitimately lack parts (2019 amazon.com cards without a header row, Whole Foods store
  // purchases without item titles); only details and invoices must always show these. A cancelled
  // order has no charge summary: its total is not expected.
  if (kind !== 'order-list') d.expect('placedAt', 'items');
  if (kind !== 'order-list' && !d.current.cancelled) d.expect('amounts.total');
  return d.build(options);
}

function extract(url: URL, doc: Document, options: ExtractOptions = {}): ExtractResult {
  const kind = pageKind(url, doc);
  const { site, currency } = siteOf(url);
  if (roleFromUrl(url, amazon.sellerUrls) === 'seller') {
    // Seller Central: no real page checked; only the order id its URL carries.
    const id = ORDER_NUMBER.exec(url.pathname)?.[1];
    if (!id || (kind !== 'order-detail' && kind !== 'return')) return { kind, orders: [] };
    const d = new OrderDraft('amazon', site).text('orderId', id, 'URL path');
    return { kind, orders: [orderFacts(d.build(options))] };
  }
  if (kind === 'order-list') {
    const cards = outermost(doc, SELECTORS.orderCard);
    // The phone site's history lists items, not orders (tiles.ts).
    const tiles = cards.length ? undefined : readPurchaseTiles(doc, site, options);
    if (tiles) return { kind, orders: tiles };
    const orders = cards.map((c) => readOrder(c, kind, site, currency, options));
    const changed = cards.length
      ? changedMessage('amazon', orders)
      : changedMessage('amazon', [], 'no order cards (.order-card, #ordersContainer .order)');
    return { kind, orders, ...(changed ? { changed } : {}) };
  }
  if (kind === 'order-detail' || kind === 'invoice') {
    const root = firstEl(doc, SELECTORS.detailRoot)?.el ?? doc.body;
    if (!root) return { kind, orders: [], changed: changedMessage('amazon', [], 'empty page') };
    const orders = [readOrder(root, kind, site, currency, options)];
    const changed = changedMessage('amazon', orders);
    return { kind, orders, ...(changed ? { changed } : {}) };
  }
  if (kind === 'tracking') {
    const orders = [readTracking(url, doc, site, options)];
    const changed = changedMessage('amazon', orders);
    return { kind, orders, ...(changed ? { changed } : {}) };
  }
  return { kind, orders: [] };
}

/**
 * Package tracking (progress-tracker): "Shipped with UPS" / "Se envió con …" and "Tracking ID: …" /
 * "ID de seguimiento: …", in any of the sites' languages; the order id from the URL or the page.
 */
function readTracking(url: URL, doc: Document, site: string, options: ExtractOptions): Order {
  const d = new OrderDraft('amazon', site);
  const lines = doc.body ? textLines(doc.body) : [];
  const fromUrl = url.searchParams.get('orderId') ?? url.searchParams.get('orderID') ?? '';
  const idLabel = afterLabel(lines, LABELS.orderId, ORDER_NUMBER);
  if (ORDER_NUMBER.test(fromUrl)) d.text('orderId', ORDER_NUMBER.exec(fromUrl)![1], 'URL orderId');
  else if (idLabel) d.text('orderId', idLabel.value, `label "${idLabel.line.slice(0, 60)}"`);
  const found = labelledShipment(lines);
  // A label in a language the tables do not know: the tracking-id card still says which value is the number.
  const card = firstEl(doc, SELECTORS.trackingIdCard);
  const fromCard = /[:：]\s*([A-Z0-9][A-Z0-9-]{6,39})\s*$/i.exec(cleanText(card?.el.textContent) ?? '')?.[1];
  const cardNumber = fromCard && (fromCard.match(/\d/g)?.length ?? 0) >= 6 ? fromCard.toUpperCase() : undefined;
  const trackingNumber = found.trackingNumber ?? cardNumber;
  if (!found.trackingNumber && cardNumber) found.carrier ??= carrierFor(cardNumber);
  const status = cleanText(firstEl(doc, SELECTORS.trackingStatus)?.el.textContent);
  const shipment = compact({
    trackingNumber,
    carrier: found.carrier,
    status: status?.slice(0, 160),
  });
  if (Object.keys(shipment).length) {
    d.shipment(shipment, {
      trackingNumber: found.trackingNumber
        ? `label "${found.trackingLine?.slice(0, 40) ?? ''}"`
        : `${card?.sel ?? ''} (the value after its colon)`,
      carrier: found.carrierLine ? `label "${found.carrierLine.slice(0, 40)}"` : 'tracking number format',
      status: SELECTORS.trackingStatus.join(', '),
    });
  }
  d.expect('shipments');
  return d.build(options);
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
      // The phone site's order page: gp/aw/ya?ac=od&oid=<order> (Your Account on the phone is gp/aw/ya without
      // an oid; order tools on GitHub open gp/aw/ya?oid=… and ?ac=od&oid=… for one order's details).
      new RegExp(`^${H}/gp/aw/ya\\?(?:[^#]*&)?oid=`),
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
    chat: [new RegExp(`^sellercentral(?:-europe|-japan)?\\.${H}/messaging/`), new RegExp(`^${H}/gp/message`)],
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
      'https://www.amazon.com/gp/aw/ya?ac=od&ref=ppx_pop_mob_b_order_details&oid=112-9685975-5907428',
      'https://www.amazon.co.jp/gp/aw/ya?oid=503-1234567-7654321',
      'https://www.amazon.ie/gp/your-account/order-details?orderID=404-1234567-1234567',
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
  chat: amazonChat,
  detect,
  extract,
  orderFacts,
};
