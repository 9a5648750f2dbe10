/**
 * Describes when a series happens, in plain Dutch (B1), e.g.
 * "Iedere derde donderdag van de maand, 14.00 tot 16.00 uur".
 *
 * Covers the rules people actually write for village activities. Anything more exotic
 * gets an honest fallback ("Herhaalt volgens een vast schema...") rather than a wrong
 * sentence: the occurrence list shows the real dates anyway.
 */
import ICAL from 'ical.js';
import { parseRule, type SeriesInput } from './recurrence.ts';
import { addDays, formatLocalDate, parseLocalDateTime, type LocalParts } from '../../common/zoned-time.ts';

const WEEKDAYS: Record<string, string> = {
  MO: 'maandag',
  TU: 'dinsdag',
  WE: 'woensdag',
  TH: 'donderdag',
  FR: 'vrijdag',
  SA: 'zaterdag',
  SU: 'zondag',
};
const WEEKDAY_BY_JS_DAY = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const ORDINALS: Record<number, string> = { 1: 'eerste', 2: 'tweede', 3: 'derde', 4: 'vierde', 5: 'vijfde', [-1]: 'laatste', [-2]: 'voorlaatste' };

/** "maandag", "maandag en donderdag", "maandag, woensdag en vrijdag". */
function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/** Dutch clock time: "9.30", "14.00". */
function clock(hour: number, minute: number): string {
  return `${hour}.${String(minute).padStart(2, '0')}`;
}

function timeRange(start: LocalParts, durationMinutes: number): string {
  if (durationMinutes <= 0) return `om ${clock(start.hour, start.minute)} uur`;
  const endMinutes = (start.hour * 60 + start.minute + durationMinutes) % (24 * 60);
  return `${clock(start.hour, start.minute)} tot ${clock(Math.floor(endMinutes / 60), endMinutes % 60)} uur`;
}

function jsWeekday(p: { year: number; month: number; day: number }): number {
  return new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
}

/** "zaterdag 12 december 2026". */
function longDate(p: { year: number; month: number; day: number }): string {
  return `${WEEKDAY_BY_JS_DAY[jsWeekday(p)]} ${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
}

/** "maandag" for 'MO', "derde donderdag" for '3TH', "laatste vrijdag" for '-1FR'; null if unknown. */
function byDayPhrase(byday: string): { ordinal: string | null; day: string } | null {
  const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(byday);
  if (!m) return null;
  const day = WEEKDAYS[m[2]!]!;
  if (m[1] === undefined) return { ordinal: null, day };
  const ordinal = ORDINALS[Number(m[1])];
  return ordinal ? { ordinal, day } : null;
}

/** "Iedere week", "Om de week", "Iedere 3 weken". */
function every(interval: number, singular: string, plural: string, article: 'Iedere' | 'Ieder' = 'Iedere'): string {
  if (interval === 1) return `${article} ${singular}`;
  if (interval === 2) return `Om de ${singular}`;
  return `Iedere ${interval} ${plural}`;
}

function monthDayPhrase(days: number[]): string | null {
  if (days.some((d) => d === 0 || d < -1 || d > 31)) return null;
  return `op de ${list(days.map((d) => (d === -1 ? 'laatste dag' : `${d}e`)))}`;
}

/** The repeating part, without times; null when the rule is too exotic to say simply. */
function describeRule(recur: ICAL.Recur, start: LocalParts): string | null {
  const { BYDAY, BYMONTHDAY, BYMONTH, ...rest } = recur.parts;
  if (Object.values(rest).some((v) => v && v.length)) return null; // BYSETPOS, BYHOUR, BYWEEKNO...
  const interval = recur.interval || 1;
  const startDay = WEEKDAY_BY_JS_DAY[jsWeekday(start)]!;
  const days = BYDAY?.map(byDayPhrase);
  if (days?.some((d) => d === null)) return null;
  const plainDays = days?.every((d) => d!.ordinal === null) ? days.map((d) => d!.day) : null;

  switch (recur.freq) {
    case 'DAILY':
      if (BYMONTHDAY || BYMONTH) return null;
      if (!days) return every(interval, 'dag', 'dagen');
      // "Iedere dag op maandag en woensdag" says the same as a weekly rule, more plainly:
      return plainDays && interval === 1 ? `Iedere week op ${list(plainDays)}` : null;
    case 'WEEKLY':
      if (BYMONTHDAY || BYMONTH || (days && !plainDays)) return null;
      return `${every(interval, 'week', 'weken')} op ${list(plainDays ?? [startDay])}`;
    case 'MONTHLY': {
      if (BYMONTH || (days && BYMONTHDAY)) return null;
      if (days) {
        if (plainDays) return `${every(interval, 'maand', 'maanden')} op ${list(plainDays.map((d) => `iedere ${d}`))}`;
        if (days.some((d) => d!.ordinal === null)) return null;
        const phrase = list(days.map((d) => `${d!.ordinal} ${d!.day}`));
        return interval === 1 ? `Iedere ${phrase} van de maand` : `${every(interval, 'maand', 'maanden')} op de ${phrase}`;
      }
      const monthDays = monthDayPhrase(BYMONTHDAY ?? [start.day]);
      return monthDays && `${every(interval, 'maand', 'maanden')} ${monthDays}`;
    }
    case 'YEARLY': {
      const year = every(interval, 'jaar', 'jaar', 'Ieder');
      if (!BYDAY && !BYMONTHDAY && (!BYMONTH || BYMONTH.length === 1)) {
        return `${year} op ${start.day} ${MONTHS[(BYMONTH?.[0] ?? start.month) - 1]}`;
      }
      // "Ieder jaar op de laatste zondag van maart"
      if (days && !BYMONTHDAY && BYMONTH?.length === 1 && days.every((d) => d!.ordinal !== null)) {
        return `${year} op de ${list(days.map((d) => `${d!.ordinal} ${d!.day}`))} van ${MONTHS[BYMONTH[0]! - 1]}`;
      }
      return null;
    }
    default:
      return null; // HOURLY and finer: not used for activities
  }
}

/** ", tot en met dinsdag 30 juni 2027" or ", 6 keer"; empty when the rule has no end. */
function describeEnd(recur: ICAL.Recur, start: LocalParts): string {
  if (recur.count) return `, ${recur.count} keer`;
  const until = recur.until;
  if (!until) return '';
  // UNTIL is inclusive, but an UNTIL at 00:00 (a common way to write "until that date")
  // ends before that day's occurrence: then the last possible day is the day before.
  let last = { year: until.year, month: until.month, day: until.day };
  if (!until.isDate && until.hour * 60 + until.minute < start.hour * 60 + start.minute) {
    const [y, m, d] = addDays(formatLocalDate(last), -1).split('-').map(Number) as [number, number, number];
    last = { year: y, month: m, day: d };
  }
  return `, tot en met ${longDate(last)}`;
}

/**
 * A plain Dutch sentence saying when the series happens, e.g.
 * "Iedere week op dinsdag, 10.00 tot 11.30 uur" or
 * "Eenmalig op zaterdag 12 december 2026, 10.00 tot 11.30 uur".
 * `timeZone` only matters for an UNTIL written in UTC, which is shown as a local date.
 */
export function describeSchedule(series: SeriesInput, lang: 'nl' = 'nl', timeZone = 'Europe/Amsterdam'): string {
  void lang; // only Dutch for now; the parameter keeps call sites ready for English
  const start = parseLocalDateTime(series.startsAt);
  const time = timeRange(start, series.durationMinutes);
  if (!series.rrule) return `Eenmalig op ${longDate(start)}, ${time}`;

  // A rule in a zone of its own (an imported series in UTC or New York) may fall on
  // another weekday or hour here than it says: the honest sentence, not the rule's.
  const recur = series.ruleZone && series.ruleZone !== timeZone ? null : tryParseRule(series.rrule, timeZone);
  const rule = recur && describeRule(recur, start);
  if (!recur || !rule) return `Herhaalt volgens een vast schema, vanaf ${longDate(start)}, ${time}`;
  return `${rule}, ${time}${describeEnd(recur, start)}`;
}

function tryParseRule(rrule: string, timeZone: string): ICAL.Recur | null {
  try {
    return parseRule(rrule, timeZone);
  } catch {
    return null; // a broken rule still gets the honest fallback sentence
  }
}
