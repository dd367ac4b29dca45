import { z } from 'zod';
import type { CaseDates } from '../schemas/records';
import { caseDatesSchema } from '../schemas/records';
import { computeDeadlines, type CaseContext } from './deadlines';
import { ownerIdSchema, scenarioSchema } from './ids';
import { ruleFor, rulesFor } from './index';
import { marketCodeSchema } from './markets';
import { localize, type TextLanguage } from './owners';
import { routesFor } from './routes';
import { linkedSource } from './sources';

/** What `npm run guide` is asked: one case, as the popup would hold it. */
export const guideQuerySchema = z.object({
  platform: z.string().min(1),
  role: z.enum(['buyer', 'seller']),
  problem: scenarioSchema,
  market: marketCodeSchema.optional(),
  /** `fact=value` answers, e.g. `store-type=mall`. */
  conditions: z.record(z.string(), z.string()).default({}),
  dates: caseDatesSchema.default({}),
  steps: z.record(z.string(), z.iso.date()).default({}),
  today: z.iso.date(),
  lang: z.enum(['en', 'zh-CN', 'zh-TW']).default('en'),
  /** The user's zone: shown beside each due time counted in another zone, and used where a rule names none. */
  timeZone: z.string().default('UTC'),
});
export type GuideQuery = z.input<typeof guideQuerySchema>;

/**
 * Every deadline the popup, reminders and report would show for one case, and every route offered:
 * the engine without the browser, for tests and for anyone checking a rule.
 */
export function guideReport(input: GuideQuery) {
  const q = guideQuerySchema.parse(input);
  const lang: TextLanguage = q.lang;
  const ctx: CaseContext = { ...(q.market ? { market: q.market } : {}), facts: q.conditions };
  const owner = ownerIdSchema.safeParse(q.platform);
  const rules = owner.success
    ? (ruleFor(owner.data, q.role, q.problem) ?? rulesFor(owner.data, q.role).find((r) => r.scenario === 'general'))
    : undefined;
  const now = Date.parse(`${q.today}T12:00:00Z`);
  const dates: CaseDates = q.dates;
  const deadlines = rules
    ? computeDeadlines(rules, dates, q.steps, { timeZone: q.timeZone, ...ctx }).map((d) => ({
        step: d.stepId,
        owner: rules.owner,
        markets: d.markets ?? null,
        applies: d.applies,
        status: d.status,
        // The due date is the rule's own: a Taobao limit ends on a day in China, wherever the user is.
        due: d.status === 'known' && d.dueInZone ? d.dueInZone.slice(0, 10) : null,
        dueAt: d.status === 'known' && d.dueInZone ? d.dueInZone : null,
        zone: d.zone,
        zoneIsUsers: d.zoneIsUsers,
        ...(d.status === 'known' && d.dueLocal && d.zone !== q.timeZone
          ? { userTime: d.dueLocal, userZone: q.timeZone }
          : {}),
        open: d.status === 'known' && d.due ? Date.parse(d.due) >= now : null,
        who: d.who ?? null,
        meaning: localize(d.meaning, lang),
        condition: d.condition ? localize(d.condition, lang) : null,
        remindable: d.applies === 'yes' && d.status === 'known' && d.type === 'deadline' && !q.steps[d.stepId],
        ...(d.calendarYear ? { calendarYear: d.calendarYear } : {}),
        source: linkedSource(d.sources)?.url ?? linkedSource(d.sources)?.citation ?? null,
        sourceChecked: linkedSource(d.sources)?.checked ?? null,
      }))
    : [];
  const routes = routesFor(q.role, ctx, rules, q.problem).map((r) => ({
    id: r.entry.id,
    owner: r.entry.owner,
    applies: r.applies,
    title: localize(r.entry.title, lang),
  }));
  return { rules: rules?.id ?? null, market: q.market ?? null, deadlines, routes };
}
