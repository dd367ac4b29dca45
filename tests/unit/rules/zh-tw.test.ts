import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../../utils/rules';
import { localize } from '../../../utils/rules/owners';
import { ZH_TW } from '../../../utils/rules/zh-tw.generated';
import { simplifiedOnlyTexts } from '../../../utils/rules/zh-tw';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
// Characters OpenCC's Taiwan table would also change but that Taiwan writes this way as well.
const TW_VARIANTS = new Set(['台', '布', '着', '才', '里', '游', '周', '面']);
const simplifiedIn = (text: string) => {
  const converted = [...toTraditional(text)];
  return [...text].filter((ch, i) => converted[i] !== ch && !TW_VARIANTS.has(ch));
};

describe('rule texts in Traditional Chinese', () => {
  it('every rule text written only in Simplified has its Traditional (npm run guide:zhtw after editing the data)', () => {
    const missing = [...simplifiedOnlyTexts(allRules)].filter((zh) => !ZH_TW[zh]);
    expect(missing).toEqual([]);
  });

  it('a zh-TW reader gets no Simplified characters and Taiwan quotes from any rule text', () => {
    for (const [zh, tw] of Object.entries(ZH_TW)) {
      const shown = localize({ zh, en: 'x' }, 'zh-TW');
      expect(shown).toBe(tw);
      expect(simplifiedIn(shown), zh).toEqual([]);
      expect(shown, zh).not.toMatch(/[“”]/);
    }
  });

  it('a text with its own Traditional keeps it', () => {
    expect(localize({ zh: '发货', en: 'Shipped', zhTW: '出貨' }, 'zh-TW')).toBe('出貨');
  });
});
