import type { RuleSource, RulesEntryInput } from '../schema';
import { esc } from './common';
import { buyerEvidence, CHECKED, forScenarios, needs, published, tx, NOTES, REVIEWED } from './helpers';

const sources: RuleSource[] = [
  {
    id: 'etsy-help',
    citation: 'help.etsy.com/hc/en-us/articles/360016126873',
    checked: REVIEWED,
    url: 'https://help.etsy.com/hc/en-us/articles/360016126873',
  },
  {
    id: 'etsy-secondary',
    citation: 'a secondary source giving "30 days" (conflicts with the official page)',
    checked: NOTES,
  },
];

const buyer = forScenarios(['not-received', 'not-as-described', 'damaged', 'wrong-item'] as const, (scenario) => ({
  id: `etsy.buyer.${scenario}`,
  owner: 'etsy',
  ownerKind: 'platform',
  role: 'buyer',
  scenario,
  title: tx('Etsy 购买保障', 'Etsy Purchase Protection'),
  steps: [
    {
      id: 'help-request',
      title: tx('向卖家求助', 'Ask the seller for help'),
      where: tx(
        '你 → 购买和评价 → 订单求助（给卖家发消息）',
        'You → Purchases and reviews → Help with order (message the seller)',
      ),
      evidence: buyerEvidence(scenario),
      deadlines: [
        published(
          0,
          'calendar-days',
          'latest-estimated-delivery',
          'you',
          tx(
            '预计送达日/发货截止日过后才能开案',
            'A case can open only after the estimated delivery / ship-by date has passed',
          ),
          {
            sources: ['etsy-help'],
            type: 'waiting-period',
          },
        ),
      ],
      writtenComplaint: true,
    },
    {
      id: 'open-case',
      title: tx('开启案件', 'Open a case'),
      where: tx('你 → 购买和评价 → 该订单 → 开启案件', 'You → Purchases and reviews → the order → Open a case'),
      evidence: needs('photos', 'chat'),
      deadlines: [
        published(
          48,
          'hours',
          'step-done',
          'other-side',
          tx('求助 48 小时后才能开案', 'A case can open only 48 h after the help request'),
          {
            sources: ['etsy-help'],
            fromStep: 'help-request',
            type: 'waiting-period',
          },
        ),
        published(
          100,
          'calendar-days',
          'latest-estimated-delivery',
          'you',
          tx(
            '之后买家有 100 天开案（这里从预计送达日起算，是最早的算法）',
            'After that the buyer has 100 days (counted here from the estimated delivery date, the earliest reading)',
          ),
          {
            sources: ['etsy-help', 'etsy-secondary'],
            confidence: {
              level: 'sources-disagree',
              note: tx(
                '官方页面是 100 天，一个二手来源说 30 天。',
                'The official page says 100 days; a secondary source says 30 days.',
              ),
            },
          },
        ),
      ],
      writtenComplaint: true,
    },
  ],
  escalation: [esc.paypal, esc.card, esc.fcba, esc.econsumer, esc.uk, esc.eu],
  notes: [
    tx(
      '保障上限 250 美元（11 月 1 日至 12 月 31 日下的订单为 500 美元）。',
      'Coverage is capped at $250 ($500 for orders placed Nov 1–Dec 31).',
    ),
  ],
  sources,
  checked: CHECKED,
  confidence: {
    level: 'official',
    note: tx(
      '一个二手来源说 30 天，与官方页面冲突。',
      'A secondary source says 30 days, which conflicts with the official page.',
    ),
  },
}));

export const etsyRules: RulesEntryInput[] = buyer;
