import type { RuleSource, RulesEntryInput } from '../schema';
import { esc } from './common';
import { buyerEvidence, CHECKED, forScenarios, needs, nonePublished, published, tx, NOTES, REVIEWED } from './helpers';

const sources: RuleSource[] = [
  {
    id: 'atoz',
    citation: 'amazon.com/gp/help/customer/display.html?nodeId=200783670; amazon.ca nodeId=201889410',
    checked: REVIEWED,
    url: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=200783670',
    published: 'undated',
  },
  {
    id: 'returns',
    citation: 'amazon.com help nodeId=901888 (2011 archive, old)',
    checked: NOTES,
    url: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=901888',
    published: '2011 archive',
  },
  {
    id: 'sc-messages',
    citation: 'sellercentral.amazon.com/gp/help/external/202152030',
    checked: NOTES,
    url: 'https://sellercentral.amazon.com/gp/help/external/202152030',
  },
  {
    id: 'sc-atoz',
    citation: 'Seller Central help /external/1781; Seller Central forum 2020-07-27',
    checked: REVIEWED,
    url: 'https://sellercentral.amazon.com/gp/help/external/1781',
  },
  {
    id: 'sc-appeal-hub',
    citation:
      'Seller Central help hub G202041210 (newer copy: information requests answered "within 72 hours"; "upload proof of delivery")',
    checked: REVIEWED,
    url: 'https://sellercentral.amazon.com/help/hub/reference/external/G202041210',
  },
  {
    id: 'returns-current',
    citation: 'amazon.com help nodeId=GKM69DUUYKQWKWX7 (Returns: "Amazon and most sellers… 30 days")',
    checked: REVIEWED,
    url: 'https://www.amazon.com/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7',
  },
  {
    id: 'sc-chargeback',
    citation: 'Seller Central help G202145040',
    checked: REVIEWED,
    url: 'https://sellercentral.amazon.com/gp/help/external/G202145040',
  },
];

const ORDERS = 'https://www.amazon.com/gp/your-account/order-history';
const official = { level: 'official' } as const;
const usOnly = tx(
  '数字来自 amazon.com / amazon.ca 帮助页；欧洲站点还适用欧盟法律。',
  'Numbers are from amazon.com / amazon.ca help pages; EU sites also follow EU law.',
);

const buyerEscalation = [
  {
    ...esc.card,
    when: tx(
      '向银行申请拒付会使该订单失去亚马逊商城交易保障资格：仅在索赔失败或无法索赔时使用',
      'A bank chargeback makes the order ineligible for the A-to-z Guarantee: use it only if the claim fails or is not possible',
    ),
  },
  esc.fcba,
  esc.econsumer,
  esc.uk,
  esc.eu,
];

/** What A-to-z asks first, by ground (nodeId=200783670): a contact, a return request, or a return the seller has not refunded. */
const firstStep = (
  scenario: 'not-received' | 'not-as-described' | 'damaged' | 'wrong-item' | 'counterfeit' | 'return-not-refunded',
) =>
  scenario === 'not-received'
    ? {
        title: tx('联系卖家', 'Contact the seller'),
        where: tx('你的订单 → 订单 → 联系卖家', 'Your Orders → the order → Contact seller'),
      }
    : scenario === 'return-not-refunded'
      ? {
          title: tx('联系卖家催退款', 'Ask the seller for the refund'),
          where: tx(
            '你的订单 → 订单 → 联系卖家（附上退货物流单号）',
            'Your Orders → the order → Contact seller (give the return tracking number)',
          ),
        }
      : {
          title: tx('向卖家申请退货', 'Request a return from the seller'),
          where: tx(
            '你的订单 → 订单 → 退货或更换商品：A-to-z 要求你先申请过退货',
            'Your Orders → the order → Return or replace items: A-to-z requires that you requested a return first',
          ),
        };

const atozBuyer = forScenarios(
  ['not-received', 'not-as-described', 'damaged', 'wrong-item', 'counterfeit', 'return-not-refunded'] as const,
  (scenario) => ({
    id: `amazon.buyer.${scenario}`,
    owner: 'amazon',
    ownerKind: 'platform',
    role: 'buyer',
    scenario,
    // The A-to-z help page exists in the same words on amazon.com and amazon.ca; other stores are not checked.
    market: ['US', 'CA'],
    title: tx('亚马逊商城交易保障（A-to-z）索赔', 'A-to-z Guarantee claim'),
    steps: [
      {
        id: 'contact-seller',
        ...firstStep(scenario),
        url: ORDERS,
        evidence: buyerEvidence(scenario),
        deadlines: [
          nonePublished(
            tx(
              '联系卖家本身没有期限；下一步的索赔期限已在计算。',
              'No separate limit for contacting the seller; the claim limit in the next step is already running.',
            ),
            ['atoz'],
          ),
        ],
        writtenComplaint: true,
      },
      {
        id: 'atoz-claim',
        title: tx('申请亚马逊商城交易保障退款', 'Request an A-to-z Guarantee refund'),
        where: tx(
          '你的订单 → 订单 → 申请亚马逊商城交易保障退款',
          'Your Orders → the order → Request A-to-z Guarantee refund',
        ),
        url: ORDERS,
        evidence: [
          ...needs('chat', scenario === 'return-not-refunded' ? 'return-tracking' : 'tracking'),
          ...(scenario === 'not-received' || scenario === 'return-not-refunded' ? [] : needs('photos')),
        ],
        deadlines: [
          published(
            48,
            'hours',
            'step-done',
            'other-side',
            tx('先给卖家 48 小时答复', 'Give the seller 48 h to answer first'),
            {
              sources: ['atoz'],
              fromStep: 'contact-seller',
              type: 'waiting-period',
            },
          ),
          ...(scenario === 'not-received'
            ? [
                published(
                  3,
                  'calendar-days',
                  'latest-estimated-delivery',
                  'you',
                  tx(
                    '最晚预计送达日过后 3 天才能申请（或物流显示已送达时）',
                    'You can claim once 3 days have passed after the latest estimated delivery date (or once tracking shows delivered)',
                  ),
                  { sources: ['atoz'], type: 'waiting-period' },
                ),
              ]
            : []),
          published(
            90,
            'calendar-days',
            'latest-estimated-delivery',
            'you',
            tx('最晚预计送达日后 90 天内申请', 'File within 90 days after the latest estimated delivery date'),
            {
              sources: ['atoz'],
            },
          ),
        ],
        writtenComplaint: true,
      },
    ],
    escalation: buyerEscalation,
    notes: [
      tx('向银行申请拒付会使订单失去 A-to-z 资格。', 'Filing a bank chargeback makes the order ineligible for A-to-z.'),
    ],
    sources,
    checked: CHECKED,
    confidence: { level: 'official', note: usOnly },
  }),
);

const returnsBuyer: RulesEntryInput = {
  id: 'amazon.buyer.change-of-mind',
  owner: 'amazon',
  ownerKind: 'platform',
  role: 'buyer',
  scenario: 'change-of-mind',
  market: 'US',
  title: tx('亚马逊退货', 'Amazon return'),
  steps: [
    {
      id: 'return-request',
      title: tx('在退货中心申请退货', 'Start a return in the Returns Center'),
      where: tx(
        '你的订单 → 订单 → 退货或更换商品（退货中心）',
        'Your Orders → the order → Return or replace items (Returns Center)',
      ),
      url: ORDERS,
      evidence: needs('order-data'),
      deadlines: [
        published(
          30,
          'calendar-days',
          'delivered',
          'you',
          tx('送达后 30 天内退货', 'Return within 30 days from delivery'),
          {
            sources: ['returns-current', 'returns'],
            condition: tx('由亚马逊销售的商品', 'items sold by Amazon'),
            requires: { fact: 'sold-by', is: ['platform'] },
          },
        ),
        nonePublished(
          tx(
            '第三方卖家：亚马逊页面说“大多数卖家”也给 30 天，但每个卖家的退货政策可能不同，请看商品页的退货说明。',
            'Other sellers: Amazon\'s page says "most sellers" also give 30 days, but a seller\'s own policy may differ: check the return terms on the listing.',
          ),
          ['returns-current'],
        ),
      ],
    },
  ],
  escalation: [esc.eu, esc.uk],
  sources,
  checked: CHECKED,
  confidence: { level: 'official' },
};

const SC_MESSAGES = 'https://sellercentral.amazon.com/messaging/inbox';

const atozSteps = (evidenceNote: boolean) => [
  {
    id: 'answer-buyer',
    title: tx('回复买家消息', "Answer the buyer's messages"),
    where: tx('卖家平台 → 消息收件箱', 'Seller Central → Messages inbox'),
    url: SC_MESSAGES,
    evidence: needs('chat'),
    deadlines: [
      published(
        24,
        'hours',
        'other-side-reply',
        'you',
        tx('24 小时内回复买家消息（周末也算）', 'Answer buyer messages within 24 h, weekends included'),
        {
          sources: ['sc-messages'],
        },
      ),
      published(
        48,
        'hours',
        'other-side-reply',
        'you',
        tx(
          '买家联系或退货请求 48 小时未答复，索赔将判给买家',
          'If a customer contact or return request goes unanswered for 48 h, the claim is granted',
        ),
        { sources: ['sc-atoz'] },
      ),
    ],
    writtenComplaint: true,
  },
  {
    id: 'respond-to-amazon',
    title: tx('回复亚马逊的 A-to-z 信息请求', "Answer Amazon's A-to-z information request"),
    where: tx(
      '绩效 → 亚马逊商城交易保障索赔 → 回复亚马逊',
      'Performance → A-to-z Guarantee Claims → Respond to Amazon',
    ),
    evidence: [
      ...needs('shipping-proof', 'tracking', 'chat', 'return-tracking?'),
      ...(evidenceNote
        ? [
            {
              need: 'photos' as const,
              optional: true,
              note: tx(
                '帮助页 1781 说回复框不能加附件（证明通过买家与卖家消息发送），较新的页面说可以上传妥投证明：以页面上实际看到的为准',
                'Help page 1781 says the reply box takes no attachments (send proof through Buyer-Seller Messages); a newer page says to upload proof of delivery: go by what the page shows you',
              ),
            },
          ]
        : []),
    ],
    deadlines: [
      published(
        48,
        'hours',
        'request-opened',
        'you',
        tx(
          '亚马逊发出信息请求后 48 小时内回复，否则判给买家（“请求日期”填亚马逊邮件的日期）',
          "Reply within 48 h of Amazon's information request or the claim is granted against you (enter the date of Amazon's email as the request date)",
        ),
        {
          sources: ['sc-atoz', 'sc-appeal-hub'],
          confidence: {
            level: 'sources-disagree',
            note: tx(
              '帮助页 1781 写 48 小时，较新的帮助中心页面写 72 小时，2019 年的副本写 3 天：这里用最早的 48 小时，请以亚马逊邮件里的期限为准。',
              "Help page 1781 says 48 h, a newer help-hub page says 72 h and a 2019 copy says 3 days: the earliest, 48 h, is used here; the deadline in Amazon's email is the one that counts.",
            ),
          },
        },
      ),
    ],
    writtenComplaint: true,
  },
  {
    id: 'appeal',
    title: tx('对结果申诉', 'Appeal the decision'),
    where: tx('绩效 → 亚马逊商城交易保障索赔 → 该索赔', 'Performance → A-to-z Guarantee Claims → the claim'),
    evidence: needs('shipping-proof', 'tracking', 'chat'),
    deadlines: [
      published(
        30,
        'calendar-days',
        'case-closed',
        'you',
        tx('结果公布后 30 个自然日内申诉', 'Appeal within 30 calendar days of the decision'),
        {
          sources: ['sc-atoz'],
        },
      ),
    ],
    writtenComplaint: true,
  },
];

const atozSeller = forScenarios(['claim-response', 'buyer-fraud'] as const, (scenario) => ({
  id: `amazon.seller.${scenario}`,
  owner: 'amazon',
  ownerKind: 'platform',
  role: 'seller',
  scenario,
  market: 'US',
  title: tx('回应 A-to-z 索赔', 'Respond to an A-to-z claim'),
  steps: atozSteps(true),
  sources,
  checked: CHECKED,
  confidence: official,
}));

const chargebackSeller: RulesEntryInput = {
  id: 'amazon.seller.chargeback',
  owner: 'amazon',
  ownerKind: 'platform',
  role: 'seller',
  scenario: 'chargeback',
  market: 'US',
  title: tx('回应信用卡拒付', 'Respond to a chargeback'),
  steps: [
    {
      id: 'represent',
      title: tx('提交申诉材料', 'Represent your case'),
      where: tx('绩效 → 信用卡拒付索赔 → 陈述你的情况', 'Performance → Chargeback Claims → Represent your case'),
      evidence: needs('shipping-proof', 'tracking', 'chat'),
      deadlines: [
        published(
          7,
          'calendar-days',
          'request-opened',
          'you',
          tx(
            '自亚马逊邮件日期起 7 个自然日内回复（“请求日期”填邮件日期）',
            'Respond within 7 calendar days of the email date (enter the email date as the request date)',
          ),
          { sources: ['sc-chargeback'] },
        ),
      ],
      writtenComplaint: true,
    },
  ],
  sources,
  checked: CHECKED,
  confidence: official,
};

export const amazonRules: RulesEntryInput[] = [...atozBuyer, returnsBuyer, ...atozSeller, chargebackSeller];
