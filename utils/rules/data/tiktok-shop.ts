import type { DeadlineInput, RuleSource, RuleStepInput, RulesEntryInput } from '../schema';
import { esc } from './common';
import { buyerEvidence, CHECKED, forScenarios, needs, nonePublished, published, tx, REVIEWED } from './helpers';

const sources: RuleSource[] = [
  {
    id: 'tt-us',
    citation: 'shop.tiktok.com/us/money-back-guarantee',
    checked: REVIEWED,
    url: 'https://shop.tiktok.com/us/money-back-guarantee',
  },
  {
    id: 'tt-sea',
    citation: 'seller-vn.tiktok.com / seller-th.tiktok.com university',
    checked: REVIEWED,
    published: '2024-07-18',
    url: 'https://seller-vn.tiktok.com/university/essay?knowledge_id=2901402355762946',
  },
  {
    id: 'tt-id',
    citation: 'seller-id.tokopedia.com (TikTok Shop Indonesia seller rules)',
    checked: REVIEWED,
    noUrl: tx(
      '官方卖家规则站点，但笔记只给出网站，没有给出具体页面的网址。',
      'The official seller rules site; the notes name the site but not the page’s address.',
      '官方賣家規則網站，但筆記只給出網站，沒有給出具體頁面的網址。',
    ),
  },
];

const byMarket = tx(
  '这些数字因国家或地区而异：请只看你所在站点的数字。',
  'These numbers vary by market: use only the ones for your country.',
);
const WHERE = tx(
  '订单 → 订单详情 → 退货 / 退款保障链接',
  'Orders → Order details → return / money-back guarantee link',
);

function requestDeadlines(scenario: string): DeadlineInput[] {
  const us =
    scenario === 'damaged' || scenario === 'not-as-described'
      ? published(
          90,
          'calendar-days',
          'delivered',
          'you',
          tx(
            '美国退款保障：订单状态变为“已送达”后最多 90 天',
            'US money-back guarantee: up to 90 days after the order status becomes Delivered',
          ),
          {
            sources: ['tt-us'],
            market: 'US',
            ...(scenario === 'not-as-described'
              ? { condition: tx('有缺陷的商品', 'defective items'), requires: { fact: 'item-defective', is: ['yes'] } }
              : {}),
          },
        )
      : nonePublished(
          tx(
            '美国：资料只给出破损或缺陷商品的期限。',
            'US: the notes give a limit only for damaged or defective items.',
          ),
          ['tt-us'],
          'US',
        );
  return [
    us,
    published(
      15,
      'calendar-days',
      'delivered',
      'you',
      tx('越南：“已送达”后 15 天', 'Vietnam: 15 days after Delivered'),
      { sources: ['tt-sea'], market: 'VN' },
    ),
    published(
      15,
      'calendar-days',
      'delivered',
      'you',
      tx(
        '泰国商城店铺：15 天（按与越南相同的“已送达”起算）',
        'Thailand, Mall shops: 15 days (counted from Delivered, as for Vietnam)',
      ),
      {
        sources: ['tt-sea'],
        market: 'TH',
        condition: tx('商城（Mall）店铺', 'Mall shops'),
        requires: { fact: 'store-type', is: ['mall'] },
      },
    ),
    published(
      7,
      'calendar-days',
      'delivered',
      'you',
      tx('泰国非商城店铺：7 天（按“已送达”起算）', 'Thailand, non-Mall shops: 7 days (counted from Delivered)'),
      {
        sources: ['tt-sea'],
        market: 'TH',
        condition: tx('非商城店铺', 'non-Mall shops'),
        requires: { fact: 'store-type', is: ['regular'] },
      },
    ),
    published(
      6,
      'calendar-days',
      'delivered',
      'you',
      tx('印尼：收货后 6 天内', 'Indonesia: within 6 days from receipt'),
      { sources: ['tt-id'], market: 'ID' },
    ),
  ];
}

const sellerResponseDeadlines = (who: 'you' | 'other-side'): DeadlineInput[] => [
  published(
    1,
    'working-days',
    'request-opened',
    who,
    tx(
      '泰国、越南：卖家须在 1 个工作日内处理，否则自动同意',
      'Thailand and Vietnam: the seller must act within 1 working day or the request is auto-approved',
    ),
    {
      sources: ['tt-sea'],
      market: ['TH', 'VN'],
    },
  ),
  published(
    48,
    'hours',
    'request-opened',
    who,
    tx('印尼：卖家须在 48 小时内处理', 'Indonesia: the seller has 48 h to act'),
    { sources: ['tt-id'], market: 'ID' },
  ),
];

/** The buyer's return clock starts at the seller's approval: the other side's reply for a buyer, the seller's own step for a seller. */
const returnSteps = (who: 'you' | 'other-side'): RuleStepInput[] => {
  const buyerWho = who === 'you' ? 'other-side' : 'you';
  const approval =
    who === 'you' ? ({ from: 'step-done', fromStep: 'respond' } as const) : ({ from: 'other-side-reply' } as const);
  return [
    {
      id: 'ship-return',
      title: tx('寄回商品', 'Send the item back'),
      where: tx(
        '订单详情 → 退货 → 使用退货标签，上传退货物流单号',
        'Order details → Return → use the label and upload the return tracking',
      ),
      when: tx('仅当需要退货时', 'Only when a return is required'),
      evidence: needs('return-tracking'),
      deadlines: [
        published(
          14,
          'calendar-days',
          approval.from,
          buyerWho,
          tx(
            '美国：使用退货标签在 14 天内寄回（这里从同意退货起算）',
            'US: return the item within 14 days using the label (counted here from the approval)',
          ),
          {
            sources: ['tt-us'],
            market: 'US',
            ...(approval.from === 'step-done' ? { fromStep: approval.fromStep } : {}),
          },
        ),
        published(
          5,
          'calendar-days',
          approval.from,
          buyerWho,
          tx(
            '印尼：买家 5 天内上传退货物流单号（这里从同意退货起算）',
            'Indonesia: the buyer uploads return tracking within 5 days (counted here from the approval)',
          ),
          {
            sources: ['tt-id'],
            market: 'ID',
            ...(approval.from === 'step-done' ? { fromStep: approval.fromStep } : {}),
          },
        ),
      ],
    },
    {
      id: 'confirm-return',
      title: tx('卖家确认收到退货', 'The seller confirms the return arrived'),
      where: tx('订单详情 → 退货进度', 'Order details → return status'),
      deadlines: [
        published(
          8,
          'calendar-days',
          'step-done',
          who,
          tx('印尼：卖家 8 天内确认收到退货', 'Indonesia: the seller confirms receipt within 8 days'),
          {
            sources: ['tt-id'],
            market: 'ID',
            fromStep: 'ship-return',
          },
        ),
      ],
    },
  ];
};

const buyer = forScenarios(['not-as-described', 'damaged', 'wrong-item'] as const, (scenario) => ({
  id: `tiktok-shop.buyer.${scenario}`,
  market: ['US', 'VN', 'TH', 'ID'],
  owner: 'tiktok-shop',
  ownerKind: 'platform',
  role: 'buyer',
  scenario,
  title: tx('TikTok Shop 退货退款', 'TikTok Shop return or refund'),
  steps: [
    {
      id: 'request',
      title: tx('申请退货/退款', 'Request a return or refund'),
      where: WHERE,
      evidence: [
        { need: 'photos', note: tx('照片要清晰，模糊的可能被拒', 'Photos must be clear; blurry ones can be rejected') },
        ...buyerEvidence(scenario).filter((e) => e.need !== 'photos'),
      ],
      deadlines: requestDeadlines(scenario),
      writtenComplaint: true,
    },
    {
      id: 'seller-response',
      title: tx('等待卖家处理', 'Wait for the seller'),
      where: tx('订单详情 → 退货/退款进度', 'Order details → return/refund status'),
      deadlines: sellerResponseDeadlines('other-side'),
    },
    {
      id: 'refile',
      title: tx('被拒后重新申请', 'File again after a rejection'),
      where: WHERE,
      when: tx('卖家拒绝时', 'If the seller rejects the request'),
      evidence: needs('photos', 'chat?'),
      deadlines: [
        published(
          48,
          'hours',
          'other-side-reply',
          'you',
          tx('印尼：被拒后 48 小时内可重新申请', 'Indonesia: you may file again within 48 h of a rejection'),
          {
            sources: ['tt-id'],
            market: 'ID',
          },
        ),
      ],
      writtenComplaint: true,
    },
    ...returnSteps('other-side'),
  ],
  escalation: [esc.paypal, esc.card, esc.fcba, esc.econsumer],
  sources,
  checked: CHECKED,
  confidence: { level: 'official', note: byMarket },
}));

const notReceived: RulesEntryInput = {
  id: 'tiktok-shop.buyer.not-received',
  owner: 'tiktok-shop',
  ownerKind: 'platform',
  role: 'buyer',
  scenario: 'not-received',
  title: tx('TikTok Shop 未收到货', 'TikTok Shop: not received'),
  steps: [
    {
      id: 'request',
      title: tx('申请退款', 'Ask for a refund'),
      where: WHERE,
      evidence: buyerEvidence('not-received'),
      deadlines: [
        nonePublished(tx('资料没有给出未收到货的期限。', 'The notes give no limit for an item not received.'), [
          'tt-us',
        ]),
      ],
      writtenComplaint: true,
    },
    {
      id: 'seller-response',
      title: tx('等待卖家处理', 'Wait for the seller'),
      where: tx('订单详情 → 退款进度', 'Order details → refund status'),
      deadlines: sellerResponseDeadlines('other-side'),
    },
  ],
  escalation: [esc.paypal, esc.card, esc.fcba, esc.econsumer],
  sources,
  checked: CHECKED,
  confidence: { level: 'official', note: byMarket },
};

const seller: RulesEntryInput = {
  id: 'tiktok-shop.seller.claim-response',
  owner: 'tiktok-shop',
  ownerKind: 'platform',
  role: 'seller',
  scenario: 'claim-response',
  title: tx('处理买家的退货/退款申请', "Handle a buyer's return or refund request"),
  steps: [
    {
      id: 'respond',
      title: tx('处理申请', 'Act on the request'),
      where: tx('卖家中心 → 订单 → 退货/退款', 'Seller Center → Orders → Returns/refunds'),
      evidence: needs('shipping-proof', 'tracking', 'chat?'),
      deadlines: sellerResponseDeadlines('you'),
      writtenComplaint: true,
    },
    ...returnSteps('you'),
  ],
  sources,
  checked: CHECKED,
  confidence: { level: 'official', note: byMarket },
};

export const tiktokShopRules: RulesEntryInput[] = [...buyer, notReceived, seller];
