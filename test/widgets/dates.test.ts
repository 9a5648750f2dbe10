// The widgets write dates, times and amounts without Intl (its first use costs a senior's
// phone a long pause, see src/core/dates.ts). Here, in the browser the widgets run in,
// every text is compared with what Intl writes for nl-NL and en-GB.
import { expect } from '@open-wc/testing';
import { addDays, dayKey, formatDate, formatDay, formatMonth, formatTime, weekdayNames } from '../../src/core/dates.ts';
import { formatEuro } from '../../src/agenda/money.ts';
import type { Locale } from '../../src/core/i18n.ts';

const TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
const utc = (key: string) => new Date(`${key}T00:00:00Z`);
const intl = (locale: Locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(TAGS[locale], options);

describe('dates, times and amounts written as Intl writes them', () => {
  for (const locale of ['nl', 'en'] as const) {
    it(`names every day of two years as Intl does (${locale})`, () => {
      const day = intl(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
      const month = intl(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' });
      const date = intl(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
      for (let key = '2026-01-01'; key < '2028-01-01'; key = addDays(key, 1)) {
        expect(formatDay(key, locale), key).to.equal(day.format(utc(key)));
        expect(formatMonth(key, locale), key).to.equal(month.format(utc(key)));
        expect(formatDate(key, locale), key).to.equal(date.format(utc(key)));
      }
    });

    it(`names the weekdays, short and long, Monday first (${locale})`, () => {
      for (const style of ['short', 'long'] as const) {
        const f = intl(locale, { timeZone: 'UTC', weekday: style });
        // 2024-01-01 was a Monday.
        expect(weekdayNames(locale, style)).to.deep.equal([0, 1, 2, 3, 4, 5, 6].map((i) => f.format(utc(addDays('2024-01-01', i)))));
      }
    });

    it(`writes amounts in euros as Intl does (${locale})`, () => {
      const f = new Intl.NumberFormat(TAGS[locale], { style: 'currency', currency: 'EUR' });
      for (const amount of [0, 0.5, 1, 1.005, 2.675, 2.5, 3.75, 10, 10.235, 12.3, 999.99, 1000, 1234.5, 25000, 1234567.89]) {
        expect(formatEuro(amount, locale), String(amount)).to.equal(f.format(amount));
      }
    });
  }

  it('reads times and days in Amsterdam, around both summer-time changes, whatever the zone of the computer', () => {
    const time = intl('nl', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const day = intl('nl', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
    // From Saturday 28 March 2026 to Tuesday 31 March, and 24 to 27 October, every 10 minutes.
    for (const [from, to] of [['2026-03-28T00:00:00Z', '2026-03-31T00:00:00Z'], ['2026-10-24T00:00:00Z', '2026-10-27T00:00:00Z']]) {
      for (let ms = Date.parse(from!); ms < Date.parse(to!); ms += 10 * 60_000) {
        const at = new Date(ms).toISOString();
        expect(formatTime(at, 'nl'), at).to.equal(time.format(ms).replace(':', '.'));
        const [d, m, y] = day.format(ms).split('-');
        expect(dayKey(at), at).to.equal(`${y}-${m}-${d}`);
      }
    }
  });
});
