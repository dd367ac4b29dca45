import type { RuleSource, RulesEntryInput } from '../schema';
import { esc } from './common';
import { buyerEvidence, CHECKED, forScenarios, nonePublished, tx, NOTES } from './helpers';

const sources: RuleSource[] = [
  { id: '1688-gap', citation: 'No 1688 deadlines found (research notes, gap)', checked: NOTES },
  {
    id: '1688-refund-only',
    citation: 'buzzwordnews (secondary): 1688 dropped 仅退款 in March 2025',
    checked: NOTES,
    published: '2025-03',
  },
];

const ORDERS = 'https://air.1688.com/app/ctf-page/trade-order-list/buyer-order-list.html';
const gap = nonePublished(tx('没有找到 1688 的期限。', 'No 1688 deadlines were found.'), ['1688-gap']);

const buyer = forScenarios(
  ['not-received', 'not-as-described', 'damaged', 'wrong-item', 'return-not-refunded'] as const,
  (scenario) => ({
    id: `1688.buyer.${scenario}`,
    owner: '1688',
    ownerKind: 'platform',
    role: 'buyer',
    scenario,
    market: 'CN',
    title: tx('1688 售后', '1688 after-sales'),
    steps: [
      {
        id: 'apply',
        title: tx('申请售后/退款', 'Apply for after-sales or a refund'),
        where: tx(
          '买家工作台 → 已买到的货品 → 该订单 → 申请售后',
          'Buyer workbench → Purchased goods → the order → After-sales',
        ),
        url: ORDERS,
        evidence: buyerEvidence(scenario),
        deadlines: [gap],
        writtenComplaint: true,
      },
      {
        id: 'intervene',
        title: tx('申请平台介入', 'Ask the platform to step in'),
        where: tx('售后详情 → 申请平台介入', 'After-sales details → ask the platform to step in'),
        url: ORDERS,
        when: tx('卖家拒绝或不处理时', 'If the seller refuses or does not act'),
        evidence: buyerEvidence(scenario),
        deadlines: [gap],
        writtenComplaint: true,
      },
    ],
    escalation: [esc.alipay, { ...esc.cn12315, when: tx('以消费者身份购买时', 'If you bought as a consumer') }],
    notes: [
      tx(
        '1688 已于 2025 年 3 月取消“仅退款”（二手来源）。',
        '1688 dropped refund-without-return in March 2025 (secondary).',
      ),
      tx(
        '1688 是批发平台：以企业身份采购时，消费者保护法的退货规则通常不适用。',
        '1688 is a wholesale site: when you buy as a business, consumer-law return rights usually do not apply.',
      ),
    ],
    sources,
    checked: CHECKED,
    confidence: {
      level: 'secondary',
      note: tx(
        '没有找到官方期限；唯一的事实来自二手新闻；点击路径是通用描述。',
        'No official deadlines were found; the one fact is from secondary news; the click paths are generic.',
      ),
    },
  }),
);

export const rules1688: RulesEntryInput[] = buyer;
