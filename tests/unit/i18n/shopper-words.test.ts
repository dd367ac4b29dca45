import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { marketplaces } from '../../../utils/marketplaces/registry';
import { displayLocale, formatDateTime, formatMoney, formatPageDate } from '../../../utils/i18n-format';

type Catalogue = Record<string, { message: string }>;
const read = (locale: string): Catalogue =>
  JSON.parse(readFileSync(join('public/_locales', locale, 'messages.json'), 'utf8')) as Catalogue;
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
// Taiwan writes these both ways; OpenCC's Taiwan table would change them.
const TW_VARIANTS = new Set(['台', '布']);

describe('what a shopper reads', () => {
  it('zh_TW is Traditional Chinese throughout: no Simplified character in any message', () => {
    const found: string[] = [];
    for (const [key, { message }] of Object.entries(read('zh_TW'))) {
      const converted = [...toTraditional(message)];
      const simplified = [...message].filter((ch, i) => converted[i] !== ch && !TW_VARIANTS.has(ch));
      if (simplified.length) found.push(`${key}: ${simplified.join('')}`);
    }
    expect(found).toEqual([]);
  });

  it('Chinese messages use full-width punctuation next to Chinese text', () => {
    for (const locale of ['zh_CN', 'zh_TW']) {
      const bad = Object.entries(read(locale)).filter(([, { message }]) =>
        /[\u4e00-\u9fff][,:;?!](\s|$)|[\u4e00-\u9fff][(/)]|[(/][\u4e00-\u9fff]/.test(message),
      );
      expect(bad.map(([k]) => `${locale}.${k}`)).toEqual([]);
    }
  });

  it('every marketplace has a display name in every language, so no internal id is shown', () => {
    for (const locale of ['en', 'zh_CN', 'zh_TW']) {
      const cat = read(locale);
      for (const m of marketplaces)
        expect(cat[`platform_${m.id.replace(/[^A-Za-z0-9]/g, '_')}`]?.message, `${locale} ${m.id}`).toBeTruthy();
    }
  });

  it('uses shoppers\' words: "Fix", evidence files, no 案件', () => {
    expect(read('en').correct?.message).toBe('Fix');
    expect(read('en').evidenceCount?.message).toMatch(/evidence files/);
    for (const locale of ['zh_CN', 'zh_TW'])
      expect(Object.values(read(locale)).filter((v) => v.message.includes('案件'))).toEqual([]);
  });
});

describe('dates, times and money', () => {
  const at = Date.UTC(2026, 10, 27, 9, 53, 38);
  it("a time names its zone, in the reader's language, never as ISO Z", () => {
    expect(formatDateTime(at, { locale: 'en', timeZone: 'Asia/Shanghai' })).toBe('Nov 27, 2026, 17:53 GMT+8');
    expect(formatDateTime(at, { locale: 'zh-CN', timeZone: 'Asia/Shanghai' })).toMatch(/^2026年11月27日.*17:53/);
    expect(formatDateTime(at, { locale: 'zh-CN', timeZone: 'Asia/Shanghai' })).toMatch(/GMT\+8/);
    expect(formatDateTime(at, { locale: 'en', timeZone: 'UTC', seconds: true })).not.toMatch(/T\d\d:|Z$/);
  });
  it('zh-TW sets the zone in full-width parentheses, not ASCII brackets', () => {
    const at = Date.UTC(2026, 10, 27, 9, 53);
    expect(formatDateTime(at, { locale: 'zh-TW', timeZone: 'Asia/Taipei' })).toBe('2026年11月27日 17:53（GMT+8）');
    expect(formatDateTime(at, { locale: 'zh-TW', timeZone: 'UTC' })).toBe('2026年11月27日 09:53（UTC）');
  });
  it('a calendar date from a page stays that day in every zone', () => {
    expect(formatPageDate('2026-11-08', { locale: 'en', timeZone: 'America/Los_Angeles' })).toBe('Nov 8, 2026');
    expect(formatPageDate('2026-11-08', { locale: 'zh-TW', timeZone: 'Pacific/Kiritimati' })).toBe('2026年11月8日');
  });
  it('money reads as the language writes it', () => {
    expect(formatMoney({ amount: 237.9, currency: 'CNY' }, 'zh-CN')).toBe('¥237.90');
    expect(formatMoney({ amount: 23.9, currency: 'USD' }, 'en')).toBe('$23.90');
  });
  it('maps browser languages to the three the screens speak', () => {
    expect(['zh_TW', 'zh-HK', 'zh-CN', 'zh', 'en-GB', 'de'].map(displayLocale)).toEqual([
      'zh-TW',
      'zh-TW',
      'zh-CN',
      'zh-CN',
      'en',
      'en',
    ]);
  });
});
