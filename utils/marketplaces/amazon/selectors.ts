import { alternatives, CARD_DIGITS_LABELS, labelRe, type LabelTable } from '../../extract/labels';
import type { ListingSelectors } from '../types';

/** Amazon's selectors and labels, one comment per entry saying which layout (and year) it serves. */
export const SELECTORS = {
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
  /** Package tracking: the headline status ("Delivered today", "Arriving Tuesday"). */
  trackingStatus: ['#primaryStatus', '.pt-status-main-status', '[data-testid="primary-status"]'],
  /**
   * Package tracking: the card that holds "<label>: <tracking id>" in the site's language (2020– progress
   * tracker; philipmulcahy/azad src/js/shipment.ts reads the id after the colon, whatever the label says).
   */
  trackingIdCard: ['.pt-delivery-card-trackingId'],
  /** 2020– history: an empty node the page's script fills from a template `script#shipToData-<key>`. */
  shipToNode: ['[id^="shipToInsertionNode-"]'],
} as const;

/**
 * Product pages (/dp/<ASIN>). Element ids as Amazon's product pages have long used them (public page
 * markup); not yet checked against a real saved product page, so each fact falls back to the page's
 * own metadata when its selector finds nothing.
 */
export const LISTING: ListingSelectors = {
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
  variant: [
    '#variation_color_name .selection, #variation_size_name .selection, #variation_style_name .selection',
    '#inline-twister-expanded-dimension-text-color_name',
  ],
  delivery: [
    '#mir-layout-DELIVERY_BLOCK-slot-PRIMARY_DELIVERY_MESSAGE_LARGE',
    '#deliveryBlockMessage',
    '#ddmDeliveryMessage',
    '#delivery-message',
  ],
  returnPolicy: [
    '#productSupportAndReturnPolicy-return-policy-popover-celWidget',
    '#returnsInfoFeature_feature_div .offer-display-feature-text',
    '#returnPolicyFeature_feature_div',
  ],
  description: ['#feature-bullets', '#productDescription'],
  itemId: ['input#ASIN@value', '#ASIN@value'],
};

/** Amazon's own label fields: the shared ones plus its order types, return windows and card digits. */
export type AmazonField =
  | 'orderId'
  | 'placedAt'
  /** Three tiers, most specific first: the grand total, "Order Total", a bare "Total" (never "total before tax"). */
  | 'totalGrand'
  | 'totalOrder'
  | 'total'
  | 'subtotal'
  | 'shipping'
  | 'tax'
  | 'refund'
  | 'discount'
  | 'returnBy'
  | 'seller'
  | 'cancelled'
  | 'subscription'
  | 'giftCard'
  | 'paymentMethod'
  | 'lastDigits'
  | 'endingIn'
  | 'recipient';

/**
 * Labels per language, for the languages of Amazon's country sites (label-coverage.test.ts lists which
 * site speaks which). German, Spanish (Mexico) and Canadian wording is checked against real pages; the
 * rest follows the sites' public help pages. A label that is not recognised leaves its field absent,
 * never guessed. Tracking-page labels are shared (utils/extract/labels.ts SHIPPING_LABELS).
 */
export const AMAZON_LABELS: LabelTable<AmazonField> = {
  en: {
    placedAt: [
      'Ordered on',
      'Order placed',
      'Digital Order',
      'Subscribe (?:&|and) Save order placed',
      'Purchased',
      'Order date',
      // Subscription charges in the order history (philipmulcahy/azad src/js/order_header.ts).
      'Subscription Charged on',
    ],
    orderId: ['Order\\s*#', 'Order number', 'Order ID'],
    totalGrand: ['Grand Total'],
    // "Total of this order" as well (philipmulcahy/azad src/js/order_details.ts).
    totalOrder: ['Order Total', 'Total for this order', 'Total of this order'],
    total: ['Total'],
    subtotal: ['Item\\(s\\) Subtotal', 'Subtotal'],
    shipping: ['Shipping & Handling', 'Postage & Packing'],
    // Every tax line; several (Canada: GST/HST and PST/RST/QST) add up.
    tax: [
      'Estimated tax to be collected',
      'Estimated GST\\/HST',
      'Estimated PST\\/RST\\/QST',
      'Estimated GST',
      'Estimated PST',
      'Estimated tax',
      'Sales Tax',
      'Tax',
      'VAT',
      'GST',
      'HST',
      'PST',
      'QST',
    ],
    refund: ['Refund Total'],
    discount: [
      'Promotion Applied',
      'Subscribe & Save',
      'Free Shipping',
      'Your Coupon Savings',
      'Coupon',
      'Discount',
      'Buy \\d+,? save \\d+%?',
    ],
    returnBy: ['Return window closed on', 'Eligible through', 'Eligible for return until', 'Return eligible through'],
    seller: ['Sold by'],
    cancelled: [
      'This order has been cancell?ed',
      'Your order (?:has been|was) cancell?ed',
      'Cancell?ed',
      'Order cancell?ed',
    ],
    subscription: ['Subscribe (?:&|and) Save', 'Auto-delivered'],
    giftCard: ['e?Gift Card'],
    paymentMethod: ['Payment Methods?'],
    ...CARD_DIGITS_LABELS.en,
    recipient: ['Recipient'],
  },
  de: {
    placedAt: [
      'Bestellt am',
      'Bestellung aufgegeben',
      'Getätigte (?:Spar-Abo-)?Bestellung',
      'Digitale Bestellung',
      'Bestelldatum',
    ],
    orderId: ['Bestellnr\\.?', 'Bestellnummer'],
    totalGrand: ['Gesamtsumme', 'Gesamtbetrag für diese Bestellung'],
    totalOrder: ['Summe der Bestellung'],
    total: ['Gesamtbetrag', 'Summe'],
    subtotal: ['Artikel-Zwischensumme', 'Zwischensumme'],
    shipping: ['Verpackung (?:&|und) Versand'],
    tax: ['Geschätzte USt\\.?', 'Anzurechnende MwSt\\.?', 'MwSt\\.?', 'USt\\.?'],
    refund: ['Summe der Erstattung', 'Erstattungssumme', 'Erstattungsbetrag', 'Erstattung(?:en)? gesamt'],
    discount: [
      'Gutschein eingelöst',
      'Coupon eingelöst',
      'Aktion angewendet',
      'Rabatt',
      'Gutschein',
      'Spar-Abo-Rabatt',
      'Coupon-Ersparnis',
    ],
    returnBy: [
      'Rücksendung bis',
      'Rückgabe bis',
      'Berechtigt bis(?: zum)?',
      'Rücksendung möglich bis(?: zum)?',
      'Rücksendefrist endete am',
    ],
    seller: ['Verkauf durch', 'Verkäufer'],
    cancelled: [
      'Storniert',
      'Service storniert',
      'Diese Bestellung wurde storniert',
      'Deine Bestellung wurde .{0,30}storniert',
      'Ihre Bestellung wurde .{0,30}storniert',
    ],
    subscription: ['Spar-Abo'],
    giftCard: ['Geschenkkarte', 'Geschenkgutschein'],
    paymentMethod: ['Zahlungsart', 'Zahlungsmethode'],
    ...CARD_DIGITS_LABELS.de,
    recipient: ['Empfänger'],
  },
  fr: {
    placedAt: [
      'Commandé le',
      'Commande effectuée',
      'Commande passée le',
      'Commande numérique',
      'Date de (?:la )?commande',
    ],
    orderId: ['N° de commande', 'Numéro de commande'],
    // amazon.fr prints "Montant total TTC" and "Total général du paiement" (philipmulcahy/azad order_details.ts):
    // "Montant total" alone would leave "TTC" in front of the amount, and the line would be skipped.
    totalGrand: ['Montant total TTC', 'Total général du paiement', 'Montant total', 'Total de la commande'],
    total: ['Total'],
    subtotal: ['Sous-total'],
    shipping: ["Frais d'expédition", 'Frais de livraison'],
    tax: ['TVA(?: estimée)?', 'TPS\\/TVH', 'TVP\\/TVD\\/TVQ'],
    refund: ['Montant total remboursé', 'Montant remboursé', 'Total du remboursement'],
    discount: ['Bon de réduction appliqué', 'Coupon appliqué', 'Réduction', 'Promotion appliquée'],
    returnBy: ["Éligible jusqu'au", "Admissible jusqu'au", "Retour possible jusqu'au", "Retournable jusqu'au"],
    seller: ['Vendu par'],
    cancelled: ['Commande annulée', 'Annulée', 'Votre commande a été annulée'],
    subscription: ['Prévoyez et Économisez'],
    giftCard: ['Carte cadeau', 'Chèque-cadeau'],
    paymentMethod: ['Mode de paiement', 'Moyen de paiement'],
    ...CARD_DIGITS_LABELS.fr,
    recipient: ['Destinataire'],
  },
  es: {
    placedAt: [
      'Pedido realizado',
      'Pedido efectuado',
      'Pedido hecho el',
      'Pedido digital',
      'Fecha del pedido',
      'Fecha de pedido',
    ],
    orderId: ['Número de pedido'],
    // "Total de este pedido" and "Total general" as well (philipmulcahy/azad order_details.ts).
    totalGrand: ['Importe total', 'Total del pedido', 'Total de este pedido', 'Total general'],
    totalOrder: ['Total de la orden'],
    total: ['Total'],
    subtotal: ['Subtotal de (?:los )?productos', 'Subtotal'],
    shipping: ['Envío', 'Gastos de envío'],
    tax: ['IVA(?: estimado)?', 'Impuesto(?:s)? estimado(?:s)?', 'Impuestos'],
    refund: ['Importe total reembolsado', 'Total reembolsado', 'Reembolso total'],
    discount: ['Cupón aplicado', 'Descuento', 'Promoción aplicada'],
    returnBy: [
      'Apto hasta el',
      'Elegible hasta el',
      'Devolución hasta el',
      'Devolución disponible hasta',
      'Se puede devolver hasta el',
    ],
    seller: ['Vendido por'],
    cancelled: ['Cancelado', 'Pedido cancelado', 'Tu pedido ha sido cancelado', 'Su pedido ha sido cancelado'],
    subscription: ['Programa Suscríbete y ahorra'],
    giftCard: ['Tarjeta regalo', 'Cheque regalo'],
    paymentMethod: ['Método de pago', 'Forma de pago'],
    ...CARD_DIGITS_LABELS.es,
    recipient: ['Destinatario'],
  },
  it: {
    placedAt: ['Ordine effettuato', 'Ordine digitale', "Data (?:dell')?ordine"],
    orderId: ['N\\.? ordine', "Numero (?:d'|dell')?ordine"],
    totalGrand: ['Totale complessivo', 'Totale ordine'],
    total: ['Totale'],
    subtotal: ['Subtotale articoli', 'Subtotale'],
    shipping: ['Costi di spedizione', 'Spedizione'],
    tax: ['IVA'],
    refund: ['Totale rimborsato', 'Totale rimborso'],
    discount: ['Coupon applicato', 'Sconto', 'Promozione applicata'],
    returnBy: ['Idoneo fino al', 'Idoneo per (?:il )?reso fino al', 'Restituibile fino al', 'Reso possibile fino al'],
    seller: ['Venduto da'],
    cancelled: ['Annullato', 'Ordine annullato', 'Il tuo ordine è stato annullato'],
    subscription: ['Iscriviti e risparmia'],
    giftCard: ['Buono regalo', 'Carta regalo'],
    paymentMethod: ['Metodo di pagamento'],
    ...CARD_DIGITS_LABELS.it,
  },
  nl: {
    placedAt: ['Bestelling geplaatst', 'Digitale bestelling', 'Besteldatum'],
    orderId: ['Bestelnummer'],
    totalGrand: ['Totaal', 'Totaalbedrag'],
    subtotal: ['Subtotaal'],
    shipping: ['Verzendkosten'],
    tax: ['BTW'],
    refund: ['Totaal terugbetaald', 'Terugbetaald bedrag'],
    discount: ['Kortingsbon toegepast', 'Korting'],
    returnBy: ['Komt in aanmerking tot', 'Retourneren kan tot'],
    seller: ['Verkocht door'],
    cancelled: ['Geannuleerd', 'Bestelling geannuleerd'],
    subscription: ['Abonneer en bespaar'],
    giftCard: ['Cadeaubon'],
    paymentMethod: ['Betaalmethode'],
    ...CARD_DIGITS_LABELS.nl,
    recipient: ['Ontvanger'],
  },
  sv: {
    placedAt: ['Beställning gjord', 'Beställningsdatum'],
    orderId: ['Ordernummer'],
    totalGrand: ['Totalsumma'],
    total: ['Totalt'],
    subtotal: ['Delsumma'],
    shipping: ['Frakt'],
    tax: ['Moms'],
    refund: ['Återbetalning'],
    discount: ['Rabatt'],
    returnBy: ['Kan returneras till'],
    seller: ['Säljs av'],
    cancelled: ['Avbruten', 'Annullerad'],
    subscription: ['Prenumerera och spara'],
    giftCard: ['Presentkort'],
    paymentMethod: ['Betalningsmetod'],
    ...CARD_DIGITS_LABELS.sv,
    recipient: ['Mottagare'],
  },
  pl: {
    placedAt: ['Zamówienie złożone', 'Data zamówienia'],
    orderId: ['Numer zamówienia'],
    totalGrand: ['Suma całkowita', 'Łączna kwota'],
    total: ['Suma'],
    subtotal: ['Suma częściowa'],
    shipping: ['Wysyłka'],
    tax: ['Podatek VAT'],
    refund: ['Zwrot łącznie'],
    discount: ['Zniżka'],
    returnBy: ['Zwrot możliwy do'],
    seller: ['Sprzedawca'],
    cancelled: ['Anulowane', 'Zamówienie anulowane'],
    subscription: ['Subskrybuj i oszczędzaj'],
    giftCard: ['Karta podarunkowa'],
    paymentMethod: ['Metoda płatności'],
    ...CARD_DIGITS_LABELS.pl,
    recipient: ['Odbiorca'],
  },
  tr: {
    placedAt: ['Sipariş verildi', 'Sipariş tarihi'],
    orderId: ['Sipariş (?:numarası|no)'],
    totalGrand: ['Genel Toplam'],
    total: ['Toplam'],
    subtotal: ['Ara toplam'],
    shipping: ['Kargo'],
    tax: ['KDV'],
    refund: ['İade toplamı'],
    discount: ['İndirim'],
    returnBy: ['İade (?:edilebilir|süresi) .{0,10}'],
    seller: ['Satıcı'],
    cancelled: ['İptal edildi'],
    giftCard: ['Hediye kartı'],
    paymentMethod: ['Ödeme yöntemi'],
    ...CARD_DIGITS_LABELS.tr,
    recipient: ['Alıcı'],
  },
  pt: {
    placedAt: ['Pedido feito', 'Pedido efetuado', 'Data do pedido'],
    orderId: ['Número do pedido'],
    totalGrand: ['Total do pedido', 'Valor total'],
    total: ['Total'],
    shipping: ['Frete'],
    tax: ['Impostos?'],
    refund: ['Total reembolsado'],
    discount: ['Desconto'],
    returnBy: ['Devolução até'],
    seller: ['Vendido por'],
    cancelled: ['Cancelada', 'Pedido cancelado'],
    subscription: ['Programe e Poupe'],
    giftCard: ['Cartão-presente', 'Vale-presente'],
    paymentMethod: ['Forma de pagamento'],
    ...CARD_DIGITS_LABELS.pt,
    recipient: ['Destinatário'],
  },
  ja: {
    placedAt: ['注文日', '注文確定日'],
    orderId: ['注文番号'],
    totalGrand: ['ご請求額', '注文合計'],
    total: ['合計'],
    subtotal: ['商品の小計'],
    shipping: ['配送料・手数料'],
    tax: ['消費税'],
    refund: ['返金額', '返金合計'],
    discount: ['割引', 'クーポン'],
    returnBy: ['返品期限[:：]?', '返品期間[:：]?', '返品可能期間[:：]?'],
    seller: ['販売', '販売者'],
    cancelled: ['キャンセル済み', 'この注文はキャンセルされました'],
    subscription: ['定期おトク便'],
    giftCard: ['ギフトカード', 'ギフト券'],
    paymentMethod: ['お支払い方法'],
    ...CARD_DIGITS_LABELS.ja,
    recipient: ['受取人'],
  },
  ar: {
    placedAt: ['تم تقديم الطلب', 'تاريخ الطلب'],
    orderId: ['رقم الطلب'],
    totalGrand: ['الإجمالي الكلي'],
    total: ['الإجمالي'],
    subtotal: ['المجموع الفرعي'],
    shipping: ['الشحن'],
    tax: ['ضريبة القيمة المضافة'],
    refund: ['إجمالي المبلغ المسترد'],
    discount: ['خصم'],
    seller: ['البائع', 'يُباع من'],
    cancelled: ['تم الإلغاء', 'ملغى'],
    paymentMethod: ['طريقة الدفع'],
    recipient: ['المستلم'],
  },
};

const re = (field: AmazonField, flags = '') => labelRe(AMAZON_LABELS, field, flags);
/** Latin-script names as whole words; Japanese names have no word boundaries. */
const GIFT_CARD_LATIN = alternatives(AMAZON_LABELS, 'giftCard').filter((a) => /^[\p{Script=Latin}(]/u.test(a));
const GIFT_CARD_OTHER = alternatives(AMAZON_LABELS, 'giftCard').filter((a) => !GIFT_CARD_LATIN.includes(a));

/** The tables as the readers use them. */
export const LABELS = {
  placedAt: re('placedAt', 'i'),
  orderId: re('orderId', 'i'),
  total: [re('totalGrand'), re('totalOrder'), re('total')],
  subtotal: re('subtotal'),
  shipping: re('shipping'),
  /** "Total before tax" starts with a total word, not a tax label. */
  tax: re('tax'),
  refund: re('refund'),
  discount: re('discount'),
  returnBy: new RegExp(`(?:${alternatives(AMAZON_LABELS, 'returnBy').join('|')})\\s*(.+)`, 'i'),
  soldBy: re('seller'),
  /** The order's own cancellation, as an alert or a status line. */
  cancelled: new RegExp(`^(?:${alternatives(AMAZON_LABELS, 'cancelled').join('|')})\\s*(?:[.!。:：]|$)`, 'i'),
  subscription: re('subscription', 'i'),
  giftCard: new RegExp(`\\b(?:${GIFT_CARD_LATIN.join('|')})\\b|${GIFT_CARD_OTHER.join('|')}`, 'i'),
  payment: re('paymentMethod'),
  lastDigits: re('lastDigits'),
  endingIn: re('endingIn'),
  recipient: new RegExp(`^(?:${alternatives(AMAZON_LABELS, 'recipient').join('|')}):?`, 'i'),
};
