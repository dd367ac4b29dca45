import { asciiDigits } from './dates';
import type { Money } from '../schemas/order';

/**
 * Currency markers, most specific first: "CN¥" must win over "¥", "MX$" and "R$" over "$".
 * Letter codes need word boundaries so that "kr" in "Kreditkarte" or "RM" in "CONFIRM" do not count; an
 * ISO code may run into its digits ("SGD69.89" in Lazada's order JSON, ashishsvkumar/selfService mockData).
 */
const SYMBOLS: [RegExp, string][] = [
  [/CN¥|CN￥|\bRMB(?![A-Za-z])|\bCNY(?![A-Za-z])|元|人民币/i, 'CNY'],
  [/JP¥|JP￥|\bJPY(?![A-Za-z])|円/i, 'JPY'],
  [/\bUS\s?\$|\bUSD(?![A-Za-z])/i, 'USD'],
  [/\bMX\s?\$|\bMXN(?![A-Za-z])/i, 'MXN'],
  // eBay prints the country letters apart from the sign: "C $45.99" (eBay.ca), "AU $12.00", "US $15.20".
  // AliExpress writes "CA $12.34" with the space; a bare "$" after them would read as US dollars.
  [/\bCA?\$|\bCA? \$(?=\s?\d)|\bCAD(?![A-Za-z])/, 'CAD'],
  [/\bAU\s?\$|\bA\$|\bAUD(?![A-Za-z])/, 'AUD'],
  [/\bHK\s?\$|\bHKD(?![A-Za-z])/i, 'HKD'],
  [/\bNT\s?\$|\bTWD(?![A-Za-z])/i, 'TWD'],
  [/\bS\$|\bSGD(?![A-Za-z])/, 'SGD'],
  [/R\$|\bBRL(?![A-Za-z])/i, 'BRL'],
  [/E£|\bEGP(?![A-Za-z])|ج\.م/i, 'EGP'],
  [/£|\bGBP(?![A-Za-z])/i, 'GBP'],
  [/€|\bEUR(?![A-Za-z])/i, 'EUR'],
  // "Rs." alone is the rupee of India, Pakistan, Sri Lanka or Nepal (Daraz prints it): detectCurrency asks the site.
  [/₹|\bINR(?![A-Za-z])/i, 'INR'],
  [/\bPKR(?![A-Za-z])/, 'PKR'],
  [/\bLKR(?![A-Za-z])/, 'LKR'],
  [/\bNPR(?![A-Za-z])/, 'NPR'],
  [/৳|\bBDT(?![A-Za-z])/, 'BDT'],
  [/\bRM(?=\s*\d)|\bMYR(?![A-Za-z])/, 'MYR'],
  [/₱|\bPHP(?![A-Za-z])/, 'PHP'],
  [/฿|\bTHB(?![A-Za-z])|บาท/, 'THB'],
  // Vietnamese pages also write the dong as "đ" after the amount ("1.234.000đ").
  // and "VNĐ" or a capital "Đ" ("1.234.000 VNĐ").
  [/₫|\bVND(?![A-Za-z])|\bVNĐ|\d\s?[đĐ](?![A-Za-zÀ-ỹ])/, 'VND'],
  [/\bRp\.?(?=\s*\d)|\bIDR(?![A-Za-z])/, 'IDR'],
  [/zł|\bPLN(?![A-Za-z])/i, 'PLN'],
  // A bare "kr" is Swedish, Danish, Norwegian or Icelandic crowns: detectCurrency asks the site.
  [/\bSEK(?![A-Za-z])/, 'SEK'],
  [/\bDKK(?![A-Za-z])/, 'DKK'],
  [/\bNOK(?![A-Za-z])/, 'NOK'],
  [/\bISK(?![A-Za-z])/, 'ISK'],
  [/₺|\bTRY(?![A-Za-z])|\bTL\b/, 'TRY'],
  // The word "درهم" is also Morocco's dirham: detectCurrency asks the site.
  [/\bAED(?![A-Za-z])|د\.إ/, 'AED'],
  [/\bMAD(?![A-Za-z])|د\.م\./, 'MAD'],
  [/\bSAR(?![A-Za-z])|ر\.س/, 'SAR'],
  // Korean pages write the won as "원" after the amount ("12,345원").
  [/₩|\bKRW(?![A-Za-z])|\d\s?원/, 'KRW'],
  // AliExpress, Temu and SHEIN country sites in Europe print these; an unknown sign must not become the site's.
  [/₽|руб\.?|\bRUB(?![A-Za-z])/, 'RUB'],
  [/\bNZ\s?\$|\bNZD(?![A-Za-z])/, 'NZD'],
  [/\bCHF(?![A-Za-z])/, 'CHF'],
  [/Kč|\bCZK(?![A-Za-z])/, 'CZK'],
  [/\bFt\b|\bHUF(?![A-Za-z])/, 'HUF'],
  [/\blei\b|\bRON(?![A-Za-z])/i, 'RON'],
  [/₪|\bILS(?![A-Za-z])|ש["״]ח/, 'ILS'],
  [/₴|\bUAH(?![A-Za-z])|грн/, 'UAH'],
];

/**
 * The digits of an amount inside a longer text, with the group marks the sites write: "1,234.56", "1.234,56",
 * "1 234,56" (a space, no-break or thin space before a group of three), Swiss "1'234.50" and "1’234.50", Indian
 * "1,23,456.00". A pattern that stops at the first space or apostrophe reads "1" of "CHF 1’234.50".
 */
export const AMOUNT_DIGITS = "\\d(?:[\\d.,'’ʼ]|[\\s\\u00a0\\u202f](?=\\d{3}(?!\\d)))*";

/**
 * Reads a number written in any of the sites' conventions: 1,234.56 / 1.234,56 / 1 234,56 / 1'234.50 / 1234.
 * A minus sign (or U+2212) before the number or before its currency symbol makes it negative.
 * Returns undefined when the text holds no number.
 */
export function parseNumber(text: string, dotGroups = false): number | undefined {
  const m = /(?:([-−–])\s*\D{0,4}?)?(\d[\d\s.,'’ʼ\u00a0\u202f]*)/.exec(text);
  if (!m?.[2]) return undefined;
  let s = m[2].replace(/[\s'’ʼ\u00a0\u202f]/g, '').replace(/[.,]+$/, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    // Whichever comes last is the decimal mark.
    s = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (lastComma >= 0) {
    const decimals = s.length - lastComma - 1;
    const groups = s.split(',').length - 1;
    // "1,234" is a thousands group; "12,34" and "1,5" are decimals.
    s = groups === 1 && decimals !== 3 ? s.replace(',', '.') : s.replace(/,/g, '');
  } else if (lastDot >= 0) {
    const groups = s.split('.').length - 1;
    const decimals = s.length - lastDot - 1;
    // "1.234.567" and "1.234" (German thousands) have three-digit groups; "12.5" is a decimal.
    if (
      groups > 1 ||
      (decimals === 3 && /^\d{1,3}\.\d{3}$/.test(s) && (dotGroups || /€|EUR|R\$|TL|₺|Rp|IDR|₫|VND/.test(text)))
    ) {
      s = s.replace(/\./g, '');
    }
  }
  const n = Number(s);
  if (!Number.isFinite(n)) return undefined;
  return m[1] ? -n : n;
}

/**
 * A site currency meaning "the page does not settle which currency a bare sign is" (ISO 4217's code for no
 * currency): a bare "$", "¥" or "kr", or an amount with no sign, is then unknown (extract/locale.ts).
 */
export const UNKNOWN_CURRENCY = 'XXX';

/** An amount in hundredths, the unit sums are compared in (within a cent, as pages round). */
export const cents = (m: Money): number => Math.round(m.amount * 100);

/** The currency a price string names, or the fallback (a site's own currency) when it names none. */
export function detectCurrency(text: string, fallback?: string): string | undefined {
  for (const [re, code] of SYMBOLS) if (re.test(text)) return code;
  if (fallback === UNKNOWN_CURRENCY) return undefined;
  // A bare yen/yuan sign: the site decides (Amazon.co.jp is JPY, Chinese sites CNY).
  if (/[¥￥]/.test(text)) return fallback === 'JPY' ? 'JPY' : 'CNY';
  // A bare "$" is the site's dollar (or peso). On a site priced in a currency written otherwise (yuan,
  // euros) it names some other dollar the page does not say: unknown, not US dollars by default.
  if (/\$/.test(text)) {
    if (!fallback) return 'USD';
    return /^(USD|CAD|MXN|AUD|SGD|HKD|TWD|NZD|BRL|ARS|CLP|COP|UYU)$/.test(fallback) ? fallback : undefined;
  }
  // Four countries write "kr": only the site can say which (unknown rather than another country's crowns).
  if (/\bkr\b/i.test(text)) return fallback && /^(SEK|DKK|NOK|ISK)$/.test(fallback) ? fallback : undefined;
  if (/\bRs\.?\s*\d/i.test(text)) return fallback && /^(INR|PKR|LKR|NPR)$/.test(fallback) ? fallback : undefined;
  if (/درهم/.test(text)) return fallback && /^(AED|MAD)$/.test(fallback) ? fallback : undefined;
  return fallback;
}

/** Currencies written with dots between thousands and no cents ("$12.990" in Chile is twelve thousand). */
const DOT_THOUSANDS = /^(CLP|COP|ARS|PYG|ISK|DKK|NOK)$/;
/** Currencies priced in whole units: "₩12.000", "12.000đ" and "¥1.234" are thousands, never a fraction. */
const WHOLE_UNITS = /^(JPY|KRW|VND|IDR|CLP|PYG|ISK|UGX)$/;
/** Currencies with three decimals (a site may set one; no sign here names them). */
const THREE_DECIMALS = /^(KWD|BHD|OMR|JOD|TND|LYD|IQD)$/;

export function parseMoney(raw: string | null | undefined, fallbackCurrency?: string): Money | undefined {
  if (!raw) return undefined;
  // Arabic-Indic digits with the Arabic decimal and thousands marks ("١٬٢٣٤٫٥٠ د.إ").
  const text = asciiDigits(raw).replace(/٫/g, '.').replace(/٬/g, ',');
  const currency = detectCurrency(text, fallbackCurrency);
  if (!currency) return undefined;
  const whole = WHOLE_UNITS.test(currency);
  const amount = parseNumber(text, whole || DOT_THOUSANDS.test(currency));
  if (amount === undefined) return undefined;
  // A fraction where the currency has none ("₩12.5"), or a third decimal where it has two ("$1.234"): the
  // number was not written in the convention read, and either reading may be wrong.
  const scale = THREE_DECIMALS.test(currency) ? 1000 : 100;
  if (whole ? !Number.isInteger(amount) : Math.abs(amount * scale - Math.round(amount * scale)) > 1e-6)
    return undefined;
  return { amount, currency };
}
