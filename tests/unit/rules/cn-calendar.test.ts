import { describe, expect, it } from 'vitest';
import { guideReport } from '../../../utils/rules/guide-cli';
import { addDuration, cnCalendarKnows, parseStart } from '../../../utils/rules/time';

const TZ = 'Asia/Shanghai';
const due = (start: string, amount: number, calendar: 'CN' | 'weekdays') => {
  const r = addDuration(parseStart(start, TZ)!, amount, 'working-days', TZ, calendar);
  return 'beyondCalendar' in r ? `beyond ${r.beyondCalendar}` : r.at.toISOString().slice(0, 10);
};

/** Dates from the State Council's 2026 holiday notice as the chinese-days calendar carries it. */
describe("China's working days follow the official calendar (review A5)", () => {
  it.each([
    // start, days, official calendar, Monday to Friday, why
    [
      '2026-05-08',
      7,
      '2026-05-18',
      '2026-05-19',
      'Saturday 05-09 is a make-up working day: the deadline comes a day earlier',
    ],
    [
      '2026-02-12',
      7,
      '2026-02-28',
      '2026-02-23',
      'Spring Festival 02-15…02-23 is off; Saturdays 02-14 and 02-28 are working days',
    ],
    ['2026-09-30', 7, '2026-10-15', '2026-10-09', 'National Day 10-01…10-07 is off; Saturday 10-10 is a working day'],
    ['2026-12-15', 7, '2026-12-24', '2026-12-24', 'an ordinary week'],
  ])('from %s, %i working days: %s (Mon–Fri would say %s): %s', (start, n, cn, weekdays) => {
    expect(due(start, n, 'CN')).toBe(cn);
    expect(due(start, n, 'weekdays')).toBe(weekdays);
  });

  it('a count that reaches a year the calendar does not know has no due date, never a Monday-to-Friday guess', () => {
    const firstUnknown = [2026, 2027, 2028, 2029, 2030].find((y) => !cnCalendarKnows(y))!;
    expect(cnCalendarKnows(2026)).toBe(true);
    expect(due(`${firstUnknown - 1}-12-29`, 7, 'CN')).toBe(`beyond ${firstUnknown}`);
    expect(due(`${firstUnknown - 1}-12-29`, 7, 'weekdays')).not.toMatch(/beyond/);
  });

  it('12315 handling (7 working days, CPL Art 46) counts on the official calendar and is unknown past it', () => {
    const q = { platform: 'cn-12315', role: 'buyer', problem: 'general', market: 'CN', today: '2026-05-08' } as const;
    const handling = (filed: string) =>
      guideReport({ ...q, steps: { negotiate: filed, 'file-complaint': filed } }).deadlines.find(
        (d) => d.step === 'handling',
      )!;
    expect(handling('2026-05-08')).toMatchObject({ status: 'known', due: '2026-05-18', applies: 'yes' });
    const late = handling('2026-12-29');
    const known2027 = cnCalendarKnows(2027);
    expect(late.status).toBe(known2027 ? 'known' : 'beyond-calendar');
    if (!known2027) expect(late).toMatchObject({ due: null, remindable: false, calendarYear: 2027 });
  });

  it('working days outside mainland China stay Monday to Friday (Shopee PH review over China’s National Day)', () => {
    const r = guideReport({
      platform: 'shopee',
      role: 'buyer',
      problem: 'damaged',
      market: 'PH',
      steps: { request: '2026-09-30', 'seller-response': '2026-09-30', dispute: '2026-09-30' },
      today: '2026-09-30',
    });
    expect(r.deadlines.find((d) => d.step === 'shopee-review')).toMatchObject({ status: 'known', due: '2026-10-13' });
  });
});
