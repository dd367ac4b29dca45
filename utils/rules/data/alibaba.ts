import type { RuleSource, RuleStepInput, RulesEntryInput } from '../schema';
import { esc } from './common';
import { buyerEvidence, CHECKED, forScenarios, needs, nonePublished, published, tx, NOTES, REVIEWED } from './helpers';

const sources: RuleSource[] = [
  {
    id: 'ta-faq',
    citation: 'service.alibaba.com/buyer/faq_detail/20155175.htm',
    checked: REVIEWED,
    url: 'https://service.alibaba.com/buyer/faq_detail/20155175.htm',
  },
  {
    id: 'ta-late',
    citation: 'sale.alibaba.com/p/dkytzdtjl',
    checked: NOTES,
    url: 'https://sale.alibaba.com/p/dkytzdtjl',
  },
  {
    id: 'ali-dispute',
    citation: 'activity.alibaba.com/helpcenter/tradedispute.html',
    checked: REVIEWED,
    url: 'https://activity.alibaba.com/helpcenter/tradedispute.html',
  },
  { id: 'ali-faq-seller', citation: 'Alibaba.com FAQ 20154310', checked: NOTES },
];

const B2B = tx(
  'Alibaba.com 是企业间交易：消费者保护法的退货规则通常不适用。',
  'Alibaba.com is business-to-business: consumer-law return rights usually do not apply.',
);

const disputeSteps = (scenario: string): RuleStepInput[] => [
  {
    id: 'apply',
    title: tx('申请退款/发起纠纷', 'Apply for a refund or open a dispute'),
    where: tx('My Alibaba → 订单 → 申请退款/纠纷', 'My Alibaba → Orders → Apply for refund/dispute'),
    evidence: [
      ...buyerEvidence(scenario === 'not-received' ? 'not-received' : 'not-as-described'),
      ...(scenario === 'not-received'
        ? []
        : [
            {
              need: 'inspection-report' as const,
              note: tx(
                '质量纠纷需要 SGS、TÜV 或 BV 检验报告，费用由买家先行支付',
                'Quality disputes need an SGS, TÜV or BV inspection, paid upfront by the buyer',
              ),
            },
          ]),
    ].filter((e, i, all) => all.findIndex((x) => x.need === e.need) === i),
    deadlines:
      scenario === 'not-received'
        ? [
            published(
              30,
              'calendar-days',
              'latest-estimated-delivery',
              'you',
              tx(
                '延迟交货补偿：约定交货日后 30 天内申请，最高 100 美元',
                'Late-delivery compensation: apply within 30 days after the specified delivery date, up to USD 100',
              ),
              {
                sources: ['ta-late'],
              },
            ),
          ]
        : [
            published(
              30,
              'calendar-days',
              'delivered',
              'you',
              tx('收货后 30 个自然日内提出', 'File within 30 calendar days after receiving the goods'),
              {
                sources: ['ta-faq'],
                confidence: {
                  level: 'sources-disagree',
                  note: tx('旧页面写的是“确认收货后”。', 'An older page says "after confirming receipt".'),
                },
              },
            ),
          ],
    writtenComplaint: true,
  },
  {
    id: 'supplier-response',
    title: tx('等待供应商答复', "Wait for the supplier's answer"),
    where: tx('My Alibaba → 订单 → 该纠纷', 'My Alibaba → Orders → the dispute'),
    deadlines: [
      published(
        3,
        'calendar-days',
        'request-opened',
        'other-side',
        tx(
          '供应商 3 天内答复；第 4 天起买家可以升级',
          'The supplier responds within 3 days; you can escalate from day 4',
        ),
        {
          sources: ['ta-faq'],
        },
      ),
    ],
  },
  {
    id: 'escalate',
    title: tx('升级给阿里巴巴处理', 'Escalate to Alibaba.com'),
    where: tx('My Alibaba → 订单 → 该纠纷 → 升级', 'My Alibaba → Orders → the dispute → Escalate'),
    evidence: needs('chat', 'order-data'),
    deadlines: [
      published(
        3,
        'calendar-days',
        'request-opened',
        'you',
        tx('第 4 天起可以升级（即 3 天后）', 'You can escalate from day 4 (after 3 days)'),
        {
          sources: ['ta-faq'],
          type: 'waiting-period',
        },
      ),
      published(
        7,
        'calendar-days',
        'request-opened',
        'platform',
        tx('第 8 天自动升级（旧页面：第 7 天）', 'Automatic escalation on day 8 (older page: day 7)'),
        {
          sources: ['ta-faq'],
          confidence: { level: 'sources-disagree', note: tx('旧页面写的是第 7 天。', 'An older page says day 7.') },
        },
      ),
    ],
    writtenComplaint: true,
  },
];

const buyer = forScenarios(['not-received', 'not-as-described', 'damaged', 'wrong-item'] as const, (scenario) => ({
  id: `alibaba.buyer.${scenario}`,
  owner: 'alibaba',
  ownerKind: 'platform',
  role: 'buyer',
  scenario,
  title: tx('信用保障（Trade Assurance）退款/纠纷', 'Trade Assurance refund or dispute'),
  steps: disputeSteps(scenario),
  escalation: [esc.card, esc.paypal, esc.econsumer],
  notes: [B2B],
  sources,
  checked: CHECKED,
  confidence: { level: 'official' },
}));

// Complaints are filed on the Complaint Center's index page (tradedispute.html); list.htm only lists them (review B11).
const COMPLAINTS = 'https://service.alibaba.com/complaint/center/index.htm';

const supplierResponse: RulesEntryInput = {
  id: 'alibaba.seller.claim-response',
  owner: 'alibaba',
  ownerKind: 'platform',
  role: 'seller',
  scenario: 'claim-response',
  title: tx('回应买家的交易纠纷', "Respond to a buyer's trade dispute"),
  steps: [
    {
      id: 'respond',
      title: tx('回应纠纷', 'Respond to the dispute'),
      where: tx(
        '信用保障退款：My Alibaba → 订单 → 该纠纷；投诉：投诉中心 → 立即回应',
        'Trade Assurance refund: My Alibaba → Orders → the dispute; complaint: Complaint Center → Respond now',
      ),
      url: COMPLAINTS,
      evidence: [
        ...needs('shipping-proof', 'chat'),
        { need: 'order-data', note: tx('合同/订单', 'The contract or order') },
      ],
      deadlines: [
        published(
          3,
          'calendar-days',
          'request-opened',
          'you',
          tx(
            '信用保障退款纠纷：3 天内答复；第 4 天起买家可以升级',
            'Trade Assurance refund dispute: answer within 3 days; from day 4 the buyer can escalate',
          ),
          {
            sources: ['ta-faq'],
            condition: tx('信用保障退款申请', 'a Trade Assurance refund request'),
            requires: { fact: 'dispute-kind', is: ['trade-assurance'] },
          },
        ),
        published(
          7,
          'calendar-days',
          'request-opened',
          'platform',
          tx(
            '信用保障退款纠纷第 8 天自动升级给阿里巴巴（旧页面：第 7 天）',
            'A Trade Assurance refund dispute escalates to Alibaba.com by itself on day 8 (older page: day 7)',
          ),
          {
            sources: ['ta-faq'],
            condition: tx('信用保障退款申请', 'a Trade Assurance refund request'),
            requires: { fact: 'dispute-kind', is: ['trade-assurance'] },
            confidence: { level: 'sources-disagree', note: tx('旧页面写的是第 7 天。', 'An older page says day 7.') },
          },
        ),
        // The 5 days are the Complaint Center's (tradedispute.html); FAQ 20154310 gives no number (review B10).
        published(
          5,
          'calendar-days',
          'request-opened',
          'you',
          tx(
            '投诉中心的有效交易纠纷须在 5 天内回应',
            'Respond to a valid trade dispute in the Complaint Center within 5 days',
          ),
          {
            sources: ['ali-dispute'],
            condition: tx('投诉中心的投诉', 'a complaint in the Complaint Center'),
            requires: { fact: 'dispute-kind', is: ['complaint'] },
          },
        ),
      ],
      writtenComplaint: true,
    },
  ],
  notes: [tx('未按时回应的记录可能保留 90 天。', 'A missed response can stay on the record for 90 days.')],
  sources,
  checked: CHECKED,
  confidence: { level: 'official' },
};

const complaintAgainstBuyer: RulesEntryInput = {
  id: 'alibaba.seller.complaint-against-buyer',
  owner: 'alibaba',
  ownerKind: 'platform',
  role: 'seller',
  scenario: 'complaint-against-buyer',
  title: tx('投诉买家', 'Complain about a buyer'),
  steps: [
    {
      id: 'file',
      title: tx('提交投诉', 'File the complaint'),
      where: tx('投诉中心', 'Complaint Center'),
      url: COMPLAINTS,
      evidence: needs('order-data', 'chat', 'shipping-proof?'),
      deadlines: [
        nonePublished(
          tx(
            '常见说法“交易完成后 15 天内可投诉、1–3 个工作日出结果”在官方页面中未找到。',
            'The common claim "complain within 15 days of completion, result in 1–3 working days" was not found on official pages.',
          ),
          ['ali-dispute', 'ali-faq-seller'],
        ),
      ],
      writtenComplaint: true,
    },
  ],
  sources,
  checked: CHECKED,
  confidence: { level: 'official' },
};

export const alibabaRules: RulesEntryInput[] = [...buyer, supplierResponse, complaintAgainstBuyer];
