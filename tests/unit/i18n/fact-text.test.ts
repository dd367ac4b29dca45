import { afterEach, describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import zhCN from '../../../public/_locales/zh_CN/messages.json';
import zhTW from '../../../public/_locales/zh_TW/messages.json';
import { factText } from '../../../utils/fact-text';
import { setCatalogue } from '../../../utils/i18n';

afterEach(() => setCatalogue(undefined));

describe('factText: an order fact in the reader’s language, the stored value unchanged', () => {
  const cases = [
    ['en', en, 'en', 'Mastercard ending in 1301'],
    ['zh_CN', zhCN, 'zh-CN', 'Mastercard（尾号 1301）'],
    ['zh_TW', zhTW, 'zh-TW', 'Mastercard（卡號尾碼 1301）'],
  ] as const;
  for (const [lang, messages, locale, shown] of cases) {
    it(`writes a stored card ("Brand ending in 1234") in ${lang}`, () => {
      setCatalogue(lang, messages);
      expect(factText('paymentMethod', 'Mastercard ending in 1301', undefined, locale)).toBe(shown);
    });
  }

  it('leaves a method that is not a card as the page wrote it, in any language', () => {
    setCatalogue('zh_CN', zhCN);
    expect(factText('paymentMethod', '支付宝', undefined, 'zh-CN')).toBe('支付宝');
    expect(factText('paymentMethod', 'PayPal', undefined, 'zh-CN')).toBe('PayPal');
    // Not the readers' form (no digits after "ending in"): shown as it is, not half translated.
    expect(factText('paymentMethod', 'Gift card ending in soon', undefined, 'zh-CN')).toBe('Gift card ending in soon');
  });

  it('formats a total in the reader’s locale and leaves other text fields alone', () => {
    setCatalogue('zh_CN', zhCN);
    expect(factText('total', 1234.5, 'CNY', 'zh-CN')).toMatch(/1,234\.50/);
    expect(factText('seller', 'Card shop ending in 12', undefined, 'zh-CN')).toBe('Card shop ending in 12');
  });
});
