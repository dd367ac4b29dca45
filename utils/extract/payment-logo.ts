import { cleanText } from './dom';

/**
 * The card networks whose logo a page may show in place of the brand's name. Only these: a logo's alt
 * text may be anything ("card", a bank's name, "Pay"), and only a network's name says which card it is.
 */
const NETWORK =
  /^(Visa|Mastercard|MasterCard|American Express|AMEX|Discover|JCB|Diners Club|UnionPay|China UnionPay|Maestro|RuPay|Elo|Hipercard)$/i;
const NAMES: Record<string, string> = { amex: 'American Express', mastercard: 'Mastercard' };
const MASKED = /^(?:[•*·xX]{2,}[\s-]*)+(\d{4})$/;

/**
 * A payment method printed as a card network's logo beside a masked number ("[American Express logo]
 * **** 1416": Amazon's order details of 2019): the masked number alone on its element, in a row holding
 * exactly one image, whose alt text names a card network, under a payment-method heading. The one such
 * method on the page; two different ones (a split payment) or none leave it unknown.
 */
export function logoPaymentMethod(root: Element, paymentLabel: RegExp): string | undefined {
  const found = new Set<string>();
  for (const el of root.querySelectorAll('span, div, p, td, li')) {
    if (el.children.length) continue;
    const digits = MASKED.exec(cleanText(el.textContent) ?? '')?.[1];
    const row = el.parentElement;
    if (!digits || !row) continue;
    const images = row.querySelectorAll('img');
    const alt = images.length === 1 ? NETWORK.exec(cleanText(images[0]!.getAttribute('alt')) ?? '')?.[1] : undefined;
    if (!alt) continue;
    // The payment heading over the row: the first line of the row's section.
    const section = row.parentElement;
    const heading = section?.firstElementChild;
    if (!heading || heading === row || !paymentLabel.test(cleanText(heading.textContent) ?? '')) continue;
    found.add(`${NAMES[alt.toLowerCase()] ?? alt} ending in ${digits}`);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
