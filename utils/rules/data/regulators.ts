import type { RuleSource, RulesEntryInput } from '../schema';
import { cnLaw, cnLawNotes, cnLawSources } from './common';
import { CHECKED, needs, nonePublished, published, tx, NOTES, REVIEWED } from './helpers';

const general = { role: 'buyer', scenario: 'general', ownerKind: 'regulator', checked: CHECKED } as const;

const samr: RuleSource = {
  id: 'samr-121',
  citation:
    '《市场监督管理投诉举报处理办法》 (SAMR Order No. 121), samr.gov.cn/…/art/2026/art_e4d03a20c0fd49769e408c7bf3791ff5.html (cited in several public repos)',
  checked: NOTES,
  published: 'effective 2026-04-15',
};

const cn12315: RulesEntryInput = {
  ...general,
  id: 'cn-12315.buyer.general',
  owner: 'cn-12315',
  market: 'CN',
  title: tx('12315 消费投诉', '12315 consumer complaint'),
  steps: [
    {
      id: 'negotiate',
      title: tx('先与经营者协商并保留记录', 'Try the seller first and keep records'),
      where: tx('平台的售后或客服', "The platform's after-sales or customer service"),
      evidence: needs('order-data', 'chat', 'payment-proof?'),
      deadlines: [cnLaw.noReasonReturn, cnLaw.qualityReturn],
    },
    {
      id: 'file-complaint',
      title: tx('向 12315 投诉', 'Complain to 12315'),
      where: tx(
        '全国 12315 平台（网站、App 或小程序），或拨打 12315',
        'The national 12315 platform (website, app or mini-program), or call 12315',
      ),
      url: 'https://www.12315.cn',
      evidence: needs('order-data', 'chat', 'payment-proof', 'photos?'),
      deadlines: [
        nonePublished(
          tx(
            '新办法（2026-04-15 施行）的时限未取得。旧办法下，知道权益受损超过 3 年的投诉不予受理。',
            'The time limits in the new rules (in force 2026-04-15) were not retrieved. Under the old rules, a complaint was not accepted more than 3 years after you knew of the harm.',
          ),
          ['samr-121'],
        ),
      ],
      writtenComplaint: true,
    },
    {
      id: 'handling',
      title: tx('等待受理', 'Wait for the complaint to be accepted'),
      where: tx('全国 12315 平台 → 我的投诉', 'The 12315 platform → My complaints'),
      url: 'https://www.12315.cn',
      when: tx('完成此步时填写告知受理的日期', 'Mark this done with the date you were told the complaint was accepted'),
      deadlines: [
        published(
          7,
          'working-days',
          'step-done',
          'platform',
          tx(
            '行政部门收到投诉后 7 个工作日内予以处理并告知（消保法第46条；实施条例第46条）',
            'The department must handle the complaint and tell you within 7 working days of receiving it (Consumer Protection Law Art 46; Implementing Regulation Art 46)',
          ),
          {
            sources: ['cn-cpl', 'cn-cpl-regs'],
            fromStep: 'file-complaint',
          },
        ),
      ],
    },
    {
      id: 'mediation',
      title: tx('调解', 'Mediation'),
      where: tx('市场监管部门组织调解', 'The market regulator mediates between you and the seller'),
      deadlines: [
        published(
          60,
          'calendar-days',
          'step-done',
          'platform',
          tx(
            '受理之日起 60 日内调解完毕（实施条例第46条）',
            'Mediation is to be finished within 60 days of acceptance (Implementing Regulation Art 46)',
          ),
          {
            sources: ['cn-cpl-regs'],
            fromStep: 'handling',
          },
        ),
      ],
    },
  ],
  notes: [
    tx(
      '投诉要写明被投诉人（商家名称和地址）、具体诉求和事实，并附证据（实施条例第46条）。',
      'A complaint must name the business complained about (name and address), say what you ask for, and state the facts, with evidence (Implementing Regulation Art 46).',
    ),
    ...cnLawNotes,
    tx(
      '新办法要求投诉和举报分开处理。',
      'The new rules require complaints (投诉) and reports (举报) to be handled separately.',
    ),
    tx(
      'SAMR 第121号令于 2025-12-30 公布，2026-04-15 施行。',
      'SAMR Order 121 was published on 2025-12-30 and took effect on 2026-04-15.',
    ),
  ],
  sources: [...cnLawSources, samr],
  confidence: {
    level: 'official',
    note: tx(
      '法律条文为官方文本；新办法的具体天数未取得。',
      'The law is official text; the day counts in the new SAMR rules were not retrieved.',
    ),
  },
};

const econsumer: RulesEntryInput = {
  ...general,
  id: 'econsumer-gov.buyer.general',
  owner: 'econsumer-gov',
  // It takes reports about companies in another country only; a domestic order is not its business.
  requires: [{ fact: 'seller-abroad', is: ['yes'] }],
  title: tx('econsumer.gov 跨境举报', 'econsumer.gov cross-border report'),
  steps: [
    {
      id: 'report',
      title: tx('提交举报', 'File a report'),
      where: tx('econsumer.gov → 提交投诉', 'econsumer.gov → File a complaint'),
      url: 'https://www.econsumer.gov/en/Home/About',
      evidence: needs('order-data', 'payment-proof?', 'chat?'),
      deadlines: [
        nonePublished(
          tx('没有期限：这是举报，不处理个案。', 'No deadline: this is a report, not a case that gets resolved.'),
          ['econsumer'],
        ),
      ],
      writtenComplaint: true,
    },
  ],
  notes: [
    tx(
      '不处理个人案件，也不会帮你拿回钱；数据通过 FTC 的 Consumer Sentinel 与各国机构共享。',
      "It does not resolve individual cases or get your money back; reports are shared with agencies through the FTC's Consumer Sentinel.",
    ),
    tx('提供 9 种语言，没有中文。', 'Available in 9 languages, none of them Chinese.'),
    tx(
      '美国 ReportFraud.ftc.gov 也只收举报，不处理个人退款。',
      'In the US, ReportFraud.ftc.gov is also for reporting only; it gets no individual refund.',
    ),
  ],
  sources: [
    {
      id: 'econsumer',
      citation: 'econsumer.gov/en/Home/About',
      checked: REVIEWED,
      url: 'https://www.econsumer.gov/en/Home/About',
    },
  ],
  confidence: { level: 'official' },
};

const ukSources: RuleSource[] = [
  {
    id: 'uk-ccr',
    citation: 'The Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013, regs 29–35',
    checked: NOTES,
    url: 'https://www.legislation.gov.uk/uksi/2013/3134/contents/made',
  },
  {
    id: 'uk-cra',
    citation: 'Consumer Rights Act 2015, s 22 (short-term right to reject: 30 days)',
    checked: NOTES,
    url: 'https://www.legislation.gov.uk/ukpga/2015/15/section/22',
  },
  {
    id: 'uk-which',
    citation: 'Which? summary of refund timing, quoted at shoppingtelly.com (secondary)',
    checked: NOTES,
  },
  {
    id: 'uk-notes',
    citation: 'Consumer Contracts Regulations; DMCC Act ADR rules (repo legal notes, secondary)',
    checked: NOTES,
  },
];

const uk: RulesEntryInput = {
  ...general,
  id: 'uk-consumer.buyer.general',
  owner: 'uk-consumer',
  market: 'GB',
  title: tx('英国消费者权利：取消与退款', 'UK consumer rights: cancel and refund'),
  steps: [
    {
      id: 'cancel',
      title: tx('通知卖家取消', 'Tell the seller you are cancelling'),
      where: tx('书面通知卖家（邮件或网站表单）', 'Tell the seller in writing (email or their form)'),
      evidence: needs('order-data'),
      deadlines: [
        published(
          14,
          'calendar-days',
          'delivered',
          'you',
          tx('收货后 14 天内可以取消', 'You have 14 days from receipt to cancel'),
          { sources: ['uk-ccr', 'uk-notes'] },
        ),
      ],
      writtenComplaint: true,
    },
    {
      id: 'send-back',
      title: tx('把商品寄回', 'Send the goods back'),
      where: tx('按卖家给的退货地址寄回，保留寄件凭证', "To the seller's return address; keep the proof of posting"),
      when: tx('完成此步时填写寄出的日期', 'Mark this done with the date you posted the goods'),
      evidence: needs('return-tracking'),
      deadlines: [
        published(
          14,
          'calendar-days',
          'step-done',
          'you',
          tx(
            '通知取消后 14 天内寄回商品（CCR 2013 第35条）',
            'Send the goods back within 14 days of telling the seller you cancel (CCR 2013 reg 35)',
          ),
          {
            sources: ['uk-ccr', 'uk-notes'],
            fromStep: 'cancel',
          },
        ),
      ],
    },
    {
      id: 'refund',
      title: tx('等待退款', 'Wait for the refund'),
      where: tx('卖家', 'The seller'),
      deadlines: [
        published(
          14,
          'calendar-days',
          'step-done',
          'other-side',
          tx(
            '卖家须在收到退回的商品（或你的寄回凭证，以较早者为准）后 14 天内退款（CCR 2013 第34条）；这里从你寄出之日起算，是最早的读法',
            'The seller must refund within 14 days of getting the goods back or your proof of sending them, whichever is earlier (CCR 2013 reg 34); counted here from the day you posted them, the earliest reading',
          ),
          {
            sources: ['uk-ccr', 'uk-which'],
            fromStep: 'send-back',
          },
        ),
      ],
    },
  ],
  notes: [
    tx(
      '商品有问题（有缺陷、与描述不符）时，另有消费者权利法的 30 天短期拒收权：可以拒收并全额退款（Consumer Rights Act 2015 第22条）。',
      'If the goods are faulty or not as described, the Consumer Rights Act also gives a 30-day short-term right to reject them for a full refund (CRA 2015 s 22).',
    ),
    tx(
      '新的替代性争议解决（ADR）规则自 2026-04-06 起适用，2015 年的 ADR 条例被废止。',
      'New Alternative Dispute Resolution rules under the DMCC Act apply from 2026-04-06; the 2015 ADR regulations are revoked.',
    ),
  ],
  sources: ukSources,
  confidence: {
    level: 'secondary',
    note: tx('来自代码仓库中的法律笔记。', 'From legal notes in public repositories.'),
  },
};

const eu: RulesEntryInput = {
  ...general,
  id: 'eu-consumer.buyer.general',
  owner: 'eu-consumer',
  market: 'EU',
  title: tx('欧盟消费者权利：撤回合同', 'EU consumer rights: withdrawal'),
  steps: [
    {
      id: 'withdraw',
      title: tx('撤回合同', 'Withdraw from the contract'),
      where: tx(
        '卖家网站上的“撤回合同”按钮（2026-06-19 起订立的合同）或书面通知',
        'The "withdraw from contract" button on the seller\'s site (contracts from 2026-06-19), or a written notice',
      ),
      evidence: needs('order-data'),
      deadlines: [
        published(
          14,
          'calendar-days',
          'delivered',
          'you',
          tx('14 天撤回期（这里从收货起算）', '14-day withdrawal period (counted here from receipt)'),
          { sources: ['eu-crd', 'eu-notes'] },
        ),
      ],
      writtenComplaint: true,
    },
  ],
  notes: [
    tx(
      '欧盟在线争议解决（ODR）平台已于 2025-03-20 停止受理、2025-07-20 关闭。',
      'The EU ODR platform stopped taking complaints on 2025-03-20 and closed on 2025-07-20.',
    ),
  ],
  sources: [
    {
      id: 'eu-crd',
      citation: 'Directive 2011/83/EU (Consumer Rights Directive) Art 9: 14-day withdrawal period',
      checked: NOTES,
      url: 'https://eur-lex.europa.eu/eli/dir/2011/83/oj',
    },
    {
      id: 'eu-notes',
      citation: 'EU withdrawal right (research notes); Directive 2023/2673 (withdrawal button)',
      checked: NOTES,
    },
    { id: 'eu-odr', citation: 'Regulation 2024/3228; twobirds.com; iubenda.com (ODR closure)', checked: NOTES },
  ],
  confidence: {
    level: 'secondary',
    note: tx(
      '来自研究笔记和律所文章，未取得法规原文。',
      'From research notes and law-firm articles; the legal text was not retrieved.',
    ),
  },
};

const cfpbSrc = { sources: ['cfpb'] };

const cfpb: RulesEntryInput = {
  ...general,
  id: 'cfpb.buyer.general',
  owner: 'cfpb',
  // CFPB takes complaints from US consumers about US financial companies, wherever the shop was.
  requires: [
    { fact: 'paid-with', is: ['us-credit-card', 'paypal'] },
    { fact: 'home', is: ['us'] },
  ],
  title: tx('美国消费者金融保护局（CFPB）投诉', 'CFPB complaint'),
  steps: [
    {
      id: 'file',
      title: tx('提交投诉', 'Submit a complaint'),
      where: tx('consumerfinance.gov/complaint', 'consumerfinance.gov/complaint'),
      url: 'https://www.consumerfinance.gov/complaint/',
      evidence: needs('payment-proof', 'order-data', 'chat?'),
      deadlines: [nonePublished(tx('资料没有给出提交投诉的期限。', 'The notes give no limit for filing.'), ['cfpb'])],
      writtenComplaint: true,
    },
    {
      id: 'company-response',
      title: tx('等待公司答复', 'Wait for the company to respond'),
      where: tx('CFPB 投诉门户', 'The CFPB complaint portal'),
      url: 'https://www.consumerfinance.gov/complaint/',
      deadlines: [
        published(
          15,
          'calendar-days',
          'step-done',
          'other-side',
          tx('公司须在 15 天内答复', 'The company must respond within 15 days'),
          { ...cfpbSrc, fromStep: 'file' },
        ),
        published(
          60,
          'calendar-days',
          'step-done',
          'other-side',
          tx('大多数投诉须在 60 天内结案', 'Most complaints must be closed within 60 days'),
          { ...cfpbSrc, fromStep: 'file' },
        ),
      ],
    },
    {
      id: 'feedback',
      title: tx('对答复给出反馈', 'Give feedback on the response'),
      where: tx('CFPB 投诉门户 → 该投诉', 'The CFPB complaint portal → the complaint'),
      url: 'https://www.consumerfinance.gov/complaint/',
      deadlines: [
        published(
          60,
          'calendar-days',
          'other-side-reply',
          'you',
          tx('收到公司答复后 60 天内可以反馈', 'You have 60 days to give feedback on the response'),
          cfpbSrc,
        ),
      ],
      writtenComplaint: true,
    },
  ],
  sources: [
    {
      id: 'cfpb',
      citation: 'consumerfinance.gov/complaint; CFPB toolkit',
      checked: NOTES,
      url: 'https://www.consumerfinance.gov/complaint/',
    },
  ],
  confidence: { level: 'official' },
};

const consumerAssociation: RulesEntryInput = {
  ...general,
  id: 'cn-consumer-association.buyer.general',
  owner: 'cn-consumer-association',
  market: 'CN',
  title: tx('向消费者协会投诉、请求调解', 'Ask a consumer association to mediate'),
  steps: [
    {
      id: 'complain',
      title: tx('向消费者协会投诉', 'Complain to the consumer association'),
      where: tx(
        '商家所在地的消费者协会（也可以通过全国 12315 平台或拨打 12315 转办）',
        'The consumer association where the business is (also reachable through the 12315 platform or hotline)',
      ),
      evidence: needs('order-data', 'chat', 'payment-proof', 'photos?'),
      deadlines: [
        nonePublished(
          tx('法律没有规定向消协投诉的期限。', 'The law sets no time limit for complaining to a consumer association.'),
          ['cn-cpl'],
        ),
      ],
      writtenComplaint: true,
    },
  ],
  notes: [
    tx(
      '消费者协会受理投诉，对投诉事项进行调查、调解（消保法第37条）；调解是解决争议的途径之一，另有向行政部门投诉、仲裁和诉讼（第39条）。',
      'Consumer associations take complaints, investigate and mediate (Consumer Protection Law Art 37); mediation is one of the ways to settle a dispute, besides a complaint to the authorities, arbitration and a lawsuit (Art 39).',
    ),
  ],
  sources: [...cnLawSources],
  confidence: { level: 'official' },
};

const policeSources: RuleSource[] = [
  ...cnLawSources,
  {
    id: 'cn-96110',
    citation:
      '96110: the anti-fraud warning hotline of the Ministry of Public Security (public information, secondary)',
    checked: NOTES,
  },
];

const policeBuyer: RulesEntryInput = {
  ...general,
  id: 'cn-police.buyer.general',
  owner: 'cn-police',
  requires: [{ fact: 'home', is: ['cn'] }],
  title: tx('被骗了：报警', 'Cheated by a fake shop: report it to the police'),
  steps: [
    {
      id: 'report',
      title: tx('报警（110）或拨打 96110 反诈专线', 'Call 110, or the 96110 anti-fraud line'),
      where: tx(
        '拨打 110 报警，或到当地派出所；96110 用于咨询和举报诈骗',
        'Call 110 or go to a local police station; 96110 is for advice on and reports of fraud',
      ),
      evidence: needs('order-data', 'payment-proof', 'chat', 'listing?'),
      deadlines: [
        nonePublished(
          tx(
            '没有报警期限，但越早报警，追回钱款的可能越大。',
            'There is no time limit, but the sooner you report, the better the chance of getting money back.',
          ),
          ['cn-96110'],
        ),
      ],
    },
  ],
  notes: [
    tx(
      '只在你认为对方是骗子、而不是普通的交易纠纷时报警。',
      'Call the police when you believe it was a scam, not an ordinary dispute with a seller.',
    ),
  ],
  sources: policeSources,
  confidence: {
    level: 'secondary',
    note: tx(
      '96110 的用途来自公开信息，不是规则原文。',
      'What 96110 is for comes from public information, not a rule text.',
    ),
  },
};

const policeSeller: RulesEntryInput = {
  ...general,
  id: 'cn-police.seller.general',
  owner: 'cn-police',
  role: 'seller',
  market: 'CN',
  title: tx('买家造假骗取退款：报警', 'A buyer faked evidence to get a refund: report it to the police'),
  steps: [
    {
      id: 'report',
      title: tx('带着原始证据报警', 'Report it to the police with your original evidence'),
      where: tx('拨打 110 或到当地派出所', 'Call 110 or go to a local police station'),
      evidence: needs('order-data', 'packing-video', 'video', 'chat', 'shipping-proof', 'return-tracking?'),
      deadlines: [nonePublished(tx('没有找到期限。', 'No time limit was found.'), ['cn-cpl-regs'])],
    },
  ],
  notes: [
    tx(
      '以造假、掉包、捏造事实等方式骗取赔偿的，依照《治安管理处罚法》处理（实施条例第49条第二款）。',
      'Obtaining compensation by faking evidence, swapping the returned goods (掉包) or making up facts is dealt with under the Public Security Administration Punishments Law (Implementing Regulation Art 49 ¶2).',
    ),
    tx(
      '消费者不得滥用无理由退货权利（实施条例第19条）。',
      'Consumers may not abuse the no-reason return right (Implementing Regulation Art 19).',
    ),
  ],
  sources: policeSources,
  confidence: { level: 'official' },
};

const twSources: RuleSource[] = [
  {
    id: 'tw-cpa',
    citation: '消費者保護法 第19條（通訊交易 7 日猶豫期）— 全國法規資料庫',
    checked: NOTES,
    url: 'https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=J0170001',
  },
  { id: 'tw-1950', citation: '行政院消費者保護處 1950 消費者服務專線 (public information, secondary)', checked: NOTES },
];

const taiwan: RulesEntryInput = {
  ...general,
  id: 'tw-consumer.buyer.general',
  owner: 'tw-consumer',
  market: 'TW',
  title: tx(
    '台湾消费者保护：7 日犹豫期与 1950 专线',
    'Taiwan consumer protection: 7-day cooling-off and the 1950 line',
    '台灣消費者保護：7 日猶豫期與 1950 專線',
  ),
  steps: [
    {
      id: 'withdraw',
      title: tx(
        '7 日内退回商品或书面通知解除',
        'Return the goods or cancel in writing within 7 days',
        '7 日內退回商品或書面通知解除',
      ),
      where: tx(
        '书面通知卖家，或直接把商品退回',
        'Tell the seller in writing, or send the goods back',
        '書面通知賣家，或直接把商品退回',
      ),
      evidence: needs('order-data'),
      deadlines: [
        published(
          7,
          'calendar-days',
          'delivered',
          'you',
          tx(
            '网购（通讯交易）收货后 7 日内可以退回或解除契约，无须说明理由（消费者保护法第19条）',
            'For online (distance) purchases you may return the goods or cancel within 7 days of receipt without a reason (Consumer Protection Act Art 19)',
            '網購（通訊交易）收貨後 7 日內可以退回或解除契約，無須說明理由（消費者保護法第19條）',
          ),
          {
            sources: ['tw-cpa'],
          },
        ),
      ],
      writtenComplaint: true,
    },
    {
      id: 'call-1950',
      title: tx(
        '拨打 1950 消费者服务专线申诉',
        'Complain through the 1950 consumer line',
        '撥打 1950 消費者服務專線申訴',
      ),
      where: tx(
        '拨打 1950，或到行政院消费者保护处网站线上申诉',
        'Call 1950, or file online on the Consumer Protection Committee site',
        '撥打 1950，或到行政院消費者保護處網站線上申訴',
      ),
      evidence: needs('order-data', 'chat', 'payment-proof?'),
      deadlines: [
        nonePublished(tx('资料没有给出申诉期限。', 'The notes give no time limit.', '資料沒有給出申訴期限。'), [
          'tw-1950',
        ]),
      ],
      writtenComplaint: true,
    },
  ],
  sources: twSources,
  confidence: { level: 'official' },
};

export const regulatorRules: RulesEntryInput[] = [
  cn12315,
  econsumer,
  uk,
  eu,
  cfpb,
  consumerAssociation,
  policeBuyer,
  policeSeller,
  taiwan,
];
