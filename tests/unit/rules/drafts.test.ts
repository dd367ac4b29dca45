import { describe, expect, it } from 'vitest';
import { draftComplaint, stepsNeedingDraft, type DraftInput } from '../../../utils/rules/drafts';
import { scenarioDemands } from '../../../utils/rules/scenarios';
import { allRules, ruleById } from '../../../utils/rules';

const order: DraftInput['order'] = {
  orderId: '112-7654321-0011223',
  placedAt: '2026-03-01T10:00:00Z',
  seller: 'Acme Audio',
  items: [{ title: 'Wireless headphones', quantity: 1, unitPrice: { amount: 59.99, currency: 'USD' } }],
  amounts: { total: { amount: 64.5, currency: 'USD' } },
};

function draft(
  lang: 'en' | 'zh-CN',
  id = 'amazon.buyer.not-received',
  stepId = 'atoz-claim',
  extra: Partial<DraftInput> = {},
) {
  return draftComplaint({
    lang,
    rules: ruleById(id)!,
    stepId,
    order,
    caseDates: { ordered: '2026-03-01', estimatedDelivery: '2026-03-08' },
    stepsDone: { 'contact-seller': '2026-03-12' },
    evidence: [
      { kind: 'order-data', title: 'Order details page', capturedAt: '2026-03-02T08:00:00Z' },
      { kind: 'screenshot', title: 'Tracking stuck in transit' },
    ],
    ...extra,
  });
}

describe('complaint drafts', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`${lang}: carries the order facts, timeline, evidence and the demand`, () => {
      const { subject, body } = draft(lang);
      expect(subject).toContain('112-7654321-0011223');
      expect(body).toContain('112-7654321-0011223');
      expect(body).toContain(lang === 'en' ? scenarioDemands['not-received'].en : scenarioDemands['not-received'].zh);
      expect(body).toContain('Wireless headphones × 1');
      expect(body).toContain('59.99');
      expect(body).toContain('64.50');
      expect(body).toContain('2026-03-08');
      expect(body).toContain('2026-03-12');
      expect(body).toContain('Tracking stuck in transit');
      expect(body).toContain(lang === 'en' ? 'Amazon' : '亚马逊');
      expect(body.indexOf('2026-03-01')).toBeLessThan(body.indexOf('2026-03-12'));
    });
  }

  it('writes Chinese in Chinese and English in English', () => {
    expect(draft('zh-CN').body).toMatch(/订单信息[\s\S]*我的诉求/);
    expect(draft('en').body).toMatch(/Order details[\s\S]*What I am asking for/);
    expect(draft('en').body).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('is plain text (no markup)', () => {
    expect(draft('en').body).not.toMatch(/[<>*#]|\*\*/);
  });

  it('adds the triple-compensation clause only for a mainland-China counterfeit', () => {
    const zh = draft('zh-CN', 'taobao.buyer.counterfeit', 'apply');
    expect(zh.body).toContain('第五十五条');
    expect(zh.body).toContain('500');
    expect(draft('en', 'amazon.buyer.counterfeit').body).not.toContain('Article 55');
  });

  it('uses the case scenario for a general payment-channel entry', () => {
    const d = draft('en', 'paypal.buyer.general', 'open-dispute', { scenario: 'damaged' });
    expect(d.body).toContain(scenarioDemands.damaged.en);
  });

  it('asks for a reply by a date when given', () => {
    expect(draft('en', undefined, undefined, { replyBy: '2026-03-20' }).body).toContain('Please reply by 2026-03-20.');
    expect(draft('zh-CN', undefined, undefined, { replyBy: '2026-03-20' }).body).toContain('请在 2026-03-20 前答复');
  });

  it('says what is not recorded rather than inventing it', () => {
    const d = draftComplaint({ lang: 'en', rules: ruleById('ebay.buyer.not-received')!, stepId: 'report', order: {} });
    expect(d.body).toContain('(order number not recorded)');
    expect(d.body).toContain('Total: (not recorded)');
  });

  it('refuses steps that need no written complaint, and unknown steps', () => {
    expect(() => draft('en', 'ebay.buyer.not-received', 'ebay-decision')).toThrow(/does not need a written complaint/);
    expect(() => draft('en', 'ebay.buyer.not-received', 'nope')).toThrow(/no step "nope"/);
  });

  it('every step marked for a written complaint can be drafted in both languages', () => {
    let n = 0;
    for (const rules of allRules) {
      for (const step of stepsNeedingDraft(rules)) {
        for (const lang of ['en', 'zh-CN'] as const) {
          const { body } = draftComplaint({ lang, rules, stepId: step.id, order: { orderId: 'X-1' } });
          expect(body, `${rules.id}/${step.id}`).toContain('X-1');
          n += 1;
        }
      }
    }
    expect(n).toBeGreaterThan(100);
  });
});
