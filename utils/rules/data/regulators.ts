import type { RuleSource, RulesEntryInput } from '../schema';
import { cnLaw, cnLawNotes, cnLawSources } from './common';
import { CHECKED, needs, nonePublished, published, tx } from './helpers';

const general = { role: 'buyer', scenario: 'general', ownerKind: 'regulator', checked: CHECKED } as const;

const samr: RuleSource = {
  id: 'samr-121',
  citation: '《市场监督管理投诉举报处理办法》 (SAMR Order No. 121), samr.gov.cn/…/art/2026/art_e4d03a20c0fd49769e408c7bf3791ff5.html (cited in several public repos)',
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
      where: tx('全国 12315 平台（网站、App 或小程序），或拨打 12315', 'The national 12315 platform (website, app or mini-program), or call 12315'),
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
      title: tx('等待受理', 'Wait for the complaint to be handled'),
      where: tx('全国 12315 平台 → 我的投诉', 'The 12315 platform → My complaints'),
      url: 'https://www.12315.cn',
      deadlines: [
        published(7, 'working-days', 'step-done', 'platform', tx('行政部门收到投诉后 7 个工作日内处理（消保法第46条）', 'The department must handle the complaint within 7 working days of receiving it (Consumer Protection Law Art 46)'), {
          sources: ['cn-cpl'],
          fromStep: 'file-complaint',
        }),
      ],
    },
  ],
  notes: [
    ...cnLawNotes,
    tx('新办法要求投诉和举报分开处理。', 'The new rules require complaints (投诉) and reports (举报) to be handled separately.'),
  ],
  sources: [...cnLawSources, samr],
  confidence: {
    level: 'official',
    note: tx('法律条文为官方文本；新办法的具体天数未取得。', 'The law is official text; the day counts in the new SAMR rules were not retrieved.'),
  },
};

const econsumer: RulesEntryInput = {
  ...general,
  id: 'econsumer-gov.buyer.general',
  owner: 'econsumer-gov',
  title: tx('econsumer.gov 跨境举报', 'econsumer.gov cross-border report'),
  steps: [
    {
      id: 'report',
      title: tx('提交举报', 'File a report'),
      where: tx('econsumer.gov → 提交投诉', 'econsumer.gov → File a complaint'),
      url: 'https://www.econsumer.gov/en/Home/About',
      evidence: needs('order-data', 'payment-proof?', 'chat?'),
      deadlines: [nonePublished(tx('没有期限：这是举报，不处理个案。', 'No deadline: this is a report, not a case that gets resolved.'), ['econsumer'])],
      writtenComplaint: true,
    },
  ],
  notes: [
    tx('不处理个人案件，也不会帮你拿回钱；数据通过 FTC 的 Consumer Sentinel 与各国机构共享。', "It does not resolve individual cases or get your money back; reports are shared with agencies through the FTC's Consumer Sentinel."),
    tx('提供 9 种语言，没有中文。', 'Available in 9 languages, none of them Chinese.'),
    tx('美国 ReportFraud.ftc.gov 也只收举报，不处理个人退款。', 'In the US, ReportFraud.ftc.gov is also for reporting only; it gets no individual refund.'),
  ],
  sources: [{ id: 'econsumer', citation: 'econsumer.gov/en/Home/About', url: 'https://www.econsumer.gov/en/Home/About' }],
  confidence: { level: 'official' },
};

const ukSources: RuleSource[] = [{ id: 'uk-notes', citation: 'Consumer Contracts Regulations; DMCC Act ADR rules (repo legal notes, secondary)' }];

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
        published(14, 'calendar-days', 'delivered', 'you', tx('收货后 14 天内可以取消', 'You have 14 days from receipt to cancel'), { sources: ['uk-notes'] }),
      ],
      writtenComplaint: true,
    },
    {
      id: 'refund',
      title: tx('等待退款', 'Wait for the refund'),
      where: tx('卖家', 'The seller'),
      deadlines: [
        published(14, 'calendar-days', 'step-done', 'other-side', tx('卖家须在 14 天内退款（这里从你通知取消起算）', 'The seller must refund within 14 days (counted here from your cancellation)'), {
          sources: ['uk-notes'],
          fromStep: 'cancel',
        }),
      ],
    },
  ],
  notes: [
    tx('新的替代性争议解决（ADR）规则自 2026-04-06 起适用，2015 年的 ADR 条例被废止。', 'New Alternative Dispute Resolution rules under the DMCC Act apply from 2026-04-06; the 2015 ADR regulations are revoked.'),
  ],
  sources: ukSources,
  confidence: { level: 'secondary', note: tx('来自代码仓库中的法律笔记。', 'From legal notes in public repositories.') },
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
      where: tx('卖家网站上的“撤回合同”按钮（2026-06-19 起订立的合同）或书面通知', 'The "withdraw from contract" button on the seller\'s site (contracts from 2026-06-19), or a written notice'),
      evidence: needs('order-data'),
      deadlines: [
        published(14, 'calendar-days', 'delivered', 'you', tx('14 天撤回期（这里从收货起算）', '14-day withdrawal period (counted here from receipt)'), { sources: ['eu-notes'] }),
      ],
      writtenComplaint: true,
    },
  ],
  notes: [
    tx('欧盟在线争议解决（ODR）平台已于 2025-03-20 停止受理、2025-07-20 关闭。', 'The EU ODR platform stopped taking complaints on 2025-03-20 and closed on 2025-07-20.'),
  ],
  sources: [
    { id: 'eu-notes', citation: 'EU withdrawal right (research notes); Directive 2023/2673 (withdrawal button)' },
    { id: 'eu-odr', citation: 'Regulation 2024/3228; twobirds.com; iubenda.com (ODR closure)' },
  ],
  confidence: { level: 'secondary', note: tx('来自研究笔记和律所文章，未取得法规原文。', 'From research notes and law-firm articles; the legal text was not retrieved.') },
};

const cfpbSrc = { sources: ['cfpb'] };

const cfpb: RulesEntryInput = {
  ...general,
  id: 'cfpb.buyer.general',
  owner: 'cfpb',
  market: 'US',
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
        published(15, 'calendar-days', 'step-done', 'other-side', tx('公司须在 15 天内答复', 'The company must respond within 15 days'), { ...cfpbSrc, fromStep: 'file' }),
        published(60, 'calendar-days', 'step-done', 'other-side', tx('大多数投诉须在 60 天内结案', 'Most complaints must be closed within 60 days'), { ...cfpbSrc, fromStep: 'file' }),
      ],
    },
    {
      id: 'feedback',
      title: tx('对答复给出反馈', 'Give feedback on the response'),
      where: tx('CFPB 投诉门户 → 该投诉', 'The CFPB complaint portal → the complaint'),
      url: 'https://www.consumerfinance.gov/complaint/',
      deadlines: [
        published(60, 'calendar-days', 'other-side-reply', 'you', tx('收到公司答复后 60 天内可以反馈', 'You have 60 days to give feedback on the response'), cfpbSrc),
      ],
      writtenComplaint: true,
    },
  ],
  sources: [{ id: 'cfpb', citation: 'consumerfinance.gov/complaint; CFPB toolkit', url: 'https://www.consumerfinance.gov/complaint/' }],
  confidence: { level: 'official' },
};

export const regulatorRules: RulesEntryInput[] = [cn12315, econsumer, uk, eu, cfpb];
