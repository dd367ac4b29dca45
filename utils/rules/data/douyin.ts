import type { RuleSource, RuleStepInput, RulesEntryInput } from '../schema';
import { chinaEscalation, cnLawNotes, cnLawSources, rollbackSource } from './common';
import { CN_BUYER_SCENARIOS, cnBuyerSteps } from './cn-flow';
import { CHECKED, forScenarios, needs, nonePublished, tx, NOTES } from './helpers';

const sources: RuleSource[] = [
  { id: 'douyin-gap', citation: 'No official 抖店 seller-handling or 恶意退款 appeal deadlines found (research notes, gap)', checked: NOTES },
  ...cnLawSources,
  rollbackSource,
];

const AFTERSALES = 'https://fxg.jinritemai.com/ffa/maftersale/aftersale/list';
const CHAT = 'https://im.jinritemai.com/pc_seller_v2/main/workspace';
const gap = nonePublished(tx('没有找到抖店官方的天数。', 'No official Douyin shop day counts were found.'), ['douyin-gap']);
const genericPath = tx(
  '抖店自己的规则没有找到天数，这里的天数来自消费者保护法律；买家端点击路径是通用描述。',
  "No Douyin shop day counts were found; the numbers here come from consumer law. The buyer's click paths are generic.",
);

const buyer = forScenarios(CN_BUYER_SCENARIOS, (scenario) => ({
  id: `douyin.buyer.${scenario}`,
  owner: 'douyin',
  ownerKind: 'platform',
  role: 'buyer',
  scenario,
  market: 'CN',
  title: tx('抖音商城售后', 'Douyin shop after-sales'),
  steps: cnBuyerSteps({
    scenario,
    apply: { where: tx('抖音 → 我 → 订单 → 该订单 → 申请售后', 'Douyin → Me → Orders → the order → After-sales'), deadlines: [gap] },
    intervene: { where: tx('售后详情 → 申请平台介入', 'After-sales details → ask the platform to step in'), deadlines: [gap] },
  }),
  escalation: chinaEscalation,
  notes: cnLawNotes,
  sources,
  checked: CHECKED,
  // No platform rule was found; only the consumer law behind these numbers is official (review B21).
  confidence: { level: 'secondary', note: genericPath },
}));

const appealSteps: RuleStepInput[] = [
  {
    id: 'review',
    title: tx('查看售后单', 'Open the after-sales request'),
    where: tx('抖店后台 → 售后 → 售后工作台 → 售后详情', 'Douyin shop back office → After-sales → workbench → request details'),
    url: AFTERSALES,
    evidence: needs('order-data'),
    deadlines: [gap],
  },
  {
    id: 'gather-evidence',
    title: tx('整理证据', 'Gather the evidence'),
    where: tx('飞鸽聊天记录、发货与物流信息、打包视频', 'Feige chat history, shipping and tracking, packing video'),
    url: CHAT,
    evidence: [
      { need: 'packing-video', note: tx('能看到快递单号的打包视频', 'Packing video showing the tracking number') },
      ...needs('shipping-proof', 'tracking', 'chat'),
    ],
    deadlines: [gap],
  },
  {
    id: 'appeal',
    title: tx('对恶意退款提出申诉', 'Appeal the malicious refund'),
    where: tx('售后详情 → 申诉', 'Request details → Appeal'),
    url: AFTERSALES,
    evidence: needs('packing-video', 'tracking', 'chat'),
    deadlines: [
      nonePublished(tx('没有找到官方的恶意退款申诉期限：请尽早申诉。', 'No official deadline for appealing a malicious refund was found: appeal as early as you can.'), [
        'douyin-gap',
      ]),
    ],
    writtenComplaint: true,
  },
];

const sellers = forScenarios(['malicious-refund', 'buyer-fraud'] as const, (scenario) => ({
  id: `douyin.seller.${scenario}`,
  owner: 'douyin',
  ownerKind: 'platform',
  role: 'seller',
  scenario,
  market: 'CN',
  title: tx('抖店：对恶意退款申诉', 'Douyin shop: appeal a malicious refund'),
  steps: appealSteps,
  notes: [cnLawNotes[3]!],
  sources,
  checked: CHECKED,
  confidence: { level: 'secondary', note: genericPath },
}));

export const douyinRules: RulesEntryInput[] = [...buyer, ...sellers];
