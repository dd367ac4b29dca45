import { TZDate } from '@date-fns/tz';
// The default export: Node (npm run guide) loads the CommonJS build, which has no named exports.
import chineseDays from 'chinese-days';
import { addDays, addHours, endOfDay, format, isWeekend, startOfDay } from 'date-fns';
import type { DeadlineUnit } from './schema';

const { getHolidaysInRange, isWorkday } = chineseDays;

/**
 * Date arithmetic for deadlines. One convention for every unit, so that two reminders never
 * disagree about the same day:
 *
 * - A start value is a date (`2026-03-08`), a local date-time (`2026-03-08T14:30`) or an instant
 *   with an offset (`2026-03-08T14:30Z`, `...+08:00`). Dates and local date-times are read as wall
 *   time in the user's `timeZone`; instants keep their moment.
 * - Day units: the start's calendar day in `timeZone` is day 0, and the deadline is the end
 *   (23:59:59.999) of day N in `timeZone`. "7 days from delivery" on 2026-03-01 is due
 *   2026-03-08 23:59. This is also Chinese law's "7 days counted from the day after sign-off".
 *   The start's time of day does not matter. N = 0 means the end of the start day ("once the
 *   estimated delivery date has passed").
 * - Business and working days are counted from the day after the start day (a start on a
 *   weekend is fine). In mainland China they follow the official calendar (`chinese-days`, updated
 *   each year): public holidays are off and make-up working days (调休, often a Saturday) count, so
 *   a deadline can come earlier than a Monday-to-Friday count. A count that reaches a year the
 *   calendar does not know yet has no due date (`beyondCalendar`), never a guess. Elsewhere they
 *   are Monday to Friday without holidays: a real deadline can then be later than shown, not earlier.
 * - Hours are elapsed time from the start instant, so across a daylight-saving change the wall
 *   clock moves by 23 or 25 hours' worth. A date-only start counts from 00:00 of that day in
 *   `timeZone` (the earliest reading) and the result is marked approximate.
 *
 * `timeZone` is the zone the rule counts in: its market's clock when the market has one
 * (`ruleTimeZone`), else the user's. The UI shows the user's time beside it when they differ.
 */

export type ParsedStart = { kind: 'date'; noon: TZDate } | { kind: 'moment'; at: TZDate };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Zones already checked: making a DateTimeFormat costs far more than the deadline sums it guards. */
const knownZones = new Set<string>();

export function assertTimeZone(timeZone: string): void {
  if (knownZones.has(timeZone)) return;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new RangeError(`Unknown time zone "${timeZone}"`);
  }
  knownZones.add(timeZone);
}

function realDate(y: number, m: number, d: number): boolean {
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** Reads a case date or step-done date; undefined when it is not a real date or time. */
export function parseStart(value: string, timeZone: string): ParsedStart | undefined {
  const m = ISO.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!realDate(y, mo, d)) return undefined;
  if (m[4] === undefined) return { kind: 'date', noon: new TZDate(y, mo - 1, d, 12, 0, 0, 0, timeZone) };
  const [h, min, s] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (h > 23 || min > 59 || s > 59) return undefined;
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  if (m[8]) {
    const epoch = Date.parse(value);
    return Number.isNaN(epoch) ? undefined : { kind: 'moment', at: new TZDate(epoch, timeZone) };
  }
  return { kind: 'moment', at: new TZDate(y, mo - 1, d, h, min, s, ms, timeZone) };
}

/** Noon of the start's calendar day in the zone: noon exists on every day, midnight not always. */
function dayAnchor(start: ParsedStart, timeZone: string): TZDate {
  if (start.kind === 'date') return start.noon;
  const a = start.at;
  return new TZDate(a.getFullYear(), a.getMonth(), a.getDate(), 12, 0, 0, 0, timeZone);
}

/** Which working days a count uses: Monday to Friday, or mainland China's official calendar. */
export type WorkCalendar = 'weekdays' | 'CN';

const knownCnYears = new Map<number, boolean>();

/** Whether the installed calendar has the official holidays of that year (every year has some). */
export function cnCalendarKnows(year: number): boolean {
  let known = knownCnYears.get(year);
  if (known === undefined) {
    known = getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    knownCnYears.set(year, known);
  }
  return known;
}

/** The working day `amount` days after `anchor`, or the first year the calendar does not know. */
function addWorkdays(anchor: TZDate, amount: number, calendar: WorkCalendar): { day: TZDate } | { beyond: number } {
  let day = anchor;
  let left = amount;
  while (left > 0) {
    day = addDays(day, 1);
    if (calendar === 'CN') {
      if (!cnCalendarKnows(day.getFullYear())) return { beyond: day.getFullYear() };
      if (isWorkday(format(day, 'yyyy-MM-dd'))) left -= 1;
    } else if (!isWeekend(day)) left -= 1;
  }
  return { day };
}

export interface DueTime {
  at: TZDate;
  /** The start had no time of day, so an hour count began at the day's first minute. */
  approximate: boolean;
}

/** The due time, or the year whose official working-day calendar the count would need but is not known yet. */
export function addDuration(
  start: ParsedStart,
  amount: number,
  unit: DeadlineUnit,
  timeZone: string,
  calendar: WorkCalendar = 'weekdays',
): DueTime | { beyondCalendar: number } {
  if (unit === 'hours') {
    const from = start.kind === 'moment' ? start.at : startOfDay(start.noon);
    return { at: addHours(from, amount), approximate: start.kind === 'date' };
  }
  const anchor = dayAnchor(start, timeZone);
  if (unit === 'calendar-days') return { at: endOfDay(addDays(anchor, amount)), approximate: false };
  const r = addWorkdays(anchor, amount, calendar);
  return 'beyond' in r ? { beyondCalendar: r.beyond } : { at: endOfDay(r.day), approximate: false };
}

export function formatLocal(at: TZDate): string {
  return format(at, 'yyyy-MM-dd HH:mm');
}

export function toUtcIso(at: Date): string {
  return new Date(at.getTime()).toISOString();
}
