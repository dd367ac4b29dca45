import { ruleById } from '../rules';
import { computeDeadlines, type CaseDateKey } from '../rules/deadlines';
import { localize } from '../rules/owners';
import { caseContext } from '../rules/case-context';
import { marketName } from '../rules/markets';
import { oldestCheck } from '../rules/sources';
import type { Case } from '../schemas/records';
import { reportTextLanguage, type ReportInput, type ReportLang } from './report-input';
import { applyCorrections } from '../order-corrections';

const WORDS = {
  en: {
    heading: 'Dispute steps and deadlines',
    done: 'done',
    none: 'no published deadline',
    needs: 'needs the date',
    earlierStep: 'when an earlier step was done',
    checked: 'Oldest source check',
    calendar: (y: number) => `due date unknown: China's official working-day calendar for ${y} is not known yet`,
    sourceChecked: 'checked',
    note: 'Platforms change their rules: check the live page.',
    market: 'Rules for',
    anyMarket: 'market not given',
    onlyIf: 'only if',
    notAnswered: 'not answered',
    onlyFor: 'only for',
    source: 'source',
  },
  zh: {
    heading: '维权步骤与期限',
    done: '已完成',
    none: '无公开期限',
    needs: '需要填写日期',
    earlierStep: '前一步骤的完成日期',
    checked: '来源最早核对日期',
    calendar: (y: number) => `截止日期未知：尚无 ${y} 年官方工作日安排`,
    sourceChecked: '核对于',
    note: '平台规则经常变动，请以平台页面为准。',
    market: '适用地区',
    anyMarket: '未填写地区',
    onlyIf: '仅在以下情况适用',
    notAnswered: '尚未确认',
    onlyFor: '仅适用于',
    source: '来源',
  },
  'zh-TW': {
    heading: '維權步驟與期限',
    done: '已完成',
    none: '無公開期限',
    needs: '需要填寫日期',
    earlierStep: '前一步驟的完成日期',
    checked: '來源最早核對日期',
    calendar: (y: number) => `截止日期未知：尚無 ${y} 年官方工作日安排`,
    sourceChecked: '核對於',
    note: '平台規則經常變動，請以平台頁面為準。',
    market: '適用地區',
    anyMarket: '未填寫地區',
    onlyIf: '僅在以下情況適用',
    notAnswered: '尚未確認',
    onlyFor: '僅適用於',
    source: '來源',
  },
} as const;

const DATE_NAMES: Record<ReportLang, Record<CaseDateKey, string>> = {
  en: {
    ordered: 'Ordered',
    shipped: 'Shipped',
    estimatedDelivery: 'Latest estimated delivery',
    delivered: 'Delivered',
    receiptConfirmed: 'Receipt confirmed',
    requestOpened: 'Request opened',
    otherSideReplied: 'Other side replied',
    caseClosed: 'Case closed',
  },
  zh: {
    ordered: '下单',
    shipped: '发货',
    estimatedDelivery: '最晚预计送达',
    delivered: '签收',
    receiptConfirmed: '确认收货',
    requestOpened: '发起申请',
    otherSideReplied: '对方回复',
    caseClosed: '纠纷关闭',
  },
  'zh-TW': {
    ordered: '下單',
    shipped: '出貨',
    estimatedDelivery: '最晚預計送達',
    delivered: '簽收',
    receiptConfirmed: '確認收貨',
    requestOpened: '提出申請',
    otherSideReplied: '對方回覆',
    caseClosed: '糾紛結案',
  },
};

export interface ReportGuidance {
  heading: string;
  title: string;
  /** Each step in both languages, so the report reads the same to the platform and to the user. */
  steps: { zh: string; en: string; done?: string; deadlines: string[] }[];
  footer: string;
}

/** The case's dispute steps with their deadlines as of now, for the report; undefined without guidance. */
export function reportGuidance(
  c: Case,
  lang: ReportLang,
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
): ReportGuidance | undefined {
  const rules = c.guidance ? ruleById(c.guidance.rulesId) : undefined;
  if (!c.guidance || !rules) return undefined;
  const w = WORDS[lang];
  const textLang = reportTextLanguage(lang);
  const colon = lang === 'en' ? ': ' : '：';
  const done = c.guidance.stepsDone;
  // Only numbers that may be this case's; ones waiting for a market or an answer say so rather than pass as certain.
  const deadlines = computeDeadlines(rules, c.dates, done, { timeZone, ...caseContext(c) });
  const market = c.market ? marketName(c.market, textLang) : w.anyMarket;
  return {
    heading: w.heading,
    title:
      lang === 'en'
        ? `${localize(rules.title, textLang)} (${w.market}: ${market})`
        : `${localize(rules.title, textLang)}（${w.market}：${market}）`,
    steps: rules.steps.map((step) => ({
      zh: localize(step.title, lang === 'zh-TW' ? 'zh-TW' : 'zh-CN'),
      en: step.title.en,
      ...(done[step.id] ? { done: `${w.done} ${done[step.id]}` } : {}),
      deadlines: deadlines
        .filter((d) => d.stepId === step.id)
        .map((d) => {
          const meaning = localize(d.meaning, textLang);
          const source = d.sources.find((s) => s.url) ?? d.sources[0];
          const tail = [
            d.applies === 'needs-market' && d.markets
              ? `${w.onlyFor} ${d.markets.map((m) => marketName(m, textLang)).join(', ')}`
              : '',
            d.condition
              ? `${w.onlyIf}${colon}${localize(d.condition, textLang)}${d.applies === 'needs-fact' ? ` (${w.notAnswered})` : ''}`
              : '',
            source
              ? `${w.source}${colon}${source.url ?? source.citation} (${w.sourceChecked} ${source.checked.on})`
              : '',
          ].filter(Boolean);
          const suffix = tail.length ? ` · ${tail.join(' · ')}` : '';
          if (d.status === 'known') return `${d.dueLocal} (${timeZone}) · ${meaning}${suffix}`;
          if (d.status === 'none-published') return `${w.none} · ${meaning}${suffix}`;
          if (d.status === 'beyond-calendar') return `${w.calendar(d.calendarYear ?? 0)} · ${meaning}${suffix}`;
          // The date's name, never an internal step or field id.
          const what = d.missingDate ? DATE_NAMES[lang][d.missingDate] : w.earlierStep;
          return `${w.needs}${colon}${what} · ${meaning}${suffix}`;
        }),
    })),
    footer: `${w.checked} ${oldestCheck(rules)}. ${w.note}`,
  };
}

/** The order the report shows: the first kept order item, with the user's corrections applied. */
export function reportOrder(input: Pick<ReportInput, 'evidence'>) {
  const item = input.evidence.find((x) => x.item.order && !x.item.deletedAt)?.item;
  return item?.order ? applyCorrections(item.order, item.corrections) : undefined;
}
