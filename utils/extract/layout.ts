import type { Money, OrderItem } from '../schemas/order';
import { parseDate, type DateOptions } from './dates';
import { cleanText, shownText, textLines } from './dom';
import { alternatives, CN_LABELS, ITEM_LABELS, labelRe, ORDER_LABELS, SHIPPING_LABELS } from './labels';
import type { Shipment } from '../schemas/order';
import { cents, parseMoney } from './money';

/**
 * Repeated structure read by layout, for pages no adapter knows: a table's columns named by its header
 * cells, and an order's item rows (a product link, a price and a quantity in cells of one row). Only what
 * the layout states: a bare number is a quantity only where a header or a label says so, or where it
 * stands in the cell right after the row's price; a price is a unit price only where a header says so or
 * the quantity is one. Anything less leaves the value unknown (wrong is worse than missing).
 */

/**
 * An amount that is its cell's whole text, with its currency sign ("$5.36", "￥3200.00", "12,50 €"); the
 * country letters may stand apart from the sign ("US $80.00" on AliExpress and Alibaba.com, "C $45.99" on eBay).
 */
const MONEY_CELL =
  /^(?:[-−]\s*)?(?:(?:[A-Z]{1,3}\s?\$?\s?|[$€£¥￥₩₹₱฿₫৳]|R\$|Rp|Rs\.?|zł)\s*\d[\d.,\s'’]*|\d[\d.,\s'’]*\s?(?:€|zł|kr|元|円|원|₫|đ|บาท|₽|₪|₺|TL|[A-Z]{3}))$/;

/** Column headers per field, every language the adapters' label tables know, plus the item columns. */
const COLUMN_WORDS = {
  quantity: [
    'Quantity',
    'Qty\\.?',
    'Menge',
    'Anzahl',
    'Quantité',
    'Cantidad',
    'Quantità',
    'Aantal',
    'Ilość',
    'Adet',
    'Quantidade',
    '数量',
    '數量',
    '個数',
    '수량',
    'Số lượng',
    'จำนวน',
    'Jumlah barang',
    'Kuantiti',
    'Количество',
    // Abbreviations invoices print (fr "Qté", pt "Qtd.", de "Anz.", ru "Кол-во") and more languages' words.
    'Qté',
    'Qtd\\.?',
    'Anz\\.',
    'Cant\\.',
    'Кол-во',
    'Кількість',
    'الكمية',
    'כמות',
    'Miktar',
  ],
  unitPrice: [
    'Unit price',
    'Price',
    'Item price',
    'Sale price',
    'Einzelpreis',
    'Preis',
    'Stückpreis',
    'Prix unitaire',
    'Prix',
    'Precio unitario',
    'Precio',
    'Prezzo unitario',
    'Prezzo',
    'Prijs',
    'Cena',
    'Fiyat',
    'Preço unitário',
    'Preço',
    '单价',
    '單價',
    '価格',
    '単価',
    '단가',
    'Đơn giá',
    'ราคาต่อหน่วย',
    'Harga satuan',
    'Harga',
    'Цена',
    'Cena jednostkowa',
    'Birim fiyat(?:ı)?',
    'Цена за (?:шт|ед)\\.?',
    'Ціна',
    'السعر',
    'سعر الوحدة',
    'מחיר(?: ליחידה)?',
    '가격',
  ],
  title: [
    'Item',
    'Items',
    'Items? ordered',
    'Bestellte Artikel',
    'Articles? commandés?',
    'Product',
    'Products',
    'Item name',
    'Product name',
    'Description',
    'Artikel',
    'Produkt',
    'Artikelbezeichnung',
    'Article',
    'Produit',
    'Artículo',
    'Producto',
    'Articolo',
    'Prodotto',
    'Produkt',
    'Ürün',
    'Produto',
    '商品',
    '宝贝',
    '寶貝',
    '商品名',
    '상품',
    'Sản phẩm',
    'สินค้า',
    'Produk',
    'Товар',
    // Product-name columns (ko "상품명"/"상품정보", zh "商品名称"/"商品信息", Shopee TW "商品資訊", pl "Nazwa", ru
    // "Наименование", ar "المنتج", he "מוצר", th "ชื่อสินค้า", vi "Tên sản phẩm", id "Nama Produk").
    '상품(?:명|정보)',
    '商品名称',
    '商品信息',
    '商品資訊',
    '商品名稱',
    'Nazwa(?: produktu)?',
    'Наименование',
    'Назва(?: товару)?',
    'Ürün adı',
    'المنتج',
    'מוצר',
    'ชื่อสินค้า',
    'Tên sản phẩm',
    'Nama Produk',
    'Descripción',
    'Descrição',
    'Désignation',
    'Descrizione',
    'Omschrijving',
    'Bezeichnung',
  ],
  orderDate: ['Date', 'Sale date', 'Purchase date', 'Datum', 'Fecha', 'Data', '日期', '时间', '時間', '日付'],
  lineTotal: [
    'Total price',
    'Amount',
    'Subtotal',
    'Betrag',
    'Summe',
    'Montant',
    'Importe',
    'Importo',
    '金额',
    '金額',
    '小计',
    '小計',
  ],
} as const;

type Column =
  'orderId' | 'placedAt' | 'total' | 'quantity' | 'unitPrice' | 'title' | 'lineTotal' | 'carrier' | 'tracking';

const whole = (alts: readonly string[]) => new RegExp(`^(?:${alts.join('|')})\\s*[:：]?$`, 'i');
const fieldRe = (field: 'orderId' | 'placedAt' | 'total') =>
  whole([labelRe(ORDER_LABELS, field).source, labelRe(CN_LABELS, field).source]);

/** Header text to column, most specific first: "Total price" is the line's total before "Price" is a price. */
const HEADERS: [Column, RegExp][] = [
  ['orderId', fieldRe('orderId')],
  ['placedAt', fieldRe('placedAt')],
  ['placedAt', whole(COLUMN_WORDS.orderDate)],
  ['total', fieldRe('total')],
  ['lineTotal', whole(COLUMN_WORDS.lineTotal)],
  ['quantity', whole(COLUMN_WORDS.quantity)],
  ['unitPrice', whole(COLUMN_WORDS.unitPrice)],
  ['title', whole(COLUMN_WORDS.title)],
  // A shipment table ("Carrier | Tracking number | Status", tracking pages, seller pages, invoices).
  ['tracking', whole([labelRe(SHIPPING_LABELS, 'trackingNumber').source])],
  ['carrier', whole([labelRe(SHIPPING_LABELS, 'carrier').source])],
];

export const columnOf = (header: string): Column | undefined => {
  const text = header.replace(/\s+/g, ' ').trim();
  return text ? HEADERS.find(([, re]) => re.test(text))?.[0] : undefined;
};

/** "3", "×3", "x 3", "Qty: 3", "数量：3", "Menge: 3": a quantity stated as one. */
export const LABELLED_QTY = new RegExp(
  `^(?:[×xX]\\s*|(?:${COLUMN_WORDS.quantity.join('|')})\\s*[:：]?\\s*)(\\d{1,4})$`,
  'i',
);

/**
 * A cell's text as shown: a quantity picker's chosen option, not every option it lists ("1 2 3" read as 123),
 * a locked field's value (textLines), and a value once where a screen readers' copy stands beside it (shownText).
 */
const cellText = (el: Element) =>
  (el.querySelector('select, input') ? cleanText(textLines(el).join(' ')) : cleanText(shownText(el))) ?? '';
/** A cell's text without what is struck through ("<del>¥11.20</del>¥9.20": the old price is not the price). */
export const unstruckText = (el: Element) => {
  if (!el.querySelector('del, s, strike')) return cellText(el);
  const copy = el.cloneNode(true) as Element;
  for (const struck of copy.querySelectorAll('del, s, strike')) struck.remove();
  return cellText(copy);
};
export const money = (text: string, currency: string | undefined): Money | undefined =>
  MONEY_CELL.test(text) ? parseMoney(text, currency) : undefined;
const count = (text: string): number | undefined => {
  const n = /^\d{1,4}$/.test(text) ? Number(text) : undefined;
  return n && n > 0 ? n : undefined;
};

export interface TableRow {
  orderId?: string;
  placedAt?: string;
  total?: Money;
  item?: OrderItem;
  /** Whether the order number was read from the row's links (`orderId=`), not from a column. */
  orderIdFromLinks?: boolean;
  /** The price column's amount, whether one piece's or the line's (the item's `unitPrice` only when known). */
  price?: Money;
  /** The quantity column's number, whatever the row is. */
  quantity?: number;
  /** Items from the detail rows printed under an order's row (a product link, no order facts of their own). */
  details?: OrderItem[];
  /** A tracking number under its column's header, with the carrier beside it when a column names it. */
  shipment?: Shipment;
}

export interface HeaderTable {
  /** The table read, so a caller can ask where on the page it stands. */
  table: HTMLTableElement;
  rows: TableRow[];
  /** Whether its rows are orders (else they may be items, payments, tracking events). */
  ofOrders: boolean;
}

/**
 * The order number a row does not print but its own links name (a combined order's menu: "Print shipping
 * label", "View sales record", each `…?orderId=239760508014`): one value, the same in every link that
 * carries an order-number parameter, with an order number's shape. Two values or none: unknown.
 */
function orderIdOfLinks(tr: Element): string | undefined {
  const ids = new Set<string>();
  for (const a of tr.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    for (const m of href.matchAll(/[?&;](?:amp;)?order_?id=([^&#;]*)/gi)) ids.add(m[1]!);
  }
  const [id] = ids;
  return ids.size === 1 && id && /^[A-Z0-9][A-Z0-9-]{5,31}$/i.test(id) && /\d{6,}/.test(id) ? id : undefined;
}

/**
 * A cell set as a header without `th` (old invoices, e-mails, Amazon's digital order summary): its whole
 * text is bold (`<td><b>Item</b></td>`) and short, as a label is.
 */
function boldLabelCell(cell: Element): boolean {
  const text = cellText(cell);
  if (!text || text.length > 40) return false;
  const bold = [...cell.querySelectorAll('b, strong')].map((b) => cellText(b)).join(' ');
  return cleanText(bold) === text;
}

/** The header cells of a table: its `thead` row, or a first row made only of `th`, or of bold label cells. */
function headerCells(table: HTMLTableElement): Element[] | undefined {
  const head = table.tHead?.rows[0] ?? table.rows[0];
  if (!head) return undefined;
  const cells = [...head.cells];
  if (!cells.length) return undefined;
  if (head.parentElement === table.tHead || cells.every((c) => c.tagName === 'TH')) return cells;
  return cells.length >= 2 && cells.every(boldLabelCell) ? cells : undefined;
}

const ITEM_SELLER = new RegExp(`^(?:${alternatives(ITEM_LABELS, 'seller').join('|')})\\s*[:：]\\s*(.{2,80})$`, 'i');

/**
 * A quantity printed before the title, as invoices write it: "2 of: Title" (Amazon's English invoices), "1
 * Exemplar(e) von: Title" (amazon.de's, the shared real pages and the review).
 */
const QTY_OF = /^(\d{1,3})\s*(?:of|Exemplar\(e\) von)\s*[:：]\s*(.+)$/i;
/** An item's condition line under its title ("Condition: New", "Zustand: Neu"). */
const CONDITION = /^(?:Condition|Zustand|État|Estado|Condizione|Conditie|Stan)\s*[:：]/i;

/**
 * An item cell of several lines: the first line is the title when it is set in bold, when it carries its
 * quantity ("2 of: Title"), or when every line under it is an item's label (who sold it, its condition, its
 * quantity); those lines are not part of the title ("… Sold by: Amazon.com Services, Inc Condition: New" had
 * been read as one title). A cell of one line is the title whole, less its "2 of:".
 */
function itemCell(cell: Element): { title: string; quantity?: number; seller?: string } | undefined {
  const lines = textLines(cell);
  const first = lines[0];
  if (!first) return undefined;
  const of = QTY_OF.exec(first);
  const rest = of ? of[2]!.trim() : first;
  const under = lines.slice(1);
  const labels =
    under.length > 0 && under.every((l) => ITEM_SELLER.test(l) || CONDITION.test(l) || LABELLED_QTY.test(l));
  // The title set apart at the line's start (bold, italic or the product's link), with what follows it on
  // the line being detail: "<i>Title</i>, Author", "<b><a>Title</a></b>[Audiobook]". Most of the line, so a
  // bold "New" before a title is not taken for it.
  const marked = [...cell.querySelectorAll('b, strong, i, em, a[href]')]
    .map((el) => cellText(el))
    .find((t) => t.length >= 8 && rest.startsWith(t) && t.length * 2 >= rest.length);
  if (!of && !marked && !(lines.length >= 2 && labels)) return undefined;
  const out: { title: string; quantity?: number; seller?: string } = { title: marked ?? rest };
  if (of && Number(of[1]) > 0) out.quantity = Number(of[1]);
  for (const line of under) {
    const q = Number(LABELLED_QTY.exec(line)?.[1] ?? NaN);
    if (q > 0 && out.quantity === undefined) out.quantity = q;
    const seller = ITEM_SELLER.exec(line)?.[1]?.trim();
    if (seller && !/\d[.,]\d{2}\b/.test(seller) && out.seller === undefined) out.seller = seller;
  }
  return out;
}

/**
 * Each body row of every table whose header names its columns, read by column: an order's number, date and
 * total, or an item's title, quantity and price. A table counts when its header names at least two known
 * columns; a row counts only when it has as many cells as the header (a row of another shape is a detail
 * row, not a record). Rows of one table are returned together, in page order.
 */
export function headerTables(root: ParentNode, currency: string | undefined, dates: DateOptions = {}): HeaderTable[] {
  const out: HeaderTable[] = [];
  for (const table of root.querySelectorAll('table')) {
    const head = headerCells(table);
    if (!head) continue;
    const cols = head.map((c) => columnOf(cellText(c)));
    const unitNamed = head.map((c) => UNIT_PRICE_HEADER.test(cellText(c).replace(/\s+/g, ' ').trim()));
    if (new Set(cols.filter(Boolean)).size < 2) continue;
    const rows: TableRow[] = [];
    for (const body of table.tBodies) {
      for (const tr of body.rows) {
        if (tr.parentElement === table.tHead || tr === head[0]!.parentElement) continue;
        const cells = [...tr.cells];
        if (cells.length !== head.length || cells.some((c) => c.tagName === 'TH')) continue;
        const row = readRow(cells, cols, unitNamed, currency, dates);
        if (row && !row.orderId && (row.placedAt || row.total)) {
          const linked = orderIdOfLinks(tr);
          if (linked) {
            row.orderId = linked;
            row.orderIdFromLinks = true;
          }
        }
        const owner = rows[rows.length - 1];
        if (
          !row?.shipment &&
          !row?.orderId &&
          !row?.placedAt &&
          !row?.total &&
          !row?.item &&
          owner &&
          (owner.orderId || owner.placedAt)
        ) {
          const detail = detailItem(cells, row?.quantity);
          if (detail) (owner.details ??= []).push(detail);
          continue;
        }
        if (row?.orderId || row?.placedAt || row?.total || row?.item || row?.shipment) rows.push(row);
      }
    }
    // A table of orders names an order-number column, or is a sales record (a date, a quantity and an amount
    // per row). A date and an amount alone may be a payment history or a tracking log on one order's page.
    const has = (c: Column) => cols.includes(c);
    const ofOrders = has('orderId') || (has('placedAt') && has('quantity') && (has('total') || has('lineTotal')));
    if (rows.length) out.push({ table, rows, ofOrders });
  }
  return out;
}

function readRow(
  cells: Element[],
  cols: (Column | undefined)[],
  unitNamed: readonly boolean[],
  currency: string | undefined,
  dates: DateOptions,
): TableRow | undefined {
  const row: TableRow = {};
  const item: OrderItem = {};
  let carrier: string | undefined;
  let priceAt = -1;
  cells.forEach((cell, i) => {
    const text = cellText(cell);
    switch (cols[i]) {
      case 'orderId':
        if (/^[A-Z0-9][A-Z0-9-]{4,31}$/i.test(text) && /\d{4,}/.test(text)) row.orderId = text;
        break;
      case 'placedAt':
        row.placedAt = parseDate(text, dates) ?? row.placedAt;
        break;
      case 'total':
        row.total = money(text, currency) ?? row.total;
        break;
      case 'lineTotal':
        // A line's total is the order's total only in a table of orders (no item column).
        if (!cols.includes('title')) row.total = row.total ?? money(text, currency);
        break;
      case 'quantity': {
        const q = count(text) ?? Number(LABELLED_QTY.exec(text)?.[1] ?? NaN);
        if (q > 0) item.quantity = row.quantity = q;
        break;
      }
      case 'unitPrice': {
        const p = money(unstruckText(cell), currency);
        if (p) {
          row.price = p;
          priceAt = i;
        }
        break;
      }
      case 'title': {
        const parts = itemCell(cell);
        const title = parts?.title ?? text;
        if (title.length >= 3 && /\p{L}/u.test(title) && title.length <= 300) item.title = title;
        if (parts?.seller) item.seller = parts.seller;
        if (parts?.quantity && !item.quantity) item.quantity = row.quantity = parts.quantity;
        break;
      }
      case 'tracking':
        // Letters and digits, six digits at least, the cell's whole text.
        if (/^[A-Z0-9][A-Z0-9-]{7,39}$/i.test(text) && (text.match(/\d/g)?.length ?? 0) >= 6)
          row.shipment = { ...row.shipment, trackingNumber: text.toUpperCase() };
        break;
      case 'carrier':
        if (/\p{L}/u.test(text) && text.length <= 40 && !/\d{5,}/.test(text)) carrier = text;
        break;
    }
  });
  if (row.shipment && carrier) row.shipment = { carrier, ...row.shipment };
  // A price column is one piece's where its header says so ("Unit price", "单价"), beside one piece, or beside
  // a column of the line's own total ("Price | Quantity | Total"). A bare "Price" over several pieces may be
  // the line's (WooCommerce's order e-mails print the line subtotal under "Price"): unknown, for the caller
  // to prove by the order's amounts.
  if (
    row.price &&
    (unitNamed[priceAt] ||
      !(item.quantity && item.quantity > 1) ||
      cols.some((c) => c === 'total' || c === 'lineTotal'))
  )
    item.unitPrice = row.price;
  if (item.title && (item.quantity || item.unitPrice)) row.item = item;
  if (!row.orderId && !row.placedAt && !row.total && !row.item && !row.quantity && !row.shipment) return undefined;
  return row;
}

/**
 * A detail row's item: the longest product-link text, and the listing number printed alone beside that
 * link (a run of 9 to 15 digits). Without both, no item: a longest link alone may be any link of the row
 * (a note, a custom label), and the number is what ties the title to a product.
 */
function detailItem(cells: Element[], quantity: number | undefined): OrderItem | undefined {
  let best: { title: string; link: Element } | undefined;
  for (const cell of cells)
    for (const a of cell.querySelectorAll('a[href]')) {
      const t = cellText(a);
      if (t.length >= 8 && /\p{L}{3}.*\s.*\p{L}{3}/u.test(t) && t.length > (best?.title.length ?? 0))
        best = { title: t, link: a };
    }
  if (!best) return undefined;
  // The link's siblings: text or an element holding only the number.
  const ids = [...(best.link.parentElement?.childNodes ?? [])]
    .filter((n) => n !== best.link)
    .map((n) => (n.textContent ?? '').trim())
    .filter((t) => /^\d{9,15}$/.test(t));
  if (ids.length !== 1) return undefined;
  return { title: best.title, itemId: ids[0]!, ...(quantity ? { quantity } : {}) };
}

/**
 * An order's item rows in a table with no header: each `tr` whose cells hold a product link's text, a
 * price alone in its cell and the quantity: under a quantity label ("×2", "Qty: 2"), or with `bareQuantity`
 * (inside an order's own card, where a number beside a price is no rating or stock count) a number alone in
 * the cell right after the price. The
 * price is the unit price only when the quantity is one or the column's header names a unit price (otherwise
 * it may be the line's total: unknown, for the caller to prove by the order's amounts).
 * `signature` groups rows of one shape, so a caller can require the shape to repeat across the page.
 */
export function itemRow(
  tr: HTMLTableRowElement,
  currency: string | undefined,
  bareQuantity = true,
): { item?: OrderItem; price?: Money; signature: string } | undefined {
  const cells = [...tr.cells];
  if (cells.length < 3) return undefined;
  const unreadable = { signature: String(cells.length) };
  let priceAt = -1;
  let price: Money | undefined;
  for (let i = 0; i < cells.length && !price; i++) {
    price = money(unstruckText(cells[i]!), currency);
    if (price) priceAt = i;
  }
  if (!price) return unreadable;
  // A free add-on line under the items (a shipping-insurance service at 0.00, nothing after its price: no
  // quantity, no total, no status) is no purchased item, and leaves the order's items readable.
  if (price.amount === 0 && cells.slice(priceAt + 1).every((c) => !cellText(c))) return undefined;
  const next = cells[priceAt + 1] ? cellText(cells[priceAt + 1]!) : '';
  let quantity = (bareQuantity ? count(next) : undefined) ?? Number(LABELLED_QTY.exec(next)?.[1] ?? NaN);
  if (!(quantity > 0)) {
    for (const c of cells) {
      const m = LABELLED_QTY.exec(cellText(c));
      if (m) quantity = Number(m[1]);
    }
  }
  if (!(quantity > 0)) return unreadable;
  let title = '';
  for (const cell of cells.slice(0, priceAt))
    for (const a of cell.querySelectorAll('a[href]')) {
      const t = cellText(a);
      if (t.length > title.length && /\p{L}{2}/u.test(t) && !/^\[.*\]$/.test(t)) title = t;
    }
  if (title.length < 4) return unreadable;
  const item: OrderItem = { title, quantity };
  // A price beside several pieces may be the line's (a struck amount above it may be the line's before its
  // discount, as Shopify's order pages strike it): one piece's only where its column's header says so.
  if (quantity === 1 || unitPriceColumn(tr, priceAt)) item.unitPrice = price;
  return { item, price, signature: String(cells.length) };
}

/**
 * Header words that say a price is one piece's ("Unit price", "单价", "単価", "Einzelpreis"): not a bare "Price",
 * which heads a line's price on some sites (WooCommerce's order e-mails print the line subtotal under "Price").
 */
const UNIT_PRICE_HEADER = whole([
  'Unit price',
  'Price (?:per|each)(?: (?:item|unit|piece))?',
  'Einzelpreis',
  'Stückpreis',
  'Prix unitaire',
  'P\\.\\s?U\\.',
  'Precio unitario',
  'Prezzo unitario',
  'Stukprijs',
  'Preço unitário',
  'Cena jednostkowa',
  'Birim fiyat(?:ı)?',
  'Цена за (?:шт|ед)\\.?',
  'Ціна за (?:шт|од)\\.?',
  '单价',
  '單價',
  '単価',
  '단가',
  'Đơn giá',
  'ราคาต่อหน่วย',
  'Harga satuan',
  'سعر الوحدة',
  'מחיר ליחידה',
]);

/**
 * Tables made only of header cells, in page order: a list's header printed apart from its rows (Taobao). Found
 * afresh on each call: a live page changes between readings.
 */
function detachedHeaders(doc: Document): HTMLTableElement[] {
  return [...doc.querySelectorAll('table')].filter(
    (t) =>
      t.rows.length > 0 &&
      [...t.rows].every((r) => r.cells.length > 0 && [...r.cells].every((c) => c.tagName === 'TH')),
  );
}

/**
 * Whether the header over a row's cell says it holds one piece's price: the row's own table's header, or else
 * the last table before it made only of header cells, cell for cell as many as the row (a list printing its
 * header once, each order in a table of its own, as Taobao's 已买到的宝贝 does).
 */
function unitPriceColumn(tr: HTMLTableRowElement, at: number): boolean {
  const table = tr.closest('table');
  if (!table) return false;
  const cells = [...tr.cells];
  if (cells.some((c) => c.colSpan > 1)) return false;
  const own = headerCells(table);
  let head: Element[] | undefined = own && own[0]!.parentElement !== tr ? own : undefined;
  if (!head) {
    const before = detachedHeaders(table.ownerDocument).filter(
      (h) => h !== table && Boolean(h.compareDocumentPosition(table) & 4 /* DOCUMENT_POSITION_FOLLOWING */),
    );
    const last = before[before.length - 1];
    head = last ? [...last.rows[last.rows.length - 1]!.cells] : undefined;
  }
  if (!head || head.length !== cells.length || head.some((c) => (c as HTMLTableCellElement).colSpan > 1)) return false;
  return UNIT_PRICE_HEADER.test(cellText(head[at]!).replace(/\s+/g, ' ').trim());
}

/**
 * Every item row under `root`, kept only when at least two rows of the page share its shape (a layout that
 * repeats), each with the element it sits in so that a card reads only its own. A row of that shape with a
 * link that cannot be read whole (a price or quantity in a form not understood) is returned as
 * `item: undefined`: the caller then reads no items for its order rather than a shifted or short list.
 */
export function repeatedItemRows(root: ParentNode, currency: string | undefined, bareQuantity = true): ItemRow[] {
  const found: (ItemRow & { signature: string })[] = [];
  for (const tr of root.querySelectorAll('tr')) {
    // A row holding another table is a frame, not an item.
    if (tr.querySelector('table')) continue;
    const r = itemRow(tr as HTMLTableRowElement, currency, bareQuantity);
    if (r) found.push({ tr, item: r.item, ...(r.price ? { price: r.price } : {}), signature: r.signature });
  }
  const shapes = new Map<string, number>();
  for (const f of found) if (f.item) shapes.set(f.signature, (shapes.get(f.signature) ?? 0) + 1);
  return found
    .filter((f) => (shapes.get(f.signature) ?? 0) >= 2 && (f.item || f.tr.querySelector('a[href]')))
    .map(({ tr, item, price }) => (price ? { tr, item, price } : { tr, item }));
}

export interface ItemRow {
  tr: Element;
  item: OrderItem | undefined;
  /** The row's price, whether unit or line total (its item's `unitPrice` only when that is known). */
  price?: Money;
}

/**
 * The rows' prices as unit prices when the order's own amounts prove it: price × quantity summed over the
 * rows, plus shipping, equals the total (one currency). Otherwise a price beside several pieces stays
 * unknown, since it may be the line's total.
 */
export function unitPricesByTotal(rows: readonly ItemRow[], total?: Money, shipping?: Money): OrderItem[] {
  const items = wholeItems(rows);
  if (!items.length || !total || rows.some((r) => !r.price || r.price.currency !== total.currency)) return items;
  if (shipping && shipping.currency !== total.currency) return items;
  const sum =
    rows.reduce((n, r) => n + cents(r.price!) * (r.item!.quantity ?? 1), 0) + (shipping ? cents(shipping) : 0);
  if (sum !== cents(total)) return items;
  return rows.map((r) => ({ ...r.item!, unitPrice: r.price! }));
}

/** The items of the rows, or none when one of them could not be read. */
export function wholeItems(rows: readonly { item: OrderItem | undefined }[]): OrderItem[] {
  return rows.every((r) => r.item) ? rows.map((r) => r.item!) : [];
}

const SHIPPING_WORDS = [labelRe(ORDER_LABELS, 'shipping').source, labelRe(CN_LABELS, 'shipping').source].join('|');
/**
 * "￥27.32(含运费：￥5.00)", "$27.32 (incl. shipping: $5.00)", "27,32 € (inkl. Versand: 5,00 €)": an amount
 * that says its shipping is included, as order lists print what was paid. Read whole or not at all.
 */
const PAID_WITH_SHIPPING = new RegExp(
  `^(.+?)\\s*[(（]\\s*(?:含|incl\\.?|including|inkl\\.?|inklusive|dont|incluye)?\\s*(?:${SHIPPING_WORDS})(?:\\s*(?:fee\\s*)?(?:included|inbegriffen|inclus|incluido))?\\s*[:：]\\s*(.+?)\\s*[)）]$`,
  'i',
);

/** The amount paid and its shipping from the one element of `card` printing them together, if any. */
export function paidWithShipping(
  card: Element,
  currency: string | undefined,
): { total: Money; shipping: Money; text: string } | undefined {
  const found: { total: Money; shipping: Money; text: string }[] = [];
  for (const el of card.querySelectorAll('td, div, p, li, span')) {
    const text = cellText(el);
    const m = text.length <= 80 ? PAID_WITH_SHIPPING.exec(text) : null;
    const total = m ? money(m[1]!, currency) : undefined;
    const shipping = m ? money(m[2]!, currency) : undefined;
    if (!total || !shipping || total.currency !== shipping.currency) continue;
    if (!found.some((f) => f.text === text)) found.push({ total, shipping, text });
  }
  // Two different such amounts in one card: which is the order's is unknown.
  return found.length === 1 ? found[0] : undefined;
}
