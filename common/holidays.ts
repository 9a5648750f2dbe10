/**
 * The Dutch public holidays of a year (the ones a village activity is usually skipped on),
 * as `YYYY-MM-DD` with a key the widget words. Easter by the anonymous Gregorian algorithm;
 * Koningsdag is 27 April, or the 26th when the 27th is a Sunday. Bevrijdingsdag is listed
 * every year (a day off for many only once in five years, but an activity may still move).
 */

export const HOLIDAY_KEYS = [
  'nieuwjaarsdag',
  'goede-vrijdag',
  'eerste-paasdag',
  'tweede-paasdag',
  'koningsdag',
  'bevrijdingsdag',
  'hemelvaartsdag',
  'eerste-pinksterdag',
  'tweede-pinksterdag',
  'eerste-kerstdag',
  'tweede-kerstdag',
] as const;
export type HolidayKey = (typeof HOLIDAY_KEYS)[number];

export interface Holiday {
  date: string;
  key: HolidayKey;
}

const key = (d: Date) => d.toISOString().slice(0, 10);
const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));
const plus = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

/** Easter Sunday of a Gregorian year. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const date = ((h + l - 7 * m + 114) % 31) + 1;
  return key(day(year, month, date));
}

/** The holidays of one year, in date order. */
export function dutchHolidays(year: number): Holiday[] {
  const easter = new Date(`${easterSunday(year)}T00:00:00Z`);
  const kings = day(year, 4, 27).getUTCDay() === 0 ? day(year, 4, 26) : day(year, 4, 27);
  const list: [Date, HolidayKey][] = [
    [day(year, 1, 1), 'nieuwjaarsdag'],
    [plus(easter, -2), 'goede-vrijdag'],
    [easter, 'eerste-paasdag'],
    [plus(easter, 1), 'tweede-paasdag'],
    [kings, 'koningsdag'],
    [day(year, 5, 5), 'bevrijdingsdag'],
    [plus(easter, 39), 'hemelvaartsdag'],
    [plus(easter, 49), 'eerste-pinksterdag'],
    [plus(easter, 50), 'tweede-pinksterdag'],
    [day(year, 12, 25), 'eerste-kerstdag'],
    [day(year, 12, 26), 'tweede-kerstdag'],
  ];
  return list.map(([d, k]) => ({ date: key(d), key: k })).sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** The holidays from one day (inclusive) to another (exclusive), across years. */
export function holidaysBetween(from: string, to: string): Holiday[] {
  const out: Holiday[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) out.push(...dutchHolidays(y).filter((h) => h.date >= from && h.date < to));
  return out;
}
