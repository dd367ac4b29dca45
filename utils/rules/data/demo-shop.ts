import type { RuleSource, RulesEntryInput } from '../schema';
import { buyerEvidence, CHECKED, forScenarios, needs, published, tx, NOTES } from './helpers';

/** Made-up numbers for OrderProof's own demo shop, so the guide and reminders can be shown end to end. */
const sources: RuleSource[] = [
  {
    id: 'demo',
    citation: 'OrderProof demo',
    checked: NOTES,
    noUrl: {
      zh: 'OrderProof 自己的演示商店：数字是为演示编造的，没有规则页面。',
      en: 'OrderProof’s own demo shop: the numbers are made up for the demo and have no rule page.',
      zhTW: 'OrderProof 自己的示範商店：數字是為示範編造的，沒有規則頁面。',
    },
  },
];
const demo = { sources: ['demo'] };

const buyer = forScenarios(['not-received', 'not-as-described'] as const, (scenario) => ({
  id: `demo-shop.buyer.${scenario}`,
  owner: 'demo-shop',
  ownerKind: 'platform',
  role: 'buyer',
  scenario,
  title: tx('演示商店：纠纷流程（演示）', 'Demo shop: dispute flow (demo)'),
  steps: [
    {
      id: 'contact-seller',
      title: tx('联系卖家', 'Contact the seller'),
      where: tx('演示商店 → 我的订单 → 该订单 → 联系卖家', 'Demo shop → My orders → the order → Contact seller'),
      evidence: buyerEvidence(scenario),
      deadlines: [
        scenario === 'not-received'
          ? published(
              1,
              'calendar-days',
              'latest-estimated-delivery',
              'you',
              tx(
                '演示：最晚预计送达日 1 天后可以报告未收到',
                'Demo: you can report a missing parcel 1 day after the latest estimated delivery date',
              ),
              {
                ...demo,
                type: 'waiting-period',
              },
            )
          : published(
              7,
              'calendar-days',
              'delivered',
              'you',
              tx('演示：收货后 7 天内联系卖家', 'Demo: contact the seller within 7 days of delivery'),
              demo,
            ),
      ],
      writtenComplaint: true,
    },
    {
      id: 'open-dispute',
      title: tx('发起纠纷', 'Open a dispute'),
      where: tx('演示商店 → 我的订单 → 该订单 → 发起纠纷', 'Demo shop → My orders → the order → Open a dispute'),
      evidence: needs('chat', ...(scenario === 'not-received' ? (['tracking'] as const) : (['photos'] as const))),
      deadlines: [
        published(
          48,
          'hours',
          'step-done',
          'other-side',
          tx('演示：先给卖家 48 小时答复', 'Demo: give the seller 48 h to answer first'),
          {
            ...demo,
            fromStep: 'contact-seller',
            type: 'waiting-period',
          },
        ),
        scenario === 'not-received'
          ? published(
              14,
              'calendar-days',
              'latest-estimated-delivery',
              'you',
              tx(
                '演示：最晚预计送达日后 14 天内发起',
                'Demo: open it within 14 days after the latest estimated delivery date',
              ),
              demo,
            )
          : published(
              14,
              'calendar-days',
              'delivered',
              'you',
              tx('演示：收货后 14 天内发起', 'Demo: open it within 14 days of delivery'),
              demo,
            ),
      ],
      writtenComplaint: true,
    },
    {
      id: 'demo-review',
      title: tx('等待演示商店处理', 'Wait for the demo shop to decide'),
      where: tx('演示商店 → 我的纠纷', 'Demo shop → My disputes'),
      deadlines: [
        published(
          3,
          'business-days',
          'step-done',
          'platform',
          tx('演示：3 个工作日内给出结果', 'Demo: a decision within 3 business days'),
          {
            ...demo,
            fromStep: 'open-dispute',
          },
        ),
      ],
    },
  ],
  sources,
  checked: CHECKED,
  confidence: {
    level: 'demo',
    note: tx(
      '演示数据：这些期限是为演示编造的，不是任何真实平台的规则。',
      'Demo data: these deadlines are made up for the demo and are not any real platform’s rules.',
    ),
  },
}));

export const demoShopRules: RulesEntryInput[] = buyer;
