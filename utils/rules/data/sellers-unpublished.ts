import type { PlatformId } from '../ids';
import type { LocalizedText, Markets, RulesEntryInput } from '../schema';
import { CHECKED, NOTES, needs, nonePublished, tx } from './helpers';

/**
 * Sellers on platforms whose seller-side dispute rules the research did not find. The entry says so
 * plainly and keeps the steps every seller can take; the general seller routes (card representment,
 * the police for faked evidence) are offered next to it by the guide.
 */
function noSellerRule(owner: PlatformId, name: LocalizedText, where: LocalizedText, market?: Markets): RulesEntryInput {
  return {
    id: `${owner}.seller.claim-response`,
    owner,
    ownerKind: 'platform',
    role: 'seller',
    scenario: 'claim-response',
    ...(market ? { market } : {}),
    title: tx(`${name.zh}：回应买家的退货/退款申请`, `${name.en}: answer a buyer's return or refund request`),
    steps: [
      {
        id: 'respond',
        title: tx('答复买家的申请并提交证据', "Answer the buyer's request and submit your evidence"),
        where,
        evidence: needs('shipping-proof', 'tracking', 'chat', 'packing-video?', 'return-tracking?'),
        deadlines: [
          nonePublished(
            tx(
              `没有找到${name.zh}公布的卖家处理期限：请按卖家后台显示的倒计时尽早处理。`,
              `No seller-side deadline published by ${name.en} was found: act early, by the countdown the seller centre shows.`,
            ),
            [`${owner}-seller-gap`],
          ),
        ],
        writtenComplaint: true,
      },
    ],
    notes: [
      tx(
        '平台规则之外，可以用下面的通用途径（例如拒付抗辩、对造假报警）。',
        'Beyond the platform, the general routes below still apply (card representment, reporting faked evidence to the police).',
      ),
    ],
    sources: [
      {
        id: `${owner}-seller-gap`,
        citation: `OrderProof research notes: no ${name.en} seller dispute rule found (gap)`,
        checked: NOTES,
      },
    ],
    checked: CHECKED,
    confidence: {
      level: 'secondary',
      note: tx('没有找到平台的卖家规则。', "No seller rule of the platform's own was found."),
    },
  };
}

export const unpublishedSellerRules: RulesEntryInput[] = [
  noSellerRule(
    'temu',
    tx('Temu', 'Temu'),
    tx('Temu 卖家中心 → 售后 → 该申请', 'Temu Seller Center → After-sales → the request'),
  ),
  noSellerRule(
    'shein',
    tx('SHEIN', 'SHEIN'),
    tx('SHEIN 卖家后台 → 退货 → 该申请', 'SHEIN seller portal → Returns → the request'),
  ),
  noSellerRule(
    'lazada',
    tx('Lazada', 'Lazada'),
    tx('Lazada 卖家中心 → 订单 → 退货 → 该申请', 'Lazada Seller Center → Orders → Returns → the request'),
    'PH',
  ),
];
