import type { BuyerScenario } from '../ids';
import type { DeadlineInput, LocalizedText, RuleStepInput } from '../schema';
import { cnLaw } from './common';
import { buyerEvidence, type EvidenceInput, nonePublished, tx } from './helpers';

/** Scenarios where the goods go back to the seller. */
const RETURNS: readonly BuyerScenario[] = [
  'not-as-described',
  'damaged',
  'wrong-item',
  'counterfeit',
  'change-of-mind',
];

export const CN_BUYER_SCENARIOS = [
  'not-received',
  'not-as-described',
  'damaged',
  'wrong-item',
  'counterfeit',
  'change-of-mind',
  'return-not-refunded',
] as const;

/** The consumer-law limit on asking, by scenario; none where the law sets none for that case. */
export function cnLawApplyDeadlines(scenario: BuyerScenario): DeadlineInput[] {
  if (scenario === 'change-of-mind') return [cnLaw.noReasonReturn];
  if (scenario === 'not-as-described' || scenario === 'damaged' || scenario === 'wrong-item')
    return [cnLaw.qualityReturn];
  return [];
}

interface CnFlow {
  scenario: BuyerScenario;
  apply: { where: LocalizedText; url?: string; deadlines: DeadlineInput[]; evidence?: EvidenceInput[] };
  intervene: { where: LocalizedText; url?: string; deadlines: DeadlineInput[] };
  /** Extra steps after the platform steps in (e.g. Taobao's paused case). */
  after?: RuleStepInput[];
}

/**
 * The usual mainland-China after-sales flow: apply, send the goods back, get the refund, ask the
 * platform to step in. Platform numbers come from each data file; the law's numbers are added here.
 */
export function cnBuyerSteps(flow: CnFlow): RuleStepInput[] {
  const { scenario } = flow;
  const evidence = [...buyerEvidence(scenario), ...(flow.apply.evidence ?? [])].filter(
    (e, i, all) => all.findIndex((x) => x.need === e.need) === i,
  );
  const steps: RuleStepInput[] = [];
  if (scenario !== 'return-not-refunded') {
    steps.push({
      id: 'apply',
      title: tx('申请售后（退款/退货）', 'Apply for after-sales (refund or return)'),
      where: flow.apply.where,
      ...(flow.apply.url ? { url: flow.apply.url } : {}),
      evidence,
      deadlines: [...flow.apply.deadlines, ...cnLawApplyDeadlines(scenario)],
      writtenComplaint: scenario !== 'change-of-mind',
    });
  }
  if (RETURNS.includes(scenario) || scenario === 'return-not-refunded') {
    steps.push({
      id: 'send-return',
      title: tx('寄回商品', 'Send the goods back'),
      where: tx('售后详情 → 填写退货物流单号', 'After-sales details → enter the return tracking number'),
      ...(flow.apply.url ? { url: flow.apply.url } : {}),
      when: tx('完成此步时填写卖家签收退货的日期', 'Mark this done with the date the seller signed for the return'),
      evidence: [{ need: 'return-tracking' as const }],
      deadlines: [
        nonePublished(
          tx('这一步记录卖家签收退货的日期。', 'This step records the day the seller signed for the return.'),
        ),
      ],
    });
    steps.push({
      id: 'refund',
      title: tx('等待退款', 'Wait for the refund'),
      where: tx('售后详情', 'After-sales details'),
      deadlines:
        scenario === 'change-of-mind'
          ? [cnLaw.sellerRefundAfterReturn('send-return')]
          : scenario === 'return-not-refunded'
            ? [
                cnLaw.sellerRefundAfterReturn('send-return', {
                  text: tx('七日无理由退货的退款', 'refunds for a 7-day no-reason return'),
                  requires: { fact: 'no-reason-eligible', is: ['eligible'] },
                }),
              ]
            : [
                nonePublished(
                  tx(
                    '资料没有给出质量问题退货后的退款期限。',
                    'The notes give no refund limit after a quality return.',
                  ),
                ),
              ],
      writtenComplaint: scenario === 'return-not-refunded',
    });
  }
  steps.push({
    id: 'intervene',
    title: tx('申请平台介入', 'Ask the platform to step in'),
    where: flow.intervene.where,
    ...(flow.intervene.url ? { url: flow.intervene.url } : {}),
    when: tx('卖家拒绝或不处理时', 'If the seller refuses or does not act'),
    evidence: [...evidence.filter((e) => e.need !== 'return-tracking'), { need: 'chat' as const }].filter(
      (e, i, all) => all.findIndex((x) => x.need === e.need) === i,
    ),
    deadlines: flow.intervene.deadlines,
    writtenComplaint: true,
  });
  return [...steps, ...(flow.after ?? [])];
}
