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

/**
 * Labels per field, English first, then the languages of the other country sites: de (.de), fr (.fr,
 * .ca, .com.be), es (.es, .com.mx), it, nl (.nl, .com.be), sv, pl, tr, pt-BR, ja, ar (.ae, .sa, .eg).
 * German, Spanish (Mexico) and Canadian wording is checked against real pages; the rest follows the
 * sites' public help pages. A label that is not recognised leaves its field absent, never guessed.
 */
export const LABELS = {
  placedAt: new RegExp(
    [
      'Ordered on',
      'Order placed',
      'Order Placed',
      'Digital Order',
      'Subscribe (?:&|and) Save order placed',
      'Purchased',
      'Order date',
      'Bestellt am',
      'Bestellung aufgegeben',
      'Getätigte (?:Spar-Abo-)?Bestellung',
      'Digitale Bestellung',
      'Bestelldatum',
      'Commandé le',
      'Commande effectuée',
      'Commande passée le',
      'Commande numérique',
      'Date de (?:la )?commande',
      'Pedido realizado',
      'Pedido efectuado',
      'Pedido hecho el',
      'Pedido digital',
      'Fecha del pedido',
      'Fecha de pedido',
      'Ordine effettuato',
      'Ordine digitale',
      "Data (?:dell')?ordine",
      'Bestelling geplaatst',
      'Digitale bestelling',
      'Besteldatum',
      'Beställning gjord',
      'Beställningsdatum',
      'Zamówienie złożone',
      'Data zamówienia',
      'Sipariş verildi',
      'Sipariş tarihi',
      'Pedido feito',
      'Pedido efetuado',
      'Data do pedido',
      '注文日',
      '注文確定日',
      'تم تقديم الطلب',
      'تاريخ الطلب',
    ].join('|'),
    'i',
  ),
  orderId:
    /(?:Order\s*#|Order number|order number|Order ID|Bestellnr\.?|Bestellnummer|N° de commande|Numéro de commande|Número de pedido|N\.? ordine|Numero (?:d'|dell')?ordine|Bestelnummer|Ordernummer|Numer zamówienia|Sipariş (?:numarası|no)|Número do pedido|注文番号|رقم الطلب)/i,
  total: [
    // Most specific first: the grand total, never "total before tax".
    /Grand Total|Gesamtsumme|Gesamtbetrag für diese Bestellung|Montant total|Total de la commande|Importe total|Total del pedido|Totale complessivo|Totale ordine|Totaal|Totaalbedrag|Totalsumma|Suma całkowita|Łączna kwota|Genel Toplam|Total do pedido|Valor total|ご請求額|注文合計|الإجمالي الكلي/,
    /Order Total|Summe der Bestellung|Total for this order|Total de la orden/,
    /Total|Gesamtbetrag|Summe|Totale|Totalt|Suma|Toplam|合計|الإجمالي/,
  ],
  subtotal:
    /Item\(s\) Subtotal|Artikel-Zwischensumme|Zwischensumme|Sous-total|Subtotal de (?:los )?productos|Subtotal|Subtotale articoli|Subtotale|Subtotaal|Delsumma|Suma częściowa|Ara toplam|商品の小計|المجموع الفرعي/,
  shipping:
    /Shipping & Handling|Postage & Packing|Verpackung (?:&|und) Versand|Frais d'expédition|Frais de livraison|Envío|Gastos de envío|Costi di spedizione|Spedizione|Verzendkosten|Frakt|Wysyłka|Kargo|Frete|配送料・手数料|الشحن/,
  /** Every tax line; several (Canada: GST/HST and PST/RST/QST) add up. "Total before tax" starts with a total word, not these. */
  tax: /Estimated tax to be collected|Estimated GST\/HST|Estimated PST\/RST\/QST|Estimated GST|Estimated PST|Estimated tax|Sales Tax|Tax|VAT|GST|HST|PST|QST|Geschätzte USt\.?|Anzurechnende MwSt\.?|MwSt\.?|USt\.?|TVA(?: estimée)?|TPS\/TVH|TVP\/TVD\/TVQ|IVA(?: estimado)?|BTW|Moms|Impuesto(?:s)? estimado(?:s)?|Impuestos|Podatek VAT|KDV|Impostos?|消費税|ضريبة القيمة المضافة/,
  refund:
    /Refund Total|Summe der Erstattung|Erstattungssumme|Montant total remboursé|Importe total reembolsado|Totale rimborsato|Totaal terugbetaald|Erstattungsbetrag|Erstattung(?:en)? gesamt|Montant remboursé|Total du remboursement|Total reembolsado|Reembolso total|Totale rimborso|Totale rimborsato|Terugbetaald bedrag|Återbetalning|Zwrot łącznie|İade toplamı|Total reembolsado|返金額|返金合計|إجمالي المبلغ المسترد/,
  discount:
    /Promotion Applied|Gutschein eingelöst|Coupon eingelöst|Aktion angewendet|Bon de réduction appliqué|Coupon appliqué|Cupón aplicado|Coupon applicato|Kortingsbon toegepast|Subscribe & Save|Free Shipping|FREE Shipping|Your Coupon Savings|Coupon|Discount|Buy \d+,? save \d+%?|Rabatt|Gutschein|Spar-Abo-Rabatt|Aktion angewendet|Coupon-Ersparnis|Réduction|Promotion appliquée|Descuento|Promoción aplicada|Sconto|Promozione applicata|Korting|Rabatt|Zniżka|İndirim|Desconto|割引|クーポン|خصم/,
  returnBy:
    /(?:Return window closed on|Eligible through|Eligible for return until|Return eligible through|Rücksendung bis|Rückgabe bis|Berechtigt bis(?: zum)?|Rücksendung möglich bis(?: zum)?|Éligible jusqu'au|Admissible jusqu'au|Apto hasta el|Elegible hasta el|Idoneo fino al|Idoneo per (?:il )?reso fino al|Komt in aanmerking tot|返品期限[:：]?|Rücksendefrist endete am|Retour possible jusqu'au|Retournable jusqu'au|Devolución hasta el|Devolución disponible hasta|Se puede devolver hasta el|Restituibile fino al|Reso possibile fino al|Retourneren kan tot|Kan returneras till|Zwrot możliwy do|İade (?:edilebilir|süresi) .{0,10}|Devolução até|返品期間[:：]?|返品可能期間[:：]?)\s*(.+)/i,
  soldBy:
    /Sold by|Sold By|Verkauf durch|Verkäufer|Vendu par|Vendido por|Venduto da|Verkocht door|Säljs av|Sprzedawca|Satıcı|販売|販売者|البائع|يُباع من/,
  /** The order's own cancellation, as an alert or a status line. */
  cancelled:
    /^(?:This order has been cancell?ed|Your order (?:has been|was) cancell?ed|Cancell?ed|Order cancell?ed|Storniert|Service storniert|Diese Bestellung wurde storniert|Deine Bestellung wurde .{0,30}storniert|Ihre Bestellung wurde .{0,30}storniert|Commande annulée|Annulée|Votre commande a été annulée|Cancelado|Pedido cancelado|Tu pedido ha sido cancelado|Su pedido ha sido cancelado|Annullato|Ordine annullato|Il tuo ordine è stato annullato|Geannuleerd|Bestelling geannuleerd|Avbruten|Annullerad|Anulowane|Zamówienie anulowane|İptal edildi|Cancelada|Pedido cancelado|キャンセル済み|この注文はキャンセルされました|تم الإلغاء|ملغى)\s*(?:[.!。:：]|$)/i,
  subscription:
    /Subscribe (?:&|and) Save|Auto-delivered|Spar-Abo|Prévoyez et Économisez|Programa Suscríbete y ahorra|Iscriviti e risparmia|Abonneer en bespaar|Prenumerera och spara|Subskrybuj i oszczędzaj|Programe e Poupe|定期おトク便/i,
  giftCard:
    /\b(?:e?Gift Card|Geschenkkarte|Geschenkgutschein|Carte cadeau|Chèque-cadeau|Tarjeta regalo|Cheque regalo|Buono regalo|Carta regalo|Cadeaubon|Presentkort|Karta podarunkowa|Hediye kartı|Cartão-presente|Vale-presente)\b|ギフトカード|ギフト券/i,
  payment:
    /Payment Methods?|Payment method|Zahlungsart|Zahlungsmethode|Mode de paiement|Moyen de paiement|Método de pago|Forma de pago|Metodo di pagamento|Betaalmethode|Betalningsmetod|Metoda płatności|Ödeme yöntemi|Forma de pagamento|お支払い方法|طريقة الدفع/,
  lastDigits:
    /Last digits|Die letzten Ziffern|Letzte Ziffern|Derniers chiffres|Últimos dígitos|Ultime cifre|Laatste cijfers|Sista siffrorna|Ostatnie cyfry|Son rakamlar|下\d桁|末尾/,
  endingIn:
    /ending in|endet mit|endend auf|se terminant par|terminant par|terminada en|que termina en|che termina con|terminante con|eindigend op|som slutar på|kończąca się na|ile biten|com final|terminado em|末尾|下4桁/,
};
