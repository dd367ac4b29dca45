import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../utils/extract/dates';
import { parseMoney } from '../../../utils/extract/money';

/**
 * Dates and amounts in the languages the audit (label-coverage.test.ts) found without a date reader: the
 * labels were there, the value was not read. Month names are CLDR's (id, ms, ar, th), Korean and Vietnamese
 * write the parts with their own words, Thai pages often count the Buddhist era (CE + 543), read beside a Thai month name, Arabic pages may
 * use Arabic-Indic digits and marks.
 */
describe('order dates per language', () => {
  const cases: [string, string, string][] = [
    ['id', '3 Maret 2024', '2024-03-03'],
    ['id, short', '03 Agu 2024 10:21', '2024-08-03'],
    ['ms', '3 Mac 2024', '2024-03-03'],
    ['ms', '15 Ogos 2024', '2024-08-15'],
    ['ms', '1 Disember 2024', '2024-12-01'],
    ['ar', '3 مارس 2024', '2024-03-03'],
    ['ar, Arabic-Indic digits', '٣ مارس ٢٠٢٤', '2024-03-03'],
    ['ar', '15 أغسطس 2024', '2024-08-15'],
    ['ko', '2024년 3월 3일', '2024-03-03'],
    ['ko, dotted', '2024. 3. 3.', '2024-03-03'],
    ['th, Buddhist era', '3 มีนาคม 2567', '2024-03-03'],
    ['th, short form', '3 มี.ค. 2024', '2024-03-03'],
    ['vi', '3 tháng 3, 2024', '2024-03-03'],
    ['vi, long', 'ngày 03 tháng 03 năm 2024', '2024-03-03'],
  ];
  for (const [lang, text, want] of cases) it(`${lang}: "${text}"`, () => expect(parseDate(text)).toBe(want));

  it('a numeric date does not say its calendar: a Buddhist-era year without a Thai month stays unknown', () =>
    expect(parseDate('15/03/2567')).toBeUndefined());
  it('"Mac" and French "des" are month words only beside a year', () => {
    expect(parseDate('Apple Mac 14', { notBefore: '2024-03-01' })).toBeUndefined();
    expect(parseDate('Remboursement des 2 articles', { notBefore: '2024-03-01' })).toBeUndefined();
  });
  it('a Thai month without a year needs the order date, like any other', () => {
    expect(parseDate('3 มีนาคม')).toBeUndefined();
  });
  it('an impossible Korean date is no date', () => expect(parseDate('2024년 13월 3일')).toBeUndefined());
});

describe('amounts with Arabic-Indic digits', () => {
  it('"١٬٢٣٤٫٥٠ د.إ" is 1234.50 AED', () =>
    expect(parseMoney('١٬٢٣٤٫٥٠ د.إ', 'AED')).toEqual({ amount: 1234.5, currency: 'AED' }));
  it('"٣٥٫٠٠ ر.س" is 35 SAR', () => expect(parseMoney('٣٥٫٠٠ ر.س', 'SAR')).toEqual({ amount: 35, currency: 'SAR' }));
});
