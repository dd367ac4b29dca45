import { nextDeadline, computeDeadlines } from '../rules/deadlines';
import type { RulesEntry } from '../rules/schema';
import type { Case } from '../schemas/records';
import { caseContext } from '../rules/case-context';

const DAY = 24 * 60 * 60 * 1000;
export const ALARM_PREFIX = 'op-deadline|';
export const BADGE_WINDOW_DAYS = 3;

export interface PlannedAlarm {
  /** `op-deadline|caseId|stepId|index|leadDays`: everything the alarm handler needs is in the name. */
  name: string;
  when: number;
  caseId: string;
  stepId: string;
  due: string;
  leadDays: number;
}

export interface ReminderPlan {
  alarms: PlannedAlarm[];
  /** Open cases with a deadline of the user's own within the badge window. */
  dueSoon: number;
}

export function alarmName(caseId: string, stepId: string, index: number, leadDays: number): string {
  return `${ALARM_PREFIX}${caseId}|${stepId}|${index}|${leadDays}`;
}

export function parseAlarmName(
  name: string,
): { caseId: string; stepId: string; index: number; leadDays: number } | undefined {
  if (!name.startsWith(ALARM_PREFIX)) return undefined;
  const [caseId, stepId, index, lead] = name.slice(ALARM_PREFIX.length).split('|');
  if (!caseId || !stepId || index === undefined || lead === undefined) return undefined;
  return { caseId, stepId, index: Number(index), leadDays: Number(lead) };
}

/**
 * Every reminder the store calls for right now: for each open case that follows guidance, each known
 * deadline of a step not yet done, at each lead time that is still in the future. Rebuilt from the
 * store whenever it changes or the background starts, so alarms never drift from the data.
 */
export function planReminders(
  cases: readonly Case[],
  rulesById: (id: string) => RulesEntry | undefined,
  options: { now: number; timeZone: string; leadDays: readonly number[] },
): ReminderPlan {
  const alarms: PlannedAlarm[] = [];
  let dueSoon = 0;
  for (const c of cases) {
    if (c.status !== 'open' || !c.guidance) continue;
    const rules = rulesById(c.guidance.rulesId);
    if (!rules) continue;
    const done = c.guidance.stepsDone;
    const ctx = { timeZone: options.timeZone, ...caseContext(c) };
    for (const d of computeDeadlines(rules, c.dates, done, ctx)) {
      // Only numbers that surely are this case's: a market or condition the case has not answered is never reminded.
      if (d.status !== 'known' || d.applies !== 'yes' || !d.due || done[d.stepId] || d.type === 'waiting-period')
        continue;
      const due = Date.parse(d.due);
      if (due < options.now) continue;
      for (const lead of options.leadDays) {
        const when = due - lead * DAY;
        if (when > options.now)
          alarms.push({
            name: alarmName(c.id, d.stepId, d.index, lead),
            when,
            caseId: c.id,
            stepId: d.stepId,
            due: d.due,
            leadDays: lead,
          });
      }
    }
    const next = nextDeadline(rules, c.dates, done, {
      ...ctx,
      now: new Date(options.now),
      scope: 'open-steps',
      types: ['deadline'],
      who: ['you'],
    });
    if (next?.due && Date.parse(next.due) - options.now <= BADGE_WINDOW_DAYS * DAY) dueSoon += 1;
  }
  return { alarms, dueSoon };
}
