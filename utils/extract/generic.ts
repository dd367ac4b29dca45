import type { Money, Order } from '../schemas/order';
import type { ExtractOptions } from '../marketplaces/types';
import { parseDate, type DateOptions } from './dates';
import { pageLocale } from './locale';
import { cleanText, labelledAll, textLines } from './dom';
import { OrderDraft } from './draft';
import { AMOUNT_DIGITS, detectCurrency, parseMoney } from './money';
import { isCancelled, isCancelledSentence } from './status';
import { readStructured } from './structured';
import { idsFromProductLinks } from './link-ids';
import { linkOrderCards } from './link-cards';
import { logoPaymentMethod } from './payment-logo';
import { refundInSentence } from './refund-sentence';
import { blockItems, cardParcel, cardPictureItems, inRecommendations, sumProves } from './blocks';
import { shipTo } from './address';
import { CARRIER_LABEL, findTracking, labelledShipment, TRACKING_LABEL } from './tracking';
import { detailRoot, readOrder, type OrderSpec } from './engine';
import { addsUp, onlyRepeatsAfter, settleSummary } from './summary-amounts';
import {
  headerTables,
  paidWithShipping,
  repeatedItemRows,
  unitPricesByTotal,
  wholeItems,
  type TableRow,
} from './layout';
import {
  alternatives,
  CARD_DIGITS_LABELS,
  CN_LABELS,
  DIGITAL_ORDER_LABELS,
  LABEL_FIELDS,
  labelRe,
  ORDER_LABELS,
  type LabelField,
} from './labels';

/**
 * For pages no adapter reads: first what the page embeds as data (JSON-LD, microdata, JSON state in
 * scripts), then an order number, date and total beside their labels in the marketplaces' languages,
 * then tracking numbers beside a tracking label or by carrier format. Everything found is
 * `confidence: 'generic'` for the user to confirm; nothing is inferred from position alone.
 */
const ID_LABELS = [
  'Order\\s*(?:#|No\\.?|number|ID|Number)',
  'Bestell(?:nummer|nr\\.?)',
  'Bestell-ID',
  'Bestelnr\\.?',
  'Beställningsnummer',
  'Nr zamówienia',
  'Pedido (?:n\\.?\\s?[º°]|nº|#)',
  'ID del pedido',
  'ID do pedido',
  "ID (?:dell')?ordine",
  'Ordine (?:n\\.|nº|#)',
  'Номер заказа',
  'מספר (?:ה)?הזמנה',
  'N° de commande',
  'Numéro de commande',
  'Número de pedido',
  "N(?:umero|\\.) (?:d'|dell')?ordine",
  'Bestelnummer',
  'Ordernummer',
  'Numer zamówienia',
  'Sipariş (?:numarası|no)',
  'Número do pedido',
  '注文番号',
  '주문 ?번호',
  '订单编号',
  '订单号码?',
  '訂單編號',
  '訂單號碼',
  'Mã đơn hàng',
  'หมายเลขคำสั่งซื้อ',
  'No\\.? Pesanan',
  'ID Pesanan',
  'Nombor Pesanan',
  'رقم الطلب',
  // Headings that carry the number (lists print one per card): "Заказ № …", "Commande n° …", "Compra #…".
  'Заказ\\s*(?:№|#)',
  'Замовлення\\s*(?:№|#)',
  'Номер замовлення',
  '(?:Compra|Venta|Venda) (?:n\\.?\\s?[º°]|nº|#)',
  'N(?:úmero|o\\.?|\\.?º) de orden',
  'Orden (?:n\\.?\\s?[º°]|nº|#)',
  'Commande (?:n[°º]|no\\.?|#)',
  'ご注文番号',
  'Auftragsnummer',
  'Bestellung (?:Nr\\.?|#)',
  'Zamówienie (?:nr\\.?|#)',
  'เลขที่คำสั่งซื้อ',
].join('|');
const DATE_LABELS = [
  'Order date',
  'Ordered on',
  'Order placed',
  'Placed on',
  'Purchase date',
  // "Date" alone, with its colon or straight before a date (its value on the next line): "Date of delivery"
  // and "Date shipped:" are other dates.
  'Date(?=\\s*[:：]|\\s+\\d|\\s+[A-Za-z]{3,9}\\.?\\s+\\d{1,2}\\b)',
  'Bestellt am',
  'Bestelldatum',
  'Bestellung aufgegeben',
  'Date de (?:la )?commande',
  'Commandé le',
  'Fecha del pedido',
  'Pedido realizado',
  "Data (?:dell')?ordine",
  'Ordine effettuato',
  'Besteldatum',
  'Data zamówienia',
  'Sipariş tarihi',
  'Data do pedido',
  '注文日',
  '주문일',
  '下单时间',
  '成交时间',
  '创建时间',
  '订单日期',
  '下單時間',
  '訂購日期',
  'Ngày đặt hàng',
  'วันที่สั่งซื้อ',
  'Tanggal Pemesanan',
  'Waktu Pemesanan',
  'Tarikh Pesanan',
].join('|');
const TOTAL_LABELS = [
  'Grand total',
  'Order total',
  'Total paid',
  'Amount paid',
  'Total',
  'Gesamtsumme',
  'Gesamtbetrag',
  'Summe',
  'Montant total',
  'Total del pedido',
  'Importe total',
  'Totale',
  'Totaal',
  'Suma',
  'Toplam',
  'Valor total',
  'Total do pedido',
  '合計',
  'ご請求額',
  '결제금액',
  '实付款',
  '实付',
  '合计',
  '订单总额',
  '總計',
  '實付',
  '實付款',
  'Tổng thanh toán',
  'Thành tiền',
  'ยอดรวมทั้งหมด',
  'ยอดชำระ',
  'Total Pembayaran',
  'Jumlah Pembayaran',
  'Jumlah',
  'Jumlah Keseluruhan',
].join('|');

/**
 * What follows a total's label when the amount is before tax ("Total HT", "Total (excl. VAT)", "Gesamtsumme
 * (netto)", "合計（税抜）"): not what was paid, so not the order's total.
 */
const PRE_TAX =
  '\\s*[(（]?\\s*(?:excl\\b|exkl\\b|excluding|ex\\.?\\s?(?:VAT|GST|tax)|exclusive|before tax|pre-tax|netto|net\\b|HT\\b|H\\.T\\.|hors tax|sans (?:tax|TVA)|sin (?:IVA|impuestos)|IVA (?:esclusa|no incluid)|senza IVA|imponibile|sem (?:IVA|impostos)|ohne (?:MwSt|USt)|zonder btw|bez VAT|KDV hariç|без НДС|부가세 ?별도|税抜|税別|不含税|未[税稅]|غير شامل)';

/**
 * Currency signs written after the amount ("25,51 €", "1 234,56 ₽", "12.000đ", "١٢٣ د.إ", Ukrainian "1 234 ₴" or
 * "грн", French Canada's "114,98 $": a bare "$" names only what the page's locale settles).
 */
const AFTER_SIGNS =
  '€|zł|kr|元|円|원|₫|đ|บาท|₽|руб\\.?|₪|ש["״]ח|₺|TL|Kč|Ft|lei|درهم|د\\.إ|ر\\.س|ج\\.م|₴|грн\\.?|VNĐ|Đ|\\$';

const LABELS = {
  // The whole token: a lower-case id ("12ab34cd-5678-…", a UUID) is not cut to its digits.
  orderId: new RegExp(`(?:${ID_LABELS})\\s*[:：#]?\\s*([A-Z0-9][A-Z0-9-]{4,39})(?![A-Z0-9-])`, 'i'),
  // Date and total are matched at the start of a line: "Delivery date", "Item(s) Subtotal" and
  // "Zwischensumme" end in a date or total label and are other values (the held-out proxy read them).
  placedAt: new RegExp(`^(?:${DATE_LABELS})\\s*[:：]?\\s*(.{6,40})`, 'i'),
  // "AU $45.99", "US $12.34": the country letters stand apart from the sign.
  total: new RegExp(
    `^(?:${TOTAL_LABELS})(?!${PRE_TAX})\\s*[:：]?\\s*([-−]?\\s*(?:[A-Z]{2,3}\\s?(?:[^\\s\\d]{1,2}\\s?)?|[^\\s\\d]{1,3})?\\s*${AMOUNT_DIGITS}(?:\\s?(?:${AFTER_SIGNS}))?)`,
    'i',
  ),
};

/**
 * Letters before a total's digits are its currency ("CHF 1'234.50", "US $45.99") or a word of the label:
 * "Total HT 100,00 €" (before tax, French invoices) or "Total TTC" is no currency, and the amount after such a
 * word may not be the order's total.
 */
function currencyLetters(value: string): boolean {
  const before = /^[-−]?\s*([^\d]*)/.exec(value)?.[1] ?? '';
  // A digit after the letters, as the signs' patterns want one ("Rp 1", "RM 1"); "kr" and "Rs." name a currency
  // only with the page's country (parseMoney asks it).
  return (
    !/\p{L}/u.test(before) || detectCurrency(`${before.trim()} 1`) !== undefined || /^(?:kr|Rs)\b/i.test(before.trim())
  );
}

/** A label and its value on consecutive lines read as one line here. */
const joined = (lines: readonly string[]) =>
  lines.map((l, i) => (/[:：#]\s*$/.test(l) || l.length < 24 ? `${l} ${lines[i + 1] ?? ''}` : l));

interface LabelOptions {
  /** Inside one order's card of a list (a bare status badge there is the order's). */
  inCard?: boolean;
  /** Where the page names its order (pageNames): what ties a number under a bare "Order" heading to it. */
  names?: readonly string[];
  /** The page prints several totals none of which its amounts prove the order's (settleTotal): read none. */
  totalUnsettled?: boolean;
}

/** Order number, date, total and shipments beside their labels, into `d` where it has none yet. */
function readLabels(
  d: OrderDraft,
  lines: readonly string[],
  currency: string | undefined,
  dates: DateOptions,
  { inCard = false, names, totalUnsettled = false }: LabelOptions = {},
): void {
  const pairs = joined(lines);
  if (!d.current.orderId) {
    for (const line of pairs) {
      const id = LABELS.orderId.exec(line);
      if (id && /\d{4,}/.test(id[1]!)) {
        d.text('orderId', id[1], `label "${line.slice(0, 40)}"`);
        break;
      }
    }
  }
  if (!d.current.placedAt) {
    for (const line of pairs) {
      const m = LABELS.placedAt.exec(line);
      const date = m ? parseDate(m[1], dates) : undefined;
      if (date) {
        d.date('placedAt', date, `label "${line.slice(0, 40)}"`);
        break;
      }
    }
  }
  if (!d.current.orderId && names) {
    // A heading "Order" (eBay Seller Hub's order details) over a line that is only the number: digits in
    // dash-separated groups ("12-34567-89012"), never a date. A bare heading word proves little (a phone
    // number "03-1234-5678" or a customer number may stand under "注文" or "Order"): the number must also be
    // the one the page's address, title or main heading names.
    const at = lines.findIndex(
      (l, i) =>
        ORDER_WORD.test(l) &&
        /^\d{2,4}(?:-\d{4,8}){2}$/.test(lines[i + 1] ?? '') &&
        !parseDate(lines[i + 1], dates) &&
        names.some((t) => hasToken(t, lines[i + 1]!)),
    );
    if (at >= 0) d.text('orderId', lines[at + 1], `line "${lines[at]!}" over the number the page's address names`);
  }
  if (!d.current.placedAt && d.current.orderId) {
    const dated = datedNumber(lines, d.current.orderId, dates);
    if (dated) d.date('placedAt', dated.date, `line "${dated.line.slice(0, 40)}"`);
  }
  if (!d.current.amounts.total && !totalUnsettled) {
    for (const line of pairs) {
      const m = LABELS.total.exec(line);
      const money = m && currencyLetters(m[1]!) ? parseMoney(m[1], currency) : undefined;
      // Without a currency sign the amount's meaning is unknown: leave it out.
      if (money && m && /[^\d\s.,-]/.test(m[1]!)) {
        d.money('total', money, `label "${line.slice(0, 40)}"`);
        break;
      }
    }
  }
  if (!d.current.status) {
    // Inside one order's card a bare "Cancelled" badge is its status; on a whole page it may be a tab.
    const at = lines.findIndex((l) => (inCard ? isCancelled(l) : isCancelledSentence(l)));
    // A badge right above the sentence explaining it ("Storniert" over "Deine Bestellung wurde … storniert.") is the status.
    const line = at > 0 && !inCard && isCancelled(lines[at - 1]) ? lines[at - 1] : lines[at];
    if (line) d.text('status', line, `line "${line.slice(0, 40)}"`).cancelled(`line "${line.slice(0, 40)}"`);
    // "Order status: Cancelled", "订单状态：已取消": the label on the value's own line names it the order's (a
    // bare "Status" over a list of filters is not one).
    const labelled = line
      ? undefined
      : labelledAll(lines, STATUS_LABEL, isCancelled).find((l) => l.line.includes(l.value) || /[:：]\s*$/.test(l.line));
    if (labelled)
      d.text('status', labelled.value, `label "${labelled.line.slice(0, 40)}"`).cancelled(
        `label "${labelled.line.slice(0, 40)}"`,
      );
  }
  if (!d.current.shipments.length) {
    const labelled = labelledShipment(lines);
    const known = new Set<string>();
    if (labelled.trackingNumber) {
      known.add(labelled.trackingNumber);
      d.shipment(
        { trackingNumber: labelled.trackingNumber, ...(labelled.carrier ? { carrier: labelled.carrier } : {}) },
        {
          trackingNumber: `label "${labelled.trackingLine?.slice(0, 40) ?? ''}"`,
          carrier: labelled.carrierLine ? `label "${labelled.carrierLine.slice(0, 40)}"` : 'tracking number format',
        },
      );
    }
    for (const t of findTracking(lines.join('\n'))) {
      if (known.has(t.trackingNumber)) continue;
      d.shipment(
        { trackingNumber: t.trackingNumber, ...(t.carrier ? { carrier: t.carrier } : {}) },
        {
          trackingNumber: t.by === 'shape' ? 'tracking number format' : 'label "tracking number"',
          carrier: t.by === 'shape' ? 'tracking number format' : 'carrier name near the number',
        },
      );
    }
  }
}

/**
 * The date written right after the order's number on its heading line, as documents are dated in many
 * languages: "Заказ № 12345 от 5 марта 2024", "Bestellung Nr. 123 vom 05.03.2024", "Commande n° 123 du
 * 05/03/2024", "Ordine n. 123 del 5 marzo 2024", "Zamówienie nr 123 z dnia 05.03.2024", "Order #123 placed on
 * March 5, 2024". Only a date that starts at once after the word ("… from Acme, delivered March 7" is not one).
 * A comma alone may stand for the word ("Order number: 123, October 25, 2024", an English header that puts
 * the date after the number): then too only a whole date with its year, at once after the comma.
 */
const DATED = '(?:от|від|vom|du|del|de|z dnia|van|dated|placed on)';
const DATE_START = new RegExp(
  '^(?:\\d{1,4}[./年-]\\s*\\d{1,2}[./月-]\\s*\\d{1,4}日?|\\d{1,2}\\.?\\s*(?:de\\s+)?\\p{L}{3,12}\\.?,?\\s*(?:de\\s+)?\\d{4}|\\p{L}{3,12}\\.?\\s+\\d{1,2},?\\s+\\d{4})',
  'u',
);
function datedNumber(
  lines: readonly string[],
  id: string,
  dates: DateOptions,
): { date: string; line: string } | undefined {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(
    `^(?:${ID_LABELS}|${anyLang('orderId').source})\\s*[:：#]?\\s*${escaped}(?:\\s*,?\\s+${DATED}\\s+|\\s*,\\s*)(.+)$`,
    'i',
  );
  for (const line of lines) {
    const rest = re.exec(line)?.[1];
    const start = rest ? DATE_START.exec(rest)?.[0] : undefined;
    const date = start ? parseDate(start, dates) : undefined;
    if (date) return { date, line };
  }
  return undefined;
}

/** The word "order" alone on its line, as a heading over the order's number. */
const ORDER_WORD =
  /^(?:Order|Bestellung|Commande|Pedido|Ordine|Bestelling|Zamówienie|Sipariş|Заказ|注文|订单|訂單|주문)$/i;

/** Every distinct order number printed beside an order label, in page order. */
function labelledIds(lines: readonly string[]): string[] {
  const ids: string[] = [];
  const re = new RegExp(LABELS.orderId.source, 'gi');
  for (const line of joined(lines)) {
    for (const m of line.matchAll(re)) if (/\d{4,}/.test(m[1]!) && !ids.includes(m[1]!)) ids.push(m[1]!);
  }
  return ids;
}

/**
 * A list of orders, found by layout: each labelled order number's card is the largest element around it
 * that holds no other order's number, so a card's date and total are read only inside that card, whether
 * the card prints them before or after its number. Undefined when the page has fewer than two numbers.
 */
export function orderCards(root: Element, ids: readonly string[]): { id: string; card: Element }[] | undefined {
  if (ids.length < 2) return undefined;
  const doc = root.ownerDocument;
  const anchors = new Map<string, Element>();
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n && anchors.size < ids.length; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA)$/i.test(parent.tagName)) continue;
    const text = n.textContent ?? '';
    for (const id of ids) if (!anchors.has(id) && text.includes(id)) anchors.set(id, parent);
  }
  if (anchors.size < 2) return undefined;
  // How many order numbers each ancestor holds.
  const holds = new Map<Element, number>();
  for (const el of anchors.values())
    for (let a: Element | null = el; a && a !== root; a = a.parentElement) holds.set(a, (holds.get(a) ?? 0) + 1);
  const cards: { id: string; card: Element }[] = [];
  for (const [id, el] of anchors) {
    let card = el;
    while (card.parentElement && card.parentElement !== root && holds.get(card.parentElement) === 1)
      card = card.parentElement;
    cards.push({ id, card });
  }
  return cards;
}

/**
 * An amount the whole value of its line and signed with its currency ("$14.99", "EUR 25,51", "25,51 €",
 * "-£1.00"): "1: 20 January 2019 - …" after "Delivery" or a tax registration number after "GST/HST" is
 * no amount (the held-out proxy read both).
 */
const NUMBER = "[\\d٠-٩][\\d٠-٩.,٫٬\\s'’ʼ]*";
const MONEY_VALUE = new RegExp(
  `^((?:[-−]\\s*)?(?:[A-Z]{1,3}\\s?\\$?\\s?|[$€£¥￥₩₹₱฿₫₪₺₽৳]|R\\$|Rp\\.?|Rs\\.?|zł)\\s*${NUMBER}|(?:[-−]\\s*)?${NUMBER}\\s?(?:${AFTER_SIGNS}|[A-Z]{3}))$`,
);

/** One field's labels in every language of the adapters' tables (labels.ts), Latin and Chinese. */
const anyLang = (field: LabelField) =>
  new RegExp(`${labelRe(ORDER_LABELS, field).source}|${labelRe(CN_LABELS, field).source}`, 'i');

/**
 * The order's facts beside their labels, in every language an adapter knows (labels.ts), matched at the
 * start of a line as the adapters match them. Only what belongs to the whole order: a seller or a status
 * printed on a page may be one shipment's or one item's, so they are left to the adapters.
 */
const BY_LABEL: OrderSpec = {
  // A number holds a digit: "PENDING" or a button's "COPYLINK" beside the label is no order number. The
  // whole token, in either case: a lower-case id ("12ab34cd-5678-…", a UUID) is not cut to "5678-90".
  orderId: {
    label: anyLang('orderId'),
    re: /(?<![A-Za-z0-9-])((?=[A-Za-z-]*\d)[A-Za-z0-9][A-Za-z0-9-]{5,40})(?![A-Za-z0-9-])/,
  },
  placedAt: { label: anyLang('placedAt') },
  amounts: {
    subtotal: { label: anyLang('subtotal'), re: MONEY_VALUE },
    shipping: { label: anyLang('shipping'), re: MONEY_VALUE },
    tax: { label: anyLang('tax'), re: MONEY_VALUE },
    discount: { label: anyLang('discount'), re: MONEY_VALUE },
    total: { label: new RegExp(`(?:${anyLang('total').source})(?!${PRE_TAX})`, 'i'), re: MONEY_VALUE },
    refund: { label: anyLang('refund'), re: MONEY_VALUE },
  },
  shipment: {
    // The next column's header ("Carrier | Tracking number" over their values) is no carrier's name.
    carrier: {
      label: CARRIER_LABEL,
      re: new RegExp(`^(?!(?:${TRACKING_LABEL.source}|${CARRIER_LABEL.source})(?![\\p{L}]))(.+)$`, 'iu'),
    },
    // Japanese carriers print the number in groups ("1234-5678-9012", Yamato, Sagawa).
    trackingNumber: { label: TRACKING_LABEL, re: /((?=[A-Z-]*\d)[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){7,38})/ },
  },
  required: [],
};

const DIGITAL_ORDER = new RegExp(`^(?:${alternatives(DIGITAL_ORDER_LABELS, 'digital').join('|')})\\s*[:：]`, 'i');

/**
 * Reductions printed each on its own summary line ("FREE Shipping: -$6.99", "Buy 5, save 5%: -$1.74"): the
 * order's discount is their sum. Only lines signed as taken off, each wording once (a summary printed twice
 * is not added twice), one currency; undefined below two lines (a single line is left to the labels that name it).
 */
function summedDiscounts(
  lines: readonly string[],
  currency: string | undefined,
): { total: Money; how: string } | undefined {
  const found = new Map<string, Money>();
  for (const l of labelledAll(lines, anyLang('discount'), (v) => MONEY_VALUE.test(v) && /^[-−]/.test(v))) {
    const m = parseMoney(l.value, currency);
    const label = l.line.replace(l.value, '').replace(/[\s:：]+$/, '');
    if (m && !found.has(label)) found.set(label, m);
  }
  const all = [...found.values()];
  if (all.length < 2 || all.some((m) => m.currency !== all[0]!.currency)) return undefined;
  const cents = all.reduce((n, m) => n + Math.round(Math.abs(m.amount) * 100), 0);
  return {
    total: { amount: cents / 100, currency: all[0]!.currency },
    how: `sum of labels ${[...found.keys()].map((k) => `"${k.slice(0, 30)}"`).join(', ')}`,
  };
}

const PAYMENT_LABEL = anyLang('paymentMethod');
const STATUS_LABEL = anyLang('status');
const PAYMENT_HEADING = new RegExp(`^(?:${PAYMENT_LABEL.source})\\s*[:：]?$`, 'i');
/** A masked card number, alone on its line or with its last digits ("••••", "**** 1416", "XXXX-1234"). */
const MASK = /^(?:[•*·xX]{2,}[\s-]*)+(\d{4})?$/;
/**
 * "Brand | Last digits: 1234" and "Brand ending in 1234" in the languages of Amazon's sites, the widest
 * set of wordings known (labels.ts CARD_DIGITS_LABELS).
 */
const CARD_DIGITS = new RegExp(
  `^(.+?)\\s*(?:\\|\\s*(?:${alternatives(CARD_DIGITS_LABELS, 'lastDigits').join('|')})\\s*[:：]?|${alternatives(CARD_DIGITS_LABELS, 'endingIn').join('|')}|[•*]{2,})\\s*(\\d{4})$`,
  'i',
);
const CARD_ABBREVIATIONS: Record<string, string> = { AMEX: 'American Express' };

/**
 * The payment method as "Brand ending in 1234", from the forms pages print it in: "Visa ending in 1234",
 * "American Express | Last digits: 1416" (invoices), "AMEXending in 1929" (a logo's alt text run into
 * the text), "Amazon Visa" then "••••" then "1234" on the lines below. A masked number with no brand
 * beside it is left unknown: the method is not printed as text.
 */
export function paymentMethodOf(lines: readonly string[]): { value: string; line: string } | undefined {
  const re = new RegExp(`^(${PAYMENT_LABEL.source})\\s*[:：]?\\s*(.*)$`, 'i');
  for (let i = 0; i < lines.length; i++) {
    const m = re.exec(lines[i]!);
    // "Payment methods" is not "Payment method" with the value "s".
    if (!m || /^[a-z/]/.test(lines[i]!.slice(m[1]!.length))) continue;
    const own = m[m.length - 1]?.trim();
    const at = own ? i : i + 1;
    const raw = own || lines[at];
    if (!raw || MASK.test(raw) || raw.length > 60) continue;
    const parts = CARD_DIGITS.exec(raw);
    let brand = (parts?.[1] ?? raw).trim();
    let digits = parts?.[2];
    if (!digits) {
      // The last digits on the lines below the brand: a mask with them, or a mask then the digits alone.
      const next = lines[at + 1] ?? '';
      const mask = MASK.exec(next);
      if (mask) digits = mask[1] ?? (/^\d{4}$/.test(lines[at + 2] ?? '') ? lines[at + 2] : undefined);
    }
    // The line below a label may be the next column's header ("Payment Method" over "Status"): a label of
    // any field there is no method.
    if (!own && !digits && isLabel(raw)) continue;
    brand = CARD_ABBREVIATIONS[brand.toUpperCase()] ?? brand;
    if (/\d{5,}|[:：]/.test(brand)) continue;
    return { value: digits ? `${brand} ending in ${digits}` : brand, line: lines[i]! };
  }
  return undefined;
}

const ANY_LABEL = new RegExp(`^(?:${LABEL_FIELDS.map((f) => anyLang(f).source).join('|')})(?:$|[\\s:：])`, 'i');
const isLabel = (line: string) => ANY_LABEL.test(line);

type Copied = 'orderId' | 'paymentMethod';

/** Fills what `d` has not found from the label reading `o`, each value with the place it was read. */
function fillFrom(d: OrderDraft, o: Order): void {
  const src = (k: string) => o.provenance[k] ?? 'label';
  for (const k of ['orderId', 'paymentMethod'] as const satisfies readonly Copied[])
    if (!d.current[k]) d.text(k, o[k], src(k));
  if (!d.current.placedAt) d.date('placedAt', o.placedAt, src('placedAt'));
  for (const [k, v] of Object.entries(o.amounts) as [keyof Order['amounts'], Order['amounts']['total']][]) {
    if (!d.current.amounts[k]) d.money(k, v, src(`amounts.${k}`));
  }
  if (o.taxLines && !d.current.taxLines) d.taxLines(o.taxLines, src('taxLines'));
  if (!d.current.shipments.length)
    o.shipments.forEach((s, i) =>
      d.shipment(s, { trackingNumber: src(`shipments.${i}.trackingNumber`), carrier: src(`shipments.${i}.carrier`) }),
    );
}

/**
 * A card's header line: the date it starts with, then the order-number label and this card's number
 * ("2025-06-04 Order Number : 4371…", "2024-01-01 订单号: …", as Taobao, JD and Pinduoduo lists print
 * their cards). That date is the order's: nothing else stands between it and the number.
 */
function headerDate(d: OrderDraft, lines: readonly string[], id: string, dates: DateOptions): void {
  if (d.current.placedAt) return;
  const re = new RegExp(
    `^(\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?)(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*(?:${ID_LABELS})\\s*[:：#]?\\s*${id}`,
    'i',
  );
  for (const line of lines) {
    const m = re.exec(line);
    const date = m ? parseDate(m[1], dates) : undefined;
    if (date) {
      d.date('placedAt', date, `line "${line.slice(0, 40)}"`);
      return;
    }
  }
}

/** "Recipient:", "Empfänger", "收货人：" with a name (the name alone; a delivery address comes under its heading). */
const RECIPIENT_NAME = new RegExp(
  `^(?:Recipient|Empfänger|Destinataire|Destinat[aá]ri[oa]|Ontvanger|Odbiorca|Mottagare|Alıcı|受取人|받는 ?사람|收货人|收件人|收貨人|Người nhận|ผู้รับ|Penerima)\\s*[:：]?\\s*(.*)$`,
  'i',
);
const nameLike = (s: string | undefined): s is string =>
  Boolean(s && s.length >= 2 && s.length <= 60 && !/[\d@]/.test(s) && !isLabel(s));

/** The delivery block under its heading, else a recipient's name under its label; addressShown when found. */
function readRecipient(d: OrderDraft, root: Element, lines: readonly string[]): void {
  const to = shipTo(root, isLabel);
  if (to) {
    const how = `block under "${to.heading}"`;
    d.addressShown(true, how).text('recipient', to.recipient, how).text('address', to.address, how);
    return;
  }
  for (let i = 0; i < lines.length; i++) {
    const m = RECIPIENT_NAME.exec(lines[i]!);
    const name = m ? m[1] || lines[i + 1] : undefined;
    if (m && nameLike(name)) {
      d.text('recipient', name, `label "${lines[i]!.slice(0, 40)}"`);
      return;
    }
  }
}

const itemSources = (how: string) => ({ title: how, quantity: how, unitPrice: how });

/** One row of a table of orders, each value from the column its header names. */
function rowOrder(r: TableRow, marketplace: string, url: URL, options: ExtractOptions): Order {
  const d = new OrderDraft(marketplace, url.hostname, 'generic');
  const how = 'table column under its header';
  d.text('orderId', r.orderId, r.orderIdFromLinks ? 'the orderId parameter of every link of the row' : how)
    .date('placedAt', r.placedAt, how)
    .money('total', r.total, how);
  if (r.item) d.item(r.item, itemSources(how));
  if (r.shipment) d.shipment(r.shipment, { trackingNumber: how, carrier: how });
  const details = r.details ?? [];
  // The order row's quantity is its one item's when the item's own row prints none.
  const only =
    details.length === 1 && !details[0]!.quantity && r.quantity ? [{ ...details[0]!, quantity: r.quantity }] : details;
  if (!r.item)
    for (const it of only)
      d.item(it, { ...itemSources('detail row under the order row'), itemId: 'detail row under the order row' });
  return d.build(options);
}

/**
 * Every distinct amount printed beside a total's label, in page order: by the labels of every adapter's table
 * (labels.ts) where they find any, else by this reader's own (LABELS.total), as the order's total is read.
 */
function printedTotals(lines: readonly string[], currency: string | undefined): Money[] {
  const distinct = (ms: (Money | undefined)[]) =>
    ms.filter(
      (m, i): m is Money =>
        Boolean(m) && ms.findIndex((o) => o?.amount === m!.amount && o.currency === m!.currency) === i,
    );
  const byTable = distinct(
    labelledAll(lines, BY_LABEL.amounts!.total!.label!, (v) => MONEY_VALUE.test(v)).map((l) =>
      parseMoney(l.value, currency),
    ),
  );
  if (byTable.length) return byTable;
  return distinct(
    joined(lines).map((line) => {
      const m = LABELS.total.exec(line);
      return m && currencyLetters(m[1]!) && /[^\d\s.,-]/.test(m[1]!) ? parseMoney(m[1], currency) : undefined;
    }),
  );
}

/**
 * The one of several totals that the order's own amounts add up to, within a cent, in the subtotal's
 * currency: its subtotal plus shipping plus tax less its discount, or where none is that, the same without
 * the tax (tax already in the prices). And no other amount printed as a total after it but the subtotal or
 * itself repeated (an invoice's "Total" before tax, the same total in another sign).
 */
function provenTotal(totals: readonly Money[], amounts: Partial<Order['amounts']>): Money | undefined {
  const fit = (how: 'with tax' | 'without tax') => totals.filter((t) => addsUp(amounts, t) === how);
  const withTax = fit('with tax');
  const found = withTax.length ? withTax : fit('without tax');
  const proven = found.length === 1 ? found[0]! : undefined;
  return proven && onlyRepeatsAfter(totals.slice(totals.indexOf(proven) + 1), proven, amounts.subtotal)
    ? proven
    : undefined;
}

/**
 * A page printing several different amounts beside a total's label (an item's own "Total: $49.98" above the
 * order's "Total: $66.98", a total before tax beside the one paid): the first is not proved the order's.
 * The order's is the one its amounts add up to (provenTotal), put into `d`; returns whether the total stays
 * unsettled (several, none proved), when no label reading may take one.
 */
function settleTotal(
  d: OrderDraft,
  lines: readonly string[],
  currency: string | undefined,
  amounts: Partial<Order['amounts']> | undefined,
): boolean {
  if (d.current.amounts.total) return false;
  const totals = printedTotals(lines, currency);
  if (totals.length < 2) return false;
  const proven = provenTotal(totals, amounts ?? {});
  d.money('total', proven, 'label: of the totals printed, the one its subtotal, shipping, tax and discount add up to');
  return !proven;
}

const SUMMARY_LABELS = {
  subtotal: BY_LABEL.amounts!.subtotal!.label!,
  shipping: BY_LABEL.amounts!.shipping!.label!,
  tax: BY_LABEL.amounts!.tax!.label!,
  discount: BY_LABEL.amounts!.discount!.label!,
  total: BY_LABEL.amounts!.total!.label!,
};
/** A label reading with its subtotal, shipping and tax the order's, not an item's (summary-amounts.ts). */
const orderSummaryOf = (o: Order, lines: readonly string[], currency: string | undefined): Order =>
  settleSummary(o, lines, SUMMARY_LABELS, MONEY_VALUE, currency);

/** A label reading without its total (settleTotal found several, none proved). */
const withoutTotal = (o: Order): Order => {
  const amounts = { ...o.amounts };
  delete amounts.total;
  return { ...o, amounts };
};

/** A phone or fax label right before a number (a shop's title or heading may print its phone number). */
const PHONE_BEFORE = /(?:TEL|Phone|Fax|Telefon|Téléphone|Teléfono|Telefono|電話(?:番号)?|电话|☎|📞)\.?\s*[:：]?\s*$/i;

/** Whether `text` holds `id` as a whole token ("12345678" is not in "112345678"), not as a phone number. */
function hasToken(text: string, id: string): boolean {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`, 'gi');
  return [...text.matchAll(re)].some((m) => !PHONE_BEFORE.test(text.slice(0, m.index)));
}

/** A token shaped as a record's number: letters, digits and dashes with a run of five digits or more. */
const NUMBER_TOKEN = /(?<![A-Za-z0-9])(?=[A-Za-z0-9-]*\d{5})[A-Za-z0-9][A-Za-z0-9-]{4,39}(?![A-Za-z0-9])/g;

/**
 * Where a page says which order it is about: its address (the path and the query's values), its title and its
 * main heading (h1).
 */
function pageNames(url: URL, doc: Document): string[] {
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: the path as it is.
  }
  const headings = [...doc.querySelectorAll('h1')].map((h) => cleanText(h.textContent) ?? '');
  return [path, ...url.searchParams.values(), doc.title, ...headings].filter(Boolean);
}

/**
 * Headings over another order than the page's, in the marketplaces' languages: a sidebar's or a widget's
 * "Your last order", "Recent orders", a related or original order, an order history.
 */
const OTHER_ORDERS = new RegExp(
  `^(?:${[
    '(?:Your |My )?(?:last|latest|recent|previous|past|other|related|similar|original|earlier) orders?',
    'Recently ordered',
    '(?:Your |My )?Order history',
    '(?:Ihre |Deine |Meine )?(?:letzten?|neuesten?|früheren?|weiteren?|anderen?|vorherigen?|ursprüngliche) Bestellung(?:en)?',
    'Bestellhistorie',
    'Bestellverlauf',
    '(?:Vos |Mes )?(?:dernières?|autres|précédentes?) commandes?',
    "Commandes? (?:récentes?|précédentes?|d['’]origine)",
    'Historique des commandes',
    '(?:Último|Últimos|Otros) pedidos?',
    'Pedidos? (?:recientes|anteriores|relacionados|original)',
    'Historial de pedidos',
    '(?:Ultimo|Ultimi|Altri) ordin[ei]',
    'Ordini (?:recenti|precedenti|correlati)',
    '最近の(?:ご)?注文',
    '前回の(?:ご)?注文',
    '過去の(?:ご)?注文',
    '(?:ご)?注文履歴',
    '他の(?:ご)?注文',
    '最近(?:的)?订单',
    '上次订单',
    '历史订单',
    '其他订单',
    '相关订单',
    '订单记录',
    '最近(?:的)?訂單',
    '上次訂單',
    '歷史訂單',
    '其他訂單',
    '相關訂單',
    '訂單(?:記錄|紀錄)',
    '최근 주문',
    '이전 주문',
    '주문 ?내역',
  ].join('|')})`,
  'iu',
);

/** A line of text as a page sets it: a heading, a paragraph, a list entry, a cell, a block. */
const LINE_ELEMENT = 'h1, h2, h3, h4, h5, h6, [role="heading"], p, li, dt, dd, caption, td, th, div';

/**
 * The few lines right before `table`, nearest first, its caption first of all: each the whole text of the
 * line element around a text node ("<h2>Your <b>last</b> order</h2>" is one line), never one holding the table.
 */
function linesBefore(table: HTMLTableElement, root: Element): string[] {
  const out: string[] = [];
  const caption = cleanText(table.caption?.textContent);
  if (caption) out.push(caption);
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = table;
  let last: Element | undefined;
  for (let n = walker.previousNode(); n && out.length < 4; n = walker.previousNode()) {
    const parent = n.parentElement;
    if (!parent || /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test(parent.tagName) || !cleanText(n.textContent)) continue;
    const line = parent.closest(LINE_ELEMENT) ?? parent;
    if (line === last || line.contains(table)) continue;
    last = line;
    const text = cleanText(line.textContent);
    if (text) out.push(text);
  }
  return out;
}

/**
 * Whether a table holding one order's row is the page's order: the page's address, title or main heading
 * names its number; or, where they name no other number, the table stands in the page's own content (no
 * navigation, sidebar, page header or footer, recommendation widget) under no heading of other orders.
 */
function tableIsThePagesOrder(table: HTMLTableElement, id: string, names: readonly string[], root: Element): boolean {
  if (names.some((t) => hasToken(t, id))) return true;
  if (names.some((t) => [...t.matchAll(NUMBER_TOKEN)].length > 0)) return false;
  if (inRecommendations(table, root)) return false;
  return !linesBefore(table, root).some((t) => t.length <= 60 && OTHER_ORDERS.test(t));
}

export function extractGeneric(
  url: URL,
  doc: Document,
  options: ExtractOptions = {},
  marketplace = 'generic',
): Order[] {
  return idsFromProductLinks(readGeneric(url, doc, options, marketplace), doc, url, options.productIdOfLink);
}

function readGeneric(url: URL, doc: Document, options: ExtractOptions, marketplace: string): Order[] {
  const root = doc.body;
  if (!root) return [];
  const { currency, dates } = pageLocale(url, doc);
  const data = readStructured(doc, dates);
  const lines = textLines(root);
  const names = pageNames(url, doc);
  if (!data.orderId) {
    const ids = labelledIds(lines);
    // A page whose address, title or main heading names one of the numbers it prints is that order's page,
    // not a list: another number on it is a sidebar's, a related order's (read below, by the block of the
    // order the page names), and a card grown around it could take the page's own order's values.
    const named = ids.filter((id) => names.some((t) => hasToken(t, id)));
    // A list printing no order number at all: its cards' own links may name them (link-cards.ts).
    const byLinks = ids.length ? undefined : linkOrderCards(root, url);
    const cards = (named.length === 1 ? undefined : orderCards(root, ids)) ?? byLinks;
    if (cards) {
      const rows = repeatedItemRows(root, currency);
      const idHow = byLinks
        ? 'the order-number parameter of every link of its card'
        : 'label (one order card of a list)';
      return cards.map(({ id, card }) => {
        const d = new OrderDraft(marketplace, url.hostname, 'generic');
        d.text('orderId', id, idHow);
        const cardLines = textLines(card);
        headerDate(d, cardLines, id, dates);
        const byCard = orderSummaryOf(
          readOrder(card, BY_LABEL, { marketplace, site: url.hostname, currency, dates, options }),
          cardLines,
          currency,
        );
        const totalUnsettled = settleTotal(d, cardLines, currency, byCard.amounts);
        readLabels(d, cardLines, currency, dates, { inCard: true, totalUnsettled });
        fillFrom(d, totalUnsettled ? withoutTotal(byCard) : byCard);
        const paid = d.current.amounts.total ? undefined : paidWithShipping(card, currency);
        if (paid) {
          const how = `amount with its shipping "${paid.text.slice(0, 40)}"`;
          d.money('total', paid.total, how);
          if (!d.current.amounts.shipping) d.money('shipping', paid.shipping, how);
        }
        const { total, shipping } = d.current.amounts;
        const own = unitPricesByTotal(
          rows.filter((r) => card.contains(r.tr)),
          total,
          shipping,
        );
        for (const it of own) d.item(it, itemSources('item row of the card'));
        if (!own.length)
          for (const it of cardPictureItems(card, url.href))
            d.item(it, itemSources('picture and title linking to one product in the card'));
        const parcel = d.current.shipments.length ? undefined : cardParcel(card);
        if (parcel) d.shipment(parcel, { status: 'the card’s one parcel status line' });
        readRecipient(d, card, cardLines);
        return d.build(options);
      });
    }
    const tables = headerTables(root, currency, dates);
    const orderRows = tables.find((t) => t.ofOrders && t.rows.filter((r) => r.orderId || r.placedAt).length >= 2)?.rows;
    if (orderRows)
      return orderRows.filter((r) => r.orderId || r.placedAt).map((r) => rowOrder(r, marketplace, url, options));
  }
  const d = new OrderDraft(marketplace, url.hostname, 'generic');
  const src = data.source ?? '';
  d.text('orderId', data.orderId, src)
    .date('placedAt', data.placedAt, src)
    .text('status', data.status, src)
    .text('seller', data.seller, src);
  // A total printed in state ("$459.00") names its currency as the page's locale settles a bare sign.
  d.money('total', data.totalText ? parseMoney(data.totalText, currency) : data.total, src);
  data.items.forEach((it) => d.item(it, { title: src, itemId: src, quantity: src, unitPrice: src }));
  data.shipments.forEach((s) => d.shipment(s, { trackingNumber: src, carrier: src }));
  // A page printing several orders' numbers is read by label only in the block of the order its address names,
  // and its amounts, labels and sentences are taken from the lines of that block, not another order's.
  const readIn = detailRoot(doc, BY_LABEL, { url });
  const read =
    readIn && readOrder(readIn, BY_LABEL, { marketplace, site: url.hostname, currency, dates, options, url });
  const orderLines = !readIn || readIn === root ? lines : textLines(readIn);
  const byLabel = read && orderSummaryOf(read, orderLines, currency);
  const totalUnsettled = settleTotal(d, orderLines, currency, byLabel?.amounts);
  if (byLabel) {
    fillFrom(d, totalUnsettled ? withoutTotal(byLabel) : byLabel);
    const reductions = summedDiscounts(orderLines, currency);
    if (reductions) d.money('discount', reductions.total, reductions.how);
    const digital = orderLines.find((l) => DIGITAL_ORDER.test(l));
    if (digital && !d.current.orderType) d.orderType('digital', `label "${digital.slice(0, 40)}"`);
  }
  const payment = byLabel ? paymentMethodOf(orderLines) : undefined;
  d.text('paymentMethod', payment?.value, `label "${payment?.line.slice(0, 40) ?? ''}"`);
  const logo = byLabel && !payment ? logoPaymentMethod(readIn ?? root, PAYMENT_HEADING) : undefined;
  d.text('paymentMethod', logo, 'card network’s logo beside the masked number, under the payment heading');
  readLabels(d, orderLines, currency, dates, { names, totalUnsettled });
  const refund =
    byLabel && !d.current.amounts.refund ? refundInSentence(orderLines, currency, d.current.amounts.total) : undefined;
  if (refund) d.money('refund', refund.refund, `refund sentence "${refund.line.slice(0, 40)}"`);
  if (!d.current.orderId) {
    // One order laid out as a table: a header row naming the order's number, date and total over one row of
    // values (printable orders, receipts, seller-side pages). Two or more such rows are a list (above). One row
    // alone may be another order's (a sidebar's "Your last order", a related order's summary): it is the
    // page's only where nothing says otherwise (tableIsThePagesOrder).
    const tables = headerTables(root, currency, dates).filter((t) => t.ofOrders);
    const rows = tables.flatMap((t) => t.rows.filter((r) => r.orderId).map((r) => ({ r, table: t.table })));
    const one = rows.length === 1 ? rows[0] : undefined;
    const row = one && tableIsThePagesOrder(one.table, one.r.orderId!, names, root) ? one.r : undefined;
    const how = 'table column under its header';
    if (row)
      d.text('orderId', row.orderId, how)
        .date('placedAt', d.current.placedAt ? undefined : row.placedAt, how)
        .money('total', d.current.amounts.total ? undefined : row.total, how);
  }
  if (!d.current.shipments.length && (d.current.orderId || d.current.amounts.total)) {
    // Parcels in a table whose header names the tracking number (and the carrier) column.
    const parcels = headerTables(root, currency, dates)
      .filter((t) => !t.ofOrders)
      .flatMap((t) => t.rows)
      .flatMap((r) => (r.shipment?.trackingNumber ? [r.shipment] : []));
    const seen = new Set<string>();
    for (const p of parcels)
      if (!seen.has(p.trackingNumber!)) {
        seen.add(p.trackingNumber!);
        d.shipment(p, { trackingNumber: 'table column under its header', carrier: 'table column under its header' });
      }
  }
  if (d.current.orderId || d.current.amounts.total) readRecipient(d, root, lines);
  if (!d.current.items.length && (d.current.orderId || d.current.amounts.total)) {
    // The order's items: a table whose header names them, else item rows of a shape that repeats. Outside an
    // order's card a bare number beside a price may be a rating or a stock count: quantities by label only.
    const itemTable = headerTables(root, currency, dates).find(
      (t) => !t.ofOrders && t.rows.every((r) => r.item && !r.placedAt && !r.orderId),
    )?.rows;
    const rows = itemTable
      ? itemTable.map((r) => ({ item: r.item, ...(r.price ? { price: r.price } : {}) }))
      : repeatedItemRows(root, currency, false);
    let items = itemTable?.map((r) => r.item!) ?? wholeItems(rows);
    let how = itemTable ? 'table column under its header' : 'item row';
    // A price beside several pieces is one piece's when the rows' prices times their quantities add up to
    // the order's own amounts (blocks.ts sumProves); else it stays unknown, as it may be the line's.
    if (
      items.some((it) => !it.unitPrice) &&
      sumProves(
        rows.map((r) => ({ price: r.price, quantity: r.item?.quantity })),
        d.current.amounts,
      )
    ) {
      items = rows.map((r) => ({ ...r.item!, unitPrice: r.price! }));
      how = `${how} (prices times quantities add up to the order amount)`;
    }
    for (const it of items) d.item(it, itemSources(how));
  }
  if (!d.current.items.length && (d.current.orderId || d.current.amounts.total)) {
    // Items laid out as blocks of divs: a picture and a title linking to one product, and a price.
    const blocks = blockItems(root, url.href, currency, d.current);
    for (const it of blocks?.items ?? [])
      d.item(it, {
        ...itemSources(blocks!.how),
        seller: 'label in the item block',
        returnBy: 'label in the item block',
      });
    if (blocks?.cancelled && !d.current.status)
      d.text('status', blocks.cancelled, 'cancellation heading the item blocks').cancelled(
        'cancellation heading the item blocks',
      );
    if (!d.current.shipments.length)
      for (const sh of blocks?.shipments ?? [])
        d.shipment(sh, { status: 'parcel status line above its item blocks', itemTitles: 'item blocks under it' });
    if (blocks?.subscription && !d.current.orderType) d.orderType('subscription', 'subscription line in an item block');
  }
  const found = d.current;
  if (!found.orderId && !found.placedAt && !found.amounts.total && !found.shipments.length) return [];
  return [d.build(options)];
}
