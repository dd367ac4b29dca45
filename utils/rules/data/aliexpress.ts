import type { DeadlineInput, RuleSource, RulesEntryInput } from '../schema';
import { esc } from './common';
import { buyerEvidence, CHECKED, forScenarios, needs, nonePublished, published, tx, NOTES } from './helpers';

const sources: RuleSource[] = [
  {
    id: 'ae-help',
    citation: 'Official help text copied on chinaparcels.com / help.fullshine.net',
    checked: NOTES,
    published: 'undated',
    noUrl: tx(
      '速卖通官方帮助页面的第三方转载；研究笔记没有给出转载页或官方页面的完整网址。',
      'Third-party copies of AliExpress help text; the notes give no full address of the copies or of the official page.',
      '速賣通官方說明頁面的第三方轉載；研究筆記沒有給出轉載頁或官方頁面的完整網址。',
    ),
  },
  {
    id: 'ae-mirror',
    citation: 'AliExpress help mirror skin.tigerwing.net',
    checked: NOTES,
    published: 'undated',
    noUrl: tx(
      '速卖通帮助页面的镜像站；研究笔记没有给出完整网址，也没有找到官方页面。',
      'A mirror of AliExpress help pages; the notes give no full address and no official page was found.',
      '速賣通說明頁面的鏡像站；研究筆記沒有給出完整網址，也沒有找到官方頁面。',
    ),
  },
  {
    id: 'ae-blog',
    citation: 'ssopdot seller blog (secondary)',
    checked: NOTES,
    url: 'https://ssopdot.com/blog/19333.html',
  },
  {
    id: 'ae-old',
    citation:
      'activities.aliexpress.com dispute_claim_process (older official page: escalate from day 4 to day 15, automatic escalation on day 16)',
    checked: NOTES,
    published: 'older page, undated',
  },
];

const ORDERS = 'https://www.aliexpress.com/p/order/index.html';

const disagree = {
  level: 'sources-disagree',
  note: tx(
    '卖家答复期限：2013–16 年的页面是 15 天，2020 年的博客是 4 天以上；5 天可能是现行数字，但需核实。',
    'Seller reply time: 2013–16 pages say 15 days, a 2020 blog says 4+ days; 5 days is the likely current figure, to be verified.',
  ),
} as const;

/** From a seller blog only (review B9): not AliExpress's own words. */
const blogOnly = {
  level: 'secondary',
  note: tx(
    '只有一篇卖家博客这样写；较早的官方页面是：第 4–15 天可升级纠纷，第 16 天自动升级。',
    'Only a seller blog says this; an older official page says a dispute can be escalated from day 4 to day 15 and escalates itself on day 16.',
  ),
} as const;

const openDeadlines = (scenario: string): DeadlineInput[] =>
  scenario === 'not-received'
    ? [
        published(
          10,
          'calendar-days',
          'shipped',
          'you',
          tx('发货后大约第 10–11 天起可以申请', 'A request can open from about day 10–11 after shipment'),
          {
            sources: ['ae-help', 'ae-mirror'],
            type: 'waiting-period',
          },
        ),
        nonePublished(
          tx(
            '未确认收货时，请在订单页的买家保护倒计时结束前申请；可以请卖家延长保护期。',
            'If you have not confirmed receipt, open the request before the buyer-protection countdown on the order ends; you can ask the seller to extend it.',
          ),
          ['ae-help'],
        ),
      ]
    : [
        published(
          15,
          'calendar-days',
          'receipt-confirmed',
          'you',
          tx('确认收货后买家保护还有 15 天', 'Buyer protection runs 15 days after you confirm receipt'),
          {
            sources: ['ae-help', 'ae-mirror'],
          },
        ),
      ];

const buyer = forScenarios(
  ['not-received', 'not-as-described', 'damaged', 'wrong-item', 'counterfeit'] as const,
  (scenario) => ({
    id: `aliexpress.buyer.${scenario}`,
    owner: 'aliexpress',
    ownerKind: 'platform',
    role: 'buyer',
    scenario,
    title: tx('速卖通退款/退货', 'AliExpress refund or return'),
    steps: [
      {
        id: 'open-request',
        title: tx('申请退款或退货', 'Open a refund or return request'),
        where: tx(
          '账户 → 订单 → 该订单 → 仅退款 / 退货退款 → 选择原因并上传证据',
          'Account → Orders → the order → Refund only / Return & refund → choose a reason and upload',
        ),
        url: ORDERS,
        evidence: [...buyerEvidence(scenario), ...(scenario === 'not-received' ? [] : needs('video?'))].filter(
          (e, i, all) => all.findIndex((x) => x.need === e.need) === i,
        ),
        deadlines: openDeadlines(scenario),
        writtenComplaint: true,
      },
      {
        id: 'seller-reply',
        title: tx('等待卖家答复', "Wait for the seller's answer"),
        where: tx('账户 → 订单 → 退款/退货 标签', 'Account → Orders → Returns/refunds tab'),
        url: ORDERS,
        deadlines: [
          published(
            5,
            'calendar-days',
            'request-opened',
            'other-side',
            tx('卖家 5 天内不答复则自动退款', 'If the seller does not reply within 5 days, the refund is automatic'),
            {
              // The 5 days come from the help mirror (research notes), not from the blog.
              sources: ['ae-mirror'],
              confidence: disagree,
            },
          ),
        ],
      },
      ...(scenario === 'not-received'
        ? []
        : [
            {
              id: 'ship-return',
              title: tx('寄回商品', 'Ship the return'),
              where: tx(
                '退款/退货 标签 → 该请求 → 填写退货物流',
                'Returns/refunds tab → the request → add return tracking',
              ),
              url: ORDERS,
              when: tx('仅当同意退货时', 'Only if a return was agreed'),
              evidence: needs('return-tracking'),
              deadlines: [
                published(
                  10,
                  'calendar-days',
                  'other-side-reply',
                  'you',
                  tx('同意退货后 10 天内寄出', 'An agreed return must ship within 10 days'),
                  {
                    sources: ['ae-blog'],
                    confidence: blogOnly,
                  },
                ),
              ],
            },
          ]),
      {
        id: 'platform-review',
        title: tx('速卖通介入处理', 'AliExpress steps in'),
        where: tx('账户 → 订单 → 退款/退货 标签 → 该请求', 'Account → Orders → Returns/refunds tab → the request'),
        url: ORDERS,
        when: tx('卖家拒绝时', 'If the seller refuses'),
        evidence: needs('photos?', 'video?', 'chat'),
        deadlines: [
          published(
            7,
            'calendar-days',
            'request-opened',
            'platform',
            tx(
              '买家提交纠纷后，平台在 7 天内介入',
              'The platform steps in within 7 days after the buyer submits the dispute',
            ),
            {
              sources: ['ae-blog'],
              confidence: blogOnly,
            },
          ),
        ],
      },
    ],
    escalation: [esc.paypal, esc.card, esc.fcba, esc.econsumer],
    notes: [
      tx(
        '照片、视频和聊天记录是主要证据；未收到货时可以不传。',
        'Photos, video and chat records are the main evidence; optional if the item never arrived.',
      ),
    ],
    sources,
    checked: CHECKED,
    confidence: disagree,
  }),
);

/** The seller's side of the same dispute: the only seller number the notes hold is the reply time, and its sources disagree. */
const seller: RulesEntryInput = {
  id: 'aliexpress.seller.claim-response',
  owner: 'aliexpress',
  ownerKind: 'platform',
  role: 'seller',
  scenario: 'claim-response',
  title: tx('速卖通：回应买家的退款/退货申请', "AliExpress: answer a buyer's refund or return request"),
  steps: [
    {
      id: 'respond',
      title: tx('答复买家的申请', "Answer the buyer's request"),
      where: tx(
        '卖家后台 → 订单 → 退款与纠纷 → 该申请：同意、拒绝并上传证据，或协商方案',
        'Seller Center → Orders → Refunds & disputes → the request: accept, refuse with evidence, or offer a solution',
      ),
      evidence: needs('shipping-proof', 'tracking', 'chat', 'packing-video?'),
      deadlines: [
        published(
          5,
          'calendar-days',
          'request-opened',
          'you',
          tx('5 天内不答复则自动退款给买家', 'If you do not reply within 5 days, the buyer is refunded automatically'),
          {
            sources: ['ae-mirror'],
            confidence: disagree,
          },
        ),
      ],
      writtenComplaint: true,
    },
    {
      id: 'platform-review',
      title: tx('速卖通介入时补充证据', 'Add evidence when AliExpress steps in'),
      where: tx('退款与纠纷 → 该纠纷 → 上传证据', 'Refunds & disputes → the dispute → upload evidence'),
      when: tx('你拒绝后买家升级纠纷时', 'If the buyer escalates after you refuse'),
      evidence: needs('shipping-proof', 'tracking', 'chat', 'packing-video?'),
      deadlines: [
        nonePublished(
          tx(
            '资料没有给出卖家补充证据的期限：请尽早上传。',
            'The notes give no limit for the seller to add evidence: upload it early.',
          ),
          ['ae-old'],
        ),
      ],
      writtenComplaint: true,
    },
  ],
  notes: [
    tx(
      '卖家后台网址和路径是通用描述，资料没有给出。',
      'The Seller Center address and path are generic; the notes do not give them.',
    ),
  ],
  sources,
  checked: CHECKED,
  confidence: disagree,
};

export const aliexpressRules: RulesEntryInput[] = [...buyer, seller];
