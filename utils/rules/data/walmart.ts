import type { RuleSource, RuleStepInput, RulesEntryInput } from '../schema';
import { esc } from './common';
import { buyerEvidence, CHECKED, forScenarios, needs, published, nonePublished, tx, REVIEWED } from './helpers';

const sources: RuleSource[] = [
  {
    id: 'walmart-help',
    citation: 'help.walmart.com a_id=4093 (2019 crawl), a_id=3039',
    checked: REVIEWED,
    published: '2019 crawl',
  },
  {
    id: 'walmart-learn',
    citation: 'marketplacelearn.walmart.com',
    checked: REVIEWED,
    url: 'https://marketplacelearn.walmart.com',
  },
];

/** The notes cite these pages together without saying which gives which number. */
const WALMART = ['walmart-help', 'walmart-learn'];

const WHERE = tx('购买记录 → 该订单 → 退货或更换', 'Purchase History → the order → Return or Replace');
const base = {
  owner: 'walmart',
  ownerKind: 'platform',
  role: 'buyer',
  market: 'US',
  escalation: [esc.card, esc.fcba, esc.econsumer],
  notes: [tx('卖家收取的重新上架费最高为 20%。', 'The restocking fee is capped at 20%.')],
  sources,
  checked: CHECKED,
  confidence: { level: 'official', note: tx('部分页面是 2019 年的抓取副本。', 'Some pages are a 2019 crawl.') },
} satisfies Partial<RulesEntryInput>;

const returnReceived: RuleStepInput[] = [
  {
    id: 'return-delivered',
    title: tx('确认退货已送达卖家', 'Confirm the return reached the seller'),
    where: tx('购买记录 → 该订单 → 退货物流', 'Purchase History → the order → return tracking'),
    when: tx(
      '完成此步时填写物流显示送达卖家的日期',
      'Mark this done with the date tracking shows delivery to the seller',
    ),
    evidence: needs('return-tracking'),
    deadlines: [
      nonePublished(
        tx(
          '这一步没有期限：它记录卖家收到退货的日期。',
          'No limit here: this step records the day the seller received the return.',
        ),
      ),
    ],
  },
  {
    id: 'refund',
    title: tx('等待退款', 'Wait for the refund'),
    where: tx('购买记录 → 该订单', 'Purchase History → the order'),
    deadlines: [
      published(
        48,
        'hours',
        'step-done',
        'other-side',
        tx('卖家收到有物流的退货后 48 小时内退款', 'The seller must refund within 48 h of receiving a tracked return'),
        {
          sources: WALMART,
          fromStep: 'return-delivered',
        },
      ),
    ],
    writtenComplaint: true,
  },
];

const notReceived: RulesEntryInput = {
  ...base,
  id: 'walmart.buyer.not-received',
  scenario: 'not-received',
  title: tx('沃尔玛商城承诺：未收到货', 'Walmart Marketplace Promise: not received'),
  steps: [
    {
      id: 'request',
      title: tx('报告未收到货', 'Report the order as not received'),
      where: WHERE,
      evidence: buyerEvidence('not-received'),
      deadlines: [
        published(
          3,
          'calendar-days',
          'latest-estimated-delivery',
          'you',
          tx('预计送达日 3 天后仍未收到时可以申请', 'You can report it 3 days after the estimated delivery date'),
          {
            sources: WALMART,
            type: 'waiting-period',
          },
        ),
        published(
          90,
          'calendar-days',
          'latest-estimated-delivery',
          'you',
          tx(
            '最晚预计送达日后 90 天内受理',
            'Requests are accepted for 90 days after the last estimated delivery date',
          ),
          {
            sources: WALMART,
          },
        ),
      ],
      writtenComplaint: true,
    },
    {
      id: 'walmart-contacts-seller',
      title: tx('沃尔玛联系卖家', 'Walmart contacts the seller'),
      where: WHERE,
      deadlines: [
        published(
          24,
          'hours',
          'step-done',
          'other-side',
          tx(
            '沃尔玛联系卖家后，卖家有 24 小时解决（这里从你的申请起算）',
            'After Walmart contacts the seller, the seller has 24 h to fix it (counted here from your request)',
          ),
          {
            sources: WALMART,
            fromStep: 'request',
          },
        ),
      ],
    },
  ],
};

const returns = forScenarios(['not-as-described', 'damaged', 'wrong-item', 'change-of-mind'] as const, (scenario) => ({
  ...base,
  id: `walmart.buyer.${scenario}`,
  scenario,
  title: tx('沃尔玛商城退货', 'Walmart Marketplace return'),
  steps: [
    {
      id: 'request',
      title: tx('申请退货或更换', 'Ask for a return or replacement'),
      where: WHERE,
      evidence: buyerEvidence(scenario),
      deadlines: [
        published(
          37,
          'calendar-days',
          'shipped',
          'you',
          tx(
            '卖家的最短退货期为 30 天，从发货后第 7 天起算（7 + 30 = 发货后 37 天）',
            "The seller's minimum return window is 30 days, starting 7 days after the ship date (7 + 30 = 37 days after shipping)",
          ),
          {
            sources: WALMART,
            note: tx(
              '这是最短期限；卖家自己的退货期可能更长。37 天是按规则相加（7 + 30），规则本身未写出这个数字。',
              "A minimum; the seller's own window may be longer. The 37 days are the rule's two numbers added (7 + 30); the rule does not state 37 itself.",
            ),
          },
        ),
      ],
      writtenComplaint: scenario !== 'change-of-mind',
    },
    ...returnReceived,
  ],
}));

const returnNotRefunded: RulesEntryInput = {
  ...base,
  id: 'walmart.buyer.return-not-refunded',
  scenario: 'return-not-refunded',
  title: tx('沃尔玛商城：已退货未退款', 'Walmart Marketplace: returned but not refunded'),
  steps: returnReceived,
};

/** The seller's side of Walmart's Marketplace Promise: 24 h once Walmart contacts you, 48 h to refund a tracked return. */
const seller: RulesEntryInput = {
  id: 'walmart.seller.claim-response',
  owner: 'walmart',
  ownerKind: 'platform',
  role: 'seller',
  scenario: 'claim-response',
  market: 'US',
  title: tx(
    '沃尔玛商城：回应买家的退货或未收到申请',
    "Walmart Marketplace: answer a buyer's return or not-received request",
  ),
  steps: [
    {
      id: 'respond',
      title: tx('沃尔玛联系你后解决问题', 'Fix it once Walmart contacts you'),
      where: tx('Seller Center → 订单与退货 → 该订单', 'Seller Center → Orders and returns → the order'),
      evidence: needs('shipping-proof', 'tracking', 'chat'),
      deadlines: [
        published(
          24,
          'hours',
          'request-opened',
          'you',
          tx(
            '沃尔玛联系你后 24 小时内解决（“请求日期”填沃尔玛联系你的时间）',
            'Fix it within 24 h after Walmart contacts you (enter the time Walmart contacted you as the request date)',
          ),
          {
            sources: WALMART,
          },
        ),
      ],
      writtenComplaint: true,
    },
    {
      id: 'return-delivered',
      title: tx('记录退货送达', 'Record when the return arrived'),
      where: tx('Seller Center → 退货 → 退货物流', 'Seller Center → Returns → return tracking'),
      when: tx(
        '完成此步时填写物流显示退货送达你的日期',
        'Mark this done with the date tracking shows the return delivered to you',
      ),
      evidence: needs('return-tracking'),
      deadlines: [
        nonePublished(
          tx(
            '这一步没有期限：它记录你收到退货的日期。',
            'No limit here: this step records the day you received the return.',
          ),
        ),
      ],
    },
    {
      id: 'refund',
      title: tx('给买家退款', 'Refund the buyer'),
      where: tx('Seller Center → 退货 → 退款', 'Seller Center → Returns → Refund'),
      deadlines: [
        published(
          48,
          'hours',
          'step-done',
          'you',
          tx('收到有物流的退货后 48 小时内退款', 'Refund within 48 h of receiving a tracked return'),
          {
            sources: WALMART,
            fromStep: 'return-delivered',
          },
        ),
      ],
    },
  ],
  notes: [
    tx(
      '卖家的退货期限至少 30 天，从发货后第 7 天起算。',
      'Your return window must be at least 30 days, starting 7 days after the ship date.',
    ),
    tx('重新上架费最高为 20%。', 'The restocking fee is capped at 20%.'),
  ],
  sources,
  checked: CHECKED,
  confidence: { level: 'official', note: tx('部分页面是 2019 年的抓取副本。', 'Some pages are a 2019 crawl.') },
};

export const walmartRules: RulesEntryInput[] = [notReceived, ...returns, returnNotRefunded, seller];
