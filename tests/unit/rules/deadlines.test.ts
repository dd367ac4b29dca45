import { describe, expect, it } from 'vitest';
import type { CaseDates } from '../../../utils/schemas/records';
import {
  caseDateFor,
  computeDeadlines,
  currentStep,
  missingStarts,
  nextDeadline,
} from '../../../utils/rules/deadlines';
import { deadlineFromSchema, type DeadlineInput } from '../../../utils/rules';
import { dl, entryWith } from './fixtures';

const NY = 'America/New_York';
const LONDON = 'Europe/London';
const SHANGHAI = 'Asia/Shanghai';

/** Computes one deadline and returns it (fails the test if the engine returns anything else). */
function one(deadline: DeadlineInput, dates: CaseDates, timeZone: string) {
  const result = computeDeadlines(entryWith([{ id: 's', deadlines: [deadline] }]), dates, {}, { timeZone });
  expect(result).toHaveLength(1);
  return result[0]!;
}

describe('calendar days', () => {
  it('end of the Nth day in the zone, start day is day 0', () => {
    const d = one(dl(7, 'calendar-days', 'delivered'), { delivered: '2026-03-01' }, SHANGHAI);
    expect(d.status).toBe('known');
    expect(d.dueLocal).toBe('2026-03-08 23:59');
    expect(d.due).toBe('2026-03-08T15:59:59.999Z');
  });

  it('crosses a month end', () => {
    expect(one(dl(1, 'calendar-days', 'ordered'), { ordered: '2026-01-31' }, SHANGHAI).dueLocal).toBe(
      '2026-02-01 23:59',
    );
    expect(one(dl(30, 'calendar-days', 'ordered'), { ordered: '2026-01-31' }, SHANGHAI).dueLocal).toBe(
      '2026-03-02 23:59',
    );
    expect(one(dl(1, 'calendar-days', 'ordered'), { ordered: '2026-04-30' }, NY).dueLocal).toBe('2026-05-01 23:59');
  });

  it('crosses a year end', () => {
    const d = one(dl(1, 'calendar-days', 'shipped'), { shipped: '2026-12-31' }, LONDON);
    expect(d.dueLocal).toBe('2027-01-01 23:59');
    expect(d.due).toBe('2027-01-01T23:59:59.999Z');
  });

  it('handles the leap day 2028-02-29', () => {
    expect(one(dl(1, 'calendar-days', 'delivered'), { delivered: '2028-02-28' }, NY).dueLocal).toBe('2028-02-29 23:59');
    expect(one(dl(1, 'calendar-days', 'delivered'), { delivered: '2028-02-29' }, NY).dueLocal).toBe('2028-03-01 23:59');
    expect(one(dl(365, 'calendar-days', 'delivered'), { delivered: '2028-02-29' }, NY).dueLocal).toBe(
      '2029-02-28 23:59',
    );
    expect(one(dl(1, 'calendar-days', 'delivered'), { delivered: '2027-02-28' }, NY).dueLocal).toBe('2027-03-01 23:59');
  });

  it('keeps 23:59 local across the New York spring-forward day (2026-03-08)', () => {
    const d = one(dl(1, 'calendar-days', 'ordered'), { ordered: '2026-03-07' }, NY);
    expect(d.dueLocal).toBe('2026-03-08 23:59');
    expect(d.due).toBe('2026-03-09T03:59:59.999Z'); // EDT, UTC-4
    const before = one(dl(0, 'calendar-days', 'ordered'), { ordered: '2026-03-07' }, NY);
    expect(before.due).toBe('2026-03-08T04:59:59.999Z'); // EST, UTC-5
  });

  it('keeps 23:59 local across the New York fall-back day (2026-11-01)', () => {
    const d = one(dl(1, 'calendar-days', 'ordered'), { ordered: '2026-10-31' }, NY);
    expect(d.dueLocal).toBe('2026-11-01 23:59');
    expect(d.due).toBe('2026-11-02T04:59:59.999Z'); // EST again
  });

  it('keeps 23:59 local across the London change (2026-03-29)', () => {
    const d = one(dl(1, 'calendar-days', 'ordered'), { ordered: '2026-03-28' }, LONDON);
    expect(d.dueLocal).toBe('2026-03-29 23:59');
    expect(d.due).toBe('2026-03-29T22:59:59.999Z'); // BST, UTC+1
  });

  it('uses the calendar day of an instant in the user zone', () => {
    const instant = { delivered: '2026-03-01T23:30:00Z' };
    expect(one(dl(1, 'calendar-days', 'delivered'), instant, SHANGHAI).dueLocal).toBe('2026-03-03 23:59');
    expect(one(dl(1, 'calendar-days', 'delivered'), instant, NY).dueLocal).toBe('2026-03-02 23:59');
  });

  it('reads a date-time without offset as wall time in the zone', () => {
    const d = one(dl(0, 'calendar-days', 'delivered'), { delivered: '2026-03-01T23:30' }, SHANGHAI);
    expect(d.dueLocal).toBe('2026-03-01 23:59');
  });
});

describe('business and working days (Monday to Friday, no holidays)', () => {
  for (const unit of ['business-days', 'working-days'] as const) {
    it(`${unit}: skip weekends`, () => {
      // Friday + 3 → Wednesday.
      expect(one(dl(3, unit, 'request-opened'), { requestOpened: '2026-03-06' }, SHANGHAI).dueLocal).toBe(
        '2026-03-11 23:59',
      );
      // Saturday + 1 → Monday; Sunday + 5 → Friday.
      expect(one(dl(1, unit, 'request-opened'), { requestOpened: '2026-03-07' }, SHANGHAI).dueLocal).toBe(
        '2026-03-09 23:59',
      );
      expect(one(dl(5, unit, 'request-opened'), { requestOpened: '2026-03-08' }, SHANGHAI).dueLocal).toBe(
        '2026-03-13 23:59',
      );
      // Wednesday + 0 → the same day.
      expect(one(dl(0, unit, 'request-opened'), { requestOpened: '2026-03-11' }, SHANGHAI).dueLocal).toBe(
        '2026-03-11 23:59',
      );
    });
  }

  it('crosses a year end without a holiday calendar', () => {
    // Thursday 2026-12-31 + 1 → Friday 2027-01-01 (a holiday, counted anyway); + 2 → Monday 2027-01-04.
    expect(one(dl(1, 'business-days', 'shipped'), { shipped: '2026-12-31' }, NY).dueLocal).toBe('2027-01-01 23:59');
    expect(one(dl(2, 'business-days', 'shipped'), { shipped: '2026-12-31' }, NY).dueLocal).toBe('2027-01-04 23:59');
  });

  it('crosses the leap day and month end', () => {
    // Monday 2028-02-28 + 1 → Tuesday 2028-02-29; Friday 2028-02-25 + 3 → Wednesday 2028-03-01.
    expect(one(dl(1, 'working-days', 'ordered'), { ordered: '2028-02-28' }, SHANGHAI).dueLocal).toBe(
      '2028-02-29 23:59',
    );
    expect(one(dl(3, 'working-days', 'ordered'), { ordered: '2028-02-25' }, SHANGHAI).dueLocal).toBe(
      '2028-03-01 23:59',
    );
  });

  it('counts weekdays in the user zone across a daylight-saving change', () => {
    // Friday 2026-03-06 in New York + 2 business days → Tuesday 2026-03-10, after the change.
    const d = one(dl(2, 'business-days', 'ordered'), { ordered: '2026-03-06' }, NY);
    expect(d.dueLocal).toBe('2026-03-10 23:59');
    expect(d.due).toBe('2026-03-11T03:59:59.999Z');
    // Friday 2026-03-27 in London + 1 → Monday 2026-03-30 (BST).
    expect(one(dl(1, 'business-days', 'ordered'), { ordered: '2026-03-27' }, LONDON).due).toBe(
      '2026-03-30T22:59:59.999Z',
    );
  });

  it('a Saturday in UTC can be a Sunday in Shanghai', () => {
    // 2026-03-07T20:00Z is Sunday 04:00 in Shanghai: + 1 working day → Monday 2026-03-09.
    expect(one(dl(1, 'working-days', 'ordered'), { ordered: '2026-03-07T20:00:00Z' }, SHANGHAI).dueLocal).toBe(
      '2026-03-09 23:59',
    );
  });
});

describe('hours', () => {
  it('adds elapsed hours to an instant', () => {
    const d = one(dl(48, 'hours', 'other-side-reply'), { otherSideReplied: '2026-05-10T09:15:00+08:00' }, SHANGHAI);
    expect(d.due).toBe('2026-05-12T01:15:00.000Z');
    expect(d.dueLocal).toBe('2026-05-12 09:15');
    expect(d.approximate).toBeUndefined();
  });

  it('New York spring forward: 24 h from 00:30 ends at 01:30 local', () => {
    const d = one(dl(24, 'hours', 'ordered'), { ordered: '2026-03-08T00:30' }, NY);
    expect(d.due).toBe('2026-03-09T05:30:00.000Z');
    expect(d.dueLocal).toBe('2026-03-09 01:30');
  });

  it('New York fall back: 24 h from 00:30 ends at 23:30 the same day', () => {
    // 00:30 EDT is 04:30Z; 24 h later is 04:30Z, which is 23:30 EST.
    const d = one(dl(24, 'hours', 'ordered'), { ordered: '2026-11-01T00:30' }, NY);
    expect(d.due).toBe('2026-11-02T04:30:00.000Z');
    expect(d.dueLocal).toBe('2026-11-01 23:30');
  });

  it('London spring forward: 24 h from noon ends at 13:00 local', () => {
    const d = one(dl(24, 'hours', 'ordered'), { ordered: '2026-03-28T12:00' }, LONDON);
    expect(d.due).toBe('2026-03-29T12:00:00.000Z');
    expect(d.dueLocal).toBe('2026-03-29 13:00');
  });

  it('Shanghai has no daylight saving: same wall time', () => {
    const d = one(dl(72, 'hours', 'ordered'), { ordered: '2026-03-07T10:00' }, SHANGHAI);
    expect(d.dueLocal).toBe('2026-03-10 10:00');
    expect(d.due).toBe('2026-03-10T02:00:00.000Z');
  });

  it('a date-only start counts from 00:00 in the zone and is marked approximate', () => {
    const d = one(dl(48, 'hours', 'delivered'), { delivered: '2026-03-08' }, NY);
    expect(d.due).toBe('2026-03-10T05:00:00.000Z');
    expect(d.dueLocal).toBe('2026-03-10 01:00');
    expect(d.approximate).toBe(true);
  });

  it('crosses a year end and the leap day', () => {
    expect(one(dl(24, 'hours', 'ordered'), { ordered: '2026-12-31T12:00' }, SHANGHAI).dueLocal).toBe(
      '2027-01-01 12:00',
    );
    expect(one(dl(24, 'hours', 'ordered'), { ordered: '2028-02-28T08:00Z' }, 'UTC').due).toBe(
      '2028-02-29T08:00:00.000Z',
    );
  });
});

describe('start dates', () => {
  const froms = deadlineFromSchema.options.filter((f) => f !== 'step-done');

  for (const from of froms) {
    it(`from "${from}" reads case date "${caseDateFor[from]}"`, () => {
      const key = caseDateFor[from];
      const known = one(dl(2, 'calendar-days', from), { [key]: '2026-06-10' }, SHANGHAI);
      expect(known.status).toBe('known');
      expect(known.dueLocal).toBe('2026-06-12 23:59');
      const others: CaseDates = Object.fromEntries(
        froms.filter((f) => caseDateFor[f] !== key).map((f) => [caseDateFor[f], '2026-06-10']),
      );
      const unknown = one(dl(2, 'calendar-days', from), others, SHANGHAI);
      expect(unknown.status).toBe('unknown-start');
      expect(unknown.missingDate).toBe(key);
      expect(unknown.due).toBeUndefined();
      expect(unknown.dueLocal).toBeUndefined();
    });
  }

  it('maps latest-estimated-delivery to estimatedDelivery', () => {
    expect(caseDateFor['latest-estimated-delivery']).toBe('estimatedDelivery');
  });

  it('step-done chains from the day an earlier step was done', () => {
    const rules = entryWith([
      { id: 'first', deadlines: [dl(1, 'calendar-days', 'ordered')] },
      { id: 'second', deadlines: [dl(2, 'business-days', 'step-done', { fromStep: 'first' })] },
      { id: 'third', deadlines: [dl(24, 'hours', 'step-done', { fromStep: 'second' })] },
    ]);
    const opts = { timeZone: SHANGHAI };
    const none = computeDeadlines(rules, {}, {}, opts);
    expect(none.map((d) => [d.stepId, d.status, d.missingDate ?? d.missingStep])).toEqual([
      ['first', 'unknown-start', 'ordered'],
      ['second', 'unknown-start', 'first'],
      ['third', 'unknown-start', 'second'],
    ]);
    const some = computeDeadlines(rules, {}, { first: '2026-03-06' }, opts);
    expect(some[1]!.status).toBe('known');
    expect(some[1]!.dueLocal).toBe('2026-03-10 23:59'); // Friday + 2 business days
    expect(some[2]!.missingStep).toBe('second');
    const all = computeDeadlines(rules, {}, { first: '2026-03-06', second: '2026-03-09T18:00' }, opts);
    expect(all[2]!.dueLocal).toBe('2026-03-10 18:00');
    expect(missingStarts(none)).toEqual({ dates: ['ordered'], steps: ['first', 'second'] });
  });

  it('an impossible date is an unknown start that names the bad value', () => {
    const d = one(dl(1, 'calendar-days', 'delivered'), { delivered: '2026-02-30' }, SHANGHAI);
    expect(d.status).toBe('unknown-start');
    expect(d.missingDate).toBe('delivered');
    expect(d.invalidStart).toBe('2026-02-30');
    expect(one(dl(1, 'hours', 'delivered'), { delivered: '2026-02-10T25:00' }, SHANGHAI).status).toBe('unknown-start');
  });

  it('rejects an unknown time zone', () => {
    expect(() => one(dl(1, 'calendar-days', 'ordered'), { ordered: '2026-01-01' }, 'Mars/Olympus')).toThrow(
      /time zone/,
    );
  });
});

describe('none-published and markets', () => {
  const rules = entryWith([
    {
      id: 's',
      deadlines: [
        { kind: 'none-published', note: { zh: '没有', en: 'None' } },
        dl(7, 'calendar-days', 'delivered', { market: 'PH' }),
        dl(3, 'calendar-days', 'delivered', { market: 'MY' }),
        dl(2, 'calendar-days', 'request-opened'),
      ],
    },
  ]);

  it('passes none-published through with no date', () => {
    const [first] = computeDeadlines(rules, { delivered: '2026-01-01' }, {}, { timeZone: SHANGHAI });
    expect(first!.status).toBe('none-published');
    expect(first!.due).toBeUndefined();
    expect(first!.meaning.en).toBe('None');
  });

  it('keeps only the chosen market and the market-free numbers', () => {
    const ph = computeDeadlines(rules, { delivered: '2026-01-01' }, {}, { timeZone: SHANGHAI, market: 'PH' });
    expect(ph.map((d) => d.markets?.join(',') ?? '-')).toEqual(['-', 'PH', '-']);
    const all = computeDeadlines(rules, { delivered: '2026-01-01' }, {}, { timeZone: SHANGHAI });
    expect(all).toHaveLength(4);
  });
});

describe('current step and next deadline', () => {
  const rules = entryWith([
    {
      id: 'ask',
      deadlines: [
        dl(2, 'calendar-days', 'ordered', { type: 'waiting-period' }),
        dl(10, 'calendar-days', 'ordered'),
        dl(5, 'calendar-days', 'ordered'),
      ],
    },
    {
      id: 'escalate',
      deadlines: [
        dl(30, 'calendar-days', 'ordered'),
        dl(1, 'calendar-days', 'step-done', { fromStep: 'ask', who: 'platform' }),
      ],
    },
  ]);
  const dates = { ordered: '2026-05-01' };
  const tz = { timeZone: SHANGHAI };

  it('currentStep is the first step not done', () => {
    expect(currentStep(rules, {})?.id).toBe('ask');
    expect(currentStep(rules, { ask: '2026-05-02' })?.id).toBe('escalate');
    expect(currentStep(rules, { ask: '2026-05-02', escalate: '2026-05-03' })).toBeUndefined();
  });

  it('picks the soonest deadline of the current step that has not passed', () => {
    expect(nextDeadline(rules, dates, {}, { ...tz, now: '2026-05-01T00:00:00Z' })?.dueLocal).toBe('2026-05-03 23:59');
    expect(nextDeadline(rules, dates, {}, { ...tz, now: '2026-05-04T00:00:00Z' })?.dueLocal).toBe('2026-05-06 23:59');
    expect(nextDeadline(rules, dates, {}, { ...tz, now: '2026-05-07T00:00:00Z' })?.dueLocal).toBe('2026-05-11 23:59');
    expect(nextDeadline(rules, dates, {}, { ...tz, now: '2026-05-12T00:00:00Z' })).toBeUndefined();
  });

  it('filters by type and who', () => {
    const d = nextDeadline(rules, dates, {}, { ...tz, now: '2026-05-01T00:00:00Z', types: ['deadline'] });
    expect(d?.dueLocal).toBe('2026-05-06 23:59');
    expect(nextDeadline(rules, dates, {}, { ...tz, now: '2026-05-01T00:00:00Z', who: ['platform'] })).toBeUndefined();
  });

  it('moves to the next step once the current one is done', () => {
    const d = nextDeadline(rules, dates, { ask: '2026-05-02' }, { ...tz, now: '2026-05-02T00:00:00Z' });
    expect(d?.stepId).toBe('escalate');
    expect(d?.dueLocal).toBe('2026-05-03 23:59');
  });

  it('open-steps scope sees later steps whose clock is already running', () => {
    const d = nextDeadline(rules, dates, {}, { ...tz, now: '2026-05-12T00:00:00Z', scope: 'open-steps' });
    expect(d?.stepId).toBe('escalate');
    expect(d?.dueLocal).toBe('2026-05-31 23:59');
  });

  it('returns nothing when every step is done, and rejects a bad "now"', () => {
    expect(
      nextDeadline(rules, dates, { ask: '2026-05-02', escalate: '2026-05-03' }, { ...tz, now: '2026-05-01' }),
    ).toBeUndefined();
    expect(() => nextDeadline(rules, dates, {}, { ...tz, now: 'yesterday' })).toThrow(/now/);
  });
});
