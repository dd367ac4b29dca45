import type { Escalation, LocalizedText, Requires, RuleSource } from '../schema';
import { nonePublished, published, tx, NOTES, REVIEWED } from './helpers';

/** Escalation paths shared by many entries. `when` says who each path is for. */
export const esc = {
  paypal: {
    to: 'paypal.buyer.general',
    kind: 'payment-channel',
    when: tx('如果用 PayPal 付款', 'If you paid with PayPal'),
  },
  card: {
    to: 'card-chargeback.buyer.general',
    kind: 'payment-channel',
    when: tx('如果用银行卡付款：向发卡行申请拒付', 'If you paid by card: ask your card issuer for a chargeback'),
  },
  fcba: {
    to: 'us-fcba.buyer.general',
    kind: 'payment-channel',
    when: tx(
      '如果用美国信用卡付款：向发卡行提交书面争议',
      'If you paid with a US credit card: send the issuer a written billing dispute',
    ),
  },
  alipay: {
    to: 'alipay.buyer.general',
    kind: 'payment-channel',
    when: tx('如果用支付宝付款', 'If you paid with Alipay'),
  },
  wechat: {
    to: 'wechat-pay.buyer.general',
    kind: 'payment-channel',
    when: tx('如果用微信支付付款', 'If you paid with WeChat Pay'),
  },
  cn12315: {
    to: 'cn-12315.buyer.general',
    kind: 'regulator',
    when: tx(
      '平台处理后仍未解决：向市场监管部门（12315）投诉',
      'If the platform does not resolve it: complain to market regulation (12315)',
    ),
  },
  econsumer: {
    to: 'econsumer-gov.buyer.general',
    kind: 'regulator',
    when: tx(
      '跨境购物：可以举报，但该网站不处理个案',
      'Cross-border purchase: you can report it, but the site does not resolve individual cases',
    ),
  },
  uk: { to: 'uk-consumer.buyer.general', kind: 'regulator', when: tx('在英国购物时', 'If you bought in the UK') },
  eu: { to: 'eu-consumer.buyer.general', kind: 'regulator', when: tx('在欧盟购物时', 'If you bought in the EU') },
  cfpb: {
    to: 'cfpb.buyer.general',
    kind: 'regulator',
    when: tx('美国：发卡行或支付公司处理不当时', 'US: if a card issuer or payment company mishandles your dispute'),
  },
} satisfies Record<string, Escalation>;

/** For international marketplaces: payment channels first, then regulators. */
export const internationalEscalation: Escalation[] = [esc.paypal, esc.card, esc.fcba, esc.econsumer, esc.uk, esc.eu];

/** For mainland-China marketplaces. */
export const chinaEscalation: Escalation[] = [esc.alipay, esc.wechat, esc.cn12315];

export const cnLawSources: RuleSource[] = [
  {
    id: 'cn-cpl',
    // The official text lives in the national law database; a third-party repository copy is no source to send a user to.
    citation: '《中华人民共和国消费者权益保护法》 Art 23, 24, 25, 37, 39, 46, 55 — 国家法律法规数据库 flk.npc.gov.cn',
    checked: REVIEWED,
    url: 'https://flk.npc.gov.cn/',
  },
  {
    id: 'cn-cpl-regs',
    citation: '《中华人民共和国消费者权益保护法实施条例》（国务院令第778号，2024-07-01 施行） Art 19, 46, 49 — gov.cn',
    checked: REVIEWED,
    // The State Council's own publication of Order 778 (address as two independent law-text collections cite it).
    url: 'https://www.gov.cn/zhengce/zhengceku/202403/content_6940159.htm',
    published: 'in force 2024-07-01',
  },
  {
    id: 'cn-7day',
    citation:
      '《网络购买商品七日无理由退货暂行办法》 (2020 revision) Art 10, 31; gov.cn/zhengce/2020-11/03/content_5723721.htm',
    checked: REVIEWED,
    url: 'https://www.gov.cn/zhengce/2020-11/03/content_5723721.htm',
    published: '2020 revision',
  },
];

/** Consumer law, not platform rules: they bind every seller to a consumer in mainland China. */
export const cnLaw = {
  noReasonReturn: published(
    7,
    'calendar-days',
    'delivered',
    'you',
    tx(
      '七日无理由退货：自签收次日起算 7 天内提出（消保法第25条，暂行办法第10条）',
      '7-day no-reason return: ask within 7 days, counted from the day after you signed for the parcel (Consumer Protection Law Art 25; Measures Art 10)',
    ),
    {
      sources: ['cn-cpl', 'cn-7day'],
      condition: tx(
        '消费者网购的商品（法律规定的例外除外）',
        'goods a consumer bought online, apart from the exceptions the law lists',
      ),
      requires: { fact: 'no-reason-eligible', is: ['eligible'] },
    },
  ),
  // Art 24's 7 days are a minimum right to return, not a limit on asking: after them the buyer can still get an
  // exchange or repair (or a return where the contract can be ended), so they are never shown as a deadline.
  qualityReturn: nonePublished(
    tx(
      '质量问题没有申请期限：收货后 7 日内可以要求退货；之后仍可以要求更换、修理，符合解除合同条件的也可以退货（消保法第24条；三包商品：7 日退货、15 日换货、保修期内修理）。',
      'No filing limit for a quality defect: within 7 days of receipt you may ask for a return; after that you can still ask for an exchange or repair, or a return where the contract can be ended (Consumer Protection Law Art 24; goods under the 三包 rules: 7-day return, 15-day exchange, repair within the warranty).',
    ),
    ['cn-cpl'],
  ),
  sellerRefundAfterReturn: (fromStep: string, condition?: { text: LocalizedText; requires: Requires }) =>
    published(
      7,
      'calendar-days',
      'step-done',
      'other-side',
      tx(
        '卖家收到退货后 7 日内退款（消保法第25条）',
        'The seller refunds within 7 days of receiving the return (Consumer Protection Law Art 25)',
      ),
      {
        sources: ['cn-cpl'],
        fromStep,
        ...(condition ? { condition: condition.text, requires: condition.requires } : {}),
      },
    ),
};

export const cnLawNotes = [
  tx(
    '欺诈的，按价款三倍赔偿，不足 500 元的按 500 元（消保法第55条）。',
    'Fraud is compensated at 3× the price, minimum ¥500 (Consumer Protection Law Art 55).',
  ),
  tx(
    '耐用商品自收货起 6 个月内发现瑕疵的，由经营者承担举证责任（消保法第23条）。',
    'For durable goods, the seller must prove there was no defect if you find one within 6 months (Consumer Protection Law Art 23).',
  ),
  tx(
    '经营者处理退货或退款超过 15 日的，可被处罚（七日无理由退货暂行办法第31条）。',
    'A seller that takes more than 15 days to process a return or refund can be penalised (Measures Art 31).',
  ),
  tx(
    '2025-04 报道：主要平台宣布取消“仅退款”的一刀切做法，收货后的退款申请改由商家决定，报道称 2025 年 7 月前落实（二手来源）。',
    'Reported 2025-04: the main platforms announced an end to blanket refund-without-return; merchants now decide on refund requests made after receipt, reportedly by July 2025 (secondary).',
  ),
];

export const rollbackSource: RuleSource = {
  id: 'refund-only-rollback',
  citation: 'whatsupchina.com; beijingtimes.com 2025-04-23 (secondary): end of blanket 仅退款',
  checked: NOTES,
  published: '2025-04-23',
};
