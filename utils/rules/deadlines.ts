import { TZDate } from '@date-fns/tz';
import type { CaseDates } from '../schemas/records';
import type { CaseFacts } from './facts';
import { marketCovers, ruleTimeZone } from './markets';
import { asMarkets } from './schema';
import type {
  ConfidenceLevel,
  Markets,
  Requires,
  DeadlineFrom,
  DeadlineUnit,
  DeadlineWho,
  LocalizedText,
  RuleSource,
  RuleStep,
  RulesEntry,
} from './schema';
import { addDuration, assertTimeZone, formatLocal, parseStart, toUtcIso, type WorkCalendar } from './time';

export type CaseDateKey = keyof CaseDates;

/** Which case date each `from` reads. `step-done` reads `stepsDone[fromStep]` instead. */
export const caseDateFor: Record<Exclude<DeadlineFrom, 'step-done'>, CaseDateKey> = {
  ordered: 'ordered',
  shipped: 'shipped',
  'latest-estimated-delivery': 'estimatedDelivery',
  delivered: 'delivered',
  'receipt-confirmed': 'receiptConfirmed',
  'request-opened': 'requestOpened',
  'other-side-reply': 'otherSideReplied',
  'case-closed': 'caseClosed',
};

/** Step id → the date or date-time the step was done (same formats as case dates). */
export type StepsDone = Readonly<Record<string, string>>;

/** What the case knows that picks the rule: its market and its answers to the fact questions. */
export interface CaseContext {
  /** The case's market (ISO country). Unknown when absent: market-bound numbers then need it. */
  market?: string;
  facts?: CaseFacts;
}

export interface DeadlineOptions extends CaseContext {
  /** IANA zone the user lives in, e.g. `Asia/Shanghai`. */
  timeZone: string;
}

/** `beyond-calendar`: a working-day count reaches a year whose official calendar is not known yet. */
export type DeadlineStatus = 'known' | 'unknown-start' | 'none-published' | 'beyond-calendar';

/**
 * Whether a number is this case's: `yes`; or not known yet because the case has no market
 * (`needs-market`) or has not answered the fact its condition depends on (`needs-fact`).
 * Numbers that do not apply (another market, another answer) are never returned at all.
 */
export type Applies = 'yes' | 'needs-market' | 'needs-fact';

export type Applicability = Applies | 'no';

/** Does a number (or an entry) bound to `markets` and `requires` govern this case? */
export function applicability(
  markets: Markets | undefined,
  requires: Requires | undefined,
  ctx: CaseContext,
): Applicability {
  const list = asMarkets(markets);
  const answer = requires ? ctx.facts?.[requires.fact] : undefined;
  // Any known "no" wins: a number the case has ruled out is never shown, whatever else is unanswered.
  if (list.length && ctx.market && !marketCovers(list, ctx.market)) return 'no';
  if (requires && answer !== undefined && !requires.is.includes(answer)) return 'no';
  if (list.length && !ctx.market) return 'needs-market';
  if (requires && answer === undefined) return 'needs-fact';
  return 'yes';
}

/**
 * Working days in mainland China follow its official calendar, with make-up working days; a rule
 * bound to China alone counts on it. Elsewhere a working day is Monday to Friday.
 */
export function workCalendar(markets: readonly string[]): WorkCalendar {
  return markets.length === 1 && markets[0] === 'CN' ? 'CN' : 'weekdays';
}

/** Does the whole entry govern this case's market? (`needs-market` when the case has none.) */
export function entryApplies(rules: RulesEntry, ctx: CaseContext): Applicability {
  return applicability(rules.market, undefined, ctx);
}

export interface ComputedDeadline {
  stepId: string;
  /** Position of this deadline in its step's list, to tell several apart. */
  index: number;
  status: DeadlineStatus;
  /** When it ends, as an ISO instant in UTC. Only when `known`. */
  due?: string;
  /** The same moment as `YYYY-MM-DD HH:mm` in the user's zone. */
  dueLocal?: string;
  /** The same moment as `YYYY-MM-DD HH:mm` in `zone`, the zone the rule counts in. */
  dueInZone?: string;
  /**
   * The zone the rule counts its days in (Asia/Shanghai for a Chinese rule); the user's own zone when
   * the rule names none or its market keeps several clocks (then `zoneIsUsers`).
   */
  zone: string;
  zoneIsUsers: boolean;
  /** The case date the user must enter before this can be computed. */
  missingDate?: CaseDateKey;
  /** The step the user must mark done (with its date) before this can be computed. */
  missingStep?: string;
  /** The date that was given but is not a real date, when that is why the start is unknown. */
  invalidStart?: string;
  /** An hour count started from a date without a time. */
  approximate?: boolean;
  /** With `beyond-calendar`: the year whose official working-day calendar the count needs. */
  calendarYear?: number;
  type?: 'deadline' | 'waiting-period';
  who?: DeadlineWho;
  amount?: number;
  unit?: DeadlineUnit;
  from?: DeadlineFrom;
  fromStep?: string;
  /** What the number means, or for `none-published` what the sources say instead. */
  meaning: LocalizedText;
  /** The markets the number is for (its own, else its entry's); absent when it holds in every market. */
  markets?: string[];
  condition?: LocalizedText;
  requires?: Requires;
  note?: LocalizedText;
  applies: Applies;
  confidence: ConfidenceLevel;
  sources: RuleSource[];
}

/**
 * Every deadline of every step that may apply to this case, in step order, computed from what the
 * case knows so far. Numbers for another market or another answer are left out; numbers whose
 * market or condition the case has not answered are kept and say so in `applies`.
 */
export function computeDeadlines(
  rules: RulesEntry,
  caseDates: CaseDates,
  stepsDone: StepsDone,
  options: DeadlineOptions,
): ComputedDeadline[] {
  assertTimeZone(options.timeZone);
  const sourceById = new Map(rules.sources.map((s) => [s.id, s]));
  const out: ComputedDeadline[] = [];
  if (entryApplies(rules, options) === 'no') return out;
  for (const step of rules.steps) {
    step.deadlines.forEach((d, index) => {
      const markets = asMarkets(d.market ?? rules.market);
      const applies = applicability(markets, d.kind === 'published' ? d.requires : undefined, options);
      if (applies === 'no') return;
      const marketField = markets.length ? { markets } : {};
      const ruleZone = ruleTimeZone(markets, options.market);
      const zone = ruleZone ?? options.timeZone;
      const zoneField = { zone, zoneIsUsers: ruleZone === undefined };
      const sources = d.sources.map((id) => sourceById.get(id)).filter((s): s is RuleSource => s !== undefined);
      if (d.kind === 'none-published') {
        out.push({
          stepId: step.id,
          index,
          status: 'none-published',
          meaning: d.note,
          ...marketField,
          ...zoneField,
          applies,
          confidence: rules.confidence.level,
          sources,
        });
        return;
      }
      const base: ComputedDeadline = {
        stepId: step.id,
        index,
        status: 'unknown-start',
        type: d.type,
        who: d.who,
        amount: d.amount,
        unit: d.unit,
        from: d.from,
        ...(d.fromStep ? { fromStep: d.fromStep } : {}),
        meaning: d.meaning,
        ...marketField,
        ...zoneField,
        ...(d.condition ? { condition: d.condition } : {}),
        ...(d.requires ? { requires: d.requires } : {}),
        ...(d.note ? { note: d.note } : {}),
        applies,
        confidence: d.confidence?.level ?? rules.confidence.level,
        sources,
      };
      const missing: Pick<ComputedDeadline, 'missingDate' | 'missingStep'> =
        d.from === 'step-done' ? { missingStep: d.fromStep } : { missingDate: caseDateFor[d.from] };
      const raw =
        d.from === 'step-done' ? (d.fromStep ? stepsDone[d.fromStep] : undefined) : caseDates[caseDateFor[d.from]];
      if (!raw) {
        out.push({ ...base, ...missing });
        return;
      }
      // A date without a time is a day on the rule's own calendar (a Taobao sign-off date is a day in China).
      const start = parseStart(raw, zone);
      if (!start) {
        out.push({ ...base, ...missing, invalidStart: raw });
        return;
      }
      const due = addDuration(start, d.amount, d.unit, zone, workCalendar(markets));
      if ('beyondCalendar' in due) {
        out.push({ ...base, status: 'beyond-calendar', calendarYear: due.beyondCalendar });
        return;
      }
      out.push({
        ...base,
        status: 'known',
        due: toUtcIso(due.at),
        dueLocal: formatLocal(new TZDate(due.at.getTime(), options.timeZone)),
        dueInZone: formatLocal(due.at),
        ...(due.approximate ? { approximate: true } : {}),
      });
    });
  }
  return out;
}

/** The first step not yet marked done; undefined when every step is done. */
export function currentStep(rules: RulesEntry, stepsDone: StepsDone): RuleStep | undefined {
  return rules.steps.find((s) => !stepsDone[s.id]);
}

export interface NextDeadlineOptions extends DeadlineOptions {
  now: Date | string;
  /** `current-step` (default): only the current step's. `open-steps`: every step not yet done, for reminders. */
  scope?: 'current-step' | 'open-steps';
  /** Both by default. */
  types?: readonly ('deadline' | 'waiting-period')[];
  /** Everyone's by default. */
  who?: readonly DeadlineWho[];
}

/** The soonest known deadline that surely applies to the case and has not passed yet, or undefined. */
export function nextDeadline(
  rules: RulesEntry,
  caseDates: CaseDates,
  stepsDone: StepsDone,
  options: NextDeadlineOptions,
): ComputedDeadline | undefined {
  const now = new Date(options.now).getTime();
  if (Number.isNaN(now)) throw new RangeError(`Invalid "now": ${String(options.now)}`);
  const current = currentStep(rules, stepsDone);
  if (!current) return undefined;
  const scope = options.scope ?? 'current-step';
  const stepIds = new Set(
    scope === 'current-step' ? [current.id] : rules.steps.filter((s) => !stepsDone[s.id]).map((s) => s.id),
  );
  const candidates = computeDeadlines(rules, caseDates, stepsDone, options).filter(
    (d) =>
      d.status === 'known' &&
      d.applies === 'yes' &&
      d.due !== undefined &&
      stepIds.has(d.stepId) &&
      Date.parse(d.due) >= now &&
      (!options.types || (d.type !== undefined && options.types.includes(d.type))) &&
      (!options.who || (d.who !== undefined && options.who.includes(d.who))),
  );
  candidates.sort((a, b) => Date.parse(a.due!) - Date.parse(b.due!));
  return candidates[0];
}

/** The case dates (and done steps) the user should enter for the given deadlines to become known. */
export function missingStarts(deadlines: readonly ComputedDeadline[]): { dates: CaseDateKey[]; steps: string[] } {
  const dates = new Set<CaseDateKey>();
  const steps = new Set<string>();
  for (const d of deadlines) {
    if (d.status !== 'unknown-start') continue;
    if (d.missingDate) dates.add(d.missingDate);
    if (d.missingStep) steps.add(d.missingStep);
  }
  return { dates: [...dates], steps: [...steps] };
}
