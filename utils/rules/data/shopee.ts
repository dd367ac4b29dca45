import type { DeadlineInput, RuleSource, RulesEntryInput } from '../schema';
import { esc } from './common';
import { buyerEvidence, CHECKED, forScenarios, needs, nonePublished, published, tx, NOTES, REVIEWED } from './helpers';

const sources: RuleSource[] = [
  {
    id: 'shopee-ph',
    citation: 'help.shopee.ph articles 80958, 81230, 81286',
    checked: REVIEWED,
    url: 'https://help.shopee.ph/portal/article/80958',
  },
  {
    id: 'shopee-my',
    citation: 'help.shopee.com.my article 78775',
    checked: NOTES,
    url: 'https://help.shopee.com.my/portal/article/78775',
  },
];

const WHERE = tx('我的购买 → 该订单 → 退货/退款', 'My Purchases → the order → Return/Refund');

const mall = tx('Shopee Mall 店铺', 'Shopee Mall shops');
const nonMall = tx('非 Mall 店铺', 'non-Mall shops');

const requestDeadlines = (scenario: string): DeadlineInput[] => [
  ...(scenario === 'not-received'
    ? [
        nonePublished(
          tx(
            '菲律宾：资料给出的退货期限从送达起算，不适用于未收到货。',
            'Philippines: the return windows in the notes count from delivery and do not cover items not received.',
          ),
          ['shopee-ph'],
          'PH',
        ),
      ]
    : [
        published(
          15,
          'calendar-days',
          'delivered',
          'you',
          tx('菲律宾 Mall：送达后 15 天内', 'Philippines, Mall: within 15 days from delivery'),
          {
            sources: ['shopee-ph'],
            market: 'PH',
            condition: mall,
            requires: { fact: 'store-type', is: ['mall'] },
          },
        ),
        published(
          7,
          'calendar-days',
          'delivered',
          'you',
          tx('菲律宾非 Mall：送达后 7 天内', 'Philippines, non-Mall: within 7 days from delivery'),
          {
            sources: ['shopee-ph'],
            market: 'PH',
            condition: nonMall,
            requires: { fact: 'store-type', is: ['regular'] },
          },
        ),
      ]),
  published(
    3,
    'calendar-days',
    'delivered',
    'you',
    tx(
      '马来西亚非 Mall：Shopee 保障期 3 天，可延长一次 3 天（按送达起算；请以订单页倒计时为准）',
      'Malaysia, non-Mall: Shopee Guarantee period of 3 days, with one 3-day extension (counted from delivery; the order page countdown is authoritative)',
    ),
    {
      sources: ['shopee-my'],
      market: 'MY',
      condition: nonMall,
      requires: { fact: 'store-type', is: ['regular'] },
    },
  ),
  published(
    15,
    'calendar-days',
    'delivered',
    'you',
    tx(
      '马来西亚 Mall：Shopee 保障期 15 天，可延长一次 3 天（按送达起算）',
      'Malaysia, Mall: Shopee Guarantee period of 15 days, with one 3-day extension (counted from delivery)',
    ),
    {
      sources: ['shopee-my'],
      market: 'MY',
      condition: mall,
      requires: { fact: 'store-type', is: ['mall'] },
    },
  ),
];

const buyer = forScenarios(
  ['not-received', 'not-as-described', 'damaged', 'wrong-item', 'counterfeit'] as const,
  (scenario) => ({
    id: `shopee.buyer.${scenario}`,
    // The sources cover the Philippine and Malaysian sites only; other Shopee countries get routes, not these numbers.
    market: ['PH', 'MY'],
    owner: 'shopee',
    ownerKind: 'platform',
    role: 'buyer',
    scenario,
    title: tx('Shopee 退货/退款', 'Shopee return or refund'),
    steps: [
      {
        id: 'request',
        title: tx('申请退货/退款', 'Request a return or refund'),
        where: WHERE,
        evidence: buyerEvidence(scenario),
        deadlines: requestDeadlines(scenario),
        writtenComplaint: true,
      },
      {
        id: 'seller-response',
        title: tx('等待卖家答复', "Wait for the seller's answer"),
        where: WHERE,
        deadlines: [
          published(
            2,
            'calendar-days',
            'request-opened',
            'other-side',
            tx(
              '卖家须在 2 天内答复，否则自动同意',
              'The seller must respond within 2 days or the request is auto-approved',
            ),
            {
              // Only the Philippine help pages give this number (review B22).
              sources: ['shopee-ph'],
              market: 'PH',
            },
          ),
        ],
      },
      {
        id: 'dispute',
        title: tx('提出争议', 'Raise a dispute'),
        where: WHERE,
        when: tx('卖家拒绝时', 'If the seller rejects the request'),
        evidence: buyerEvidence(scenario),
        deadlines: [
          nonePublished(tx('资料没有给出提出争议的期限。', 'The notes give no limit for raising a dispute.'), [
            'shopee-ph',
          ]),
        ],
        writtenComplaint: true,
      },
      {
        id: 'shopee-review',
        title: tx('等待 Shopee 审核', 'Wait for Shopee to review'),
        where: WHERE,
        deadlines: [
          published(
            9,
            'working-days',
            'step-done',
            'platform',
            tx(
              'Shopee 审核争议需要 7–9 个工作日（这里取 9）',
              'Shopee takes 7–9 working days to review a dispute (9 used here)',
            ),
            {
              sources: ['shopee-ph'],
              market: 'PH',
              fromStep: 'dispute',
            },
          ),
        ],
      },
    ],
    escalation: [esc.card, esc.econsumer],
    notes: [
      tx('每种原因需要的证据见 Shopee 帮助页的清单。', "Shopee's help pages list the evidence needed for each reason."),
    ],
    sources,
    checked: CHECKED,
    confidence: {
      level: 'official',
      note: tx(
        '数字因国家而异（菲律宾、马来西亚），不要套用到其他站点。',
        'Numbers differ by country (Philippines, Malaysia); do not apply them to other Shopee sites.',
      ),
    },
  }),
);

/** The seller's side of a Philippine return request: the 2-day answer is the one seller number the PH pages give. */
const seller: RulesEntryInput = {
  id: 'shopee.seller.claim-response',
  owner: 'shopee',
  ownerKind: 'platform',
  role: 'seller',
  scenario: 'claim-response',
  market: ['PH', 'MY'],
  title: tx('Shopee：回应买家的退货/退款申请', "Shopee: answer a buyer's return or refund request"),
  steps: [
    {
      id: 'respond',
      title: tx('答复买家的申请', "Respond to the buyer's request"),
      where: tx('卖家中心 → 订单 → 退货/退款 → 该申请', 'Seller Centre → Orders → Return/Refund → the request'),
      evidence: needs('shipping-proof', 'tracking', 'chat', 'packing-video?'),
      deadlines: [
        published(
          2,
          'calendar-days',
          'request-opened',
          'you',
          tx('2 天内答复，否则自动同意买家的申请', 'Respond within 2 days or the request is approved automatically'),
          {
            sources: ['shopee-ph'],
            market: 'PH',
          },
        ),
        nonePublished(
          tx('马来西亚：资料没有给出卖家答复期限。', 'Malaysia: the notes give no seller response time.'),
          ['shopee-my'],
          'MY',
        ),
      ],
      writtenComplaint: true,
    },
    {
      id: 'dispute-evidence',
      title: tx('买家提出争议时提交证据', 'Submit evidence if the buyer raises a dispute'),
      where: tx('卖家中心 → 订单 → 退货/退款 → 该争议', 'Seller Centre → Orders → Return/Refund → the dispute'),
      evidence: needs('shipping-proof', 'tracking', 'chat', 'packing-video?'),
      deadlines: [
        nonePublished(
          tx(
            '资料没有给出卖家提交争议证据的期限：请尽早提交。',
            'The notes give no limit for the seller to submit dispute evidence: submit it early.',
          ),
          ['shopee-ph'],
        ),
      ],
      writtenComplaint: true,
    },
  ],
  sources,
  checked: CHECKED,
  confidence: {
    level: 'official',
    note: tx('只有菲律宾帮助页给出卖家的数字。', 'Only the Philippine help pages give a seller number.'),
  },
};

export const shopeeRules: RulesEntryInput[] = [...buyer, seller];
