/**
 * Dates and times for the widgets' text, in the network's zone. A "day key" is
 * `YYYY-MM-DD`, a calendar day in Europe/Amsterdam; arithmetic on day keys uses UTC so it
 * never shifts. Reading the zone's clock is common/zoned-time.ts, shared with the server.
 *
 * No Intl here, on purpose: the first Intl call on a page costs 40–90 ms while the browser
 * loads ICU, a long task on a senior's phone before the first activity shows. The widgets
 * speak two languages, so the names of days and months are two short tables, and the
 * patterns are those of Intl for nl-NL and en-GB (test/widgets/dates.test.ts compares them).
 */
import { addDays, instantToLocalParts, todayIn } from '../../common/zoned-time.ts';
import type { Locale } from './i18n.ts';

export { addDays };

export const TIME_ZONE = 'Europe/Amsterdam';

const DAY_NAMES: Record<Locale, string[]> = {
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
const SHORT_DAY_NAMES: Record<Locale, string[]> = {
  nl: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};
const MONTH_NAMES: Record<Locale, string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const dayOfMonth = (key: string) => Number(key.slice(8, 10));
const monthName = (key: string, locale: Locale) => MONTH_NAMES[locale][Number(key.slice(5, 7)) - 1]!;
const pad = (n: number) => String(n).padStart(2, '0');

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

/** "donderdag 17 december" (nl), "Thursday 17 December" (en) */
export function formatDay(key: string, locale: Locale): string {
  return `${DAY_NAMES[locale][weekday(key)]} ${dayOfMonth(key)} ${monthName(key, locale)}`;
}

/** "december 2026" */
export function formatMonth(key: string, locale: Locale): string {
  return `${monthName(key, locale)} ${Number(key.slice(0, 4))}`;
}

/** Short weekday names, Monday first: "ma", "di"… and the long ones for screen readers. */
export function weekdayNames(locale: Locale, style: 'short' | 'long'): string[] {
  return [...(style === 'short' ? SHORT_DAY_NAMES : DAY_NAMES)[locale]];
}

/** "14.00" in Dutch, "14:00" in English. */
export function formatTime(instant: string, locale: Locale): string {
  const { hour, minute } = instantToLocalParts(Date.parse(instant), TIME_ZONE);
  return `${pad(hour)}${locale === 'nl' ? '.' : ':'}${pad(minute)}`;
}

/** "17 december 2026": a calendar day with its year (e.g. "laatst gecontroleerd op …"). */
export function formatDate(key: string, locale: Locale): string {
  return `${dayOfMonth(key)} ${monthName(key, locale)} ${Number(key.slice(0, 4))}`;
}

/** "17 december 2026, 14.05 uur" (Dutch) or "17 December 2026, 14:05": an instant in Amsterdam. */
export function formatDateTime(instant: Date | string, locale: Locale): string {
  const time = formatTime(new Date(instant).toISOString(), locale);
  return `${formatDate(dayKey(instant), locale)}, ${locale === 'nl' ? `${time} uur` : time}`;
}

/** A wall-clock `HH:MM` of the contract as the person reads it: "09.00" in Dutch, "09:00" in English. */
export const formatClock = (hhmm: string, locale: Locale) => (locale === 'nl' ? hhmm.replace(':', '.') : hhmm);
