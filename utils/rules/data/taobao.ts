import type { RuleSource, RuleStepInput, RulesEntryInput } from '../schema';
import { chinaEscalation, cnLawNotes, cnLawSources, rollbackSource } from './common';
import { CN_BUYER_SCENARIOS, cnBuyerSteps } from './cn-flow';
import { CHECKED, forScenarios, needs, nonePublished, published, tx, REVIEWED } from './helpers';

const sources: RuleSource[] = [
  {
    id: 'tb-rules',
    // Checked against a published copy of the rule text; the link is Taobao's own rule channel.
    citation: '《淘宝平台争议处理规则》 rulechannel.taobao.com ruleId=99',
    checked: REVIEWED,
    url: 'https://rulechannel.taobao.com/?type=detail&ruleId=99',
    published: 'revised 2025-08-15',
  },
  ...cnLawSources,
  rollbackSource,
];

const BOUGHT = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';

const noDayCount = nonePublished(
  tx(
    '争议处理规则没有天数：第4条只说在“淘宝规定的时限”内提出。“交易成功后15天内申请售后”只见于店铺模板，未经核实。',
    'The dispute rules set no day count: Art 4 only says "within the time Taobao sets". The "15 days after the trade succeeds" claim appears only in shop templates and is not verified.',
  ),
  ['tb-rules'],
);

/** Art 83: a paused case (counterfeit, court or police matters). */
const pausedSteps: RuleStepInput[] = [
  {
    id: 'case-paused',
    title: tx('淘宝暂停处理', 'Taobao pauses the case'),
    where: tx('售后详情 → 处理进度', 'After-sales details → progress'),
    when: tx(
      '仅当淘宝暂停处理时；完成此步时填写暂停日期',
      'Only if Taobao pauses the case; mark this done with the pause date',
    ),
    deadlines: [
      nonePublished(tx('这一步记录暂停的日期。', 'This step records the day the case was paused.'), ['tb-rules']),
    ],
  },
  {
    id: 'settle-or-report',
    title: tx('私下协商，或证明法院/公安已受理', 'Settle privately, or show a court or the police accepted the case'),
    where: tx('售后详情 → 上传凭证', 'After-sales details → upload proof'),
    evidence: needs('inspection-report?', 'chat?'),
    deadlines: [
      published(
        30,
        'calendar-days',
        'step-done',
        'you',
        tx(
          '暂停后 30 天内双方可私下协商（第83条）',
          'After the pause, the parties have 30 days to settle privately (Art 83)',
        ),
        {
          sources: ['tb-rules'],
          fromStep: 'case-paused',
        },
      ),
      published(
        7,
        'working-days',
        'step-done',
        'you',
        tx(
          '暂停后 7 个工作日内证明法院或公安已受理（第83条）',
          'Within 7 working days of the pause, show that a court or the police has accepted the case (Art 83)',
        ),
        {
          sources: ['tb-rules'],
          fromStep: 'case-paused',
        },
      ),
    ],
  },
];

const buyer = forScenarios(CN_BUYER_SCENARIOS, (scenario) => ({
  id: `taobao.buyer.${scenario}`,
  owner: 'taobao',
  ownerKind: 'platform',
  role: 'buyer',
  scenario,
  market: 'CN',
  title: tx('淘宝/天猫售后', 'Taobao / Tmall after-sales'),
  steps: cnBuyerSteps({
    scenario,
    apply: {
      where: tx(
        '我的淘宝 → 已买到的宝贝 → 该订单 → 退款/退货',
        'My Taobao → Items bought → the order → Refund / Return',
      ),
      url: BOUGHT,
      deadlines: [noDayCount],
      evidence:
        scenario === 'counterfeit'
          ? [
              {
                need: 'inspection-report',
                optional: true,
                note: tx(
                  '隐蔽瑕疵或假货：卖家须先提供进货凭证、报关单、合格证或发票，之后买家可能需要检测报告（第66条）',
                  'Invisible defects or counterfeits: the seller must first produce distributor papers, customs declaration, certificate or invoice; then you may need an inspection report (Art 66)',
                ),
              },
            ]
          : [
              {
                need: 'photos',
                note: tx(
                  '明显的质量问题：先提交照片等初步证明（第65条）',
                  'Visible defects: submit initial proof such as photos (Art 65)',
                ),
              },
            ],
    },
    intervene: {
      where: tx(
        '售后详情 → 申请淘宝/天猫客服介入',
        'After-sales details → ask Taobao/Tmall customer service to step in',
      ),
      url: BOUGHT,
      deadlines: [noDayCount],
    },
    ...(scenario === 'counterfeit' ? { after: pausedSteps } : {}),
  }),
  escalation: chinaEscalation,
  notes: [
    tx(
      '签收时当面验货；有问题可拍照并拒收（第37条）。',
      'Inspect at delivery; you may photograph the parcel and refuse it (Art 37).',
    ),
    ...cnLawNotes,
  ],
  sources,
  checked: CHECKED,
  confidence: {
    level: 'official',
    note: tx(
      '淘宝自己的规则没有天数；这里的天数来自消费者保护法律。',
      "Taobao's own rules give no day counts; the numbers here come from consumer law.",
    ),
  },
}));

export const taobaoRules: RulesEntryInput[] = buyer;
