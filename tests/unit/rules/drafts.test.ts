import { describe, expect, it } from 'vitest';
import {
  draftComplaint,
  draftLanguageFor,
  draftPlan,
  stepsNeedingDraft,
  DRAFT_LANGUAGES,
  type DraftInput,
} from '../../../utils/rules/drafts';
import { allRules, ruleById } from '../../../utils/rules';

const order: DraftInput['order'] = {
  orderId: '112-7654321-0011223',
  placedAt: '2026-03-01T10:00:00Z',
  seller: 'Acme Audio',
  items: [{ title: 'Wireless headphones', quantity: 1, unitPrice: { amount: 59.99, currency: 'USD' } }],
  amounts: { total: { amount: 64.5, currency: 'USD' } },
};

function draft(
  lang: 'en' | 'zh-CN' | 'zh-TW',
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

const CJK = /[\u4e00-\u9fff]/;
// Characters that differ between Simplified and Traditional and occur in every draft's headings.
const SIMPLIFIED_ONLY = /[订单证经过诉请记录谢]/;

describe('complaint drafts', () => {
  for (const lang of DRAFT_LANGUAGES) {
    it(`${lang}: carries the order facts, timeline, evidence and the demand`, () => {
      const { subject, body } = draft(lang);
      expect(subject).toContain('112-7654321-0011223');
      expect(body).toContain('Wireless headphones × 1');
      expect(body).toContain('59.99');
      expect(body).toContain('64.50');
      expect(body).toContain('2026-03-08');
      expect(body).toContain('2026-03-12');
      expect(body).toContain('Tracking stuck in transit');
      expect(body).toContain(lang === 'en' ? 'Amazon' : lang === 'zh-TW' ? '亞馬遜' : '亚马逊');
      expect(body.indexOf('2026-03-01')).toBeLessThan(body.indexOf('2026-03-12'));
    });
  }

  it('writes English in English, Simplified in Simplified and Traditional in Traditional', () => {
    expect(draft('en').body).not.toMatch(CJK);
    expect(draft('zh-CN').body).toMatch(/订单信息[\s\S]*我的诉求/);
    const tw = draft('zh-TW').body;
    expect(tw).toMatch(/訂單資訊[\s\S]*我的訴求/);
    expect(tw).not.toMatch(SIMPLIFIED_ONLY);
  });

  it('is plain text (no markup)', () => {
    expect(draft('en').body).not.toMatch(/[<>*#]|\*\*/);
  });

  it('adds the triple-compensation clause only for a mainland-China counterfeit', () => {
    const zh = draft('zh-CN', 'taobao.buyer.counterfeit', 'apply');
    expect(zh.body).toContain('第五十五条');
    expect(draft('en', 'amazon.buyer.counterfeit').body).not.toContain('Article 55');
  });

  it('asks for a reply by a date when given', () => {
    expect(draft('en', undefined, undefined, { replyBy: '2026-03-20' }).body).toContain('Please reply by 2026-03-20.');
    expect(draft('zh-TW', undefined, undefined, { replyBy: '2026-03-20' }).body).toContain('請在 2026-03-20 前答覆');
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

  it('every step marked for a written complaint can be drafted in all three languages, never saying proof is attached', () => {
    let n = 0;
    for (const rules of allRules) {
      for (const step of stepsNeedingDraft(rules)) {
        for (const lang of DRAFT_LANGUAGES) {
          const { body } = draftComplaint({ lang, rules, stepId: step.id, order: { orderId: 'X-1' } });
          expect(body, `${rules.id}/${step.id}`).toContain('X-1');
          expect(body, `${rules.id}/${step.id}`).not.toMatch(/attached|附上|附件/i);
          n += 1;
        }
      }
    }
    expect(n).toBeGreaterThan(150);
  });
});

describe('drafts are written to their recipient (C24–C26)', () => {
  it('C24: the default language is the recipient’s, not the UI’s', () => {
    const lang = (id: string, step: string, market?: string) => draftLanguageFor(ruleById(id)!, step, market);
    expect(lang('amazon.seller.claim-response', 'respond-to-amazon', 'US')).toBe('en');
    expect(lang('alibaba.seller.complaint-against-buyer', 'file')).toBe('en');
    expect(lang('taobao.buyer.not-received', 'apply', 'CN')).toBe('zh-CN');
    expect(lang('douyin.seller.malicious-refund', 'appeal', 'CN')).toBe('zh-CN');
    expect(lang('cn-12315.buyer.general', 'file-complaint', 'US')).toBe('zh-CN');
    expect(lang('tw-consumer.buyer.general', 'call-1950')).toBe('zh-TW');
    expect(lang('shopee.buyer.not-received', 'dispute', 'TW')).toBe('zh-TW');
    expect(lang('uk-consumer.buyer.general', 'cancel')).toBe('en');
    expect(lang('paypal.buyer.general', 'open-dispute', 'CN')).toBe('zh-CN');
    expect(lang('paypal.buyer.general', 'open-dispute', 'DE')).toBe('en');
  });

  it('C25: the Amazon seller’s message to the buyer goes to the buyer and never asks them to decline the claim', () => {
    const rules = ruleById('amazon.seller.claim-response')!;
    expect(draftPlan(rules, 'answer-buyer')).toEqual({ to: 'other-side', form: 'message' });
    for (const lang of DRAFT_LANGUAGES) {
      const { body } = draftComplaint({ lang, rules, stepId: 'answer-buyer', order });
      expect(body).not.toMatch(/decline|驳回|駁回|reject/i);
      expect(body).toMatch(/Thank you for your message|感谢您|感謝您/);
    }
  });

  it('C25: the A-to-z response asks Amazon to decide and lists the evidence without claiming attachments', () => {
    const rules = ruleById('amazon.seller.claim-response')!;
    expect(draftPlan(rules, 'respond-to-amazon')).toEqual({ to: 'platform', form: 'response' });
    const { body } = draftComplaint({ lang: 'en', rules, stepId: 'respond-to-amazon', order });
    expect(body).toContain('Please decline the claim');
    expect(body).toContain('listed below');
    expect(body).not.toMatch(/attached/i);
  });

  it('C26: a 12315 complaint names the respondent, the request and the facts, and never calls 12315 the platform', () => {
    const rules = ruleById('cn-12315.buyer.general')!;
    expect(draftPlan(rules, 'file-complaint')).toEqual({ to: 'regulator', form: 'regulator-complaint' });
    const { subject, body } = draftComplaint({
      lang: 'zh-CN',
      rules,
      stepId: 'file-complaint',
      scenario: 'not-received',
      order: { ...order, seller: '某某旗舰店' },
      site: 'shop.example.cn',
      marketplace: '淘宝/天猫',
      caseDates: { ordered: '2026-03-01' },
    });
    expect(subject).toContain('未收到货');
    expect(body).toMatch(/被投诉人\n某某旗舰店，网址 shop\.example\.cn/);
    expect(body).toMatch(/投诉请求\n我没有收到这笔订单的商品。请介入处理/);
    expect(body).toMatch(/事实与理由\n[\s\S]*订单号：112-7654321-0011223/);
    expect(body).toContain('平台：淘宝/天猫');
    expect(body).not.toContain('平台：12315');
    expect(body).toMatch(/^致12315/);
  });

  it('C26: an unknown respondent is asked for, never invented', () => {
    const { body } = draftComplaint({
      lang: 'en',
      rules: ruleById('econsumer-gov.buyer.general')!,
      stepId: 'report',
      order: { orderId: 'A-1' },
    });
    expect(body).toMatch(/Respondent\n\(fill in the seller’s or shop’s name, web address and contact details\)/);
    expect(body).not.toMatch(/Platform: econsumer/);
  });

  it('C26: the UK cancel step is a cancellation notice to the seller, with the refund timing of reg 34', () => {
    const rules = ruleById('uk-consumer.buyer.general')!;
    expect(draftPlan(rules, 'cancel')).toEqual({ to: 'other-side', form: 'cancellation' });
    const { subject, body } = draftComplaint({ lang: 'en', rules, stepId: 'cancel', order });
    expect(subject).toBe('Notice of cancellation: order 112-7654321-0011223');
    expect(body).toContain('I cancel my contract for order 112-7654321-0011223');
    expect(body).toContain('Consumer Contracts');
    expect(body).toContain('receiving the goods back or evidence that I have sent them back, whichever is earlier');
    expect(body).not.toMatch(/Platform: UK consumer rights/);
  });

  it('C26: the EU withdraw step is a withdrawal notice', () => {
    const { subject, body } = draftComplaint({
      lang: 'en',
      rules: ruleById('eu-consumer.buyer.general')!,
      stepId: 'withdraw',
      order,
    });
    expect(subject).toContain('Notice of cancellation');
    expect(body).toContain('right of withdrawal');
  });

  it('a payment-channel dispute names the merchant and uses the case scenario', () => {
    const { body } = draftComplaint({
      lang: 'en',
      rules: ruleById('paypal.buyer.general')!,
      stepId: 'open-dispute',
      scenario: 'damaged',
      order,
    });
    expect(body).toContain('I dispute my payment to Acme Audio');
    expect(body).toContain('The item arrived damaged. Please step in');
  });

  it('a buyer’s message to the seller asks the seller, not a platform', () => {
    const rules = ruleById('amazon.buyer.not-received')!;
    expect(draftPlan(rules, 'contact-seller').to).toBe('other-side');
    const { body } = draftComplaint({ lang: 'en', rules, stepId: 'contact-seller', order });
    expect(body).toContain('Please refund it in full, or, if it was delivered, send me proof of delivery');
    expect(body).not.toContain('step in');
  });
});
