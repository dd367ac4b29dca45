import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDateTime, localTimeZone } from '../../../utils/i18n-format';

// The library draws a few hundred dates each time an item is added; asking the computer's zone made a
// DateTimeFormat every time, which was most of that drawing in a case of thousands of items.
describe("the computer's time zone, as the library's dates use it", () => {
  afterEach(() => vi.restoreAllMocks());

  it('is asked at most once a second however many dates are drawn, and a change shows after that second', () => {
    let now = 1_900_000_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    const real = Intl.DateTimeFormat;
    let zone = 'Asia/Shanghai';
    let asked = 0;
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (
      locale?: string,
      options?: Intl.DateTimeFormatOptions,
    ) {
      if (locale === undefined && options === undefined) {
        asked += 1;
        return { resolvedOptions: () => ({ timeZone: zone }) } as Intl.DateTimeFormat;
      }
      return new real(locale, options);
    } as typeof Intl.DateTimeFormat);
    now += 5_000;
    const first = localTimeZone();
    for (let i = 0; i < 500; i++) formatDateTime(1_800_000_000_000 + i * 60_000, { locale: 'en' });
    expect(first).toBe('Asia/Shanghai');
    expect(asked).toBe(1);
    zone = 'Europe/Berlin';
    now += 500;
    expect(localTimeZone()).toBe('Asia/Shanghai');
    now += 600;
    expect(localTimeZone()).toBe('Europe/Berlin');
    expect(formatDateTime(Date.UTC(2026, 10, 28, 12), { locale: 'en' })).toMatch(/13:00/);
    expect(asked).toBe(2);
  });
});
