import { describe, expect, it } from 'vitest';
import { parseAlarmName, planReminders } from '../../../utils/reminders/plan';
import { ruleById } from '../../../utils/rules';
import { computeDeadlines } from '../../../utils/rules/deadlines';
import { caseSchema, type Case } from '../../../utils/schemas/records';

const DAY = 86_400_000;
const RULES = 'demo-shop.buyer.not-as-described';

function demoCase(patch: Partial<Case> = {}): Case {
  return caseSchema.parse({
    id: 'case-reminder-0001',
    platform: 'demo-shop',
    role: 'buyer',
    title: 'Order DS-20261104-0001',
    status: 'open',
    createdAt: 0,
    updatedAt: 0,
    dates: { ordered: '2026-11-04', delivered: '2026-11-08' },
    guidance: { rulesId: RULES, stepsDone: {} },
    ...patch,
  });
}

const opts = (now: string) => ({ now: Date.parse(now), timeZone: 'Asia/Shanghai', leadDays: [3, 1, 0] });

describe('reminder plan', () => {
  it('plans one alarm per lead time for every known deadline of a step not yet done', () => {
    const plan = planReminders([demoCase()], ruleById, opts('2026-11-09T00:00:00Z'));
    const deadlines = computeDeadlines(ruleById(RULES)!, demoCase().dates, {}, { timeZone: 'Asia/Shanghai' }).filter(
      (d) => d.status === 'known' && d.type === 'deadline',
    );
    expect(deadlines.length).toBeGreaterThan(0);
    expect(plan.alarms).toHaveLength(deadlines.length * 3);
    for (const a of plan.alarms) {
      expect(a.when).toBe(Date.parse(a.due) - a.leadDays * DAY);
      expect(parseAlarmName(a.name)).toMatchObject({
        caseId: 'case-reminder-0001',
        stepId: a.stepId,
        leadDays: a.leadDays,
      });
    }
    expect(new Set(plan.alarms.map((a) => a.name)).size).toBe(plan.alarms.length);
  });

  it('drops lead times already past, and whole deadlines already past', () => {
    const first = planReminders([demoCase()], ruleById, opts('2026-11-09T00:00:00Z'));
    const contact = first.alarms.find((a) => a.stepId === 'contact-seller' && a.leadDays === 0)!;
    const later = planReminders([demoCase()], ruleById, {
      ...opts('2026-11-09T00:00:00Z'),
      now: contact.when - DAY / 2,
    });
    expect(later.alarms.filter((a) => a.stepId === 'contact-seller').map((a) => a.leadDays)).toEqual([0]);
    const after = planReminders([demoCase()], ruleById, {
      ...opts('2026-11-09T00:00:00Z'),
      now: Date.parse(contact.due) + 1,
    });
    expect(after.alarms.some((a) => a.stepId === 'contact-seller')).toBe(false);
  });

  it('forgets a step once it is marked done, and cases that are not open', () => {
    const done = demoCase({ guidance: { rulesId: RULES, stepsDone: { 'contact-seller': '2026-11-09' } } });
    expect(
      planReminders([done], ruleById, opts('2026-11-09T00:00:00Z')).alarms.some((a) => a.stepId === 'contact-seller'),
    ).toBe(false);
    expect(planReminders([demoCase({ status: 'resolved' })], ruleById, opts('2026-11-09T00:00:00Z')).alarms).toEqual(
      [],
    );
    expect(planReminders([demoCase({ guidance: undefined })], ruleById, opts('2026-11-09T00:00:00Z')).alarms).toEqual(
      [],
    );
  });

  it('gives no reminder for a deadline whose start date is unknown', () => {
    const noDelivery = demoCase({ dates: { ordered: '2026-11-04' } });
    expect(planReminders([noDelivery], ruleById, opts('2026-11-09T00:00:00Z')).alarms).toEqual([]);
  });

  it('counts a case on the badge when its next deadline is within 3 days', () => {
    const first = planReminders([demoCase()], ruleById, opts('2026-11-09T00:00:00Z'));
    const due = Date.parse(first.alarms.find((a) => a.stepId === 'contact-seller')!.due);
    expect(planReminders([demoCase()], ruleById, { ...opts('x'), now: due - 4 * DAY }).dueSoon).toBe(0);
    expect(planReminders([demoCase()], ruleById, { ...opts('x'), now: due - 2 * DAY }).dueSoon).toBe(1);
  });
});
