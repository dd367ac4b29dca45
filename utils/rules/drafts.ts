import type { Money, Order } from '../schemas/order';
import type { CaseDates } from '../schemas/records';
import type { CaseDateKey, StepsDone } from './deadlines';
import {
  buyerToIntermediaryDemand,
  buyerToSellerDemand,
  cancellationLaw,
  counterfeitLaw,
  dateLabels,
  kindLabels,
  sellerResponseDemand,
  sellerToBuyer,
} from './draft-texts';
import type { EvidenceItem } from './evidence-check';
import type { OwnerId, Scenario } from './ids';
import { localize, ownerNames, type TextLanguage } from './owners';
import { scenarioLabels } from './scenarios';
import { asMarkets, type LocalizedText, type RuleStep, type RulesEntry } from './schema';

/** A draft is written in its recipient's language, which the user picks; independent of the UI's. */
export type DraftLanguage = TextLanguage;
export const DRAFT_LANGUAGES: readonly DraftLanguage[] = ['en', 'zh-CN', 'zh-TW'];

export type DraftOrder = Partial<Pick<Order, 'orderId' | 'placedAt' | 'items' | 'seller' | 'amounts'>>;

export interface DraftInput {
  lang: DraftLanguage;
  rules: RulesEntry;
  stepId: string;
  order: DraftOrder;
  /** What went wrong, when the entry is a general one (payment channel, regulator). */
  scenario?: Scenario;
  /** Where the order was placed, for a general entry: a marketplace's name or the shop's web address. */
  marketplace?: string;
  /** The shop's web address (host), to name the respondent of a complaint. */
  site?: string;
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

/** To whom a step's text goes. */
export type Recipient = 'other-side' | 'platform' | 'payment-channel' | 'regulator';
/**
 * What it is: a message to the other party, a complaint to a platform or payment channel, a
 * seller's response to a platform, a consumer's cancellation notice, or a complaint to a consumer body
 * (which names the respondent, the request and the facts: 消费者权益保护法实施条例 Art 46 ¶1).
 */
export type DraftForm = 'message' | 'complaint' | 'response' | 'cancellation' | 'regulator-complaint';

/** Steps whose text goes to the other party of the order, not to the platform. */
const TO_OTHER_SIDE = new Set(['contact-seller', 'help-request', 'answer-buyer']);
/** Consumer-law steps that are the consumer's own notice to the trader. */
const CANCELLATION = new Set(['cancel', 'withdraw']);

export function draftPlan(rules: RulesEntry, stepId: string): { to: Recipient; form: DraftForm } {
  if (rules.ownerKind === 'regulator')
    return CANCELLATION.has(stepId) && cancellationLaw[rules.owner]
      ? { to: 'other-side', form: 'cancellation' }
      : { to: 'regulator', form: 'regulator-complaint' };
  if (rules.ownerKind === 'payment-channel')
    return { to: 'payment-channel', form: rules.role === 'seller' ? 'response' : 'complaint' };
  if (TO_OTHER_SIDE.has(stepId)) return { to: 'other-side', form: 'message' };
  return { to: 'platform', form: rules.role === 'seller' ? 'response' : 'complaint' };
}

/** Platforms, channels and bodies that work in Chinese. */
const CHINESE_OWNERS = new Set<OwnerId>([
  'taobao',
  'jd',
  'pinduoduo',
  'douyin',
  '1688',
  'wechat-shop',
  'alipay',
  'wechat-pay',
  'unionpay',
  'cn-12315',
  'cn-consumer-association',
  'cn-police',
]);

function languageOfMarket(market: string | undefined): DraftLanguage | undefined {
  if (market === 'CN') return 'zh-CN';
  if (market === 'TW' || market === 'HK' || market === 'MO') return 'zh-TW';
  return undefined;
}

/**
 * The language a step's text is best written in for its recipient: the recipient body's own, else
 * the market's (a Shopee Taiwan seller reads Traditional Chinese), else English. Never the UI's: a
 * Chinese-speaking Amazon US seller still answers Amazon in English. The user may pick another.
 */
export function draftLanguageFor(rules: RulesEntry, stepId: string, caseMarket?: string): DraftLanguage {
  const { to } = draftPlan(rules, stepId);
  if (to !== 'other-side' && CHINESE_OWNERS.has(rules.owner)) return 'zh-CN';
  if (rules.owner === 'tw-consumer') return 'zh-TW';
  const own = asMarkets(rules.market);
  const market = own.length === 1 ? own[0] : caseMarket;
  return languageOfMarket(market) ?? (CHINESE_OWNERS.has(rules.owner) ? 'zh-CN' : 'en');
}

const T = (lang: DraftLanguage, zh: string, en: string, zhTW: string): string =>
  lang === 'en' ? en : lang === 'zh-TW' ? zhTW : zh;
const loc = (text: LocalizedText, lang: DraftLanguage) => localize(text, lang);

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
    if (value) lines.push({ date: value, text: loc(dateLabels[key], lang) });
  }
  for (const step of input.rules.steps) {
    const done = input.stepsDone?.[step.id];
    if (done)
      lines.push({ date: done, text: `${loc(step.title, lang)}${T(lang, '（已完成）', ' (done)', '（已完成）')}` });
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

/** A calm, factual text for a step that needs one, written to its recipient and filled from the case. Plain text. */
export function draftComplaint(input: DraftInput): Draft {
  findStep(input.rules, input.stepId);
  const { lang, rules, order } = input;
  const plan = draftPlan(rules, input.stepId);
  const general = rules.ownerKind !== 'platform';
  const scenario = input.scenario ?? rules.scenario;
  const colon = T(lang, '：', ': ', '：');
  const none = T(lang, '（未记录）', '(not recorded)', '（未記錄）');
  // A regulator or payment channel is never "the platform": the order's own marketplace is, when known.
  const where = general ? input.marketplace : loc(ownerNames[rules.owner], lang);
  const orderId = order.orderId ?? T(lang, '（未记录订单号）', '(order number not recorded)', '（未記錄訂單號）');
  const label = scenario === 'general' ? undefined : loc(scenarioLabels[scenario], lang);

  const items = (order.items ?? []).map((it) => {
    const name = [it.title ?? T(lang, '商品', 'item', '商品'), it.quantity ? `× ${it.quantity}` : '']
      .filter(Boolean)
      .join(' ');
    const price = money(it.unitPrice, lang);
    return `  - ${name}${price ? `${T(lang, '，', ', ', '，')}${price}` : ''}`;
  });
  const placed = order.placedAt ?? input.caseDates?.ordered;
  const respondent = [order.seller, input.site].filter(Boolean).join(T(lang, '，网址 ', ', web address ', '，網址 '));
  const facts = [
    ...(where ? [`- ${T(lang, '平台', 'Platform', '平台')}${colon}${where}`] : []),
    `- ${T(lang, '订单号', 'Order number', '訂單編號')}${colon}${orderId}`,
    `- ${T(lang, '下单日期', 'Order date', '下單日期')}${colon}${placed ? day(placed) : none}`,
    ...(order.seller && plan.form !== 'regulator-complaint'
      ? [`- ${T(lang, '卖家', 'Seller', '賣家')}${colon}${order.seller}`]
      : []),
    `- ${T(lang, '商品', 'Items', '商品')}${items.length ? T(lang, '：', ':', '：') : `${colon}${none}`}`,
    ...items,
    `- ${T(lang, '实付金额', 'Total', '實付金額')}${colon}${money(order.amounts?.total, lang) ?? none}`,
  ];
  const events = timeline(input).map((l) => `- ${l.date}${colon}${l.text}`);
  const evidence = (input.evidence ?? []).map((e, i) => {
    const captured = e.capturedAt
      ? T(lang, `（${day(e.capturedAt)} 保存）`, ` (captured ${day(e.capturedAt)})`, `（${day(e.capturedAt)} 儲存）`)
      : '';
    return `${i + 1}. ${loc(kindLabels[e.kind], lang)}${colon}${e.title}${captured}`;
  });
  const evidenceBlock = evidence.length
    ? evidence
    : [T(lang, '如需证据，我可以提供。', 'Evidence is available on request.', '如需證據，我可以提供。')];

  const replyLine = input.replyBy
    ? T(lang, `请在 ${input.replyBy} 前答复。`, `Please reply by ${input.replyBy}.`, `請在 ${input.replyBy} 前答覆。`)
    : undefined;
  const ask = (text: LocalizedText): string[] => {
    const lines = [loc(text, lang)];
    if (scenario === 'counterfeit' && rules.market === 'CN' && rules.role === 'buyer')
      lines.push(loc(counterfeitLaw, lang));
    lines.push(
      replyLine ?? T(lang, '请告知处理方案。', 'Please let me know how you will resolve this.', '請告知處理方案。'),
    );
    return lines;
  };
  const section = (heading: string, lines: string[]) => ['', heading, ...lines];
  const orderSection = section(T(lang, '订单信息', 'Order details', '訂單資訊'), facts);
  const timelineSection = section(T(lang, '经过', 'Timeline', '經過'), events.length ? events : [`- ${none}`]);
  const summary = input.summary ? [input.summary.trim()] : [];
  const about = label ? T(lang, `（${label}）`, ` (${label.toLowerCase()})`, `（${label}）`) : '';

  let subject: string;
  let lines: string[];
  switch (plan.form) {
    case 'cancellation': {
      const law = cancellationLaw[rules.owner]!;
      subject = T(
        lang,
        `取消订单通知：${orderId}`,
        `Notice of cancellation: order ${orderId}`,
        `解除契約通知：訂單 ${orderId}`,
      );
      lines = [
        T(lang, '您好：', 'Hello,', '您好：'),
        '',
        T(
          lang,
          `我${loc(law.basis, lang)}，取消订单 ${orderId} 的合同。`,
          `I hereby give notice that I cancel my contract for order ${orderId}, ${loc(law.basis, lang)}.`,
          `本人${loc(law.basis, lang)}，解除訂單 ${orderId} 的契約。`,
        ),
        ...orderSection,
        '',
        loc(law.refund, lang),
        ...(replyLine ? [replyLine] : []),
      ];
      break;
    }
    case 'regulator-complaint': {
      const body = loc(ownerNames[rules.owner], lang);
      subject = T(
        lang,
        `投诉：订单 ${orderId}${about}`,
        `Complaint: order ${orderId}${about}`,
        `申訴：訂單 ${orderId}${about}`,
      );
      const fillIn = T(
        lang,
        '（请填写卖家或店铺名称、网址和联系方式）',
        '(fill in the seller’s or shop’s name, web address and contact details)',
        '（請填寫賣家或商店名稱、網址和聯絡方式）',
      );
      lines = [
        T(lang, `致${body}：`, `To ${body}:`, `致${body}：`),
        ...section(T(lang, '投诉人', 'Complainant', '申訴人'), [
          T(
            lang,
            '（请填写您的姓名、电话和地址）',
            '(fill in your name, phone and address)',
            '（請填寫您的姓名、電話和地址）',
          ),
        ]),
        ...section(T(lang, '被投诉人', 'Respondent', '被申訴人'), [
          respondent || fillIn,
          ...(where ? [T(lang, `（在${where}上的订单）`, `(order placed on ${where})`, `（在${where}上的訂單）`)] : []),
        ]),
        ...section(T(lang, '投诉请求', 'What I ask for', '申訴請求'), ask(buyerToIntermediaryDemand(scenario))),
        ...section(T(lang, '事实与理由', 'Facts', '事實與理由'), [...summary, ...facts]),
        ...timelineSection,
        ...section(T(lang, '证据', 'Evidence', '證據'), evidenceBlock),
      ];
      break;
    }
    case 'message': {
      const toBuyer = rules.role === 'seller';
      subject = T(lang, `订单 ${orderId}${about}`, `Order ${orderId}${about}`, `訂單 ${orderId}${about}`);
      lines = [
        T(lang, '您好：', 'Hello,', '您好：'),
        '',
        toBuyer
          ? T(
              lang,
              `感谢您就订单 ${orderId} 联系我。`,
              `Thank you for your message about order ${orderId}.`,
              `感謝您就訂單 ${orderId} 聯繫我。`,
            )
          : T(
              lang,
              `我就订单 ${orderId}${about}与您联系。`,
              `I am writing about my order ${orderId}${about}.`,
              `我就訂單 ${orderId}${about}與您聯繫。`,
            ),
        ...summary,
        ...orderSection,
        ...(toBuyer ? [] : timelineSection),
        ...(toBuyer ? [] : section(T(lang, '证据', 'Evidence', '證據'), evidenceBlock)),
        ...section(
          toBuyer ? T(lang, '下一步', 'Next', '下一步') : T(lang, '我的诉求', 'What I am asking for', '我的訴求'),
          toBuyer ? [loc(sellerToBuyer, lang), ...(replyLine ? [replyLine] : [])] : ask(buyerToSellerDemand(scenario)),
        ),
      ];
      break;
    }
    case 'response': {
      subject = T(
        lang,
        `订单 ${orderId} 的答复${about}`,
        `Response on order ${orderId}${about}`,
        `訂單 ${orderId} 的答覆${about}`,
      );
      lines = [
        T(lang, '您好：', 'Hello,', '您好：'),
        '',
        T(
          lang,
          `以下是我对订单 ${orderId}${about}的答复。`,
          `This is my response on order ${orderId}${about}.`,
          `以下是我對訂單 ${orderId}${about}的答覆。`,
        ),
        ...summary,
        ...orderSection,
        ...timelineSection,
        ...section(T(lang, '证据', 'Evidence', '證據'), evidenceBlock),
        ...section(T(lang, '我的请求', 'What I ask', '我的請求'), [loc(sellerResponseDemand(scenario), lang)]),
      ];
      break;
    }
    case 'complaint': {
      const channel = plan.to === 'payment-channel';
      subject = T(lang, `订单 ${orderId}${about}`, `Order ${orderId}${about}`, `訂單 ${orderId}${about}`);
      lines = [
        T(lang, '您好：', 'Hello,', '您好：'),
        '',
        channel
          ? T(
              lang,
              `我就向${respondent || '商家'}支付的订单 ${orderId}${about}申请争议处理。`,
              `I dispute my payment to ${respondent || 'the merchant'} for order ${orderId}${about}.`,
              `我就向${respondent || '商家'}支付的訂單 ${orderId}${about}申請爭議處理。`,
            )
          : T(
              lang,
              `我就订单 ${orderId}${about}请平台介入。`,
              `I am asking you to step in on order ${orderId}${about}.`,
              `我就訂單 ${orderId}${about}請平台介入。`,
            ),
        ...summary,
        ...orderSection,
        ...timelineSection,
        ...section(T(lang, '证据', 'Evidence', '證據'), evidenceBlock),
        ...section(T(lang, '我的诉求', 'What I am asking for', '我的訴求'), ask(buyerToIntermediaryDemand(scenario))),
      ];
      break;
    }
  }
  const body = [...lines, '', T(lang, '谢谢。', 'Thank you.', '謝謝。')].join('\n');
  return { subject, body };
}
