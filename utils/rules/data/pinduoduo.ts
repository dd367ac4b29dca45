import type { RuleSource, RulesEntryInput } from '../schema';
import { chinaEscalation, cnLawNotes, cnLawSources, rollbackSource } from './common';
import { CN_BUYER_SCENARIOS, cnBuyerSteps } from './cn-flow';
import { CHECKED, forScenarios, needs, nonePublished, tx, NOTES } from './helpers';

const sources: RuleSource[] = [
  {
    id: 'pdd-gap',
    citation: 'No official Pinduoduo day counts found; only order URLs were confirmed (research notes, gap)',
    checked: NOTES,
  },
  ...cnLawSources,
  rollbackSource,
];

const ORDERS = 'https://mobile.yangkeduo.com/orders.html';
const SELLER_AFTERSALES = 'https://mms.pinduoduo.com/aftersales/aftersale_list';
const gap = nonePublished(tx('没有找到拼多多官方的天数。', 'No official Pinduoduo day counts were found.'), [
  'pdd-gap',
]);
const genericPath = tx(
  '拼多多自己的规则没有找到天数，这里的天数来自消费者保护法律；点击路径是通用描述，未逐一核实。',
  'No Pinduoduo day counts were found; the numbers here come from consumer law. The click paths are generic and not verified step by step.',
);

const buyer = forScenarios(CN_BUYER_SCENARIOS, (scenario) => ({
  id: `pinduoduo.buyer.${scenario}`,
  owner: 'pinduoduo',
  ownerKind: 'platform',
  role: 'buyer',
  scenario,
  market: 'CN',
  title: tx('拼多多售后', 'Pinduoduo after-sales'),
  steps: cnBuyerSteps({
    scenario,
    apply: {
      where: tx(
        '个人中心 → 我的订单 → 该订单 → 申请售后/退款',
        'Profile → My orders → the order → After-sales / refund',
      ),
      url: ORDERS,
      deadlines: [gap],
    },
    intervene: {
      where: tx('售后详情 → 申请平台介入', 'After-sales details → ask the platform to step in'),
      url: ORDERS,
      deadlines: [gap],
    },
  }),
  escalation: chinaEscalation,
  notes: cnLawNotes,
  sources,
  checked: CHECKED,
  // No platform rule was found; only the consumer law behind these numbers is official (review B21).
  confidence: { level: 'secondary', note: genericPath },
}));

const seller: RulesEntryInput = {
  id: 'pinduoduo.seller.malicious-refund',
  owner: 'pinduoduo',
  ownerKind: 'platform',
  role: 'seller',
  scenario: 'malicious-refund',
  market: 'CN',
  title: tx('应对恶意退款', 'Deal with a malicious refund'),
  steps: [
    {
      id: 'review',
      title: tx('查看售后申请并答复', 'Review and answer the after-sales request'),
      where: tx('商家后台 → 售后 → 售后列表', 'Merchant back office → After-sales → After-sales list'),
      url: SELLER_AFTERSALES,
      evidence: [...needs('packing-video', 'shipping-proof', 'tracking', 'chat')],
      deadlines: [gap],
      writtenComplaint: true,
    },
    {
      id: 'appeal',
      title: tx('申诉', 'Appeal'),
      where: tx('商家后台 → 售后 → 该售后单 → 申诉', 'Merchant back office → After-sales → the request → Appeal'),
      url: SELLER_AFTERSALES,
      evidence: needs('packing-video', 'tracking', 'chat'),
      deadlines: [gap],
      writtenComplaint: true,
    },
  ],
  notes: [cnLawNotes[3]!],
  sources,
  checked: CHECKED,
  confidence: { level: 'secondary', note: genericPath },
};

export const pinduoduoRules: RulesEntryInput[] = [...buyer, seller];
