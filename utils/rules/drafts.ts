import type { Money, Order } from '../schemas/order';
import type { CaseDates, EvidenceKind } from '../schemas/records';
import type { CaseDateKey, StepsDone } from './deadlines';
import type { EvidenceItem } from './evidence-check';
import type { Scenario } from './ids';
import { localize, ownerNames } from './owners';
import { scenarioDemands, scenarioLabels } from './scenarios';
import type { LocalizedText, RuleStep, RulesEntry } from './schema';

export type DraftLanguage = 'zh-CN' | 'en';

export type DraftOrder = Partial<Pick<Order, 'orderId' | 'placedAt' | 'items' | 'seller' | 'amounts'>>;

export interface DraftInput {
  lang: DraftLanguage;
  rules: RulesEntry;
  stepId: string;
  order: DraftOrder;
  /** What went wrong, when the entry is a general one (payment channel, regulator). */
  scenario?: Scenario;
  caseDates?: CaseDates;
  stepsDone?: StepsDone;
  /** Extra timeline lines, e.g. "seller promised a refund". */
  events?: readonly { date: string; text: string }[];
  evidence?: readonly (EvidenceItem & { capturedAt?: string })[];
  /** The user's own words on what happened, one or two sentences. */
  summary?: string;
  /** A date to ask for a reply by (YYYY-MM-DD). */
  replyBy?: string;
}

export interface Draft {
  subject: string;
  /** Plain text, ready to paste. */
  body: string;
}

const dateLabels: Record<CaseDateKey, LocalizedText> = {
  ordered: { zh: '下单', en: 'Order placed' },
  shipped: { zh: '发货', en: 'Shipped' },
  estimatedDelivery: { zh: '预计送达', en: 'Estimated delivery' },
  delivered: { zh: '签收/送达', en: 'Delivered' },
  receiptConfirmed: { zh: '确认收货', en: 'Receipt confirmed' },
  requestOpened: { zh: '提出申请', en: 'Request opened' },
  otherSideReplied: { zh: '对方答复', en: 'Other side replied' },
  caseClosed: { zh: '结案', en: 'Case closed' },
};

const kindLabels: Record<EvidenceKind, LocalizedText> = {
  screenshot: { zh: '截图', en: 'Screenshot' },
  'full-page-screenshot': { zh: '整页截图', en: 'Full-page screenshot' },
  'page-snapshot': { zh: '网页存档', en: 'Page snapshot' },
  'order-data': { zh: '订单数据', en: 'Order data' },
  'chat-transcript': { zh: '聊天记录', en: 'Chat transcript' },
  'uploaded-file': { zh: '文件', en: 'File' },
  note: { zh: '备注', en: 'Note' },
};

const counterfeitLaw: LocalizedText = {
  zh: '如经查实为假货，请依据《消费者权益保护法》第五十五条，按商品价款的三倍赔偿（不足 500 元的按 500 元）。',
  en: 'If the goods are found to be counterfeit, I ask for compensation of three times the price (at least ¥500) under Article 55 of the Consumer Protection Law.',
};

function money(m: Money | undefined, lang: DraftLanguage): string | undefined {
  if (!m) return undefined;
  try {
    return new Intl.NumberFormat(lang, { style: 'currency', currency: m.currency }).format(m.amount);
  } catch {
    return `${m.currency} ${m.amount}`;
  }
}

/** Only the day: times and offsets in a letter invite arguments about zones. */
const day = (value: string): string => value.slice(0, 10);

function timeline(input: DraftInput): { date: string; text: string }[] {
  const { lang } = input;
  const lines: { date: string; text: string }[] = [];
  for (const [key, value] of Object.entries(input.caseDates ?? {}) as [CaseDateKey, string | undefined][]) {
    if (value) lines.push({ date: value, text: localize(dateLabels[key], lang) });
  }
  for (const step of input.rules.steps) {
    const done = input.stepsDone?.[step.id];
    if (done)
      lines.push({ date: done, text: `${localize(step.title, lang)}${lang === 'en' ? ' (done)' : '（已完成）'}` });
  }
  lines.push(...(input.events ?? []));
  return lines.sort((a, b) => a.date.localeCompare(b.date)).map((l) => ({ date: day(l.date), text: l.text }));
}

function findStep(rules: RulesEntry, stepId: string): RuleStep {
  const step = rules.steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`Rules entry "${rules.id}" has no step "${stepId}"`);
  if (!step.writtenComplaint) throw new Error(`Step "${stepId}" of "${rules.id}" does not need a written complaint`);
  return step;
}

export function stepsNeedingDraft(rules: RulesEntry): RuleStep[] {
  return rules.steps.filter((s) => s.writtenComplaint);
}

/** A calm, factual complaint for a step that needs one, filled from the case. Plain text. */
export function draftComplaint(input: DraftInput): Draft {
  findStep(input.rules, input.stepId);
  const { lang, rules, order } = input;
  const en = lang === 'en';
  const scenario = input.scenario ?? rules.scenario;
  const platform = localize(ownerNames[rules.owner], lang);
  const label = localize(scenarioLabels[scenario], lang);
  const orderId = order.orderId ?? (en ? '(order number not recorded)' : '（未记录订单号）');
  const none = en ? '(not recorded)' : '（未记录）';

  const colon = en ? ': ' : '：';
  const items = (order.items ?? []).map((it) => {
    const name = [it.title ?? (en ? 'item' : '商品'), it.quantity ? `× ${it.quantity}` : ''].filter(Boolean).join(' ');
    const price = money(it.unitPrice, lang);
    return `  - ${name}${price ? `${en ? ', ' : '，'}${price}` : ''}`;
  });
  const placed = order.placedAt ?? input.caseDates?.ordered;
  const facts = [
    `- ${en ? 'Platform' : '平台'}${colon}${platform}`,
    `- ${en ? 'Order number' : '订单号'}${colon}${orderId}`,
    `- ${en ? 'Order date' : '下单日期'}${colon}${placed ? day(placed) : none}`,
    ...(order.seller ? [`- ${en ? 'Seller' : '卖家'}${colon}${order.seller}`] : []),
    `- ${en ? 'Items' : '商品'}${items.length ? (en ? ':' : '：') : `${colon}${none}`}`,
    ...items,
    `- ${en ? 'Total' : '实付金额'}${colon}${money(order.amounts?.total, lang) ?? none}`,
  ];

  const events = timeline(input).map((l) => `- ${l.date}${colon}${l.text}`);
  const evidence = (input.evidence ?? []).map((e, i) => {
    const captured = e.capturedAt ? (en ? ` (captured ${day(e.capturedAt)})` : `（${day(e.capturedAt)} 保存）`) : '';
    return `${i + 1}. ${localize(kindLabels[e.kind], lang)}${colon}${e.title}${captured}`;
  });

  const demand = [localize(scenarioDemands[scenario], lang)];
  if (scenario === 'counterfeit' && rules.market === 'CN') demand.push(localize(counterfeitLaw, lang));
  if (input.replyBy) demand.push(en ? `Please reply by ${input.replyBy}.` : `请在 ${input.replyBy} 前答复。`);
  else demand.push(en ? 'Please let me know how you will resolve this.' : '请告知处理方案。');

  const mine = rules.role === 'buyer';
  const intro = en
    ? `I am writing about ${mine ? 'my order' : 'order'} ${orderId} on ${platform} (${label.toLowerCase()}).`
    : `我就${platform}订单 ${orderId}（${label}）与您联系。`;

  const body = [
    en ? 'Hello,' : '您好：',
    '',
    intro,
    ...(input.summary ? [input.summary.trim()] : []),
    '',
    en ? 'Order details' : '订单信息',
    ...facts,
    '',
    en ? 'Timeline' : '经过',
    ...(events.length ? events : [`- ${none}`]),
    '',
    en ? 'Evidence' : '证据',
    ...(evidence.length ? evidence : [en ? 'Evidence is available on request.' : '如需证据，我可以提供。']),
    '',
    en ? 'What I am asking for' : '我的诉求',
    ...demand,
    '',
    en ? 'Thank you.' : '谢谢。',
  ].join('\n');

  const subject = en ? `Order ${orderId}: ${label} (${platform})` : `订单 ${orderId}：${label}（${platform}）`;
  return { subject, body };
}
