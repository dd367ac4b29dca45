import type { RuleSource, RuleStepInput, RulesEntryInput } from '../schema';
import { chinaEscalation, cnLawNotes, cnLawSources, rollbackSource } from './common';
import { CN_BUYER_SCENARIOS, cnBuyerSteps } from './cn-flow';
import { CHECKED, forScenarios, needs, nonePublished, tx, NOTES } from './helpers';

const sources: RuleSource[] = [
  {
    id: 'douyin-gap',
    citation: 'No official 抖店 seller-handling or 恶意退款 appeal deadlines found (research notes, gap)',
    checked: NOTES,
  },
  ...cnLawSources,
  rollbackSource,
];

const AFTERSALES = 'https://fxg.jinritemai.com/ffa/maftersale/aftersale/list';
const CHAT = 'https://im.jinritemai.com/pc_seller_v2/main/workspace';
const gap = nonePublished(tx('没有找到抖店官方的天数。', 'No official Douyin shop day counts were found.'), [
  'douyin-gap',
]);
const genericPath = tx(
  '抖店自己的规则没有找到天数，这里的天数来自消费者保护法律；买家端点击路径是通用描述。',
  "No Douyin shop day counts were found; the numbers here come from consumer law. The buyer's click paths are generic.",
);

// The sellers' steps are the 抖店 back office's, not the buyer's app (review D7): a note of their own.
const sellerNote = tx(
  '没有找到抖店官方的申诉天数；这里的步骤和法律依据来自抖店后台和消费者保护法律。',
  'No official Douyin shop appeal day counts were found; the steps and the law here come from the shop back office and consumer law.',
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
    apply: {
      where: tx('抖音 → 我 → 订单 → 该订单 → 申请售后', 'Douyin → Me → Orders → the order → After-sales'),
      deadlines: [gap],
    },
    intervene: {
      where: tx('售后详情 → 申请平台介入', 'After-sales details → ask the platform to step in'),
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

const appealSteps: RuleStepInput[] = [
  {
    id: 'review',
    title: tx('查看售后单', 'Open the after-sales request'),
    where: tx(
      '抖店后台 → 售后 → 售后工作台 → 售后详情',
      'Douyin shop back office → After-sales → workbench → request details',
    ),
    url: AFTERSALES,
    evidence: needs('order-data'),
    deadlines: [
      nonePublished(
        tx(
          '售后单页面会显示处理倒计时：请在倒计时结束前处理。倒计时结束后会怎样由抖店规则决定，OrderProof 没有核实到官方条文，申请可能在你不处理的情况下被处理。',
          'The after-sales request shows a countdown: act before it ends. What happens when it runs out is set by the Douyin shop rules, which OrderProof could not verify; the request may be decided without you.',
        ),
        ['douyin-gap'],
      ),
    ],
  },
  {
    id: 'gather-evidence',
    title: tx('整理证据', 'Gather the evidence'),
    where: tx('飞鸽聊天记录、发货与物流信息、打包视频', 'Feige chat history, shipping and tracking, packing video'),
    url: CHAT,
    evidence: [
      { need: 'packing-video', note: tx('能看到快递单号的打包视频', 'Packing video showing the tracking number') },
      {
        need: 'return-unboxing-video',
        optional: true,
        note: tx(
          '拆退货包裹的完整视频：从未拆封、能看清退货单号的包裹开始，一镜到底，证明退回的不是你发出的商品（掉包）',
          'An uncut video of opening the returned parcel, starting from the sealed parcel with its return tracking label visible: it shows a swapped return (掉包)',
        ),
      },
      {
        need: 'photos',
        optional: true,
        note: tx(
          '买家的照片可能被修改过：请要求买家提供原图或视频，并与你发货时的照片比对（角度、背景、瑕疵位置、拍摄时间）',
          "The buyer's photos may be edited: ask for the original files or a video, and compare them with your own shipping photos (angle, background, where the flaw is, when they were taken)",
        ),
      },
      ...needs('shipping-proof', 'tracking', 'chat'),
    ],
    deadlines: [gap],
  },
  {
    id: 'appeal',
    title: tx('对恶意退款提出申诉', 'Appeal the malicious refund'),
    where: tx('售后详情 → 申诉', 'Request details → Appeal'),
    url: AFTERSALES,
    evidence: needs('packing-video', 'return-unboxing-video?', 'tracking', 'chat'),
    deadlines: [
      nonePublished(
        tx(
          '没有找到官方的恶意退款申诉期限：请尽早申诉。',
          'No official deadline for appealing a malicious refund was found: appeal as early as you can.',
        ),
        ['douyin-gap'],
      ),
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
  escalation: [
    {
      to: 'cn-police.seller.general',
      kind: 'regulator',
      when: tx(
        '买家伪造照片、掉包退货或捏造事实骗取退款时',
        'If the buyer faked photos, swapped the returned goods or made up facts to get the refund',
      ),
    },
  ],
  notes: [
    cnLawNotes[3]!,
    tx(
      '以造假、掉包、捏造事实等方式骗取赔偿的，依照《治安管理处罚法》处理（消费者权益保护法实施条例第49条第二款）；消费者不得滥用无理由退货权利（第19条）。',
      'Obtaining compensation by faking evidence, swapping the returned goods (掉包) or making up facts is dealt with under the Public Security Administration Punishments Law (Consumer Protection Implementing Regulation Art 49 ¶2); consumers may not abuse the no-reason return right (Art 19).',
    ),
  ],
  sources,
  checked: CHECKED,
  confidence: { level: 'secondary', note: sellerNote },
}));

export const douyinRules: RulesEntryInput[] = [...buyer, ...sellers];
