import type { Money } from './schemas/order';

/** The three languages people read OrderProof in; every date, time and amount is shaped for one of them. */
export type DisplayLocale = 'en' | 'zh-CN' | 'zh-TW';

/** A browser or settings language ('zh_TW', 'zh-HK', 'en-GB', …) as one of the three. */
export function displayLocale(lang: string): DisplayLocale {
  const l = lang.toLowerCase().replace('_', '-');
  if (l.startsWith('zh-tw') || l.startsWith('zh-hk') || l.startsWith('zh-mo') || l.startsWith('zh-hant'))
    return 'zh-TW';
  return l.startsWith('zh') ? 'zh-CN' : 'en';
}

// Asking the computer's zone makes a DateTimeFormat, which cost most of a library page's drawing of a few
// hundred dates; it is asked again at most once a second, so a change of zone still shows within a second.
let zone = { name: 'UTC', at: -Infinity };
export const localTimeZone = (): string => {
  const now = Date.now();
  if (!(now - zone.at < 1000)) zone = { name: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', at: now };
  return zone.name;
};

export interface TimeOptions {
  locale: DisplayLocale;
  /** IANA zone; the computer's own when absent. */
  timeZone?: string;
  seconds?: boolean;
}

function asDate(at: number | string | Date): Date | undefined {
  const d = at instanceof Date ? at : new Date(at);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/**
 * A moment as a person reads it, always with its zone ("Nov 27, 2026, 17:53 GMT+8"): evidence times
 * are compared across people in different places, so a time without a zone would be ambiguous.
 * An unreadable value comes back as it was rather than as a wrong date.
 */
export function formatDateTime(at: number | string | Date, opts: TimeOptions): string {
  const d = asDate(at);
  if (!d) return String(at);
  const text = dateTimeFormat(opts).format(d);
  // CLDR's zh-Hant pattern puts the zone in ASCII brackets ("20:00 [GMT+8]"), which reads as markup
  // to a Taiwanese reader; Traditional Chinese text sets it in full-width parentheses instead.
  return opts.locale === 'zh-TW' ? text.replace(/\s*\[([^\]]+)\]/, '（$1）') : text;
}

// Making a DateTimeFormat costs far more than using one, and a report formats thousands of times.
const formats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(opts: TimeOptions): Intl.DateTimeFormat {
  const timeZone = opts.timeZone ?? localTimeZone();
  const key = `${opts.locale}|${timeZone}|${opts.seconds ? 's' : ''}`;
  let format = formats.get(key);
  if (format) return format;
  format = new Intl.DateTimeFormat(opts.locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(opts.seconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
    timeZoneName: 'short',
    timeZone,
  });
  formats.set(key, format);
  return format;
}

/**
 * A date from a page ("2026-11-08", or a full ISO time). A bare calendar date is shown as that same
 * calendar day in every zone (it names a day, not a moment); a full time is shown with its zone.
 */
export function formatPageDate(iso: string, opts: TimeOptions): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (day) {
    const d = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    return new Intl.DateTimeFormat(opts.locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    }).format(d);
  }
  return formatDateTime(iso, opts);
}

/** A day only ("Nov 27, 2026"), in the given zone: for lists where the time would be noise. */
export function formatDay(at: number | string | Date, opts: TimeOptions): string {
  const d = asDate(at);
  if (!d) return String(at);
  return new Intl.DateTimeFormat(opts.locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: opts.timeZone ?? localTimeZone(),
  }).format(d);
}

/** "¥237.90", "US$23.90": the currency as the reader's language writes it. */
export function formatMoney(m: Money, locale: DisplayLocale): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency }).format(m.amount);
  } catch {
    // A currency code Intl does not know is still shown, with its code.
    return `${m.currency} ${m.amount.toFixed(2)}`;
  }
}

/** "1.2 MB": file sizes in the units people know. */
export function formatSize(bytes: number, locale: DisplayLocale): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: i === 0 ? 0 : 1 }).format(v)} ${units[i]}`;
}
