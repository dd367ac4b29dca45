import type { RuleSource, RuleStepInput, RulesEntryInput } from '../schema';
import { internationalEscalation } from './common';
import { buyerEvidence, CHECKED, forScenarios, needs, nonePublished, published, tx, NOTES, REVIEWED } from './helpers';

const sources: RuleSource[] = [
  {
    id: 'ebay-help',
    citation: 'ebay.com/help/…?id=4042; ebay.co.uk/help/…?id=4701',
    checked: REVIEWED,
    url: 'https://www.ebay.co.uk/help/buying/resolving-buying-problems/item-not-received?id=4042',
  },
  {
    id: 'ebay-dev',
    citation:
      'developer.ebay.com pn_return-refund-overdue (seller-side API: refund due 5 business days after the seller receives the return)',
    checked: NOTES,
    url: 'https://developer.ebay.com/api-docs/static/pn_return-refund-overdue.html',
  },
];

const PURCHASES = 'https://www.ebay.com/mye/myebay/purchase';

const askEbay = (fromScenario: 'not-received' | 'return'): RuleStepInput => ({
  id: 'ask-ebay',
  title: tx('请 eBay 介入', 'Ask eBay to step in'),
  where: tx('购买记录 → 查看请求详情 → 请 eBay 介入', 'Purchases → See request details → Ask eBay to step in'),
  url: PURCHASES,
  evidence: fromScenario === 'not-received' ? needs('tracking', 'chat') : needs('photos', 'listing', 'chat'),
  deadlines: [
    published(
      3,
      'business-days',
      'request-opened',
      'other-side',
      tx(
        '卖家有 3 个工作日答复，之后才能请 eBay 介入',
        'The seller has 3 business days to respond; after that you can ask eBay to step in',
      ),
      {
        sources: ['ebay-help'],
        type: 'waiting-period',
      },
    ),
    published(
      21,
      'business-days',
      'request-opened',
      'you',
      tx(
        '开启请求后 21 个工作日内请 eBay 介入，否则请求自动关闭',
        'Ask eBay to step in within 21 business days of opening the request, or it closes automatically',
      ),
      {
        sources: ['ebay-help'],
      },
    ),
  ],
  writtenComplaint: true,
});

const decisionAndAppeal: RuleStepInput[] = [
  {
    id: 'ebay-decision',
    title: tx('等待 eBay 决定', "Wait for eBay's decision"),
    where: tx('购买记录 → 查看请求详情', 'Purchases → See request details'),
    url: PURCHASES,
    deadlines: [
      published(
        48,
        'hours',
        'step-done',
        'platform',
        tx('eBay 通常约 48 小时内答复', 'eBay usually replies in about 48 h'),
        {
          sources: ['ebay-help'],
          fromStep: 'ask-ebay',
        },
      ),
    ],
  },
  {
    id: 'appeal',
    title: tx('对结果申诉', 'Appeal the decision'),
    where: tx('购买记录 → 查看请求详情 → 申诉', 'Purchases → See request details → Appeal'),
    url: PURCHASES,
    deadlines: [
      published(
        30,
        'calendar-days',
        'case-closed',
        'you',
        tx('结案后 30 个自然日内申诉', 'Appeal within 30 calendar days of closure'),
        { sources: ['ebay-help'] },
      ),
    ],
    writtenComplaint: true,
  },
];

const base = {
  owner: 'ebay',
  ownerKind: 'platform',
  escalation: internationalEscalation,
  sources,
  checked: CHECKED,
} as const;

const notReceived: RulesEntryInput = {
  ...base,
  id: 'ebay.buyer.not-received',
  role: 'buyer',
  scenario: 'not-received',
  title: tx('eBay 未收到物品', "eBay: I didn't receive it"),
  steps: [
    {
      id: 'report',
      title: tx('报告未收到物品', 'Report the item as not received'),
      where: tx('购买记录 → 更多操作 → 我没有收到', "Purchases → More actions → I didn't receive it"),
      url: PURCHASES,
      evidence: buyerEvidence('not-received'),
      deadlines: [
        published(
          30,
          'calendar-days',
          'latest-estimated-delivery',
          'you',
          tx('预计送达日后 30 个自然日内报告', 'Report within 30 calendar days after the estimated delivery date'),
          {
            sources: ['ebay-help'],
          },
        ),
      ],
      writtenComplaint: true,
    },
    askEbay('not-received'),
    ...decisionAndAppeal,
  ],
  confidence: { level: 'official' },
};

const returnFlow = forScenarios(['not-as-described', 'damaged', 'wrong-item', 'counterfeit'] as const, (scenario) => ({
  ...base,
  id: `ebay.buyer.${scenario}`,
  role: 'buyer',
  scenario,
  title: tx('eBay 退货请求', 'eBay: Return this item'),
  steps: [
    {
      id: 'report',
      title: tx('申请退货', 'Start a return'),
      where: tx('购买记录 → 更多操作 → 退回此物品', 'Purchases → More actions → Return this item'),
      url: PURCHASES,
      evidence: buyerEvidence(scenario),
      deadlines: [
        nonePublished(
          tx(
            '资料只给出“未收到物品”的报告期限（预计送达后 30 天）。eBay 退款保障政策（帮助页 id=4210）对不符合描述的物品有大约 30 天（自送达起）的期限，但原文未取得：请尽早申请，并以订单页为准。',
            "The notes give a reporting limit only for items not received (30 days after the estimated delivery). eBay's Money Back Guarantee policy (help id=4210) has a window of about 30 days from delivery for items not as described, but its text was not retrieved: start the return early and go by the order page.",
          ),
          ['ebay-help'],
        ),
      ],
      writtenComplaint: true,
    },
    askEbay('return'),
    ...decisionAndAppeal,
  ],
  confidence: { level: 'official' },
}));

const returnNotRefunded: RulesEntryInput = {
  ...base,
  id: 'ebay.buyer.return-not-refunded',
  role: 'buyer',
  scenario: 'return-not-refunded',
  title: tx('eBay 已退货未退款', 'eBay: returned but not refunded'),
  steps: [
    {
      id: 'return-delivered',
      title: tx('确认退货已送达卖家', 'Confirm the return reached the seller'),
      where: tx('购买记录 → 查看退货详情 → 物流', 'Purchases → See return details → tracking'),
      url: PURCHASES,
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
      id: 'ask-ebay',
      title: tx('请 eBay 介入', 'Ask eBay to step in'),
      where: tx('购买记录 → 查看退货详情 → 请 eBay 介入', 'Purchases → See return details → Ask eBay to step in'),
      url: PURCHASES,
      evidence: buyerEvidence('return-not-refunded'),
      deadlines: [
        published(
          2,
          'business-days',
          'step-done',
          'you',
          tx(
            '物流显示卖家已收到 2 个工作日后可以请 eBay 介入',
            'You can escalate 2 business days after tracking shows delivery to the seller',
          ),
          {
            sources: ['ebay-help'],
            fromStep: 'return-delivered',
            type: 'waiting-period',
          },
        ),
        published(
          5,
          'business-days',
          'step-done',
          'other-side',
          tx(
            '卖家端接口：收到退货后 5 个工作日内应退款',
            'Seller-side API: refund due 5 business days after the seller receives the return',
          ),
          {
            sources: ['ebay-dev'],
            fromStep: 'return-delivered',
            confidence: {
              level: 'sources-disagree',
              note: tx(
                '买家帮助页说 2 个工作日后可升级，卖家接口说 5 个工作日内退款，两者不同。',
                'The buyer help page lets you escalate after 2 business days; the seller API gives 5 business days to refund. The numbers differ.',
              ),
            },
          },
        ),
      ],
      writtenComplaint: true,
    },
    ...decisionAndAppeal,
  ],
  confidence: { level: 'official' },
};

const sellerResponse: RulesEntryInput = {
  ...base,
  id: 'ebay.seller.claim-response',
  role: 'seller',
  scenario: 'claim-response',
  escalation: [],
  title: tx('回应买家的退货或未收到请求', "Answer a buyer's return or not-received request"),
  steps: [
    {
      id: 'respond',
      title: tx('答复买家请求', "Respond to the buyer's request"),
      where: tx('卖家中心 → 退货和请求', 'Seller Hub → Returns and requests'),
      evidence: needs('shipping-proof', 'tracking', 'chat'),
      deadlines: [
        published(
          3,
          'business-days',
          'request-opened',
          'you',
          tx(
            '3 个工作日内答复，否则买家可以请 eBay 介入',
            'Respond within 3 business days, or the buyer can ask eBay to step in',
          ),
          {
            sources: ['ebay-help'],
          },
        ),
      ],
      writtenComplaint: true,
    },
    {
      id: 'return-received',
      title: tx('确认收到退货', 'Confirm the return arrived'),
      where: tx('卖家中心 → 退货', 'Seller Hub → Returns'),
      when: tx('完成此步时填写收到退货的日期', 'Mark this done with the date the return arrived'),
      evidence: needs('return-tracking'),
      deadlines: [
        nonePublished(
          tx('这一步没有期限：它记录收到退货的日期。', 'No limit here: this step records the day the return arrived.'),
        ),
      ],
    },
    {
      id: 'refund',
      title: tx('退款', 'Refund the buyer'),
      where: tx('卖家中心 → 退货 → 退款', 'Seller Hub → Returns → Refund'),
      deadlines: [
        // Sellers get the earlier reading (review B12): the buyer may escalate 2 business days after the return arrives.
        published(
          2,
          'business-days',
          'step-done',
          'you',
          tx(
            '收到退货后 2 个工作日内退款：之后买家可以请 eBay 介入',
            'Refund within 2 business days after the return arrives: after that the buyer can ask eBay to step in',
          ),
          {
            sources: ['ebay-help', 'ebay-dev'],
            fromStep: 'return-received',
            confidence: {
              level: 'sources-disagree',
              note: tx(
                '卖家端 API 文档写的是收到退货后 5 个工作日内退款；买家帮助页允许买家在 2 个工作日后升级。',
                'The seller-side API documentation says refund within 5 business days of receiving the return; the buyer help page lets the buyer escalate after 2 business days.',
              ),
            },
          },
        ),
      ],
    },
  ],
  confidence: { level: 'official' },
};

export const ebayRules: RulesEntryInput[] = [notReceived, ...returnFlow, returnNotRefunded, sellerResponse];
