import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const DIR = 'public/_locales';
const read = (locale: string): Catalogue =>
  JSON.parse(readFileSync(join(DIR, locale, 'messages.json'), 'utf8')) as Catalogue;

describe('translations', () => {
  const locales = readdirSync(DIR);
  const en = read('en');

  it('include English, Simplified and Traditional Chinese', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'zh_CN', 'zh_TW']));
  });

  for (const locale of locales) {
    it(`${locale} has every message, none empty, with the same placeholders`, () => {
      const cat = read(locale);
      expect(Object.keys(cat).sort()).toEqual(Object.keys(en).sort());
      for (const [key, value] of Object.entries(cat)) {
        expect(value.message.trim(), key).not.toBe('');
        expect(Object.keys(value.placeholders ?? {}).sort(), key).toEqual(
          Object.keys(en[key]?.placeholders ?? {}).sort(),
        );
      }
    });
  }

  it('Chinese catalogues are actually in Chinese', () => {
    const zh = read('zh_CN');
    const translated = Object.entries(zh).filter(([k, v]) => v.message !== en[k]?.message);
    expect(translated.length / Object.keys(zh).length).toBeGreaterThan(0.9);
  });
});
