/**
 * Order-page labels per language, for the adapters that read by label (configured.ts and the shared
 * tracking reader). Kept per language so that a test can tell, for every site an adapter claims, which
 * fields its language can be read in (tests/unit/marketplaces/label-coverage.test.ts); the readers
 * use the union of all languages, longest label first, so a page in any language reads the same way.
 * Each entry is a regular-expression fragment matched at the start of a line. Where a label was
 * taken from a public source, the comment names it; a language with no known label for a field has
 * no entry, and that field stays unknown on its pages (never guessed).
 */
export const LANGS = [
  'en',
  'es',
  'pt',
  'de',
  'fr',
  'it',
  'nl',
  'sv',
  'pl',
  'tr',
  'ja',
  'ko',
  'th',
  'vi',
  'id',
  'ms',
  'tl',
  'zh-Hans',
  'zh-Hant',
  'ru',
  'ar',
  'he',
] as const;
export type Lang = (typeof LANGS)[number];

export const LABEL_FIELDS = [
  'orderId',
  'placedAt',
  'status',
  'seller',
  'paymentMethod',
  'subtotal',
  'shipping',
  'tax',
  'discount',
  'total',
  'refund',
  'trackingNumber',
  'carrier',
  'shipmentStatus',
  'deliveredAt',
  'estimatedDelivery',
  'recipient',
  /** The order's own cancellation as a status line or badge (the whole value; status.ts). */
  'cancelled',
] as const;
export type LabelField = (typeof LABEL_FIELDS)[number];

export type LabelTable<F extends string = LabelField> = Partial<Record<Lang, Partial<Record<F, readonly string[]>>>>;

/** Every language's alternatives for one field, longest first ("Total del pedido" before "Total"). */
export function alternatives<F extends string>(
  table: LabelTable<F>,
  field: F,
  langs: readonly Lang[] = LANGS,
): string[] {
  const all = new Set(langs.flatMap((l) => table[l]?.[field] ?? []));
  return [...all].sort((a, b) => b.length - a.length);
}

export function labelRe<F extends string>(table: LabelTable<F>, field: F, flags = ''): RegExp {
  return new RegExp(alternatives(table, field).join('|'), flags);
}

/**
 * Tracking-number and carrier labels, shared by every reader (utils/extract/tracking.ts): Amazon's
 * tracking pages per site, the configured adapters' order and tracking pages.
 */
export const SHIPPING_LABELS: LabelTable = {
  en: {
    trackingNumber: [
      'Tracking ID',
      'Tracking (?:number|no\\.?|#|code)',
      'Tracking',
      'Waybill(?: number| no\\.?)?',
      'AWB',
    ],
    carrier: [
      'Shipped with',
      'Shipped by',
      'Shipped via',
      'Carrier',
      'Courier',
      'Shipping (?:carrier|company|provider)',
      'Logistics (?:company|provider)',
      'Delivery (?:partner|company|service)',
    ],
  },
  es: {
    trackingNumber: [
      'ID de seguimiento',
      'Número de seguimiento',
      'N[úu]mero de (?:rastreo|gu[íi]a)',
      'Código de seguimiento',
    ],
    carrier: [
      'Se envió con',
      'Enviado con',
      'Enviado por',
      'Paquetería',
      'Transportista',
      'Empresa de (?:transporte|paquetería)',
    ],
  },
  pt: {
    trackingNumber: ['ID de rastreamento', 'Código de rastreio', 'C[óo]digo de rastreamento', 'Número de rastreamento'],
    carrier: ['Enviado (?:com|pela|pelos?)', 'Transportadora'],
  },
  de: {
    trackingNumber: [
      'Sendungsnummer',
      'Sendungsverfolgungs(?:nummer|-ID)',
      'Tracking-ID',
      'Trackingnummer',
      'Paketnummer',
    ],
    carrier: [
      'Versand (?:mit|durch|über)',
      'Zustellung durch',
      'Versendet (?:mit|durch)',
      'Verschickt mit',
      'Zusteller',
      'Transportunternehmen',
      'Versanddienstleister',
    ],
  },
  fr: {
    // French Canada (Canada Post, Purolator): "Numéro de repérage".
    trackingNumber: ['Numéro de suivi', 'ID de suivi', 'N° de suivi', 'Numéro de repérage', 'N° de repérage'],
    carrier: ['Expédié (?:avec|par)', 'Livré par', 'Transporteur'],
  },
  it: {
    // eBay.it's "Numero di tracciabilità".
    trackingNumber: [
      'ID (?:di )?tracciabilità',
      'Numero di (?:tracciamento|spedizione|tracciabilità)',
      'Codice di (?:tracciamento|tracciabilità)',
    ],
    carrier: ['Spedito (?:con|tramite)', 'Corriere'],
  },
  nl: {
    trackingNumber: ['Track (?:&|and) Trace(?:-ID| code)?', 'Trackingcode'],
    carrier: ['Verzonden met', 'Vervoerder'],
  },
  sv: { trackingNumber: ['Spårnings(?:-ID|nummer)', 'Kolli-ID'], carrier: ['Skickat med', 'Transportör'] },
  pl: {
    // Amazon.pl's "Tracking ID" as "Identyfikator przesyłki".
    // Couriers' waybill: "Numer listu przewozowego", "Numer nadania".
    trackingNumber: [
      'Numer (?:przesyłki|śledzenia)',
      'Identyfikator (?:przesyłki|śledzenia)',
      'Numer listu przewozowego',
      'Numer nadania',
    ],
    carrier: ['Wysłan[eoa] przez', 'Przewoźnik', 'Kurier'],
  },
  tr: {
    // Amazon.com.tr's "Tracking ID" as "Takip Kimliği".
    // "Kargo Takip No" / "Kargo takip kodu" (Turkish shops' shipment boxes).
    trackingNumber: ['Takip (?:numarası|No\\.?)', 'Kargo takip (?:numarası|no\\.?|kodu)', 'Takip Kimliği'],
    carrier: ['Kargo (?:firması|şirketi)'],
  },
  ja: {
    trackingNumber: ['追跡(?:ID|番号)', 'お問い合わせ伝票番号', '伝票番号'],
    carrier: ['配送業者', '運送会社', '配送会社'],
  },
  ko: { trackingNumber: ['운송장 ?번호', '송장 ?번호'], carrier: ['택배사', '배송업체'] },
  th: {
    trackingNumber: ['หมายเลข(?:ติดตาม)?พัสดุ', 'เลขพัสดุ', 'เลขที่?ติดตามพัสดุ', 'หมายเลขติดตาม'],
    carrier: ['บริษัทขนส่ง', 'ขนส่งโดย'],
  },
  vi: { trackingNumber: ['Mã vận đơn', 'Mã theo dõi'], carrier: ['Đơn vị vận chuyển', 'Vận chuyển bởi'] },
  id: {
    trackingNumber: ['No\\.? Resi', 'Nomor Resi', 'Nomor pelacakan'],
    carrier: ['Jasa Kirim', 'Kurir', 'Dikirim dengan'],
  },
  ms: { trackingNumber: ['No\\.? Penjejakan', 'Nombor Penjejakan'], carrier: ['Perkhidmatan Penghantaran'] },
  'zh-Hans': {
    // 京东's parcel lines "承运人：…" and "货运单号：…" (CN_LABELS).
    trackingNumber: ['运单号码?', '快递单号', '物流单号', '运单编号', '追踪号', '物流编号', '货运单号'],
    carrier: ['物流公司', '快递公司', '承运商', '承运人', '物流商'],
  },
  'zh-Hant': {
    // Hong Kong and Taiwan shops: "運單編號", "運單號碼", "物流公司", "快遞公司" (the Traditional forms of
    // CN_LABELS' 运单号码 and 物流公司). Not "包裹編號": the shop's or platform's own parcel number, which sellers'
    // tools keep apart from the carrier's 物流單號.
    trackingNumber: [
      '貨運單號',
      '物流編號',
      '追蹤(?:編號|號碼)',
      '託運單號',
      '運單(?:號碼?|編號)',
      '物流單號',
      '快遞單號',
    ],
    carrier: ['承運商', '貨運公司', '物流業者', '物流公司', '快遞公司'],
  },
  // aliexpress.ru and Russian shops: "Трек-номер", "Номер для отслеживания"; Ukrainian (Нова пошта's waybill "ТТН").
  ru: {
    trackingNumber: ['Трек[- ]номер', 'Номер (?:для )?отслеживания', 'Номер відстеження', 'Номер ТТН', 'ТТН'],
    carrier: ['Служба доставки', 'Перевозчик', 'Служба доставлення', 'Перевізник'],
  },
  he: { trackingNumber: ['מספר מעקב'], carrier: ['חברת (?:ה)?משלוחים', 'חברת שילוח'] },
  ar: {
    // Amazon.ae/.sa/.eg's "Tracking ID" as "معرف التتبع".
    trackingNumber: ['رقم التتبع', 'رقم الشحنة', 'معرّ?ف التتبع', 'رقم تتبع الشحنة'],
    carrier: ['شحن بواسطة', 'تم الشحن (?:بواسطة|مع)', 'شركة الشحن'],
  },
};

/**
 * The configured adapters' order-page labels (AliExpress, Temu, SHEIN, TikTok Shop, Shopee, Lazada,
 * Etsy, eBay, Walmart, Alibaba.com), per language.
 */
export const ORDER_LABELS: LabelTable = {
  en: {
    orderId: [
      'Order\\s*(?:number|no\\.?|ID|#|SN)',
      'Receipt #?',
      'Transaction ID',
      // Alibaba.com's Trade Assurance orders: "Trade Assurance Order no. 3044…" (an Alibaba order-portal
      // tool's tests on GitHub, as marketplaces/alibaba reads them).
      'Trade Assurance order\\s*(?:no\\.?|number)',
    ],
    placedAt: [
      'Order date',
      'Ordered on',
      // The order type's own date label (Amazon's digital summaries, "Digital Order: Sept. 20 2024").
      'Digital order',
      'Order placed',
      'Placed on',
      'Purchased on',
      'Date placed',
      'Order time',
      'Paid on',
      // eBay order details: "Date of purchase" / "Purchase date" (.com, .co.uk); Seller Hub "Date sold";
      // "Time placed" today (Kagee/webshop-order-scraper scrapers/ebay.py).
      'Date of purchase',
      'Purchase date',
      'Time placed',
      'Date sold',
      'Date of order',
      'Date ordered',
      'Order created(?: on)?',
    ],
    status: ['Order status', 'Status'],
    // "Shop"/"Store" only as a label with its colon: the site menu's "Shop by category" is no seller.
    // "Supplier:" on Alibaba.com and 1688's English view (供应商 in zh), with its colon: "Supplier evaluation" is no seller.
    seller: ['Sold by', 'Seller(?=\\s*[:：]|\\s*$)', '(?:Shop|Store|Supplier)(?=\\s*[:：])'],
    // AliExpress's `.info-row` "Payment: …" (Kagee/webshop-order-scraper scrapers/aliexpress.py); Lazada "Paid by".
    // "Payment Methods" heads Amazon's 2020– payment box (amazon.com and amazon.ca order details, shared real pages).
    paymentMethod: ['Payment methods?', 'Paid with', 'Payment(?=\\s*[:：])', 'Paid by'],
    subtotal: ['Item\\(?s\\)? (?:subtotal|total)', 'Items? total', 'Subtotal', 'Merchandise subtotal', 'Product total'],
    // "Postage & Packing:" (amazon.co.uk's 2019 order details, azad's saved pages).
    shipping: ['Shipping(?: fee| & handling| cost)?', 'Delivery(?: fee)?', 'Postage (?:&|and) Packing', 'Postage'],
    // Several lines add up (engine.ts readTaxLines): Canada GST/HST + PST/RST/QST (eBay.ca, Walmart.ca print
    // "Estimated GST/HST" like Amazon.ca), the US state and local lines.
    tax: [
      'Sales tax(?:es)?',
      // "Estimated tax to be collected:" (amazon.com order details, shared real pages).
      'Estimated (?:GST/HST|PST/RST/QST|tax(?:es)?(?: to be collected)?)',
      'GST/HST',
      'PST/RST/QST',
      'PST',
      'QST',
      '(?:State|County|City|Local) tax',
      'Taxes',
      'Tax(?:es)? collected',
      'Tax',
      'VAT',
      'GST',
      'HST',
    ],
    // Shopee's summary rows; Etsy's "Shop discount".
    // Amazon's summary reductions, each its own line (amazon.com, .ca order details, shared real pages).
    discount: [
      'Promotions? applied',
      'Free shipping',
      'Subscribe (?:&|and) Save',
      'Buy \\d+,? save \\d+%?',
      '(?:Your )?Coupon savings',
      'Discount',
      'Coupon',
      'Shopee Voucher(?: Applied)?',
      'Shipping Discount(?: Subtotal)?',
      'Shop discount',
      'Promotion',
      'Voucher',
      'Savings',
    ],
    // "Total amount", "Total charged", "Amount charged": the whole payment as receipts and invoices print it.
    total: [
      'Order total',
      'Grand total',
      'Total paid',
      'Total',
      'Amount paid',
      'Total amount',
      'Total charged',
      'Amount charged',
    ],
    refund: ['Refund(?: total| amount)?', 'Refunded'],
    // eBay UK's tracking block names the carrier as the "Postal service".
    carrier: ['Logistics', 'Shipping method', 'Postal service'],
    shipmentStatus: ['Shipping status', 'Delivery status', 'Shipment status'],
    deliveredAt: ['Delivered(?: on)?'],
    estimatedDelivery: ['Estimated delivery', 'Arrives?(?: by)?', 'Expected delivery'],
    recipient: ['Ship to', 'Recipient', 'Deliver to'],
  },
  es: {
    // Amazon.es/.com.mx's "Pedido n.º 405-…" / "Pedido # 701-…".
    // Mexico and Latin America say "orden" ("Número de orden", "Orden #"); Mercado Libre heads a purchase "Compra
    // #2000…" and, for the seller, a sale "Venta #…".
    orderId: [
      'ID del pedido',
      'N\\.?º? de pedido',
      'Número de pedido',
      'Pedido (?:n\\.?\\s?[º°]|nº|#)',
      'N(?:úmero|o\\.?|\\.?º) de orden',
      'Orden (?:n\\.?\\s?[º°]|nº|#|No\\.)',
      '(?:Compra|Venta) (?:n\\.?\\s?[º°]|nº|#)',
    ],
    // eBay.es "Fecha de compra".
    placedAt: [
      'Fecha del pedido',
      'Hora del pedido',
      'Fecha de (?:la )?compra',
      'Fecha de (?:la )?orden',
      'Pedido realizado(?: el)?',
      'Pedido digital',
      'Comprado el',
    ],
    status: ['Estado del pedido'],
    seller: ['Vendido por', 'Vendedor(?=\\s*[:：])'],
    paymentMethod: ['Método de pago', 'Forma de pago'],
    subtotal: ['Subtotal de (?:los )?productos', 'Subtotal'],
    shipping: ['Envío', 'Costo de envío', 'Gastos de envío'],
    // Mexico's IVA and IEPS lines.
    tax: ['IVA', 'IEPS', 'Impuestos?'],
    discount: ['Cupón aplicado', 'Promoción aplicada', 'Descuento', 'Cupón'],
    total: [
      'Total del pedido',
      'Total',
      'Total (?:a pagar|pagado|de la compra|de la orden)',
      '(?:Importe|Monto) total',
    ],
    refund: ['(?:Importe )?total reembolsado', 'Reembolso'],
    shipmentStatus: ['Estado del envío'],
    deliveredAt: ['Entregado(?: el)?'],
    estimatedDelivery: ['Entrega estimada'],
    recipient: ['Destinatario'],
  },
  // Shopee Brasil's Seller Centre wording (its order export's column headers "ID do pedido", "Data de criação
  // do pedido", "Subtotal do produto", "Taxa de envio pagas pelo comprador", "Nome do destinatário", as several
  // Shopee BR order importers on GitHub read them).
  pt: {
    // Amazon.com.br's "Pedido nº 701-…" and "Pedido feito em 3 de março de 2024".
    // Mercado Livre heads a purchase "Compra #2000…" and, for the seller, a sale "Venda #…".
    orderId: [
      'ID do pedido',
      'N[ºo°]\\.? do pedido',
      'Número do pedido',
      'Pedido (?:n\\.?\\s?[º°]|nº|#)',
      '(?:Compra|Venda) (?:n\\.?\\s?[º°]|nº|#)',
      'Número da compra',
    ],
    placedAt: [
      'Data do pedido',
      'Hora do pedido',
      'Data de criação do pedido',
      'Pedido (?:feito|realizado) em',
      'Data d[ae] compra',
      'Comprado em',
    ],
    status: ['Status do pedido'],
    paymentMethod: ['Forma de pagamento', 'Método de pagamento'],
    subtotal: ['Subtotal dos produtos', 'Subtotal do produto'],
    shipping: ['Frete', 'Taxa de envio pagas? pelo comprador'],
    tax: ['Impostos?'],
    discount: ['Desconto', 'Cupom'],
    total: ['Total do pedido', 'Valor total', 'Total (?:pago|a pagar|da compra)', 'Valor pago'],
    refund: ['Reembolso'],
    shipmentStatus: ['Status da entrega'],
    deliveredAt: ['Entregue(?: em)?'],
    estimatedDelivery: ['Previsão de entrega'],
    recipient: ['Destinatário', 'Nome do destinatário'],
  },
  de: {
    // Temu de "Bestell-ID".
    // "Auftragsnummer" (Otto, Swiss and Austrian shops), "Bestellung Nr. …" (invoices' heads).
    orderId: [
      'Bestell-ID',
      'Bestellnummer',
      'Bestell-Nr\\.?',
      'Auftragsnummer',
      'Auftrags-Nr\\.?',
      'Bestellung (?:Nr\\.?|#)',
    ],
    // eBay.de "Kaufdatum"; AliExpress de "Bestellung aufgegeben am: 3. Jul 2026" (an AliExpress order scraper's
    // tests on GitHub, test_aliexpress_parse).
    placedAt: [
      'Kaufdatum',
      'Bestelldatum',
      'Bestellt am',
      'Bestellung aufgegeben(?: am)?',
      'Bestellzeit',
      // amazon.de's order types (invoices): "Digitale Bestellung:", "Getätigte Spar-Abo-Bestellung:".
      'Digitale Bestellung',
      'Getätigte (?:Spar-Abo-)?Bestellung',
      'Auftragsdatum',
      'Datum der Bestellung',
    ],
    status: ['Bestellstatus'],
    seller: ['Verkauft von', 'Verkäufer(?=\\s*[:：])'],
    paymentMethod: ['Zahlungsmethode', 'Zahlungsart'],
    subtotal: ['Artikel-Zwischensumme', 'Zwischensumme'],
    shipping: ['Verpackung (?:&|und) Versand', 'Versand(?:kosten)?'],
    // amazon.de order details (shared real pages): "Geschätzte USt.:", "Anzurechnende MwSt.:".
    tax: ['Geschätzte USt\\.?', 'Anzurechnende MwSt\\.?', 'MwSt\\.?', 'USt\\.?'],
    discount: [
      'Gutschein eingelöst',
      'Coupon eingelöst',
      'Aktion angewendet',
      'Spar-Abo-Rabatt',
      'Rabatt',
      'Gutschein',
    ],
    // AliExpress de's summary: "Zwischensumme … Gesamt …" (the same scraper's tests); longer labels win.
    // Invoices' and shops' final lines: "Endbetrag", "Rechnungsbetrag", "Zu zahlender Betrag".
    total: [
      'Gesamtsumme',
      'Gesamtbetrag für diese Bestellung',
      'Gesamtbetrag',
      'Gesamt',
      'Endbetrag',
      'Rechnungsbetrag',
      'Zu zahlender Betrag',
      'Bezahlter Betrag',
    ],
    refund: ['Summe der Erstattung', 'Erstattungssumme', 'Erstattungsbetrag', 'Erstattung'],
    shipmentStatus: ['Versandstatus'],
    deliveredAt: ['Zugestellt(?: am)?'],
    estimatedDelivery: ['Voraussichtliche Lieferung'],
    recipient: ['Empfänger'],
  },
  fr: {
    // Amazon.fr/.ca's "Commande n° 403-…"; "Référence de commande" (PrestaShop shops).
    orderId: [
      'ID de (?:la )?commande',
      'Numéro de (?:la )?commande',
      'N° de (?:la )?commande',
      'Commande (?:n[°º]|no\\.?|#)',
      'Référence de (?:la )?commande',
    ],
    // eBay.fr "Date d'achat"; Temu fr "Heure de commande" (unverified).
    placedAt: [
      "Date d[’']achat",
      'Heure de (?:la )?commande',
      'Commande (?:effectuée|passée|placée|réalisée) le',
      'Date de (?:la )?commande',
      'Commandé le',
      'Commande numérique',
    ],
    status: ['Statut de la commande'],
    seller: ['Vendu par', 'Vendeur(?=\\s*[:：])'],
    paymentMethod: ['Moyen de paiement', 'Mode de paiement'],
    subtotal: ['Sous-total'],
    shipping: ['Livraison', 'Frais de (?:port|livraison)', "Frais d'expédition"],
    // French Canada's TPS/TVH and TVP/TVD/TVQ lines.
    tax: ['TPS/TVH', 'TVP/TVD/TVQ', 'TPS', 'TVQ', 'TVA'],
    discount: ['Bon de réduction appliqué', 'Coupon appliqué', 'Promotion appliquée', 'Réduction', 'Remise'],
    // "Total TTC" (with tax) is the paid total; "Total HT" (before tax) is not and is not listed.
    total: [
      'Montant total',
      'Total',
      'Total TTC',
      'Total (?:payé|à payer)',
      'Total de (?:la|votre) commande',
      'Montant (?:TTC|payé|réglé)',
    ],
    refund: ['Montant (?:total )?remboursé', 'Total du remboursement', 'Remboursement'],
    shipmentStatus: ['Statut de (?:la )?livraison'],
    deliveredAt: ['Livré le'],
    estimatedDelivery: ['Livraison estimée'],
    recipient: ['Destinataire'],
  },
  it: {
    // Temu it "ID ordine" (an order-import workflow on GitHub that reads Temu pages).
    // Amazon.it's "Ordine n. 404-…".
    orderId: [
      "ID (?:dell')?ordine",
      "Numero (?:d'|dell')?ordine",
      'N\\. ordine',
      'Ordine (?:n\\.|nº|#)',
      "N[°º]\\.? (?:d'|dell')?ordine",
      'Codice ordine',
    ],
    // eBay.it "Data di acquisto"; Temu it "Ora dell'ordine" (unverified).
    placedAt: [
      'Data di acquisto',
      "Data d[’']acquisto",
      "Ora dell'ordine",
      "Data (?:dell')?ordine",
      'Ordine effettuato(?: il)?',
      'Ordine digitale',
      'Ordinato il',
    ],
    status: ["Stato dell'ordine"],
    seller: ['Venduto da', 'Venditore(?=\\s*[:：])'],
    paymentMethod: ['Metodo di pagamento'],
    subtotal: ['Subtotale'],
    shipping: ['Costi di spedizione', 'Spedizione'],
    tax: ['IVA'],
    discount: ['Coupon applicato', 'Promozione applicata', 'Sconto'],
    total: [
      "Totale (?:dell')?ordine",
      'Totale',
      'Importo totale',
      'Totale (?:pagato|complessivo|da pagare)',
      'Importo pagato',
    ],
    refund: ['Totale rimbors(?:ato|o)', 'Rimborso'],
    shipmentStatus: ['Stato della spedizione'],
    deliveredAt: ['Consegnato il'],
    estimatedDelivery: ['Consegna prevista'],
    recipient: ['Destinatario'],
  },
  // Amazon.nl's "Bestelling geplaatst op 3 maart 2024", "Bestelnr. 402-…", "Totaalbedrag".
  nl: {
    orderId: ['Bestelnummer', 'Bestelnr\\.?', 'Ordernummer', 'Ordernr\\.?'],
    placedAt: ['Besteldatum', 'Bestelling geplaatst(?: op)?', 'Besteld op', 'Datum bestelling', 'Orderdatum'],
    status: ['Bestelstatus'],
    seller: ['Verkocht door'],
    paymentMethod: ['Betaalmethode'],
    subtotal: ['Subtotaal'],
    shipping: ['Verzendkosten'],
    tax: ['BTW'],
    discount: ['Korting'],
    // "Totaal incl. btw" (with VAT: the paid total), "Te betalen".
    total: [
      'Totaalbedrag',
      'Eindtotaal',
      'Totaal',
      'Totaal (?:incl\\.?|inclusief) btw',
      'Te betalen',
      'Betaald bedrag',
    ],
    refund: ['Terugbetaling'],
    recipient: ['Ontvanger'],
  },
  pl: {
    // Amazon.pl's "Zamówienie złożone 3 marca 2024", "Nr zamówienia 406-…", "Suma zamówienia".
    orderId: ['Numer zamówienia', 'Nr zamówienia', 'Zamówienie (?:nr\\.?|#)'],
    placedAt: ['Data zamówienia', 'Zamówienie złożone(?: dnia)?', 'Data (?:zakupu|złożenia zamówienia)'],
    status: ['Status zamówienia'],
    seller: ['Sprzedawca(?=\\s*[:：])'],
    paymentMethod: ['Metoda płatności'],
    shipping: ['Wysyłka'],
    discount: ['Rabat'],
    // "Do zapłaty" (to pay), "Razem do zapłaty": the final line of shops' summaries and invoices.
    total: ['Suma zamówienia', 'Łączna kwota', 'Suma', '(?:Razem |Kwota )?do zapłaty', 'Zapłacono'],
    refund: ['Zwrot'],
    recipient: ['Odbiorca'],
  },
  tr: {
    orderId: ['Sipariş (?:numarası|no|kodu)'],
    // Amazon.com.tr's "Sipariş verildi 3 Mart 2024"; AliExpress tr "Sipariş zamanı".
    placedAt: ['Sipariş tarihi', 'Sipariş verildi', 'Sipariş zamanı'],
    status: ['Sipariş durumu'],
    seller: ['Satıcı(?=\\s*[:：])'],
    paymentMethod: ['Ödeme yöntemi'],
    subtotal: ['Ara toplam'],
    shipping: ['Kargo'],
    tax: ['KDV'],
    discount: ['İndirim'],
    // "Toplam tutar", "Ödenen tutar", "Sipariş tutarı" (Turkish shops' summaries).
    total: [
      'Sipariş toplamı',
      'Genel toplam',
      'Toplam',
      'Toplam tutar',
      'Ödenen tutar',
      'Ödenecek tutar',
      'Sipariş tutarı',
    ],
    refund: ['İade'],
    recipient: ['Alıcı'],
  },
  ja: {
    // The polite forms "ご注文番号", "ご注文日" (Japanese shops' order pages); a seller's view says "受注番号", "受注日".
    orderId: ['ご?注文番号', '受注番号', '注文ID'],
    // AliExpress ja "注文日時".
    placedAt: ['ご?注文日時?', '受注日時?', 'ご?購入日'],
    status: ['注文状況'],
    seller: ['販売者'],
    paymentMethod: ['支払い方法'],
    subtotal: ['小計'],
    shipping: ['配送料・手数料', '送料'],
    tax: ['消費税'],
    discount: ['割引', 'クーポン'],
    total: ['ご請求額', '注文合計', '合計', 'お支払い?(?:金額|合計)', 'ご請求金額', '合計金額', '総合計'],
    refund: ['返金額', '返金'],
    shipmentStatus: ['配送状況'],
    deliveredAt: ['配達日'],
    estimatedDelivery: ['お届け予定'],
    recipient: ['お届け先'],
  },
  ko: {
    // AliExpress ko prints "주문 번호" and "주문 시간" with their spaces.
    orderId: ['주문 ?번호'],
    placedAt: ['주문 ?(?:일시|일자|일|시간)'],
    status: ['주문 ?상태'],
    seller: ['판매자'],
    paymentMethod: ['결제(?:수단|방법)'],
    subtotal: ['상품금액'],
    shipping: ['배송비'],
    tax: ['부가세'],
    discount: ['할인'],
    // Coupang and Korean shops' "최종 결제금액" (the amount finally paid).
    total: ['총 ?결제 ?금액', '결제 ?금액', '합계', '최종 ?결제 ?금액'],
    refund: ['환불'],
    estimatedDelivery: ['예상 도착'],
    recipient: ['받는 사람'],
  },
  // Shopee Thailand's Seller Centre wording ("หมายเลขคำสั่งซื้อ", "สถานะการสั่งซื้อ", "วันที่ทำการสั่งซื้อ",
  // "ชื่อผู้รับ": its order export's headers, as Shopee TH order importers on GitHub read them).
  th: {
    // Lazada's detail header "คำสั่งซื้อ #…".
    orderId: ['คำสั่งซื้อ\\s*#', 'หมายเลขคำสั่งซื้อ', 'เลขที่คำสั่งซื้อ'],
    placedAt: ['เวลาสั่งซื้อ', 'วันที่สั่งซื้อ', 'วันที่ทำการสั่งซื้อ'],
    status: ['สถานะคำสั่งซื้อ', 'สถานะการสั่งซื้อ'],
    seller: ['ร้านค้า(?=\\s*[:：])'],
    paymentMethod: ['ช่องทางการชำระเงิน', 'วิธีการชำระเงิน'],
    subtotal: ['ยอดรวมสินค้า'],
    shipping: ['ค่าจัดส่ง'],
    tax: ['ภาษี'],
    discount: ['ส่วนลด'],
    total: ['รวมการสั่งซื้อ', 'ยอดชำระ', 'ยอดชำระ(?:เงิน)?ทั้งหมด', 'ยอดรวมทั้งหมด', 'รวมทั้งสิ้น'],
    refund: ['คืนเงิน'],
    shipmentStatus: ['สถานะการจัดส่ง'],
    deliveredAt: ['จัดส่งสำเร็จ'],
    estimatedDelivery: ['คาดว่าจะได้รับ'],
    recipient: ['ผู้รับ', 'ชื่อผู้รับ'],
  },
  vi: {
    // Lazada's detail header "Đơn hàng #…".
    orderId: ['Đơn hàng\\s*#', 'Mã đơn hàng'],
    placedAt: ['Thời gian đặt hàng', 'Ngày đặt hàng', 'Đặt hàng (?:vào|lúc|ngày)', 'Ngày mua(?: hàng)?'],
    status: ['Trạng thái đơn hàng'],
    seller: ['Người bán(?=\\s*[:：])'],
    paymentMethod: ['Phương thức thanh toán'],
    subtotal: ['Tổng tiền hàng'],
    shipping: ['Phí vận chuyển'],
    tax: ['Thuế'],
    discount: ['Giảm giá'],
    // Shopee Vietnam's "Tổng số tiền người mua thanh toán" (what the buyer paid; its order export's header, as
    // Shopee VN order importers on GitHub read it). Its "Tổng giá trị đơn hàng" is the value before vouchers: not read.
    // "Tổng cộng" (grand total); "Tổng tiền hàng" is the goods before shipping (subtotal).
    total: ['Thành tiền', 'Tổng thanh toán', 'Tổng số tiền người mua thanh toán', 'Tổng cộng'],
    refund: ['Hoàn tiền'],
    shipmentStatus: ['Trạng thái giao hàng'],
    deliveredAt: ['Đã giao'],
    estimatedDelivery: ['Dự kiến giao'],
    recipient: ['Người nhận'],
  },
  id: {
    // Lazada's detail header "Pesanan #…".
    orderId: ['Pesanan\\s*#', 'No\\.? Pesanan', 'Nomor Pesanan', 'ID Pesanan'],
    // Shopee Indonesia's "Waktu Pesanan Dibuat" and "Nama Penerima" (its Seller Centre export's headers, as
    // Shopee ID order importers on GitHub read them).
    placedAt: ['Waktu Pemesanan', 'Tanggal Pemesanan', 'Waktu Pesanan Dibuat', 'Tanggal (?:Pembelian|Transaksi)'],
    status: ['Status Pesanan'],
    seller: ['Penjual(?=\\s*[:：])'],
    paymentMethod: ['Metode Pembayaran'],
    subtotal: ['Subtotal Produk'],
    shipping: ['Ongkos Kirim', 'Subtotal Pengiriman'],
    tax: ['Pajak'],
    discount: ['Voucher Shopee', 'Diskon', 'Potongan'],
    // "Total Tagihan" (the bill: what was paid). "Total Harga" is the goods before shipping and "Total Belanja"
    // the shopping before service fees: neither is listed.
    total: ['Total Pesanan', 'Total Pembayaran', 'Total (?:Tagihan|Bayar)'],
    refund: ['Pengembalian Dana'],
    shipmentStatus: ['Status Pengiriman'],
    deliveredAt: ['Diterima'],
    estimatedDelivery: ['Perkiraan tiba'],
    recipient: ['Penerima', 'Nama Penerima'],
  },
  ms: {
    orderId: ['Nombor Pesanan', 'ID Pesanan'],
    placedAt: ['Masa Pesanan', 'Tarikh Pesanan'],
    status: ['Status Pesanan'],
    paymentMethod: ['Kaedah Pembayaran'],
    subtotal: ['Jumlah Kecil Barangan'],
    shipping: ['Kos Penghantaran'],
    tax: ['Cukai'],
    discount: ['Baucar'],
    total: ['Jumlah Pesanan', 'Jumlah (?:Pembayaran|Keseluruhan)'],
    refund: ['Bayaran Balik'],
  },
  // Shopee Taiwan's Seller Centre wording ("訂單編號", "訂單成立日期", "訂單狀態", "商品總價", "買家總支付金額",
  // "收件者姓名": its order report's headers, as Shopee TW report parsers on GitHub read them).
  'zh-Hant': {
    orderId: ['訂單編號', '訂單號碼'],
    placedAt: ['訂單成立時間', '訂單成立日期', '下單時間', '訂(?:單|購)(?:日期|時間)'],
    status: ['訂單狀態'],
    seller: ['賣家', '商店名稱'],
    paymentMethod: ['付款方式'],
    subtotal: ['商品總金額', '商品總價', '小計'],
    shipping: ['運費'],
    tax: ['稅費'],
    discount: ['折扣', '優惠券?'],
    // Hong Kong and Taiwan shops: "總計", "總金額", "應付金額", "付款金額".
    total: [
      '訂單金額',
      '訂單總金額',
      '實付金額',
      '買家總支付金額',
      '總計',
      '總金額',
      '應付金額',
      '付款金額',
      '訂單總計',
    ],
    refund: ['退款'],
    shipmentStatus: ['物流狀態'],
    deliveredAt: ['送達時間'],
    estimatedDelivery: ['預計送達'],
    recipient: ['收件人', '收件者姓名'],
  },
  'zh-Hans': {
    orderId: ['订单编号', '订单号'],
    placedAt: ['订单创建时间', '下单时间'],
    status: ['订单状态'],
    paymentMethod: ['付款方式'],
    subtotal: ['商品总价'],
    shipping: ['运费'],
    tax: ['税费'],
    discount: ['折扣', '优惠'],
    total: ['实付款'],
    refund: ['退款'],
    recipient: ['收件人'],
  },
  ru: {
    // "Заказ № 12345" (Ozon, Wildberries and most Russian shops); Ukrainian pages (Rozetka, Prom) in Cyrillic too:
    // "Номер замовлення", "Замовлення №", "Дата замовлення", "Разом", "До сплати".
    orderId: ['Номер заказа', 'Заказ\\s*(?:№|#)', 'Номер замовлення', 'Замовлення\\s*(?:№|#)'],
    placedAt: [
      'Дата заказа',
      'Время заказа',
      'Заказ (?:оформлен|размещён|размещен)',
      'Дата (?:оформления|покупки)',
      'Дата замовлення',
    ],
    status: ['Статус заказа', 'Статус замовлення'],
    seller: ['Продавец(?=\\s*[:：])', 'Магазин(?=\\s*[:：])'],
    paymentMethod: ['Способ оплаты'],
    subtotal: ['Стоимость товаров'],
    shipping: ['Доставка'],
    total: ['Итого', 'Сумма заказа', 'Итого к оплате', 'К оплате', 'Разом', 'До сплати', 'Сума замовлення'],
    refund: ['Возврат средств'],
    recipient: ['Получатель'],
  },
  // Amazon.ae/.sa/.eg ("تم تقديم الطلب" order placed, "إجمالي الطلب" order total); AliExpress ar "وقت الطلب".
  ar: {
    orderId: ['رقم الطلب', 'رقم الطلبية'],
    placedAt: ['تاريخ الطلب', 'وقت الطلب', 'تم (?:تقديم|إجراء) الطلب(?: في)?'],
    status: ['حالة الطلب'],
    subtotal: ['المجموع الفرعي'],
    shipping: ['الشحن', 'رسوم الشحن'],
    tax: ['ضريبة القيمة المضافة'],
    // Noon, Amazon.eg and Gulf shops' summaries: "المجموع", "المبلغ الإجمالي", "المبلغ المدفوع" (amount paid).
    total: [
      'إجمالي الطلب',
      'المجموع الكلي',
      'الإجمالي',
      'المجموع',
      'المبلغ الإجمالي',
      'المبلغ المدفوع',
      'الإجمالي الكلي',
    ],
    recipient: ['المستلم'],
  },
  // Amazon.se ("Beställning gjord 3 mars 2024", "Beställningsnummer", "Totalsumma").
  sv: {
    orderId: ['Beställningsnummer', 'Ordernummer'],
    placedAt: ['Beställning gjord', 'Beställningsdatum', 'Orderdatum'],
    status: ['Beställningsstatus', 'Orderstatus'],
    seller: ['Säljs av'],
    paymentMethod: ['Betalningsmetod', 'Betalningssätt'],
    subtotal: ['Delsumma'],
    shipping: ['Frakt'],
    tax: ['Moms'],
    discount: ['Rabatt'],
    total: ['Totalsumma', 'Totalt', 'Summa'],
    recipient: ['Mottagare'],
  },
  // AliExpress he ("מספר הזמנה", "זמן ההזמנה", "סה״כ").
  he: {
    orderId: ['מספר (?:ה)?הזמנה'],
    placedAt: ['(?:זמן|תאריך) (?:ה)?הזמנה'],
    status: ['סטטוס (?:ה)?הזמנה', 'מצב (?:ה)?הזמנה'],
    subtotal: ['סכום ביניים'],
    shipping: ['משלוח'],
    total: ['סה["״]כ(?: לתשלום)?', 'סך הכל'],
    recipient: ['נמען'],
  },
};

/**
 * The Chinese marketplaces' labels (淘系, 京东, 拼多多, 抖店, 1688), Simplified, and the Traditional forms
 * their Taiwan/Hong Kong views print (淘寶 world.taobao.com 訂單編號/成交時間/實付款, 京東全球). 京东's parcel
 * lines say "承运人：…" and "货运单号：…" (windyyong/open_tool jd/youhou/download_order.js).
 */
export const CN_LABELS: LabelTable = {
  'zh-Hans': {
    orderId: ['订单编号', '订单号码', '订单号'],
    placedAt: [
      '订单创建时间',
      '下单时间',
      '成交时间',
      '创建时间',
      '提交时间',
      '下单日期',
      '订单日期',
      '订购(?:日期|时间)',
      '购买(?:日期|时间)',
    ],
    status: ['订单状态', '交易状态', '状态'],
    seller: ['店铺名称', '店铺', '商家', '卖家', '供应商'],
    paymentMethod: ['支付方式', '付款方式'],
    subtotal: ['商品总价', '商品总额', '商品金额', '货品总价'],
    shipping: ['运费'],
    tax: ['税费', '进口税'],
    discount: ['店铺优惠', '平台优惠', '优惠券', '优惠'],
    total: ['实付款', '实付金额', '实付', '应付总额', '订单总额', '订单金额', '订单总价', '应付金额', '总计'],
    refund: ['退款金额', '已退款'],
    carrier: ['物流公司', '快递公司', '承运商', '承运人', '配送方式'],
    trackingNumber: ['运单号码', '货运单号', '运单号', '快递单号', '物流单号'],
    shipmentStatus: ['物流状态', '配送状态'],
    deliveredAt: ['签收时间', '送达时间'],
    estimatedDelivery: ['预计送达', '预计到达'],
    recipient: ['收货人', '收件人'],
  },
  'zh-Hant': {
    orderId: ['訂單編號', '訂單號碼', '訂單號'],
    placedAt: ['下單時間', '成交時間', '創建時間', '訂單建立時間', '訂(?:單|購)(?:日期|時間)'],
    status: ['訂單狀態', '交易狀態', '狀態'],
    seller: ['店鋪名稱', '店鋪', '商家', '賣家', '供應商'],
    paymentMethod: ['支付方式', '付款方式'],
    subtotal: ['商品總價', '商品總額', '商品金額', '貨品總價'],
    shipping: ['運費'],
    tax: ['稅費', '進口稅'],
    discount: ['店鋪優惠', '平台優惠', '優惠券', '優惠'],
    total: ['實付款', '實付金額', '實付', '應付總額', '訂單總額', '訂單金額', '總計', '總金額', '應付金額'],
    refund: ['退款金額', '已退款'],
    carrier: ['物流公司', '快遞公司', '承運商', '承運人', '配送方式'],
    trackingNumber: ['運單號碼', '貨運單號', '運單號', '快遞單號', '物流單號'],
    shipmentStatus: ['物流狀態', '配送狀態'],
    deliveredAt: ['簽收時間', '送達時間'],
    estimatedDelivery: ['預計送達', '預計到達'],
    recipient: ['收件人', '收貨人'],
  },
};

/**
 * An order's own cancellation as the marketplaces print it in their status line or badge (status.ts matches
 * the whole value): en (Amazon, eBay, Etsy, Walmart, Temu, Shein, AliExpress: "Cancelled" / "Canceled"), the
 * eBay and Amazon country sites' words, Shopee and Lazada ("ยกเลิกแล้ว", "Đã hủy", "Dibatalkan"), 京东, 拼多多
 * "已取消", 1688 "交易取消" and Shopee Taiwan "不成立"/"已取消". Taobao's 交易关闭 (closed: unpaid, cancelled or
 * fully refunded) is not one: it does not say which.
 */
export const STATUS_LABELS: LabelTable = {
  en: {
    cancelled: [
      '(?:This )?order (?:has been |was )?cancell?ed',
      'Cancell?ed(?: by (?:you|the seller|buyer|seller))?',
      'Order cancell?ed',
    ],
  },
  // amazon.de: "Service storniert" heads a cancelled service order (shared real page).
  de: { cancelled: ['Storniert', 'Bestellung storniert', 'Service storniert'] },
  fr: { cancelled: ['Annulée?', 'Commande annulée'] },
  es: { cancelled: ['Cancelad[oa]', 'Pedido cancelado'] },
  pt: { cancelled: ['Cancelad[oa]', 'Pedido cancelado'] },
  it: { cancelled: ['Annullat[oa]', 'Ordine annullato'] },
  nl: { cancelled: ['Geannuleerd'] },
  pl: { cancelled: ['Anulowane', 'Zamówienie anulowane'] },
  tr: { cancelled: ['İptal edildi'] },
  ja: { cancelled: ['キャンセル済み', '注文はキャンセルされました'] },
  ko: { cancelled: ['취소(?:완료|됨)', '주문 ?취소'] },
  // Ukrainian pages: "Скасовано", "Замовлення скасовано".
  ru: { cancelled: ['Отмен[её]н', 'Заказ отмен[её]н', 'Скасовано', 'Замовлення скасовано'] },
  sv: { cancelled: ['Avbruten', 'Annullerad'] },
  ar: { cancelled: ['ملغ[يى]', 'تم الإلغاء', 'تم إلغاء الطلب'] },
  he: { cancelled: ['בוטל(?:ה)?', 'ההזמנה בוטלה'] },
  th: { cancelled: ['ยกเลิกแล้ว'] },
  vi: { cancelled: ['Đã hủy', 'Đã huỷ'] },
  id: { cancelled: ['Dibatalkan', 'Pesanan Dibatalkan'] },
  ms: { cancelled: ['Dibatalkan'] },
  'zh-Hans': { cancelled: ['已取消', '订单已取消', '交易取消'] },
  'zh-Hant': { cancelled: ['已取消', '已取消訂單', '訂單不成立', '不成立'] },
};

/**
 * How a payment card's last digits are printed beside its brand ("Visa | Last digits: 1234", "Visa ending
 * in 1234"), per language. The wordings are Amazon's per country site (marketplaces/amazon/selectors.ts
 * takes them from here); the generic reader reads any page's card by them.
 */
export const CARD_DIGITS_LABELS: LabelTable<'lastDigits' | 'endingIn'> = {
  en: { lastDigits: ['Last digits'], endingIn: ['ending in'] },
  de: { lastDigits: ['Die letzten Ziffern', 'Letzte Ziffern'], endingIn: ['endet mit', 'endend auf'] },
  fr: { lastDigits: ['Derniers chiffres'], endingIn: ['se terminant par', 'terminant par'] },
  es: { lastDigits: ['Últimos dígitos'], endingIn: ['terminada en', 'que termina en'] },
  it: { lastDigits: ['Ultime cifre'], endingIn: ['che termina con', 'terminante con'] },
  nl: { lastDigits: ['Laatste cijfers'], endingIn: ['eindigend op'] },
  sv: { lastDigits: ['Sista siffrorna'], endingIn: ['som slutar på'] },
  pl: { lastDigits: ['Ostatnie cyfry'], endingIn: ['kończąca się na'] },
  tr: { lastDigits: ['Son rakamlar'], endingIn: ['ile biten'] },
  pt: { endingIn: ['com final', 'terminado em'] },
  ja: { lastDigits: ['下\\d桁', '末尾'], endingIn: ['末尾', '下4桁'] },
};

/**
 * What an order page prints inside one item's block, per language: who sold it ("Sold by: X"), the last day
 * it can be returned, and that it comes by subscription. Matched at the start of a line (the seller, the
 * subscription) or anywhere on it before a date (the return window: "Return or replace items: Eligible
 * through …"). Amazon's country sites (marketplaces/amazon/selectors.ts, checked on the shared amazon.com,
 * .ca and .de pages), eBay's and the Asian marketplaces' item lines. A noun label ("Seller", "卖家") needs
 * its colon: "Seller feedback" or "卖家中心" is no seller.
 */
export const ITEM_LABELS: LabelTable<'seller' | 'returnBy' | 'subscription'> = {
  en: {
    seller: [
      'Sold (?:and shipped )?by',
      'Shipped (?:and sold )?from and sold by',
      '(?:Seller|Shop|Store|Supplier)(?=\\s*[:：])',
    ],
    returnBy: [
      'Return window closed on',
      'Return (?:eligible|window open|possible) (?:through|until)',
      'Eligible (?:for return )?(?:through|until)',
      'Returnable (?:through|until)',
      'Return by',
    ],
    subscription: ['Auto-delivered', 'Subscribe (?:&|and) Save(?=\\s*[:：])'],
  },
  de: {
    seller: ['Verkauf (?:und Versand )?durch', 'Verkauft von', '(?:Verkäufer|Händler)(?=\\s*[:：])'],
    returnBy: [
      'Zeitraum für Rückgabe endet am',
      'Berechtigt bis(?: zum)?',
      'Rückgabe bis(?: zum)?',
      'Rücksendung (?:möglich )?bis(?: zum)?',
      'Rücksendefrist endete am',
    ],
    subscription: ['Automatisch zugestellt', 'Spar-Abo(?=\\s*[:：])'],
  },
  fr: {
    seller: ['Vendu (?:et expédié )?par', 'Vendeur(?=\\s*[:：])'],
    returnBy: ["Éligible jusqu'au", "Admissible jusqu'au", "Retour possible jusqu'au", "Retournable jusqu'au"],
    subscription: ['Livré automatiquement', 'Prévoyez et Économisez(?=\\s*[:：])'],
  },
  es: {
    seller: ['Vendido (?:y enviado )?por', 'Vendedor(?=\\s*[:：])'],
    returnBy: [
      'Apto hasta el',
      'Elegible hasta el',
      'Devolución (?:disponible )?hasta(?: el)?',
      'Se puede devolver hasta el',
    ],
    subscription: ['Entrega automática', 'Suscríbete y ahorra(?=\\s*[:：])'],
  },
  pt: {
    seller: ['Vendido (?:e entregue )?por', 'Vendedor(?=\\s*[:：])'],
    returnBy: ['Devolução até'],
  },
  it: {
    seller: ['Venduto (?:e spedito )?da', 'Venditore(?=\\s*[:：])'],
    returnBy: ['Idoneo (?:per (?:il )?reso )?fino al', 'Restituibile fino al', 'Reso possibile fino al'],
    subscription: ['Consegna automatica', 'Iscriviti e risparmia(?=\\s*[:：])'],
  },
  nl: { seller: ['Verkocht door'], returnBy: ['Komt in aanmerking tot', 'Retourneren kan tot'] },
  sv: { seller: ['Säljs av'], returnBy: ['Kan returneras till'] },
  pl: { seller: ['Sprzedane przez', 'Sprzedawca(?=\\s*[:：])'], returnBy: ['Zwrot możliwy do'] },
  tr: { seller: ['Satıcı(?=\\s*[:：])'] },
  ja: {
    seller: ['(?:販売|販売元|販売者|出品者)(?=\\s*[:：])'],
    returnBy: ['返品期限', '返品可能期間', '返品期間'],
    subscription: ['定期おトク便'],
  },
  ko: { seller: ['판매자(?=\\s*[:：])'] },
  th: { seller: ['(?:ร้านค้า|ผู้ขาย)(?=\\s*[:：])'] },
  vi: { seller: ['(?:Người bán|Cửa hàng)(?=\\s*[:：])'] },
  id: { seller: ['Dijual oleh', '(?:Penjual|Toko)(?=\\s*[:：])'] },
  ms: { seller: ['Dijual oleh', '(?:Penjual|Kedai)(?=\\s*[:：])'] },
  tl: { seller: ['Ibinebenta ng', 'Nagbebenta(?=\\s*[:：])'] },
  'zh-Hans': {
    seller: ['(?:卖家|店铺|商家|销售商|销售方|供应商)(?=\\s*[:：])'],
    returnBy: ['退货截止(?:日期|时间)?'],
  },
  'zh-Hant': {
    seller: ['(?:賣家|店鋪|商店|商家|賣場|供應商)(?=\\s*[:：])'],
    returnBy: ['退貨截止(?:日期|時間)?', '退貨期限'],
  },
};

/**
 * A date label that names the order's type (Amazon's digital orders in each site's language: "Digital Order:",
 * "Digitale Bestellung:", philipmulcahy/azad and the shared amazon.ca digital summary): the order is digital.
 */
export const DIGITAL_ORDER_LABELS: LabelTable<'digital'> = {
  en: { digital: ['Digital order'] },
  de: { digital: ['Digitale Bestellung'] },
  fr: { digital: ['Commande numérique'] },
  es: { digital: ['Pedido digital'] },
  it: { digital: ['Ordine digitale'] },
  nl: { digital: ['Digitale bestelling'] },
  ja: { digital: ['デジタル注文'] },
};

/**
 * The heading of an order's delivery-address block, alone on its line ("Ship to", "Versandadresse",
 * "お届け先", "收货地址"): the lines under it are the recipient's name, then the address. A billing address
 * is not the delivery address and is not listed.
 */
export const ADDRESS_LABELS: LabelTable<'shipTo'> = {
  // British English (Amazon.co.uk, .in): "Dispatch to".
  en: {
    shipTo: [
      'Ship(?:ping)? to',
      'Shipping address',
      'Delivery address',
      'Deliver(?:y|ing)? to',
      'Dispatch(?:ed)? to',
      'Dispatch address',
    ],
  },
  de: { shipTo: ['Versandadresse', 'Lieferadresse', 'Lieferanschrift', 'Versand an', 'Liefern an'] },
  fr: { shipTo: ['Adresse de livraison', 'Adresse d’expédition', "Adresse d'expédition", 'Livraison à', 'Expédier à'] },
  es: { shipTo: ['Dirección de envío', 'Dirección de entrega', 'Enviar a'] },
  pt: { shipTo: ['Endereço de entrega', 'Enviar para'] },
  it: { shipTo: ['Indirizzo di spedizione', 'Indirizzo di consegna', 'Spedire a', 'Spedizione a'] },
  nl: { shipTo: ['Verzendadres', 'Bezorgadres'] },
  sv: { shipTo: ['Leveransadress'] },
  pl: { shipTo: ['Adres dostawy', 'Adres wysyłki'] },
  tr: { shipTo: ['Teslimat adresi'] },
  ja: { shipTo: ['お届け先(?:住所)?', '配送先(?:住所)?'] },
  ko: { shipTo: ['배송지', '배송 ?주소'] },
  th: { shipTo: ['ที่อยู่(?:ใน|สำหรับ)?การจัดส่ง', 'ที่อยู่จัดส่ง'] },
  vi: { shipTo: ['Địa chỉ nhận hàng', 'Địa chỉ giao hàng'] },
  id: { shipTo: ['Alamat Pengiriman'] },
  ms: { shipTo: ['Alamat Penghantaran'] },
  'zh-Hans': { shipTo: ['收货地址', '收货信息', '配送地址'] },
  'zh-Hant': { shipTo: ['收件地址', '收件資訊', '收貨地址', '配送地址'] },
};

/**
 * A parcel's state as order pages print it at the head of a shipment's items, the whole line, with or
 * without its date ("Delivered September 9", "Zugestellt: 18. Juli", "Return complete", "配達済み"): Amazon's
 * country sites (shared amazon.com, .ca and .de pages), eBay, the Chinese and South-East Asian marketplaces.
 */
export const PARCEL_STATUS_LABELS: LabelTable<'parcel'> = {
  en: {
    parcel: [
      'Delivered',
      'Arriving',
      'Arrived',
      'Shipped',
      'Out for delivery',
      'Not yet shipped',
      'Preparing for shipment',
      'Return (?:complete|completed|started|received)',
      'Refund (?:issued|completed)',
      'Refunded',
    ],
  },
  de: {
    parcel: [
      'Zugestellt',
      'Zustellung',
      'Geliefert',
      'Versandt',
      'Unterwegs',
      'Rücksendung abgeschlossen',
      'Erstattet',
    ],
  },
  fr: { parcel: ['Livré', 'Livraison prévue', 'Expédié', 'En cours de livraison', 'Retour terminé', 'Remboursé'] },
  es: { parcel: ['Entregado', 'Llega', 'Enviado', 'En camino', 'Devolución completada', 'Reembolsado'] },
  pt: { parcel: ['Entregue', 'Enviado', 'A caminho', 'Reembolsado'] },
  it: { parcel: ['Consegnato', 'Spedito', 'In arrivo', 'Reso completato', 'Rimborsato'] },
  nl: { parcel: ['Bezorgd', 'Verzonden', 'Onderweg'] },
  ja: { parcel: ['配達済み', 'お届け済み', '発送済み', '配送中', '返品完了', '返金済み'] },
  ko: { parcel: ['배송완료', '배송중', '배송 완료'] },
  th: { parcel: ['จัดส่งสำเร็จ', 'ได้รับสินค้าแล้ว', 'อยู่ระหว่างการจัดส่ง'] },
  vi: { parcel: ['Đã giao', 'Đang giao', 'Giao hàng thành công'] },
  id: { parcel: ['Diterima', 'Dikirim', 'Sedang dikirim'] },
  ms: { parcel: ['Dihantar', 'Diterima'] },
  'zh-Hans': { parcel: ['已签收', '已发货', '运输中', '派送中', '已退款', '退货完成'] },
  'zh-Hant': { parcel: ['已簽收', '已出貨', '已發貨', '運送中', '配送中', '已退款', '退貨完成'] },
};
