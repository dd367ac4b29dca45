import { describe, expect, it } from 'vitest';
import { parseRules, rulesFor, scenariosFor, ruleFor, type RulesEntryInput } from '../../../utils/rules';

const t = (en: string) => ({ zh: en, en });

function valid(): RulesEntryInput {
  return {
    id: 'ebay.buyer.not-received',
    owner: 'ebay',
    ownerKind: 'platform',
    role: 'buyer',
    scenario: 'not-received',
    title: t('t'),
    steps: [
      {
        id: 'a',
        title: t('a'),
        where: t('here'),
        deadlines: [
          {
            kind: 'published',
            amount: 3,
            unit: 'business-days',
            from: 'request-opened',
            who: 'other-side',
            meaning: t('3 days'),
            sources: ['s'],
          },
        ],
      },
      {
        id: 'b',
        title: t('b'),
        where: t('here'),
        deadlines: [
          {
            kind: 'published',
            amount: 2,
            unit: 'hours',
            from: 'step-done',
            fromStep: 'a',
            who: 'you',
            meaning: t('2 h'),
            sources: ['s'],
          },
        ],
      },
    ],
    sources: [{ id: 's', citation: 'somewhere official', checked: { on: '2026-11-23', against: 'research-notes' } }],
    checked: '2026-11-23',
    confidence: { level: 'official' },
  };
}

describe('parseRules', () => {
  it('accepts a valid entry and fills defaults', () => {
    const [entry] = parseRules([valid()]);
    expect(entry!.escalation).toEqual([]);
    expect(entry!.steps[0]!.writtenComplaint).toBe(false);
    const d = entry!.steps[0]!.deadlines[0]!;
    expect(d.kind === 'published' && d.type).toBe('deadline');
  });

  const broken: [string, (e: RulesEntryInput) => void, RegExp][] = [
    [
      'a published deadline without sources',
      (e) => void (e.steps[0]!.deadlines[0]!.sources = []),
      /at least one source/,
    ],
    [
      'a source id the entry does not list',
      (e) => void (e.steps[0]!.deadlines[0]!.sources = ['nope']),
      /unknown source "nope"/,
    ],
    [
      'step-done pointing at a later step',
      (e) => {
        e.steps[0]!.deadlines = [
          {
            kind: 'published',
            amount: 1,
            unit: 'hours',
            from: 'step-done',
            fromStep: 'b',
            who: 'you',
            meaning: t('1'),
            sources: ['s'],
          },
        ];
      },
      /not an earlier step/,
    ],
    [
      'step-done without fromStep',
      (e) => {
        e.steps[0]!.deadlines = [
          {
            kind: 'published',
            amount: 1,
            unit: 'hours',
            from: 'step-done',
            who: 'you',
            meaning: t('1'),
            sources: ['s'],
          },
        ];
      },
      /needs fromStep/,
    ],
    ['a step with no deadline at all', (e) => void (e.steps[1]!.deadlines = []), /none-published/],
    ['a secondary confidence without a note', (e) => void (e.confidence = { level: 'secondary' }), /needs a note/],
    ['an id that does not match', (e) => void (e.id = 'ebay.buyer.damaged'), /id must be "ebay.buyer.not-received"/],
    [
      'a seller scenario for a buyer',
      (e) => void ((e.scenario = 'chargeback'), (e.id = 'ebay.buyer.chargeback')),
      /not a buyer scenario/,
    ],
    ['an unknown unit', (e) => void Object.assign(e.steps[0]!.deadlines[0]!, { unit: 'fortnights' }), /unit/],
    ['a negative amount', (e) => void Object.assign(e.steps[0]!.deadlines[0]!, { amount: -1 }), /amount/],
    ['demo confidence outside the demo shop', (e) => void (e.confidence = { level: 'demo', note: t('x') }), /demo/],
    ['a wrong owner kind', (e) => void (e.ownerKind = 'regulator'), /ebay is a platform/],
  ];

  for (const [name, breakIt, message] of broken) {
    it(`rejects ${name}, naming the entry`, () => {
      const e = valid();
      breakIt(e);
      expect(() => parseRules([e])).toThrow(/ebay\.buyer\./);
      expect(() => parseRules([e])).toThrow(message);
    });
  }

  it('rejects duplicate ids and unknown escalation targets', () => {
    expect(() => parseRules([valid(), valid()])).toThrow(/Duplicate rules entry id "ebay.buyer.not-received"/);
    const e = valid();
    e.escalation = [{ to: 'paypal.buyer.general', kind: 'payment-channel', when: t('x') }];
    expect(() => parseRules([e])).toThrow(/unknown entry "paypal.buyer.general"/);
  });
});

describe('lookups', () => {
  it('rulesFor filters by platform and role', () => {
    const amazon = rulesFor('amazon');
    expect(amazon.every((r) => r.owner === 'amazon')).toBe(true);
    expect(rulesFor('amazon', 'seller').every((r) => r.role === 'seller')).toBe(true);
    expect(rulesFor('amazon', 'seller').length + rulesFor('amazon', 'buyer').length).toBe(amazon.length);
    expect(rulesFor('no-such-shop')).toEqual([]);
  });

  it('scenariosFor lists each scenario once', () => {
    const s = scenariosFor('jd', 'buyer');
    expect(new Set(s).size).toBe(s.length);
    expect(s).toEqual(expect.arrayContaining(['not-received', 'change-of-mind']));
    expect(scenariosFor('jd', 'seller')).toEqual(['claim-response']);
  });

  it('ruleFor finds one entry', () => {
    expect(ruleFor('ebay', 'buyer', 'not-received')?.id).toBe('ebay.buyer.not-received');
    expect(ruleFor('ebay', 'seller', 'chargeback')).toBeUndefined();
  });
});
