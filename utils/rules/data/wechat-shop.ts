import type { RuleSource, RuleStepInput, RulesEntryInput } from '../schema';
import { chinaEscalation, cnLawNotes, cnLawSources } from './common';
import { buyerEvidence, CHECKED, forScenarios, needs, published, tx, NOTES } from './helpers';

const sources: RuleSource[] = [
  {
    id: 'wxshop-aftersale',
    citation: 'developers.weixin.qq.com 小店 after-sales introduction (ministore aftersale/introduction.html)',
    checked: NOTES,
    noUrl: tx(
      '微信官方开发文档，但笔记只给出路径的开头和结尾，无法给出准确网址。',
      'WeChat’s official developer documentation, but the notes give only the start and end of the path, so the exact address is not known.',
      '微信官方開發文件，但筆記只給出路徑的開頭和結尾，無法給出準確網址。',
    ),
  },
  {
    id: 'wxshop-complaint',
    citation: 'developers.weixin.qq.com doc/store/shop/guide/trade/complaint.html',
    url: 'https://developers.weixin.qq.com/doc/store/shop/guide/trade/complaint.html',
    checked: NOTES,
  },
  ...cnLawSources,
];

const WHERE = tx('微信 → 我 → 订单 → 该订单 → 申请售后', 'WeChat → Me → Orders → the order → After-sales');
const noteOnly = tx(
  '数字来自微信开放文档的说明，完整网址未记录。',
  "Numbers from WeChat's developer documentation; its full address was not recorded.",
);

const buyerSteps = (
  scenario: 'not-as-described' | 'damaged' | 'wrong-item' | 'not-received' | 'change-of-mind',
): RuleStepInput[] => [
  {
    id: 'apply',
    title: tx('申请退款或退货', 'Ask for a refund or return'),
    where: WHERE,
    evidence: buyerEvidence(scenario),
    deadlines: [
      published(
        48,
        'hours',
        'request-opened',
        'other-side',
        tx('商家须在 48 小时内处理退款/退货申请', 'The merchant must handle the refund or return request within 48 h'),
        { sources: ['wxshop-aftersale'] },
      ),
    ],
    writtenComplaint: true,
  },
  ...(scenario === 'not-received'
    ? []
    : [
        {
          id: 'send-return',
          title: tx('寄回商品并填写物流单号', 'Send the item back and enter the tracking number'),
          where: tx('售后详情 → 填写退货物流', 'After-sales details → enter return tracking'),
          when: tx('仅当商家同意退货时', 'Only if the merchant agreed to a return'),
          evidence: needs('return-tracking'),
          deadlines: [
            published(
              7,
              'calendar-days',
              'other-side-reply',
              'you',
              tx(
                '商家同意后 7 天内上传退货物流单号',
                'Upload the return tracking number within 7 days after the merchant agrees',
              ),
              { sources: ['wxshop-aftersale'] },
            ),
          ],
        },
        {
          id: 'merchant-receipt',
          title: tx('等待商家确认收货', 'Wait for the merchant to confirm receipt'),
          where: tx('售后详情', 'After-sales details'),
          deadlines: [
            published(
              10,
              'calendar-days',
              'step-done',
              'other-side',
              tx(
                '商家在 10 天内确认收到退货（资料未说明起算点，这里从你寄出起算）',
                'The merchant confirms receipt of the return within 10 days (the notes do not say what starts it; counted here from your sending it)',
              ),
              {
                sources: ['wxshop-aftersale'],
                fromStep: 'send-return',
              },
            ),
          ],
        },
      ]),
  {
    id: 'intervene',
    title: tx('申请平台介入', 'Ask the platform to step in'),
    where: tx('售后详情 → 申请平台介入 / 投诉', 'After-sales details → ask the platform to step in / complain'),
    when: tx('商家拒绝时', 'If the merchant refuses'),
    evidence: needs('chat', 'order-data', 'photos?'),
    deadlines: [
      published(
        7,
        'calendar-days',
        'other-side-reply',
        'you',
        tx('商家拒绝后 7 天内申请平台介入', 'Ask the platform to step in within 7 days after the merchant refuses'),
        { sources: ['wxshop-complaint'] },
      ),
    ],
    writtenComplaint: true,
  },
];

const buyer = forScenarios(
  ['not-received', 'not-as-described', 'damaged', 'wrong-item', 'change-of-mind'] as const,
  (scenario) => ({
    id: `wechat-shop.buyer.${scenario}`,
    owner: 'wechat-shop',
    ownerKind: 'platform',
    role: 'buyer',
    scenario,
    market: 'CN',
    title: tx('微信小店售后', 'WeChat shop after-sales', '微信小店售後'),
    steps: buyerSteps(scenario),
    escalation: chinaEscalation,
    notes: cnLawNotes,
    sources,
    checked: CHECKED,
    confidence: { level: 'official', note: noteOnly },
  }),
);

const seller: RulesEntryInput = {
  id: 'wechat-shop.seller.claim-response',
  owner: 'wechat-shop',
  ownerKind: 'platform',
  role: 'seller',
  scenario: 'claim-response',
  market: 'CN',
  title: tx('微信小店：处理买家的售后申请', "WeChat shop: handle a buyer's after-sales request"),
  steps: [
    {
      id: 'respond',
      title: tx('48 小时内处理退款/退货申请', 'Handle the refund or return request within 48 h'),
      where: tx('微信小店商家后台 → 售后 → 该申请', 'WeChat shop merchant back office → After-sales → the request'),
      evidence: needs('shipping-proof', 'tracking', 'chat', 'packing-video?'),
      deadlines: [
        published(
          48,
          'hours',
          'request-opened',
          'you',
          tx('48 小时内处理买家的退款/退货申请', "Handle the buyer's refund or return request within 48 h"),
          { sources: ['wxshop-aftersale'] },
        ),
      ],
      writtenComplaint: true,
    },
    {
      id: 'return-arrived',
      title: tx('确认收到退货', 'Confirm the return arrived'),
      where: tx(
        '商家后台 → 售后 → 该申请 → 确认收货',
        'Merchant back office → After-sales → the request → confirm receipt',
      ),
      when: tx('买家上传退货物流单号后', 'After the buyer uploads the return tracking number'),
      evidence: needs('return-tracking', 'video?'),
      deadlines: [
        published(
          10,
          'calendar-days',
          'other-side-reply',
          'you',
          tx(
            '10 天内确认收到退货（资料未说明起算点，这里从买家上传单号起算：“对方回复日期”填那一天）',
            "Confirm receipt of the return within 10 days (the notes do not say what starts it; counted here from the day the buyer uploaded tracking, entered as the other side's reply)",
          ),
          { sources: ['wxshop-aftersale'] },
        ),
      ],
    },
  ],
  sources,
  checked: CHECKED,
  confidence: { level: 'official', note: noteOnly },
};

export const wechatShopRules: RulesEntryInput[] = [...buyer, seller];
