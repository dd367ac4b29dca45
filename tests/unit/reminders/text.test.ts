import { describe, expect, it } from 'vitest';
import { reminderMessage } from '../../../utils/reminders/text';
import { ruleById } from '../../../utils/rules';
import { computeDeadlines } from '../../../utils/rules/deadlines';

const words = {
  body: (owner: string, market: string, what: string, due: string) => `${owner} (${market}): ${what} — due ${due}`,
  counts: (c: string) => `Counts for: ${c}`,
  anyMarket: 'every market',
};

describe('reminder text', () => {
  it('names the owner, the market and the condition the deadline counts for', () => {
    const rules = ruleById('shopee.buyer.damaged')!;
    const d = computeDeadlines(
      rules,
      { delivered: '2026-03-01' },
      {},
      { timeZone: 'Asia/Manila', market: 'PH', facts: { 'store-type': 'mall' } },
    ).find((x) => x.markets?.includes('PH') && x.status === 'known')!;
    const step = rules.steps.find((s) => s.id === d.stepId)!;
    expect(reminderMessage(rules, step, d, 'PH', 'en', words)).toBe(
      'Shopee (Philippines): ' +
        `${step.title.en} · Philippines, Mall: within 15 days from delivery — due 2026-03-16 23:59 · Counts for: Shopee Mall shops`,
    );
    expect(reminderMessage(rules, step, d, 'PH', 'zh-CN', words)).toContain('菲律宾');
  });
});
