import type { DeadlineInput, RuleSource, RulesEntryInput } from '../schema';
import { esc } from './common';
import { buyerEvidence, CHECKED, forScenarios, needs, nonePublished, published, tx, NOTES } from './helpers';

const sources: RuleSource[] = [
  { id: 'ae-help', citation: 'Official help text copied on chinaparcels.com / help.fullshine.net', checked: NOTES, published: 'undated' },
  { id: 'ae-mirror', citation: 'AliExpress help mirror skin.tigerwing.net', checked: NOTES, published: 'undated' },
  { id: 'ae-blog', citation: 'ssopdot seller blog (secondary)', checked: NOTES },
];

const ORDERS = 'https://www.aliexpress.com/p/order/index.html';

const disagree = {
  level: 'sources-disagree',
  note: tx(
    '卖家答复期限：2013–16 年的页面是 15 天，2020 年的博客是 4 天以上；5 天可能是现行数字，但需核实。',
    'Seller reply time: 2013–16 pages say 15 days, a 2020 blog says 4+ days; 5 days is the likely current figure, to be verified.',
  ),
} as const;

const openDeadlines = (scenario: string): DeadlineInput[] =>
  scenario === 'not-received'
    ? [
        published(10, 'calendar-days', 'shipped', 'you', tx('发货后大约第 10–11 天起可以申请', 'A request can open from about day 10–11 after shipment'), {
          sources: ['ae-help', 'ae-mirror'],
          type: 'waiting-period',
        }),
        nonePublished(
          tx('未确认收货时，请在订单页的买家保护倒计时结束前申请；可以请卖家延长保护期。', 'If you have not confirmed receipt, open the request before the buyer-protection countdown on the order ends; you can ask the seller to extend it.'),
          ['ae-help'],
        ),
      ]
    : [
        published(15, 'calendar-days', 'receipt-confirmed', 'you', tx('确认收货后买家保护还有 15 天', 'Buyer protection runs 15 days after you confirm receipt'), {
          sources: ['ae-help', 'ae-mirror'],
        }),
      ];

const buyer = forScenarios(['not-received', 'not-as-described', 'damaged', 'wrong-item', 'counterfeit'] as const, (scenario) => ({
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
      where: tx('账户 → 订单 → 该订单 → 仅退款 / 退货退款 → 选择原因并上传证据', 'Account → Orders → the order → Refund only / Return & refund → choose a reason and upload'),
      url: ORDERS,
      evidence: [
        ...buyerEvidence(scenario),
        ...(scenario === 'not-received' ? [] : needs('video?')),
      ].filter((e, i, all) => all.findIndex((x) => x.need === e.need) === i),
      deadlines: openDeadlines(scenario),
      writtenComplaint: true,
    },
    {
      id: 'seller-reply',
      title: tx('等待卖家答复', "Wait for the seller's answer"),
      where: tx('账户 → 订单 → 退款/退货 标签', 'Account → Orders → Returns/refunds tab'),
      url: ORDERS,
      deadlines: [
        published(5, 'calendar-days', 'request-opened', 'other-side', tx('卖家 5 天内不答复则自动退款', 'If the seller does not reply within 5 days, the refund is automatic'), {
          sources: ['ae-help', 'ae-blog'],
          confidence: disagree,
        }),
      ],
    },
    ...(scenario === 'not-received'
      ? []
      : [
          {
            id: 'ship-return',
            title: tx('寄回商品', 'Ship the return'),
            where: tx('退款/退货 标签 → 该请求 → 填写退货物流', 'Returns/refunds tab → the request → add return tracking'),
            url: ORDERS,
            when: tx('仅当同意退货时', 'Only if a return was agreed'),
            evidence: needs('return-tracking'),
            deadlines: [
              published(10, 'calendar-days', 'other-side-reply', 'you', tx('同意退货后 10 天内寄出', 'An agreed return must ship within 10 days'), {
                sources: ['ae-help'],
              }),
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
        published(7, 'calendar-days', 'other-side-reply', 'platform', tx('平台在 7 天内介入（资料未说明起算点，这里从卖家答复起算）', "The platform steps in within 7 days (the notes do not say what starts it; counted here from the seller's answer)"), {
          sources: ['ae-help'],
        }),
      ],
    },
  ],
  escalation: [esc.paypal, esc.card, esc.fcba, esc.econsumer],
  notes: [
    tx('照片、视频和聊天记录是主要证据；未收到货时可以不传。', 'Photos, video and chat records are the main evidence; optional if the item never arrived.'),
  ],
  sources,
  checked: CHECKED,
  confidence: disagree,
}));

export const aliexpressRules: RulesEntryInput[] = buyer;
