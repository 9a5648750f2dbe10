/**
 * Dates and times for the widgets' text, in the network's zone. A "day key" is
 * `YYYY-MM-DD`, a calendar day in Europe/Amsterdam; arithmetic on day keys uses UTC so it
 * never shifts. Reading the zone's clock is common/zoned-time.ts, shared with the server;
 * what is here is display (Intl.DateTimeFormat) and day-key arithmetic only the widgets need.
 */
import { addDays, todayIn } from '../../common/zoned-time.ts';
import type { Locale } from './i18n.ts';

export { addDays };

export const TIME_ZONE = 'Europe/Amsterdam';

const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

const tag = (l: Locale) => (l === 'en' ? 'en-GB' : 'nl-NL');

/** The calendar day (in Amsterdam) of an instant. */
export const dayKey = (instant: Date | string): string => todayIn(TIME_ZONE, new Date(instant));

export const todayKey = () => dayKey(new Date());

const keyToUtc = (key: string) => new Date(`${key}T00:00:00Z`);
const utcToKey = (d: Date) => d.toISOString().slice(0, 10);

export function addMonths(key: string, months: number): string {
  const d = keyToUtc(key);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return utcToKey(d);
}

export const monthStart = (key: string) => `${key.slice(0, 8)}01`;
export const monthEnd = (key: string) => addDays(addMonths(monthStart(key), 1), -1);
/** 0 = Monday … 6 = Sunday. */
export const weekday = (key: string) => (keyToUtc(key).getUTCDay() + 6) % 7;

/** "donderdag 17 december" */
export function formatDay(key: string, locale: Locale): string {
  return fmt(tag(locale), { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' })
    .format(keyToUtc(key));
}

/** "december 2026" */
export function formatMonth(key: string, locale: Locale): string {
  return fmt(tag(locale), { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(keyToUtc(key));
}

/** Short weekday names, Monday first: "ma", "di"… and the long ones for screen readers. */
export function weekdayNames(locale: Locale, style: 'short' | 'long'): string[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) =>
    fmt(tag(locale), { timeZone: 'UTC', weekday: style }).format(keyToUtc(addDays('2024-01-01', i))),
  );
}

/** "14.00" in Dutch, "14:00" in English. */
export function formatTime(instant: string, locale: Locale): string {
  const t = fmt(tag(locale), { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date(instant));
  return locale === 'nl' ? t.replace(':', '.') : t;
}

/** "17 december 2026": a calendar day with its year (e.g. "laatst gecontroleerd op …"). */
export function formatDate(key: string, locale: Locale): string {
  return fmt(tag(locale), { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(keyToUtc(key));
}

/** "17 december 2026, 14.05 uur" (Dutch) or "17 December 2026, 14:05": an instant in Amsterdam. */
export function formatDateTime(instant: Date | string, locale: Locale): string {
  const time = formatTime(new Date(instant).toISOString(), locale);
  return `${formatDate(dayKey(instant), locale)}, ${locale === 'nl' ? `${time} uur` : time}`;
}

/** A wall-clock `HH:MM` of the contract as the person reads it: "09.00" in Dutch, "09:00" in English. */
export const formatClock = (hhmm: string, locale: Locale) => (locale === 'nl' ? hhmm.replace(':', '.') : hhmm);
