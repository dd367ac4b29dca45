import type { Money } from '../schemas/order';

const SYMBOLS: [RegExp, string][] = [
  [/CN¥|RMB|CNY|元/i, 'CNY'],
  [/JP¥|JPY|円/i, 'JPY'],
  [/US\$|USD/i, 'USD'],
  [/MX\$|MXN/i, 'MXN'],
  [/CA\$|CAD|C\$/i, 'CAD'],
  [/A\$|AUD|AU\$/i, 'AUD'],
  [/HK\$|HKD/i, 'HKD'],
  [/NT\$|TWD/i, 'TWD'],
  [/S\$|SGD/i, 'SGD'],
  [/£|GBP/i, 'GBP'],
  [/€|EUR/i, 'EUR'],
  [/₹|INR|Rs\.?/i, 'INR'],
  [/RM|MYR/, 'MYR'],
  [/₱|PHP/, 'PHP'],
  [/฿|THB/, 'THB'],
  [/₫|VND/, 'VND'],
  [/Rp|IDR/, 'IDR'],
  [/R\$|BRL/, 'BRL'],
  [/zł|PLN/, 'PLN'],
  [/kr|SEK/, 'SEK'],
];

/**
 * Reads a number written in any of the sites' conventions: 1,234.56 / 1.234,56 / 1 234,56 / 1234.
 * Returns undefined when the text holds no unambiguous number.
 */
export function parseNumber(text: string): number | undefined {
  const m = /-?\d[\d\s.,'\u00a0\u202f]*/.exec(text);
  if (!m) return undefined;
  let s = m[0].replace(/[\s'\u00a0\u202f]/g, '').replace(/[.,]$/, '');
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
    if (groups > 1) s = s.replace(/\./g, '');
  }
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** The currency a price string names, or the fallback (a site's own currency) when it names none. */
export function detectCurrency(text: string, fallback?: string): string | undefined {
  for (const [re, code] of SYMBOLS) if (re.test(text)) return code;
  if (/[¥￥]/.test(text)) return fallback === 'JPY' ? 'JPY' : fallback ?? 'CNY';
  if (/\$/.test(text)) return fallback ?? 'USD';
  return fallback;
}

export function parseMoney(text: string | null | undefined, fallbackCurrency?: string): Money | undefined {
  if (!text) return undefined;
  const amount = parseNumber(text);
  const currency = detectCurrency(text, fallbackCurrency);
  if (amount === undefined || !currency) return undefined;
  return { amount, currency };
}
