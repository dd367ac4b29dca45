import type { PageKind } from '../schemas/page';
import { firstEl, outermost } from '../extract/dom';
import { changedMessage } from '../extract/draft';
import { readOrders, type FieldSpec, type OrderSpec } from '../extract/engine';
import { withPageState } from '../extract/page-state';
import { CARRIER_LABEL, TRACKING_LABEL } from '../extract/tracking';
import { kindFromUrl, matchesFor, roleFromUrl } from './define';
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
  /** The currency a bare "$" or "¥" means on this marketplace. */
  currency: string | ((url: URL) => string | undefined);
  urls: UrlPatterns;
  sellerUrls?: RegExp[];
  testUrls: MarketplaceAdapter['testUrls'];
  list?: OrderSpec;
  detail?: OrderSpec;
  /** Package-tracking pages: where the site prints the tracking number and carrier. */
  tracking?: OrderSpec;
  chat?: ChatSpec;
}

/** Alternatives longest first: "Total del pedido" must be tried before "Total" takes the line. */
const oneOf = (...alts: string[]) => new RegExp([...alts].sort((a, b) => b.length - a.length).join('|'));

/**
 * Labels as order pages print them (first words of a line, optional colon), in the languages of the
 * sites these adapters claim: English first, then es, pt-BR, de, fr, it, nl, pl, tr, ja, ko, th, vi, id,
 * ms (Shopee, Lazada, AliExpress, Temu, Shein, TikTok Shop, Etsy, eBay, Walmart country sites) and
 * zh-TW / zh-CN (Shopee Taiwan, the Chinese-language views). Wording from the sites' public pages; a
 * label that is not recognised leaves its field absent.
 */
export const EN: Pick<
  OrderSpec,
  'orderId' | 'placedAt' | 'status' | 'seller' | 'paymentMethod' | 'amounts' | 'shipment' | 'recipient'
> = {
  orderId: {
    label: oneOf(
      'Order\\s*(?:number|no\\.?|ID|#|SN)',
      // Lazada's detail header per language: "Order #…", "Pesanan #…", "คำสั่งซื้อ #…", "Đơn hàng #…".
      'Pesanan\\s*#',
      // Temu's "Order ID" in its European languages ("ID ordine" on temu.com/it, per an order-import workflow
      // on GitHub that reads Temu pages); "Bestell-ID", "ID de commande".
      "ID (?:dell')?ordine",
      'Bestell-ID',
      'ID de (?:la )?commande',
      'คำสั่งซื้อ\\s*#',
      'Đơn hàng\\s*#',
      'Receipt #?',
      'Transaction ID',
      'ID del pedido',
      'N\\.?º? de pedido',
      'Número de pedido',
      'ID do pedido',
      'N[ºo°]\\.? do pedido',
      'Número do pedido',
      'Bestellnummer',
      'Bestell-Nr\\.?',
      'Numéro de commande',
      'N° de commande',
      "Numero (?:d'|dell')?ordine",
      'N\\. ordine',
      'Bestelnummer',
      'Numer zamówienia',
      'Sipariş (?:numarası|no)',
      '注文番号',
      '주문번호',
      'หมายเลขคำสั่งซื้อ',
      'Mã đơn hàng',
      'No\\.? Pesanan',
      'Nomor Pesanan',
      'ID Pesanan',
      'Nombor Pesanan',
      '訂單編號',
      '訂單號碼',
      '订单编号',
      '订单号',
      'Номер заказа',
      'رقم الطلب',
    ),
    re: /([A-Z0-9][A-Z0-9-]{5,30})/,
  },
  placedAt: {
    label: oneOf(
      'Order date',
      'Ordered on',
      'Order placed',
      'Placed on',
      'Purchased on',
      'Date placed',
      'Order time',
      'Paid on',
      // eBay order details per site: "Date of purchase" / "Purchase date" (.com, .co.uk), "Kaufdatum" (.de),
      // "Date d'achat" (.fr), "Data di acquisto" (.it), "Fecha de compra" (.es, below); Seller Hub "Date sold".
      'Date of purchase',
      'Purchase date',
      // eBay's order details today: "Time placed" (Kagee/webshop-order-scraper scrapers/ebay.py).
      'Time placed',
      'Date sold',
      'Kaufdatum',
      "Date d'achat",
      'Data di acquisto',
      'Fecha del pedido',
      'Hora del pedido',
      'Fecha de compra',
      'Data do pedido',
      'Hora do pedido',
      'Bestelldatum',
      'Bestellt am',
      // AliExpress de: "Bestellung aufgegeben am: 3. Jul 2026" (an AliExpress order scraper's tests on GitHub,
      // test_aliexpress_parse); Temu prints "Order time" and its translations.
      'Bestellung aufgegeben(?: am)?',
      'Bestellzeit',
      'Heure de (?:la )?commande',
      "Ora dell'ordine",
      'Date de (?:la )?commande',
      'Commandé le',
      "Data (?:dell')?ordine",
      'Besteldatum',
      'Data zamówienia',
      'Sipariş tarihi',
      '注文日',
      '주문일(?:시)?',
      'เวลาสั่งซื้อ',
      'วันที่สั่งซื้อ',
      'Thời gian đặt hàng',
      'Ngày đặt hàng',
      'Waktu Pemesanan',
      'Tanggal Pemesanan',
      'Masa Pesanan',
      'Tarikh Pesanan',
      '訂單成立時間',
      '下單時間',
      '订单创建时间',
      '下单时间',
      'Дата заказа',
      'Время заказа',
      'تاريخ الطلب',
    ),
  },
  status: {
    label: oneOf(
      'Order status',
      'Status',
      'Estado del pedido',
      'Status do pedido',
      'Bestellstatus',
      'Statut de la commande',
      "Stato dell'ordine",
      'Status zamówienia',
      'สถานะคำสั่งซื้อ',
      'Trạng thái đơn hàng',
      'Status Pesanan',
      '注文状況',
      '訂單狀態',
      '订单状态',
      'Статус заказа',
    ),
  },
  // "Shop"/"Store" only as a label with its colon: the site menu's "Shop by category" is no seller.
  seller: {
    label: oneOf(
      'Sold by',
      'Seller(?=\\s*[:：]|\\s*$)',
      '(?:Shop|Store)(?=\\s*[:：])',
      'Vendido por',
      'Vendedor(?=\\s*[:：])',
      'Verkauft von',
      'Verkäufer(?=\\s*[:：])',
      'Vendu par',
      'Vendeur(?=\\s*[:：])',
      'Venduto da',
      'Venditore(?=\\s*[:：])',
      'Verkocht door',
      'Sprzedawca(?=\\s*[:：])',
      'Satıcı(?=\\s*[:：])',
      '販売者',
      '판매자',
      'ร้านค้า(?=\\s*[:：])',
      'Người bán(?=\\s*[:：])',
      'Penjual(?=\\s*[:：])',
      '賣家',
      '商店名稱',
      'Продавец(?=\\s*[:：])',
      'Магазин(?=\\s*[:：])',
    ),
  },
  paymentMethod: {
    label: oneOf(
      'Payment method',
      'Paid with',
      // AliExpress's `.info-row` "Payment: …" (Kagee/webshop-order-scraper scrapers/aliexpress.py); Lazada "Paid by".
      'Payment(?=\\s*[:：])',
      'Paid by',
      'ช่องทางการชำระเงิน',
      'Método de pago',
      'Forma de pago',
      'Forma de pagamento',
      'Método de pagamento',
      'Zahlungsmethode',
      'Zahlungsart',
      'Moyen de paiement',
      'Mode de paiement',
      'Metodo di pagamento',
      'Betaalmethode',
      'Metoda płatności',
      'Ödeme yöntemi',
      '支払い方法',
      '결제(?:수단|방법)',
      'วิธีการชำระเงิน',
      'Phương thức thanh toán',
      'Metode Pembayaran',
      'Kaedah Pembayaran',
      '付款方式',
      'Способ оплаты',
    ),
  },
  amounts: {
    subtotal: {
      label: oneOf(
        'Item\\(?s\\)? (?:subtotal|total)',
        'Items? total',
        'Subtotal',
        'Merchandise subtotal',
        'Product total',
        'Subtotal de (?:los )?productos',
        'Subtotal dos produtos',
        'Zwischensumme',
        'Sous-total',
        'Subtotale',
        'Subtotaal',
        'Ara toplam',
        '小計',
        '상품금액',
        'ยอดรวมสินค้า',
        'Tổng tiền hàng',
        'Subtotal Produk',
        'Jumlah Kecil Barangan',
        '商品總金額',
        '商品总价',
        'Стоимость товаров',
      ),
    },
    shipping: {
      label: oneOf(
        'Shipping(?: fee| & handling| cost)?',
        'Delivery(?: fee)?',
        'Postage',
        'Envío',
        'Costo de envío',
        'Gastos de envío',
        'Frete',
        'Versand(?:kosten)?',
        'Livraison',
        'Frais de (?:port|livraison)',
        'Spedizione',
        'Verzendkosten',
        'Wysyłka',
        'Kargo',
        '送料',
        '배송비',
        'ค่าจัดส่ง',
        'Phí vận chuyển',
        'Ongkos Kirim',
        'Subtotal Pengiriman',
        'Kos Penghantaran',
        '運費',
        '运费',
        'Доставка',
      ),
    },
    // Several lines add up (engine.ts readTaxLines): Canada GST/HST + PST/RST/QST (eBay.ca, Walmart.ca, Amazon.ca
    // print "Estimated GST/HST"), the US state and local lines, Mexico's IVA and IEPS, French Canada's TPS/TVQ.
    tax: {
      label: oneOf(
        'Sales tax(?:es)?',
        'Estimated (?:GST/HST|PST/RST/QST|tax(?:es)?)',
        'GST/HST',
        'PST/RST/QST',
        'TPS/TVH',
        'TVP/TVD/TVQ',
        'PST',
        'QST',
        'TPS',
        'TVQ',
        '(?:State|County|City|Local) tax',
        'IEPS',
        'Taxes',
        'Tax(?:es)? collected',
        'Tax',
        'VAT',
        'GST',
        'HST',
        'IVA',
        'MwSt\\.?',
        'USt\\.?',
        'TVA',
        'BTW',
        'KDV',
        'Impuestos?',
        'Impostos?',
        '消費税',
        '부가세',
        'ภาษี',
        'Thuế',
        'Pajak',
        'Cukai',
        '稅費',
        '税费',
      ),
    },
    discount: {
      label: oneOf(
        'Discount',
        'Coupon',
        // Shopee's summary rows; Etsy's "Shop discount".
        'Shopee Voucher(?: Applied)?',
        'Shipping Discount(?: Subtotal)?',
        'Shop discount',
        'Promotion',
        'Voucher',
        'Savings',
        'Descuento',
        'Cupón',
        'Desconto',
        'Cupom',
        'Rabatt',
        'Gutschein',
        'Réduction',
        'Remise',
        'Sconto',
        'Korting',
        'Rabat',
        'İndirim',
        '割引',
        '할인',
        'ส่วนลด',
        'Giảm giá',
        'Voucher Shopee',
        'Diskon',
        'Potongan',
        'Baucar',
        '折扣',
        '優惠券?',
        '优惠',
      ),
    },
    total: {
      label: oneOf(
        'Order total',
        'Grand total',
        'Total paid',
        'Total',
        'Amount paid',
        'Total del pedido',
        'Total do pedido',
        'Gesamtsumme',
        'Gesamtbetrag',
        // AliExpress de's summary: "Zwischensumme … Gesamt …" (the same scraper's tests); longer labels win.
        'Gesamt',
        'Montant total',
        'Totale',
        'Totaal',
        'Suma',
        'Toplam',
        '合計',
        '총 결제금액',
        'รวมการสั่งซื้อ',
        'ยอดชำระ',
        'Thành tiền',
        'Tổng thanh toán',
        'Total Pesanan',
        'Total Pembayaran',
        'Jumlah Pesanan',
        '訂單金額',
        '訂單總金額',
        '實付金額',
        '实付款',
        'Итого',
        'Сумма заказа',
        'الإجمالي',
      ),
    },
    refund: {
      label: oneOf(
        'Refund(?: total| amount)?',
        'Refunded',
        'Reembolso',
        'Erstattung',
        'Remboursement',
        'Rimborso',
        'Terugbetaling',
        'Zwrot',
        'İade',
        '返金',
        '환불',
        'คืนเงิน',
        'Hoàn tiền',
        'Pengembalian Dana',
        'Bayaran Balik',
        'Возврат средств',
        '退款',
      ),
    },
  },
  shipment: {
    // eBay UK's tracking block names the carrier as the "Postal service".
    carrier: { label: new RegExp(`${CARRIER_LABEL.source}|Logistics|Shipping method|Postal service`, 'i') },
    trackingNumber: { label: TRACKING_LABEL, re: /([A-Z0-9]{8,34})/ },
    status: {
      label: oneOf(
        'Shipping status',
        'Delivery status',
        'Shipment status',
        'Estado del envío',
        'Status da entrega',
        'Versandstatus',
        'Statut de (?:la )?livraison',
        'Stato della spedizione',
        '配送状況',
        'สถานะการจัดส่ง',
        'Trạng thái giao hàng',
        'Status Pengiriman',
        '物流狀態',
      ),
    },
    deliveredAt: {
      label: oneOf(
        'Delivered(?: on)?',
        'Entregado(?: el)?',
        'Entregue(?: em)?',
        'Zugestellt(?: am)?',
        'Livré le',
        'Consegnato il',
        '配達日',
        'จัดส่งสำเร็จ',
        'Đã giao',
        'Diterima',
        '送達時間',
      ),
    },
    estimatedDelivery: {
      label: oneOf(
        'Estimated delivery',
        'Arrives?(?: by)?',
        'Expected delivery',
        'Entrega estimada',
        'Previsão de entrega',
        'Voraussichtliche Lieferung',
        'Livraison estimée',
        'Consegna prevista',
        'お届け予定',
        '예상 도착',
        'คาดว่าจะได้รับ',
        'Dự kiến giao',
        'Perkiraan tiba',
        '預計送達',
      ),
    },
  },
  recipient: {
    label: oneOf(
      'Ship to',
      'Recipient',
      'Deliver to',
      'Destinatario',
      'Destinatário',
      'Empfänger',
      'Destinataire',
      'Ontvanger',
      'Odbiorca',
      'Alıcı',
      'お届け先',
      '받는 사람',
      'ผู้รับ',
      'Người nhận',
      'Penerima',
      '收件人',
      'Получатель',
    ),
  },
};

/**
 * Chinese labels (淘系, 京东, 拼多多, 抖店, 1688 all print these or close variants), Simplified first, then the
 * Traditional forms their Taiwan/Hong Kong views print (淘寶 world.taobao.com 訂單編號/成交時間/實付款, 京東全球).
 */
export const ZH: typeof EN = {
  orderId: { label: /订单编号|订单号码|订单号|訂單編號|訂單號碼|訂單號/, re: /([A-Za-z0-9-]{8,32})/ },
  placedAt: {
    label: /订单创建时间|下单时间|成交时间|创建时间|提交时间|下单日期|下單時間|成交時間|創建時間|訂單建立時間/,
  },
  status: { label: /订单状态|交易状态|訂單狀態|交易狀態|状态|狀態/ },
  seller: { label: /店铺名称|店铺|商家|卖家|供应商|店鋪名稱|店鋪|賣家|供應商/ },
  paymentMethod: { label: /支付方式|付款方式/ },
  amounts: {
    subtotal: { label: /商品总价|商品总额|商品金额|货品总价|商品總價|商品總額|商品金額|貨品總價/ },
    shipping: { label: /运费|運費/ },
    tax: { label: /税费|进口税|稅費|進口稅/ },
    discount: { label: /店铺优惠|平台优惠|优惠券|优惠|店鋪優惠|平台優惠|優惠券|優惠/ },
    total: { label: /实付款|实付金额|实付|应付总额|订单总额|订单金额|實付款|實付金額|實付|應付總額|訂單總額|訂單金額/ },
    refund: { label: /退款金额|已退款|退款金額/ },
  },
  shipment: {
    // 京东's parcel lines say "承运人：…" and "货运单号：…" (windyyong/open_tool jd/youhou/download_order.js).
    carrier: { label: /物流公司|快递公司|承运商|承运人|配送方式|快遞公司|承運商|承運人/ },
    trackingNumber: {
      label: /运单号码|货运单号|运单号|快递单号|物流单号|運單號碼|貨運單號|運單號|快遞單號|物流單號/,
      re: /([A-Z]{0,4}\d[\dA-Z]{7,25})/,
    },
    status: { label: /物流状态|配送状态|物流狀態|配送狀態/ },
    deliveredAt: { label: /签收时间|送达时间|簽收時間|送達時間/ },
    estimatedDelivery: { label: /预计送达|预计到达|預計送達|預計到達/ },
  },
  recipient: { label: /收货人|收件人|收貨人/ },
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
  const currencyOf = (url: URL) => (typeof spec.currency === 'function' ? spec.currency(url) : spec.currency);

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
    const ctx = { marketplace: spec.id, site: url.hostname, currency: currencyOf(url), options };
    if (kind === 'order-list' && spec.list) {
      const cards = outermost(doc, spec.list.card ?? []);
      if (!cards.length)
        return {
          kind,
          orders: [],
          changed: changedMessage(spec.id, [], `no order cards (${(spec.list.card ?? []).join(', ')})`) ?? '',
        };
      const orders = readOrders(doc, spec.list, true, ctx);
      const changed = changedMessage(spec.id, orders);
      return { kind, orders, ...(changed ? { changed } : {}) };
    }
    if ((kind === 'order-detail' || kind === 'invoice') && spec.detail) {
      const orders = readOrders(doc, spec.detail, false, ctx).map((o) => withPageState(o, url, doc, ctx.currency));
      const changed = changedMessage(spec.id, orders);
      return { kind, orders, ...(changed ? { changed } : {}) };
    }
    if (kind === 'tracking' && spec.tracking) {
      // A tracking page that shows neither a number nor an order leaves the page to the generic reader.
      const orders = readOrders(doc, spec.tracking, false, ctx)
        .map((o) => withPageState(o, url, doc, ctx.currency))
        .filter((o) => o.orderId || o.shipments.length);
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
