import type { RuleSource, RulesEntryInput } from '../schema';
import { esc } from './common';
import { buyerEvidence, CHECKED, forScenarios, published, tx, NOTES } from './helpers';

const sources: RuleSource[] = [
  {
    id: 'lazada-help',
    citation: 'Lazada help page copy',
    checked: NOTES,
    published: 'undated',
    noUrl: tx(
      '这份副本来自一个测试用的客服站点，不是 Lazada 的正式页面；没有找到正式页面。',
      'This copy comes from a staging help-desk site, not Lazada’s live help page; the live page was not found.',
      '這份副本來自一個測試用的客服網站，不是 Lazada 的正式頁面；沒有找到正式頁面。',
    ),
  },
  { id: 'lazada-community', citation: 'community.lazada.com.ph', checked: NOTES, published: '2023-03-21' },
];

const buyer = forScenarios(
  ['not-as-described', 'damaged', 'wrong-item', 'counterfeit', 'change-of-mind'] as const,
  (scenario) => ({
    id: `lazada.buyer.${scenario}`,
    owner: 'lazada',
    ownerKind: 'platform',
    role: 'buyer',
    scenario,
    market: 'PH',
    title: tx('Lazada 退货', 'Lazada return'),
    steps: [
      {
        id: 'return-form',
        title: tx('填写在线退货表单', 'Fill in the online return form'),
        where: tx('我的订单 → 该订单 → 在线退货表单', 'My Orders → the order → Online Return Form'),
        evidence: [
          ...buyerEvidence(scenario),
          {
            need: 'photos' as const,
            optional: true,
            note: tx('商品需保持原状、吊牌完好', 'The item must be in its original condition with tags'),
          },
        ].filter((e, i, all) => all.findIndex((x) => x.need === e.need) === i),
        deadlines: [
          published(
            30,
            'calendar-days',
            'delivered',
            'you',
            tx('LazMall 和 Choice：送达后 30 天内', 'LazMall and Choice: within 30 days from delivery'),
            {
              sources: ['lazada-help', 'lazada-community'],
              market: 'PH',
              condition: tx('LazMall 和 Choice 商品', 'LazMall and Choice items'),
              requires: { fact: 'store-type', is: ['mall'] },
            },
          ),
          published(
            7,
            'calendar-days',
            'delivered',
            'you',
            tx(
              '普通店铺、LazGlobal、淘宝商品：送达后 7 天内',
              'Marketplace, LazGlobal and Taobao items: within 7 days from delivery',
            ),
            {
              sources: ['lazada-help', 'lazada-community'],
              market: 'PH',
              condition: tx('普通店铺、LazGlobal 和淘宝商品', 'Marketplace, LazGlobal and Taobao items'),
              requires: { fact: 'store-type', is: ['regular'] },
            },
          ),
        ],
        writtenComplaint: scenario !== 'change-of-mind',
      },
    ],
    escalation: [esc.card, esc.econsumer],
    sources,
    checked: CHECKED,
    confidence: {
      level: 'secondary',
      note: tx(
        '来自未注明日期的帮助页副本和 2023 年菲律宾社区帖子；其他国家站点可能不同。',
        'From an undated copy of a help page and a 2023 Philippines community post; other countries may differ.',
      ),
    },
  }),
);

export const lazadaRules: RulesEntryInput[] = buyer;
