import { ruleById } from '../rules';
import { computeDeadlines, type CaseDateKey } from '../rules/deadlines';
import { localize } from '../rules/owners';
import type { Case } from '../schemas/records';
import type { ReportInput } from './report-html';
import { applyCorrections } from '../order-corrections';

const WORDS = {
  en: { heading: 'Dispute steps and deadlines', done: 'done', none: 'no published deadline', needs: 'needs the date', earlierStep: 'when an earlier step was done', checked: 'Rules checked', note: 'Platforms change their rules: check the live page.' },
  zh: { heading: '维权步骤与期限', done: '已完成', none: '无公开期限', needs: '需要填写日期', earlierStep: '前一步骤的完成日期', checked: '规则核对日期', note: '平台规则经常变动，请以平台页面为准。' },
} as const;

const DATE_NAMES: Record<'en' | 'zh', Record<CaseDateKey, string>> = {
  en: { ordered: 'Ordered', shipped: 'Shipped', estimatedDelivery: 'Latest estimated delivery', delivered: 'Delivered', receiptConfirmed: 'Receipt confirmed', requestOpened: 'Request opened', otherSideReplied: 'Other side replied', caseClosed: 'Case closed' },
  zh: { ordered: '下单', shipped: '发货', estimatedDelivery: '最晚预计送达', delivered: '签收', receiptConfirmed: '确认收货', requestOpened: '发起申请', otherSideReplied: '对方回复', caseClosed: '纠纷关闭' },
};

export interface ReportGuidance {
  heading: string;
  title: string;
  /** Each step in both languages, so the report reads the same to the platform and to the user. */
  steps: { zh: string; en: string; done?: string; deadlines: string[] }[];
  footer: string;
}

/** The case's dispute steps with their deadlines as of now, for the report; undefined without guidance. */
export function reportGuidance(c: Case, lang: 'en' | 'zh', timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'): ReportGuidance | undefined {
  const rules = c.guidance ? ruleById(c.guidance.rulesId) : undefined;
  if (!c.guidance || !rules) return undefined;
  const w = WORDS[lang];
  const textLang = lang === 'zh' ? 'zh-CN' : 'en';
  const done = c.guidance.stepsDone;
  const deadlines = computeDeadlines(rules, c.dates, done, { timeZone });
  return {
    heading: w.heading,
    title: localize(rules.title, textLang),
    steps: rules.steps.map((step) => ({
      zh: step.title.zh,
      en: step.title.en,
      ...(done[step.id] ? { done: `${w.done} ${done[step.id]}` } : {}),
      deadlines: deadlines
        .filter((d) => d.stepId === step.id)
        .map((d) => {
          const meaning = localize(d.meaning, textLang);
          if (d.status === 'known') return `${d.dueLocal} (${timeZone}) · ${meaning}`;
          if (d.status === 'none-published') return `${w.none} · ${meaning}`;
          // The date's name, never an internal step or field id.
          const what = d.missingDate ? DATE_NAMES[lang][d.missingDate] : w.earlierStep;
          return `${w.needs}${lang === 'zh' ? '：' : ': '}${what} · ${meaning}`;
        }),
    })),
    footer: `${w.checked} ${rules.checked}. ${w.note}`,
  };
}

/** The order the report shows: the first kept order item, with the user's corrections applied. */
export function reportOrder(input: Pick<ReportInput, 'evidence'>) {
  const item = input.evidence.find((x) => x.item.order && !x.item.deletedAt)?.item;
  return item?.order ? applyCorrections(item.order, item.corrections) : undefined;
}
