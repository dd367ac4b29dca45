import type { RuleSource, RulesEntryInput } from '../schema';
import { esc } from './common';
import { buyerEvidence, CHECKED, forScenarios, needs, published, tx, NOTES, REVIEWED } from './helpers';

const sources: RuleSource[] = [
  {
    id: 'temu-returns',
    citation: 'temu.com/return-and-refund-policy.html',
    checked: REVIEWED,
    url: 'https://www.temu.com/return-and-refund-policy.html',
    published: 'updated 2022-11-02',
  },
  {
    id: 'temu-protection',
    citation: 'temu.com/temu-purchase-protection.html',
    checked: NOTES,
    url: 'https://www.temu.com/temu-purchase-protection.html',
  },
  {
    id: 'temu-late',
    citation: 'temu.com/late-delivery-compensation-policy.html',
    checked: NOTES,
    url: 'https://www.temu.com/late-delivery-compensation-policy.html',
    published: '2023-09-15',
  },
  {
    id: 'temu-price-secondary',
    citation: 'joingerald (2026), claude3.uk (2024): Temu price adjustment (secondary, unverified)',
    checked: NOTES,
    noUrl: tx(
      '没有找到 Temu 关于价格调整的官方页面；只有两篇第三方文章，笔记没有给出其完整网址。',
      'No official Temu page on price adjustment was found; only two third-party articles, whose full addresses the notes do not give.',
      '沒有找到 Temu 關於價格調整的官方頁面；只有兩篇第三方文章，筆記沒有給出其完整網址。',
    ),
  },
];

const escalation = [esc.paypal, esc.card, esc.fcba, esc.econsumer];
const common = { owner: 'temu', ownerKind: 'platform', role: 'buyer', escalation, sources, checked: CHECKED } as const;

const RETURN_WHERE = tx(
  '你的订单 → 退货/退款（“退货/其他帮助”）→ 选择原因 → 获取退货标签',
  'Your Orders → Return/Refund ("Return/other help") → reason → label',
);

const returns = forScenarios(['not-as-described', 'damaged', 'wrong-item', 'change-of-mind'] as const, (scenario) => ({
  ...common,
  id: `temu.buyer.${scenario}`,
  scenario,
  title: tx('Temu 退货退款', 'Temu return and refund'),
  steps: [
    {
      id: 'request',
      title: tx('申请退货/退款', 'Request a return or refund'),
      where: RETURN_WHERE,
      evidence: buyerEvidence(scenario),
      deadlines: [
        published(
          90,
          'calendar-days',
          'ordered',
          'you',
          tx('购买后 90 天内退货', 'Return within 90 days of purchase'),
          { sources: ['temu-returns'] },
        ),
      ],
      writtenComplaint: scenario !== 'change-of-mind',
    },
    {
      id: 'ship-return',
      title: tx('寄回商品', 'Ship the return'),
      where: tx('使用 Temu 提供的退货标签寄出', 'Send it with the label Temu gives you'),
      evidence: needs('return-tracking'),
      deadlines: [
        published(
          14,
          'calendar-days',
          'step-done',
          'you',
          tx('提交申请后 14 天内寄出', 'Ship within 14 days of submitting the request'),
          {
            sources: ['temu-returns'],
            fromStep: 'request',
          },
        ),
      ],
    },
  ],
  notes: [tx('每个订单的第一次退货免运费。', 'The first return per order is free.')],
  confidence: { level: 'official' },
}));

const notReceived: RulesEntryInput = {
  ...common,
  id: 'temu.buyer.not-received',
  scenario: 'not-received',
  title: tx('Temu 未收到货 / 延迟送达', 'Temu: not received or late'),
  steps: [
    {
      id: 'late-credit',
      title: tx('查看延迟送达补偿', 'Check for the late-delivery credit'),
      where: tx('你的订单 → 该订单', 'Your Orders → the order'),
      evidence: needs('order-data', 'tracking'),
      deadlines: [
        published(
          48,
          'hours',
          'latest-estimated-delivery',
          'platform',
          tx(
            '最晚预计送达日后 48 小时内发放延迟补偿',
            'The late-delivery credit is issued within 48 h after the latest estimated delivery date',
          ),
          {
            sources: ['temu-late'],
          },
        ),
      ],
    },
    {
      id: 'request',
      title: tx('申请退款', 'Ask for a refund'),
      where: RETURN_WHERE,
      evidence: buyerEvidence('not-received'),
      deadlines: [
        // Temu's purchase protection covers items that did not arrive, arrived late or were lost (review B19).
        published(
          90,
          'calendar-days',
          'ordered',
          'you',
          tx(
            '未送达、延迟或丢件：购买后 90 天内申请（购买保障）',
            'Not arrived, late or lost: ask within 90 days of purchase (purchase protection)',
          ),
          {
            sources: ['temu-protection'],
          },
        ),
      ],
      writtenComplaint: true,
    },
  ],
  confidence: { level: 'official' },
};

const priceAdjustment: RulesEntryInput = {
  ...common,
  id: 'temu.buyer.listing-changed',
  scenario: 'listing-changed',
  title: tx('Temu 价格调整', 'Temu price adjustment'),
  steps: [
    {
      id: 'price-adjustment',
      title: tx('申请价格调整', 'Ask for a price adjustment'),
      where: tx('你的订单 → 价格调整', 'Your Orders → Price adjustment'),
      evidence: [
        { need: 'listing', note: tx('较低价格的截图', 'A screenshot of the lower price') },
        ...needs('order-data'),
      ],
      deadlines: [
        published(30, 'calendar-days', 'ordered', 'you', tx('购买后 30 天内申请', 'Ask within 30 days from purchase'), {
          sources: ['temu-price-secondary'],
        }),
      ],
    },
  ],
  confidence: {
    level: 'secondary',
    note: tx('只有二手来源，未经核实。', 'Secondary sources only; unverified.'),
  },
};

export const temuRules: RulesEntryInput[] = [...returns, notReceived, priceAdjustment];
