import type { BuyerScenario } from '../ids';
import type { DeadlineInput, Requires, RuleSource, RuleStepInput, RulesEntryInput } from '../schema';
import { chinaEscalation, cnLawNotes, cnLawSources, rollbackSource } from './common';
import { cnLawApplyDeadlines } from './cn-flow';
import { buyerEvidence, CHECKED, forScenarios, needs, nonePublished, published, tx, REVIEWED } from './helpers';

const sources: RuleSource[] = [
  {
    id: 'jd-rules',
    citation: '京东 交易纠纷处理总则 learn-jdm.jd.com/knowledge/rule/detail?ruleId=2392',
    checked: REVIEWED,
    url: 'https://learn-jdm.jd.com/knowledge/rule/detail?ruleId=2392',
    published: 'effective 2025-07-04',
  },
  // 2026-06-15 is this standard's date, not the 总则's (review B14a).
  {
    id: 'jd-category',
    citation: '京东 商品类问题纠纷处理标准 (category standard), learn-jdm.jd.com …818448469109903360',
    checked: REVIEWED,
    published: '施行 2026-06-15',
  },
  ...cnLawSources,
  rollbackSource,
];

const ORDERS = 'https://order.jd.com/center/list.action';
const src = { sources: ['jd-rules'] };
/** The notes cite both JD pages for the category numbers without saying which gives which. */
const cat = { sources: ['jd-category', 'jd-rules'] };

const APPAREL: Requires = { fact: 'product-category', is: ['apparel'] };

function applyDeadlines(scenario: BuyerScenario): DeadlineInput[] {
  const apparel = tx('服装、鞋、箱包、手表和珠宝', 'apparel, shoes, bags, watches and jewellery');
  const list: DeadlineInput[] = [];
  // Counterfeit confirmed by an authority has no time limit (总则 Art 7(二)): the apparel windows are not for it (B14c).
  if (scenario === 'counterfeit') {
    list.push(
      nonePublished(
        tx(
          '经权威机构认定为假货的，申请京东介入不受时间限制（总则第7条第二项）。',
          'Counterfeits confirmed by an authority have no time limit for asking JD to step in (总则 Art 7(二)).',
        ),
        ['jd-rules'],
      ),
    );
  } else if (scenario !== 'not-received' && scenario !== 'change-of-mind') {
    list.push(
      published(48, 'hours', 'delivered', 'you', tx('签收后 48 小时内反馈', 'Report within 48 h of sign-off'), {
        ...cat,
        condition: apparel,
        requires: APPAREL,
      }),
      published(
        15,
        'calendar-days',
        'delivered',
        'you',
        tx('自签收次日起 15 天内申请', 'File within 15 days, counted from the day after sign-off'),
        { ...cat, condition: apparel, requires: APPAREL },
      ),
    );
  }
  if (scenario === 'damaged') {
    list.push(
      published(
        48,
        'hours',
        'delivered',
        'you',
        tx('便携 3C 商品外观问题：签收后 48 小时内', 'Cosmetic defects on portable 3C items: within 48 h of sign-off'),
        {
          ...cat,
          condition: tx('便携 3C 商品', 'portable 3C items'),
          requires: { fact: 'product-category', is: ['portable-3c'] },
        },
      ),
      published(
        72,
        'hours',
        'delivered',
        'you',
        tx(
          '非便携 3C 商品外观问题：签收后 72 小时内',
          'Cosmetic defects on non-portable 3C items: within 72 h of sign-off',
        ),
        {
          ...cat,
          condition: tx('非便携 3C 商品', 'non-portable 3C items'),
          requires: { fact: 'product-category', is: ['large-3c'] },
        },
      ),
    );
  }
  if (list.length === 0 && scenario !== 'change-of-mind') {
    list.push(
      nonePublished(tx('资料没有给出这种情况的申请期限。', 'The notes give no limit for this case.'), ['jd-rules']),
    );
  }
  return [...list, ...cnLawApplyDeadlines(scenario)];
}

const interventionSteps = (scenario: BuyerScenario): RuleStepInput[] => [
  {
    id: 'intervene',
    title: tx('申请京东介入', 'Ask JD to step in'),
    where: tx('我的订单 → 售后详情 → 申请京东介入', 'My Orders → after-sales details → ask JD to step in'),
    url: ORDERS,
    when: tx('商家拒绝或未解决时', 'If the merchant refuses or does not resolve it'),
    evidence: needs('chat', 'photos?', 'video?'),
    deadlines: [
      published(
        24,
        'hours',
        'request-opened',
        'you',
        tx('申请后 24 小时仍未解决即可申请介入', 'You may ask JD to step in if it is unresolved 24 h after filing'),
        {
          ...src,
          type: 'waiting-period',
        },
      ),
      scenario === 'not-received'
        ? published(
            15,
            'calendar-days',
            'request-opened',
            'you',
            tx(
              '配送问题：15 个自然日内申请介入（资料未说明起算点，这里从你的申请起算）',
              'Delivery problems: ask within 15 natural days (the notes do not say what starts it; counted here from your request)',
            ),
            src,
          )
        : published(
            15,
            'calendar-days',
            'other-side-reply',
            'you',
            tx(
              '退款或售后申请被拒后 15 个自然日内申请介入',
              'Ask within 15 natural days after a refund or after-sales request is rejected',
            ),
            src,
          ),
    ],
    writtenComplaint: true,
  },
  {
    id: 'merchant-evidence',
    title: tx('等待商家处理', 'Wait for the merchant'),
    where: tx('售后详情 → 处理进度', 'After-sales details → progress'),
    url: ORDERS,
    deadlines: [
      published(
        24,
        'hours',
        'step-done',
        'other-side',
        tx(
          '京东介入后，商家须在 24 小时内协商解决或提交证据（这里从你申请介入起算）',
          'Once JD steps in, the merchant must settle or submit evidence within 24 h (counted here from your request)',
        ),
        {
          ...src,
          fromStep: 'intervene',
        },
      ),
    ],
  },
  {
    id: 'appeal',
    title: tx('对处理结果申诉', 'Appeal the decision'),
    where: tx('售后详情 → 申诉', 'After-sales details → Appeal'),
    url: ORDERS,
    deadlines: [
      published(
        7,
        'calendar-days',
        'case-closed',
        'you',
        tx('结案后 7 个自然日内双方都可申诉', 'Either side may appeal within 7 natural days after the case closes'),
        src,
      ),
      published(
        24,
        'hours',
        'case-closed',
        'other-side',
        tx('商家须在 24 小时内执行裁决', 'The merchant must carry out a ruling within 24 h'),
        src,
      ),
    ],
  },
];

const buyer = forScenarios(
  ['not-received', 'not-as-described', 'damaged', 'wrong-item', 'counterfeit', 'change-of-mind'] as const,
  (scenario) => {
    const apply: RuleStepInput = {
      id: 'apply',
      title: tx('申请售后', 'Apply for after-sales'),
      where: tx('我的订单 → 该订单 → 申请售后', 'My Orders → the order → Apply for after-sales'),
      url: ORDERS,
      evidence: [
        ...buyerEvidence(scenario),
        ...(scenario === 'not-as-described' || scenario === 'counterfeit'
          ? [
              {
                need: 'inspection-report' as const,
                optional: true,
                note: tx('隐蔽瑕疵需要 CMA/CNAS 检测报告', 'Invisible defects need a CMA/CNAS test report'),
              },
            ]
          : []),
      ].filter((e, i, all) => all.findIndex((x) => x.need === e.need) === i),
      deadlines: applyDeadlines(scenario),
      writtenComplaint: scenario !== 'change-of-mind',
    };
    return {
      id: `jd.buyer.${scenario}`,
      owner: 'jd',
      ownerKind: 'platform',
      role: 'buyer',
      scenario,
      market: 'CN',
      title: tx('京东售后与纠纷（第三方商家）', 'JD after-sales and disputes (POP sellers)'),
      steps: [apply, ...interventionSteps(scenario)],
      escalation: chinaEscalation,
      notes: [
        tx('证据：清晰的照片或视频。', 'Evidence: clear photos or video.'),
        tx(
          '商家补充证据须在 4 小时内（09:00–18:00 之间计时）。',
          'The merchant must add evidence within 4 h (counted between 09:00 and 18:00).',
        ),
        // Category options, not filing deadlines, and they differ by category (e.g. shoes and bags §27): shown as a note (B14b).
        tx(
          '京东品类标准对部分品类（例如鞋靴箱包）规定：质量问题 7 天内可退货、换货或维修，15 天内可换货或维修。各品类不同，请看商品页的售后说明。',
          "JD's category standard gives some categories (e.g. shoes and bags) return, exchange or repair for quality defects within 7 days, and exchange or repair within 15 days. Categories differ: check the after-sales terms on the listing.",
        ),
        ...cnLawNotes,
      ],
      sources,
      checked: CHECKED,
      confidence: {
        level: 'official',
        note: tx(
          '交易纠纷处理总则 2025-07-04 生效；商品类问题纠纷处理标准 2026-06-15 施行。',
          'The dispute rules took effect 2025-07-04; the category standard on 2026-06-15.',
        ),
      },
    };
  },
);

const seller: RulesEntryInput = {
  id: 'jd.seller.claim-response',
  owner: 'jd',
  ownerKind: 'platform',
  role: 'seller',
  scenario: 'claim-response',
  market: 'CN',
  title: tx('处理京东介入的纠纷', 'Handle a dispute JD stepped into'),
  steps: [
    {
      id: 'respond',
      title: tx('协商解决或提交证据', 'Settle or submit evidence'),
      where: tx('商家后台 → 售后 → 纠纷单', 'Merchant back office → After-sales → disputes'),
      evidence: [
        {
          need: 'packing-video',
          note: tx('能看到快递单号的打包照片或视频', 'Packing photos or video showing the tracking number'),
        },
        ...needs('shipping-proof', 'tracking', 'chat'),
      ],
      deadlines: [
        published(
          24,
          'hours',
          'request-opened',
          'you',
          tx(
            '京东介入后 24 小时内协商解决或提交证据（“请求日期”填介入日期）',
            'Settle or submit evidence within 24 h of JD stepping in (enter the intervention date as the request date)',
          ),
          src,
        ),
      ],
      writtenComplaint: true,
    },
    {
      id: 'carry-out',
      title: tx('执行裁决或申诉', 'Carry out the ruling or appeal'),
      where: tx('商家后台 → 售后 → 纠纷单', 'Merchant back office → After-sales → disputes'),
      deadlines: [
        published(24, 'hours', 'case-closed', 'you', tx('裁决后 24 小时内执行', 'Carry out a ruling within 24 h'), src),
        published(
          7,
          'calendar-days',
          'case-closed',
          'you',
          tx('结案后 7 个自然日内可以申诉', 'You may appeal within 7 natural days after the case closes'),
          src,
        ),
      ],
      writtenComplaint: true,
    },
  ],
  notes: [
    tx(
      '补充证据须在 4 小时内（09:00–18:00 之间计时）。',
      'Additional evidence is due within 4 h (counted between 09:00 and 18:00).',
    ),
  ],
  sources,
  checked: CHECKED,
  confidence: {
    level: 'official',
    note: tx(
      '交易纠纷处理总则 2025-07-04 生效；商品类问题纠纷处理标准 2026-06-15 施行。',
      'The dispute rules took effect 2025-07-04; the category standard on 2026-06-15.',
    ),
  },
};

export const jdRules: RulesEntryInput[] = [...buyer, seller];
