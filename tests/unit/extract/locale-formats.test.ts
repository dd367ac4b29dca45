import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../utils/extract/dates';
import { pageLocale } from '../../../utils/extract/locale';
import { parseMoney, UNKNOWN_CURRENCY } from '../../../utils/extract/money';
import { docFromHtml } from '../../support/dom';

/**
 * What a page's locale settles (utils/extract/locale.ts) and the number and date formats it decides:
 * wrong values come from reading 03/04 or 1.234 in the wrong convention, so each unsettled case stays unknown.
 */
const locale = (url: string, lang?: string) =>
  pageLocale(new URL(url), docFromHtml(`<html${lang ? ` lang="${lang}"` : ''}><body></body></html>`, url));

describe('page locale', () => {
  it('the currency of a bare sign: country domain, language region, their agreement', () => {
    expect(locale('https://www.amazon.com.mx/x', 'es-MX').currency).toBe('MXN');
    expect(locale('https://www.temu.com/mx/x', 'es-MX').currency).toBe('MXN');
    expect(locale('https://www.amazon.com/x', 'en-US').currency).toBe('USD');
    expect(locale('https://ja.aliexpress.com/x', 'ja').currency).toBe('JPY');
    expect(locale('https://www.amazon.se/x', 'sv-SE').currency).toBe('SEK');
    expect(locale('https://item.jd.com/x', 'zh-CN').currency).toBe('CNY');
    // Unsettled: a Spanish page of no country, two sources that disagree, another country's domain.
    expect(locale('https://es.aliexpress.com/x', 'es').currency).toBe(UNKNOWN_CURRENCY);
    expect(locale('https://www.amazon.com.mx/x', 'en-US').currency).toBe(UNKNOWN_CURRENCY);
    expect(locale('https://www.amazon.de/x', 'de-DE').currency).toBe(UNKNOWN_CURRENCY);
    // An English page of a generic domain keeps "$" as US dollars (parseMoney's own reading).
    expect(locale('https://www.ebay.com/x').currency).toBeUndefined();
  });

  it('the order of numeric dates', () => {
    expect(locale('https://www.ebay.com/x', 'en-US').dates.order).toBe('mdy');
    expect(locale('https://www.ebay.co.uk/x', 'en-GB').dates.order).toBe('dmy');
    expect(locale('https://www.ebay.co.uk/x').dates.order).toBe('dmy');
    expect(locale('https://fr.shein.com/x', 'fr').dates.order).toBe('dmy');
    expect(locale('https://www.ebay.co.uk/x', 'en-US').dates.order).toBeUndefined();
    expect(locale('https://www.ebay.ca/x', 'en-CA').dates.order).toBeUndefined();
    expect(locale('https://shopee.ph/x', 'en-PH').dates.order).toBeUndefined();
    expect(locale('https://shop.example.com/x', 'en').dates.order).toBeUndefined();
    expect(locale('https://shopee.co.th/x', 'th').dates.buddhistEra).toBe(true);
    expect(locale('https://shopee.vn/x', 'vi').dates.buddhistEra).toBeUndefined();
  });
});

describe('numeric dates by locale', () => {
  it('03/04/2024 is read only when the locale says which part is the day', () => {
    expect(parseDate('03/04/2024')).toBeUndefined();
    expect(parseDate('03/04/2024', { order: 'dmy' })).toBe('2024-04-03');
    expect(parseDate('03/04/2024', { order: 'mdy' })).toBe('2024-03-04');
    // A part above 12 settles it whatever the locale says.
    expect(parseDate('25/04/2024', { order: 'mdy' })).toBe('2024-04-25');
  });
  it('a Thai page counts numeric years in the Buddhist era', () => {
    expect(parseDate('05/03/2567 14:22', { order: 'dmy', buddhistEra: true })).toBe('2024-03-05');
    expect(parseDate('2567-03-05', { buddhistEra: true })).toBe('2024-03-05');
    expect(parseDate('05/03/2567', { order: 'dmy' })).toBeUndefined();
  });
  it('Italian, Portuguese and Filipino short months beside a year; Hebrew months with their prefix', () => {
    expect(parseDate('3 gen 2024')).toBe('2024-01-03');
    expect(parseDate('3 set. 2024')).toBe('2024-09-03');
    expect(parseDate('3 de out. de 2024')).toBe('2024-10-03');
    expect(parseDate('3 Marso 2024')).toBe('2024-03-03');
    expect(parseDate('5 במרץ 2024')).toBe('2024-03-05');
    expect(parseDate('05 thg 3 2024')).toBe('2024-03-05');
    // Without a year these short forms are words: "Sold out 3" is no date.
    expect(parseDate('Sold out 3', { notBefore: '2024-01-01' })).toBeUndefined();
  });
});

describe('amounts by currency', () => {
  it('whole-unit currencies: dots group thousands, a fraction is no such amount', () => {
    expect(parseMoney('₩12.000')).toEqual({ amount: 12000, currency: 'KRW' });
    expect(parseMoney('1.234.000đ')).toEqual({ amount: 1234000, currency: 'VND' });
    expect(parseMoney('Rp 150.000')).toEqual({ amount: 150000, currency: 'IDR' });
    expect(parseMoney('¥1.234', 'JPY')).toEqual({ amount: 1234, currency: 'JPY' });
    expect(parseMoney('￥12.5', 'JPY')).toBeUndefined();
    expect(parseMoney('¥12.50')).toEqual({ amount: 12.5, currency: 'CNY' });
  });
  it('currency words after the amount: 원, บาท, ש"ח, درهم', () => {
    expect(parseMoney('12,345원')).toEqual({ amount: 12345, currency: 'KRW' });
    expect(parseMoney('1,234.50 บาท')).toEqual({ amount: 1234.5, currency: 'THB' });
    expect(parseMoney('123.45 ש"ח')).toEqual({ amount: 123.45, currency: 'ILS' });
    // The dirham word is the Emirates' and Morocco's: the site says which (Jumia Morocco prints it too).
    expect(parseMoney('99.00 درهم', 'AED')).toEqual({ amount: 99, currency: 'AED' });
    expect(parseMoney('99.00 درهم', 'MAD')).toEqual({ amount: 99, currency: 'MAD' });
    expect(parseMoney('99.00 درهم')).toBeUndefined();
    expect(parseMoney('99.00 د.إ')).toEqual({ amount: 99, currency: 'AED' });
  });
  it('a third decimal where the currency has two is not read', () => {
    expect(parseMoney('$1.234')).toBeUndefined();
    expect(parseMoney('1.234 €')).toEqual({ amount: 1234, currency: 'EUR' });
    expect(parseMoney('1.234', 'KWD')).toEqual({ amount: 1.234, currency: 'KWD' });
  });
  it('a bare sign the page does not settle is no currency', () => {
    expect(parseMoney('$12.34', UNKNOWN_CURRENCY)).toBeUndefined();
    expect(parseMoney('12,34 kr', UNKNOWN_CURRENCY)).toBeUndefined();
    expect(parseMoney('US $12.34', UNKNOWN_CURRENCY)).toEqual({ amount: 12.34, currency: 'USD' });
    expect(parseMoney('$12.34', 'MXN')).toEqual({ amount: 12.34, currency: 'MXN' });
  });
});
