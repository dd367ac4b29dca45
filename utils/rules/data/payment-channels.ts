import type { RuleSource, RulesEntryInput } from '../schema';
import { esc } from './common';
import { CHECKED, needs, nonePublished, published, tx, NOTES, REVIEWED } from './helpers';

const general = { role: 'buyer', scenario: 'general', ownerKind: 'payment-channel', checked: CHECKED } as const;

const paypalSources: RuleSource[] = [
  { id: 'paypal-faq1417', citation: 'paypal.com/…/faq1417', checked: NOTES },
  {
    id: 'paypal-faq1583',
    citation: 'paypal.com/ca/selfhelp/article/faq1583',
    checked: NOTES,
    url: 'https://www.paypal.com/ca/selfhelp/article/faq1583',
  },
];
const pp = { sources: ['paypal-faq1417', 'paypal-faq1583'] };

const paypal: RulesEntryInput = {
  ...general,
  id: 'paypal.buyer.general',
  owner: 'paypal',
  requires: [{ fact: 'paid-with', is: ['paypal'] }],
  title: tx('PayPal 争议和索赔', 'PayPal dispute and claim'),
  steps: [
    {
      id: 'open-dispute',
      title: tx('发起争议', 'Open a dispute'),
      where: tx('纠纷调解中心 → 报告问题', 'Resolution Center → Report a problem'),
      evidence: needs('payment-proof', 'order-data', 'chat?'),
      deadlines: [
        published(
          180,
          'calendar-days',
          'ordered',
          'you',
          tx(
            '付款后 180 天内发起（“下单日期”填付款日期）',
            'Open it within 180 days of payment (enter the payment date as the order date)',
          ),
          pp,
        ),
      ],
      writtenComplaint: true,
    },
    {
      id: 'escalate-claim',
      title: tx('升级为索赔', 'Escalate to a claim'),
      where: tx('纠纷调解中心 → 该争议 → 升级为索赔', 'Resolution Center → the dispute → Escalate to claim'),
      evidence: needs('chat', 'tracking?', 'photos?'),
      deadlines: [
        published(
          20,
          'calendar-days',
          'request-opened',
          'you',
          tx(
            '发起争议后 20 天内升级，否则自动关闭',
            'Escalate within 20 days of opening, or the dispute closes automatically',
          ),
          pp,
        ),
        published(
          10,
          'calendar-days',
          'other-side-reply',
          'you',
          tx(
            '卖家提出方案后 10 天不理会，争议会关闭',
            'The dispute also closes if you ignore a seller offer for 10 days',
          ),
          {
            ...pp,
            condition: tx('卖家提出了方案时', 'if the seller made an offer'),
            requires: { fact: 'seller-offer', is: ['yes'] },
          },
        ),
      ],
      writtenComplaint: true,
    },
    {
      id: 'claim-decision',
      title: tx('等待 PayPal 决定', "Wait for PayPal's decision"),
      where: tx('纠纷调解中心 → 该索赔', 'Resolution Center → the claim'),
      deadlines: [
        published(30, 'calendar-days', 'step-done', 'platform', tx('索赔一般约 30 天', 'Claims take about 30 days'), {
          ...pp,
          fromStep: 'escalate-claim',
        }),
      ],
    },
  ],
  escalation: [esc.cfpb],
  sources: paypalSources,
  confidence: { level: 'official' },
};

const cardSources: RuleSource[] = [
  {
    id: 'chargeflow',
    citation: 'docs.chargeflow.io (processor documentation, secondary)',
    checked: REVIEWED,
    url: 'https://docs.chargeflow.io/docs/reference/concepts/network-timelines',
  },
  { id: 'paymentsandrisk', citation: 'paymentsandrisk.com (secondary)', checked: NOTES },
];
const card = { sources: ['chargeflow', 'paymentsandrisk'] };
const cardConfidence = {
  level: 'secondary',
  note: tx(
    '来自支付服务商的文档；没有取得 Visa/Mastercard 规则原文。',
    'From payment processor documentation; the Visa/Mastercard rule text was not retrieved.',
  ),
} as const;

const cardBuyer: RulesEntryInput = {
  ...general,
  id: 'card-chargeback.buyer.general',
  owner: 'card-chargeback',
  requires: [{ fact: 'paid-with', is: ['card', 'us-credit-card'] }],
  title: tx('信用卡/借记卡拒付（Visa / Mastercard）', 'Card chargeback (Visa / Mastercard)'),
  steps: [
    {
      id: 'ask-issuer',
      title: tx('向发卡行申请拒付', 'Ask your card issuer for a chargeback'),
      where: tx('发卡行的 App、网银或客服电话', "Your issuer's app, online banking or phone line"),
      evidence: needs('payment-proof', 'order-data', 'chat', 'tracking?', 'photos?'),
      deadlines: [
        // The issuer's limit for filing with the network, not the cardholder's (review B18): the issuer may want to hear sooner.
        published(
          120,
          'calendar-days',
          'ordered',
          'platform',
          tx(
            '发卡行向卡组织提出拒付的期限约为交易日或预计送达日后 120 天（这里从交易日起算，较早的算法）；发卡行可能要求你更早申请，请尽快联系',
            'Your issuer has about 120 days from the transaction or the expected delivery to file with the card network (counted here from the transaction date, the earlier reading); your issuer may want to hear from you sooner, so ask now',
          ),
          card,
        ),
      ],
      writtenComplaint: true,
    },
  ],
  escalation: [esc.cfpb],
  notes: [
    tx('部分 Visa 原因可长达 540 天。', 'Some Visa reasons allow up to 540 days.'),
    tx(
      '未收到货：卡组织要求等到预计送达日过后再申请拒付。',
      'Item not received: the card networks ask you to wait until the expected delivery date has passed before disputing.',
    ),
  ],
  sources: cardSources,
  confidence: cardConfidence,
};

const cardSeller: RulesEntryInput = {
  id: 'card-chargeback.seller.chargeback',
  owner: 'card-chargeback',
  ownerKind: 'payment-channel',
  role: 'seller',
  scenario: 'chargeback',
  checked: CHECKED,
  title: tx('商户抗辩拒付', 'Merchant representment'),
  steps: [
    {
      id: 'represent',
      title: tx('提交抗辩材料', 'Submit the representment'),
      where: tx('收单机构或支付服务商的拒付后台', "Your acquirer's or processor's chargeback dashboard"),
      evidence: needs('shipping-proof', 'tracking', 'chat', 'order-data'),
      deadlines: [
        published(30, 'calendar-days', 'request-opened', 'you', tx('Visa：30 天', 'Visa: 30 days'), {
          ...card,
          condition: tx('Visa', 'Visa'),
          requires: { fact: 'card-network', is: ['visa'] },
        }),
        published(45, 'calendar-days', 'request-opened', 'you', tx('Mastercard：45 天', 'Mastercard: 45 days'), {
          ...card,
          condition: tx('Mastercard', 'Mastercard'),
          requires: { fact: 'card-network', is: ['mastercard'] },
        }),
        published(20, 'calendar-days', 'request-opened', 'you', tx('Amex：20 天', 'Amex: 20 days'), {
          ...card,
          condition: tx('American Express', 'American Express'),
          requires: { fact: 'card-network', is: ['amex'] },
        }),
      ],
      writtenComplaint: true,
    },
  ],
  notes: [tx('Mastercard 中国大陆境内交易：5–90 天不等。', 'Mastercard mainland-China domestic: 5–90 days.')],
  sources: cardSources,
  confidence: cardConfidence,
};

const fcba: RulesEntryInput = {
  ...general,
  id: 'us-fcba.buyer.general',
  owner: 'us-fcba',
  // The law follows the card, not the shop: a US credit card bought from a shop anywhere.
  requires: [{ fact: 'paid-with', is: ['us-credit-card'] }],
  title: tx('美国信用卡账单争议（公平信用账单法）', 'US credit card billing dispute (Fair Credit Billing Act)'),
  steps: [
    {
      id: 'find-statement',
      title: tx('找到第一次出现这笔费用的账单', 'Find the first statement that shows the charge'),
      where: tx('信用卡账单', 'Your card statements'),
      when: tx('完成此步时填写该账单的寄出日期', 'Mark this done with the date that statement was mailed'),
      evidence: needs('payment-proof'),
      deadlines: [
        nonePublished(tx('这一步记录账单寄出的日期。', 'This step records the day the statement was mailed.'), [
          'citi-fcba',
        ]),
      ],
    },
    {
      id: 'send-dispute',
      title: tx('寄出书面争议', 'Send a written dispute'),
      where: tx('寄到账单上写明的“账单错误”地址', 'To the billing-error address on the statement'),
      evidence: needs('payment-proof', 'order-data', 'chat?'),
      deadlines: [
        published(
          60,
          'calendar-days',
          'step-done',
          'you',
          tx(
            '书面争议须在账单寄出后 60 天内送达发卡行',
            'The written dispute must reach the issuer within 60 days after the statement was mailed',
          ),
          {
            sources: ['citi-fcba'],
            fromStep: 'find-statement',
          },
        ),
      ],
      writtenComplaint: true,
    },
    {
      id: 'issuer-handles',
      title: tx('等待发卡行处理', 'Wait for the issuer'),
      where: tx('发卡行', 'Your card issuer'),
      deadlines: [
        published(
          30,
          'calendar-days',
          'step-done',
          'platform',
          tx('发卡行 30 天内确认收到', 'The issuer acknowledges within 30 days'),
          { sources: ['citi-fcba'], fromStep: 'send-dispute' },
        ),
        published(
          90,
          'calendar-days',
          'step-done',
          'platform',
          tx('两个账单周期内解决，最多 90 天', 'The issuer resolves it within 2 billing cycles, at most 90 days'),
          {
            sources: ['citi-fcba'],
            fromStep: 'send-dispute',
          },
        ),
      ],
    },
  ],
  escalation: [esc.cfpb],
  sources: [
    {
      id: 'citi-fcba',
      citation: 'citicards.com Fair Credit Billing Act page',
      checked: NOTES,
      noUrl: tx(
        '一家发卡行对法律的说明，笔记没有给出完整网址；法律原文（美国法典第 15 编第 1666 条）没有取得。',
        'A card issuer’s summary of the law, whose full address the notes do not give; the statute (15 U.S.C. § 1666) was not retrieved.',
        '一家發卡銀行對法律的說明，筆記沒有給出完整網址；法律原文（美國法典第 15 編第 1666 條）沒有取得。',
      ),
    },
  ],
  confidence: {
    level: 'secondary',
    note: tx(
      '来自一家发卡行对法律的说明；没有取得法律原文。',
      "A card issuer's summary of the law; the statute text was not retrieved.",
    ),
  },
};

const alipay: RulesEntryInput = {
  ...general,
  id: 'alipay.buyer.general',
  owner: 'alipay',
  requires: [{ fact: 'paid-with', is: ['alipay'] }],
  title: tx('支付宝交易投诉', 'Alipay trade complaint'),
  steps: [
    {
      id: 'complain',
      title: tx('对交易发起投诉', 'Complain about the payment'),
      where: tx(
        '支付宝 → 账单 → 该交易 → 投诉/对此订单有疑问',
        'Alipay → Bills → the payment → complain / question this order',
      ),
      evidence: needs('payment-proof', 'order-data', 'chat?'),
      deadlines: [nonePublished(tx('没有找到期限。', 'No deadlines were found.'), ['alipay-api'])],
      writtenComplaint: true,
    },
  ],
  escalation: [esc.cn12315],
  notes: [
    tx(
      '存在交易投诉接口（商户侧），说明有投诉流程。',
      'A trade-complaint API exists on the merchant side, so a complaint flow exists.',
    ),
  ],
  sources: [{ id: 'alipay-api', citation: 'Alipay open docs: alipay.merchant.tradecomplain.changed', checked: NOTES }],
  confidence: {
    level: 'secondary',
    note: tx(
      '没有找到用户侧期限；点击路径是通用描述。',
      'No user-side deadlines were found; the click path is generic.',
    ),
  },
};

const wechatSources: RuleSource[] = [
  {
    id: 'wxpay-complaint',
    citation: 'pay.weixin.qq.com/docs/…/consumer-complaint',
    checked: NOTES,
    published: '2025-08',
  },
  {
    id: 'wx-miniprogram',
    citation: 'developers.weixin.qq.com …/complaint.html',
    checked: NOTES,
    noUrl: tx(
      '微信官方开发文档，但笔记省略了路径中间部分，无法给出准确网址。',
      'WeChat’s official developer documentation, but the notes leave out part of the path, so the exact address is not known.',
      '微信官方開發文件，但筆記省略了路徑中間部分，無法給出準確網址。',
    ),
  },
];

const wechat: RulesEntryInput = {
  ...general,
  id: 'wechat-pay.buyer.general',
  owner: 'wechat-pay',
  requires: [{ fact: 'paid-with', is: ['wechat-pay'] }],
  title: tx('微信支付消费者投诉', 'WeChat Pay consumer complaint'),
  steps: [
    {
      id: 'complain',
      title: tx('对交易发起投诉', 'Complain about the payment'),
      where: tx('微信 → 账单 → 该交易 → 投诉', 'WeChat → Bills → the payment → Complain'),
      evidence: needs('payment-proof', 'order-data', 'chat?'),
      deadlines: [nonePublished(tx('没有找到用户侧的期限。', 'No user-side deadline was found.'), ['wxpay-complaint'])],
      writtenComplaint: true,
    },
    {
      id: 'merchant-handles',
      title: tx('商户答复、同意或拒绝退款', 'The merchant replies, approves or rejects the refund'),
      where: tx('微信支付 → 投诉详情', 'WeChat Pay → complaint details'),
      deadlines: [
        published(
          48,
          'hours',
          'request-opened',
          'other-side',
          tx(
            '小程序投诉：“待商户处理”状态 48 小时后失效（2024-03-25 前为 72 小时）',
            'Mini-program complaints: the merchant-pending status expires after 48 h (72 h before 2024-03-25)',
          ),
          {
            sources: ['wx-miniprogram'],
            condition: tx('小程序订单的投诉', 'complaints about mini-program orders'),
            requires: { fact: 'mini-program', is: ['yes'] },
          },
        ),
      ],
    },
    {
      id: 'rate',
      title: tx('评价处理结果', 'Rate the handling'),
      where: tx('微信支付 → 投诉详情 → 评价', 'WeChat Pay → complaint details → rate'),
      deadlines: [nonePublished(tx('没有找到用户侧的期限。', 'No user-side deadline was found.'), ['wxpay-complaint'])],
    },
  ],
  escalation: [esc.cn12315],
  sources: wechatSources,
  confidence: { level: 'official', note: tx('点击路径是通用描述。', 'The click paths are generic.') },
};

/** The seeds' users mostly pay with UnionPay or another mainland-China bank card: their route is the issuing bank. */
const unionpay: RulesEntryInput = {
  ...general,
  id: 'unionpay.buyer.general',
  owner: 'unionpay',
  requires: [{ fact: 'paid-with', is: ['unionpay'] }],
  title: tx('银联卡 / 国内银行卡争议', 'UnionPay or Chinese bank card dispute'),
  steps: [
    {
      id: 'ask-bank',
      title: tx('联系发卡银行，申请交易争议（退单）', 'Call your card-issuing bank and ask to dispute the payment'),
      where: tx(
        '拨打银行卡背面的客服电话，或在银行 App 的交易明细里找“交易争议/异议”',
        'Call the number on the back of the card, or look for "dispute" in the payment details of your bank app',
      ),
      evidence: needs('payment-proof', 'order-data', 'chat?'),
      deadlines: [
        nonePublished(
          tx(
            '资料没有找到银联或国内发卡行受理争议的期限。银行自己的期限可能很短：发现问题就立刻联系银行。',
            "No UnionPay or mainland-China issuer deadline was found. Banks' own limits can be short: call the bank as soon as you find the problem.",
          ),
          ['cn-card-gap', 'chargeflow'],
        ),
      ],
      writtenComplaint: true,
    },
  ],
  escalation: [esc.cn12315],
  notes: [
    tx(
      '一家卡处理商的资料显示：Mastercard 在中国大陆境内交易的争议期限为 5–90 天不等（二手来源）。',
      'A card processor reports that Mastercard disputes on mainland-China domestic transactions have limits between 5 and 90 days (secondary).',
    ),
  ],
  sources: [
    {
      id: 'cn-card-gap',
      citation: 'OrderProof research notes: no UnionPay or Chinese issuing-bank dispute rule retrieved (gap)',
      checked: NOTES,
    },
    cardSources[0]!,
  ],
  confidence: {
    level: 'secondary',
    note: tx('没有取得银联或银行的规则原文。', 'No UnionPay or bank rule text was retrieved.'),
  },
};

export const paymentChannelRules: RulesEntryInput[] = [paypal, cardBuyer, cardSeller, fcba, alipay, wechat, unionpay];
