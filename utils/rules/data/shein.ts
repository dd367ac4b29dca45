import type { RuleSource, RulesEntryInput } from '../schema';
import { esc } from './common';
import { buyerEvidence, CHECKED, forScenarios, nonePublished, published, tx, REVIEWED } from './helpers';

const sources: RuleSource[] = [
  {
    id: 'shein-returns',
    citation: 'm.shein.com/us/Return-Policy-a-281.html',
    checked: REVIEWED,
    url: 'https://m.shein.com/us/Return-Policy-a-281.html',
    published: 'undated',
  },
];

const changed = tx(
  '旧版页面写的是“购买后 45 天”，政策已变更。',
  'Older copies say 45 days from purchase, so the policy changed.',
);

const WHERE = tx('我的订单 → 退货', 'My Orders → Return Item');

const returns = forScenarios(['not-as-described', 'damaged', 'wrong-item', 'change-of-mind'] as const, (scenario) => ({
  id: `shein.buyer.${scenario}`,
  owner: 'shein',
  ownerKind: 'platform',
  role: 'buyer',
  scenario,
  market: 'US',
  title: tx('SHEIN 退货', 'SHEIN return'),
  steps: [
    {
      id: 'return-item',
      title: tx('申请退货', 'Return the item'),
      where: WHERE,
      evidence: buyerEvidence(scenario),
      deadlines: [
        published(
          30,
          'calendar-days',
          'delivered',
          'you',
          tx('美国站：送达日起 30 天内', 'US: within 30 days from the delivery date'),
          {
            sources: ['shein-returns'],
            market: 'US',
          },
        ),
      ],
      writtenComplaint: scenario !== 'change-of-mind',
    },
  ],
  escalation: [esc.paypal, esc.card, esc.fcba, esc.econsumer],
  sources,
  checked: CHECKED,
  confidence: { level: 'official', note: changed },
}));

const notReceived: RulesEntryInput = {
  id: 'shein.buyer.not-received',
  owner: 'shein',
  ownerKind: 'platform',
  role: 'buyer',
  scenario: 'not-received',
  market: 'US',
  title: tx('SHEIN 未收到货', 'SHEIN: not received'),
  steps: [
    {
      id: 'contact-support',
      title: tx('联系客服', 'Contact customer service'),
      where: tx(
        '我的订单 → 该订单，或帮助中心的客服入口',
        'My Orders → the order, or customer service in the help centre',
      ),
      evidence: buyerEvidence('not-received'),
      deadlines: [
        nonePublished(tx('资料没有给出未收到货的期限。', 'The notes give no limit for an item not received.'), [
          'shein-returns',
        ]),
      ],
      writtenComplaint: true,
    },
  ],
  escalation: [esc.paypal, esc.card, esc.fcba, esc.econsumer],
  sources,
  checked: CHECKED,
  confidence: { level: 'official', note: changed },
};

export const sheinRules: RulesEntryInput[] = [...returns, notReceived];
