/**
 * Expands activity series into occurrences, with RFC 5545 semantics.
 *
 * Rules run in local wall-clock time ("floating" time in ical.js terms): a weekly 14:00
 * activity stays at 14:00 across the March and October clock changes. Only when an
 * occurrence is turned into an instant do we apply the zone (see zoned-time.ts).
 *
 * ical.js has no "start from here" for its iterator, and some of its steps are slow
 * (MONTHLY;BYDAY walks every day of every month). So for long-running series we move
 * the iterator's start forward by a whole number of periods before the window
 * ("fast-forward"), which yields exactly the same occurrences (tested against a plain
 * iteration from the first start).
 *
 * Every expansion is bounded: at most MAX_RULE_STEPS steps of the rule per series per
 * call, whatever the window (ExpansionLimitError beyond), and ical.js's own date caches
 * are emptied now and then, so no request can make it grow without end.
 */
import ICAL from 'ical.js';
import {
  addDays,
  daysBetween,
  formatIsoInZone,
  formatLocalDate,
  formatLocalDateTime,
  instantToLocalParts,
  localPartsToInstant,
  parseLocalDate,
  parseLocalDateTime,
  type LocalParts,
} from '../../common/zoned-time.ts';

export interface ExceptionInput {
  /** Local 'YYYY-MM-DDTHH:MM' of the occurrence as the rule produces it. */
  originalStartsAt: string;
  kind: 'skipped' | 'cancelled' | 'moved';
  /** Local 'YYYY-MM-DDTHH:MM'; only for 'moved'. */
  newStartsAt?: string;
  note?: string;
}

export interface SeriesInput {
  id: string;
  /** Local 'YYYY-MM-DDTHH:MM' of the first occurrence (DTSTART). */
  startsAt: string;
  durationMinutes: number;
  /** RRULE value without the 'RRULE:' prefix, or null for a one-off activity. */
  rrule: string | null;
  exceptions: ExceptionInput[];
  /**
   * The zone the rule runs in, when not the network's: an imported event's DTSTART zone
   * (RFC 5545 expands a rule in DTSTART's zone). startsAt and the exceptions stay in the
   * network's wall-clock time; each date the rule makes in this zone is turned into it.
   */
  ruleZone?: string;
}

export interface ExpandedOccurrence {
  seriesId: string;
  /** Original local start as 'YYYYMMDDTHHMM': stable even when the occurrence is moved. */
  occurrenceKey: string;
  /** Local 'YYYY-MM-DDTHH:MM' as the rule produced it. */
  originalLocalStart: string;
  /** Local 'YYYY-MM-DDTHH:MM' it actually starts (moved, or shifted out of a DST gap). */
  localStart: string;
  /** ISO 8601 with offset. */
  start: string;
  /** ISO 8601 with offset; start + durationMinutes of elapsed time. */
  end: string;
  status: 'scheduled' | 'moved' | 'cancelled';
  /** ISO 8601 with offset; only when moved. */
  originalStart?: string;
  note?: string;
}

/** At most this many steps of one series' rule per expansion call (about 27 years of a daily rule). */
export const MAX_RULE_STEPS = 10_000;
/**
 * And at most this long in ical.js per expansion call: a step counts one date ical.js
 * returns, but a rule whose dates lie decades apart (29 February on a Monday) makes it scan
 * every day in between, seconds per date. The clock bounds what steps cannot.
 */
export const MAX_RULE_MS = 1000;

/** The rule needs more than MAX_RULE_STEPS steps to reach the window: too far away to compute. */
export class ExpansionLimitError extends Error {
  constructor(readonly seriesId: string) {
    super(`Expanding series ${seriesId} takes more than ${MAX_RULE_STEPS} steps`);
  }
}

// ical.js memoises every weekday and week number it computes in two plain objects on
// ICAL.Time, never emptied: iterating thousands of years fills the heap. We empty them
// after every CACHE_RESET_STEPS steps; they refill at once for the dates in use.
const CACHE_RESET_STEPS = 50_000;
let stepsSinceCacheReset = 0;
function countIcalStep(): void {
  if (++stepsSinceCacheReset < CACHE_RESET_STEPS) return;
  stepsSinceCacheReset = 0;
  const time = ICAL.Time as unknown as { _dowCache: object; _wnCache: object };
  time._dowCache = {};
  time._wnCache = {};
}

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 of a calendar date: dates compare as numbers, never as text ("10000-01-05" < "9999-12-01" as text). */
export function dayNumber(p: { year: number; month: number; day: number }): number {
  return Date.UTC(p.year, p.month - 1, p.day) / DAY_MS;
}
/** Minutes since 1970-01-01T00:00 of a wall-clock time, for comparing local times. */
function minuteNumber(p: LocalParts): number {
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) / 60_000;
}
const dayOf = (date: string) => dayNumber(parseLocalDate(date));

export interface LocalWindow {
  /** First local day, 'YYYY-MM-DD', inclusive. */
  from: string;
  /** Last local day, 'YYYY-MM-DD', inclusive. */
  to: string;
}

/** 'YYYY-MM-DDTHH:MM' -> 'YYYYMMDDTHHMM'. */
export function occurrenceKeyOf(local: string): string {
  return local.replace(/[-:]/g, '');
}

function toFloatingTime(p: LocalParts, second = 0): ICAL.Time {
  return ICAL.Time.fromData({ year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second });
}

function fromIcalTime(t: ICAL.Time): LocalParts {
  return { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute };
}

/**
 * Parses an RRULE value and makes UNTIL a floating local time, so it compares correctly
 * with our floating occurrences:
 * - UNTIL in UTC ('...Z', what RFC 5545 requires with a zoned DTSTART) -> local wall time;
 * - UNTIL as a date ('20270701') -> the end of that local day (inclusive);
 * - UNTIL without zone ('20270701T000000') is already local.
 */
export function parseRule(rrule: string, timeZone: string): ICAL.Recur {
  const recur = ICAL.Recur.fromString(rrule.replace(/^RRULE:/i, ''));
  const until = recur.until;
  if (until) {
    if (until.isDate) {
      recur.until = ICAL.Time.fromData({ year: until.year, month: until.month, day: until.day, hour: 23, minute: 59, second: 59 });
    } else if (until.zone === ICAL.Timezone.utcTimezone) {
      const ms = Date.UTC(until.year, until.month - 1, until.day, until.hour, until.minute, until.second);
      recur.until = toFloatingTime(instantToLocalParts(ms, timeZone), until.second);
    }
  }
  return recur;
}

const ICAL_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** JS weekday (0 = Sunday) of a calendar date. */
function weekdayOf(p: { year: number; month: number; day: number }): number {
  return new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
}

/** The BY parts for which fast-forwarding is known to be exact, per frequency. */
const FAST_FORWARD_PARTS: Partial<Record<string, ReadonlySet<string>>> = {
  DAILY: new Set(),
  WEEKLY: new Set(['BYDAY']),
  MONTHLY: new Set(['BYDAY', 'BYMONTHDAY']),
};

/**
 * A later DTSTART (and rule) that produces the same occurrences from `fromDate` on, or null
 * when the rule does not allow it.
 *
 * The new start lies on the rule's period grid (k * INTERVAL days, weeks or months after
 * the first), so INTERVAL keeps its rhythm. ical.js returns its first result without
 * checking the "contracting" parts (BYMONTH, BYSETPOS, BYDAY on DAILY...), so this is only
 * done for the plain shapes listed in FAST_FORWARD_PARTS, and never with COUNT (which
 * counts from the very first occurrence). Other rules are iterated from the start: still
 * correct, just slower. YEARLY rules step a year at a time and need no help.
 * What RFC 5545 derives from DTSTART (the weekday for WEEKLY, the day of the month for
 * MONTHLY) is written into the rule, since the new start no longer carries it.
 */
function fastForward(recur: ICAL.Recur, start: LocalParts, fromDate: string): { recur: ICAL.Recur; start: LocalParts } | null {
  const allowed = FAST_FORWARD_PARTS[recur.freq];
  const parts = Object.keys(recur.parts).filter((k) => recur.parts[k as keyof typeof recur.parts]);
  if (!allowed || recur.count || !parts.every((k) => allowed.has(k))) return null;
  if (parts.includes('BYDAY') && parts.includes('BYMONTHDAY')) return null;
  const interval = recur.interval || 1;
  const startDate = formatLocalDate(start);
  // Leave a period of slack before the window; the caller filters anything earlier.
  const daysAhead = daysBetween(startDate, fromDate) - 1;
  if (daysAhead <= 0) return null;
  const at = (date: string): LocalParts => ({ ...parseLocalDate(date), hour: start.hour, minute: start.minute });

  switch (recur.freq) {
    case 'DAILY': {
      const periods = Math.floor(daysAhead / interval);
      if (periods < 1) return null;
      return { recur, start: at(addDays(startDate, periods * interval)) };
    }
    case 'WEEKLY': {
      // The grid is made of weeks that begin on WKST (Monday unless the rule says otherwise).
      const wkst = (recur.wkst || ICAL.Time.MONDAY) - 1; // ical.js counts Sunday = 1
      const weekStart = addDays(startDate, -((weekdayOf(start) - wkst + 7) % 7));
      const periods = Math.floor(Math.floor(daysBetween(weekStart, fromDate) / 7 - 1) / interval);
      if (periods < 1) return null;
      const clone = recur.clone();
      if (!clone.parts.BYDAY) clone.parts.BYDAY = [ICAL_DAYS[weekdayOf(start)]!];
      return { recur: clone, start: at(addDays(weekStart, periods * interval * 7)) };
    }
    case 'MONTHLY': {
      const from = parseLocalDate(fromDate);
      const monthsAhead = (from.year - start.year) * 12 + (from.month - start.month) - 1;
      const periods = Math.floor(monthsAhead / interval);
      if (periods < 1) return null;
      const clone = recur.clone();
      if (!clone.parts.BYDAY && !clone.parts.BYMONTHDAY) clone.parts.BYMONTHDAY = [start.day];
      const monthIndex = start.year * 12 + (start.month - 1) + periods * interval;
      return { recur: clone, start: { year: Math.floor(monthIndex / 12), month: (monthIndex % 12) + 1, day: 1, hour: start.hour, minute: start.minute } };
    }
    default:
      return null;
  }
}

/**
 * The series' local start times (as the rule produces them, before exceptions) from the
 * local day `fromDate` on, in order. Infinite for an endless rule: the caller stops.
 */
export function* ruleStarts(series: SeriesInput, fromDate: string, timeZone: string): Generator<LocalParts> {
  if (series.rrule && series.ruleZone && series.ruleZone !== timeZone) {
    yield* foreignRuleStarts(series as SeriesInput & { ruleZone: string }, fromDate, timeZone);
    return;
  }
  const first = parseLocalDateTime(series.startsAt);
  const fromMinute = dayOf(fromDate) * 1440;
  const notBefore = (p: LocalParts) => minuteNumber(p) >= fromMinute;
  if (!series.rrule) {
    if (notBefore(first)) yield first;
    return;
  }
  const recur = parseRule(series.rrule, timeZone);
  const jump = fastForward(recur, first, fromDate);
  const iterator = (jump?.recur ?? recur).iterator(toFloatingTime(jump?.start ?? first));
  const limit = recur.count ?? Infinity;
  let emitted = 0;
  let steps = 0;
  // The time spent in ical.js only: what the caller does between two dates (a busy
  // machine, writing rows) must not count against the rule.
  let spentMs = 0;
  const step = () => {
    if (++steps > MAX_RULE_STEPS || spentMs > MAX_RULE_MS) throw new ExpansionLimitError(series.id);
    countIcalStep();
    const started = performance.now();
    const next = iterator.next();
    spentMs += performance.now() - started;
    return next;
  };

  // RFC 5545: DTSTART is always the first occurrence, even when the rule would not
  // produce it. ical.js skips such a DTSTART, so we add it ourselves (and count it).
  let next = step();
  if (!jump && (!next || next.compare(toFloatingTime(first)) !== 0)) {
    emitted++;
    if (notBefore(first)) yield first;
  }
  for (; next && emitted < limit; next = step()) {
    emitted++;
    const p = fromIcalTime(next);
    if (notBefore(p)) yield p;
  }
}

/**
 * ruleStarts for a rule in another zone: run in that zone's wall-clock time from a day
 * before (no two zones are a day apart), each date turned into the network's time.
 */
function* foreignRuleStarts(series: SeriesInput & { ruleZone: string }, fromDate: string, timeZone: string): Generator<LocalParts> {
  const convert = (p: LocalParts, from: string, to: string) => instantToLocalParts(localPartsToInstant(p, from), to);
  const own = { ...series, startsAt: formatLocalDateTime(convert(parseLocalDateTime(series.startsAt), timeZone, series.ruleZone)), ruleZone: undefined };
  const fromMinute = dayOf(fromDate) * 1440;
  for (const p of ruleStarts(own, addDays(fromDate, -1), series.ruleZone)) {
    const local = convert(p, series.ruleZone, timeZone);
    if (minuteNumber(local) >= fromMinute) yield local;
  }
}

/** True when the rule (before exceptions) produces an occurrence at local time `local`. */
function isRuleStart(series: SeriesInput, local: string, timeZone: string): boolean {
  const wanted = minuteNumber(parseLocalDateTime(local));
  for (const p of ruleStarts(series, local.slice(0, 10), timeZone)) {
    const at = minuteNumber(p);
    if (at >= wanted) return at === wanted;
  }
  return false;
}

/** Builds one occurrence; `local` is where it starts, `original` where the rule put it. */
function occurrence(
  series: SeriesInput,
  original: string,
  local: string,
  status: ExpandedOccurrence['status'],
  timeZone: string,
  note: string | undefined,
): ExpandedOccurrence {
  const startMs = localPartsToInstant(parseLocalDateTime(local), timeZone);
  const result: ExpandedOccurrence = {
    seriesId: series.id,
    occurrenceKey: occurrenceKeyOf(original),
    originalLocalStart: original,
    // A time in the spring gap starts later than written; report the real wall time.
    localStart: formatLocalDateTime(instantToLocalParts(startMs, timeZone)),
    start: formatIsoInZone(startMs, timeZone),
    end: formatIsoInZone(startMs + series.durationMinutes * 60_000, timeZone),
    status,
  };
  if (status === 'moved') result.originalStart = formatIsoInZone(localPartsToInstant(parseLocalDateTime(original), timeZone), timeZone);
  if (note !== undefined) result.note = note;
  return result;
}

function exceptionsByOriginal(series: SeriesInput): Map<string, ExceptionInput> {
  return new Map(series.exceptions.map((e) => [e.originalStartsAt, e]));
}

function byStart(a: ExpandedOccurrence, b: ExpandedOccurrence): number {
  return Date.parse(a.start) - Date.parse(b.start) || a.seriesId.localeCompare(b.seriesId) || a.occurrenceKey.localeCompare(b.occurrenceKey);
}

/**
 * Moved occurrences that land on or after `fromDate` (and on or before `toDate`, if
 * given). Only exceptions that match a real occurrence of the rule count.
 */
function movedInto(series: SeriesInput, fromDate: string, toDate: string | null, timeZone: string): ExpandedOccurrence[] {
  return series.exceptions
    .filter((e): e is ExceptionInput & { newStartsAt: string } => e.kind === 'moved' && !!e.newStartsAt)
    .filter((e) => {
      const day = dayOf(e.newStartsAt.slice(0, 10));
      return day >= dayOf(fromDate) && (toDate === null || day <= dayOf(toDate));
    })
    .filter((e) => isRuleStart(series, e.originalStartsAt, timeZone))
    .map((e) => occurrence(series, e.originalStartsAt, e.newStartsAt, 'moved', timeZone, e.note));
}

/**
 * Occurrences of `series` whose (actual) local start day lies in the window, both ends
 * inclusive, sorted by start. Skipped ones are left out, cancelled ones are listed with
 * status 'cancelled', moved ones appear on their new day only.
 */
export function expandSeries(series: SeriesInput, window: LocalWindow, timeZone: string): ExpandedOccurrence[] {
  const lastDay = dayOf(window.to);
  if (lastDay < dayOf(window.from)) return [];
  const exceptions = exceptionsByOriginal(series);
  const result: ExpandedOccurrence[] = [];
  for (const p of ruleStarts(series, window.from, timeZone)) {
    if (dayNumber(p) > lastDay) break;
    const local = formatLocalDateTime(p);
    const exception = exceptions.get(local);
    if (exception?.kind === 'skipped' || exception?.kind === 'moved') continue;
    result.push(occurrence(series, local, local, exception ? 'cancelled' : 'scheduled', timeZone, exception?.note));
  }
  result.push(...movedInto(series, window.from, window.to, timeZone));
  return result.sort(byStart);
}

/**
 * The first `count` occurrences starting on or after local day `fromLocalDate`
 * (cancelled ones included, with their status), sorted by start.
 */
export function nextOccurrences(series: SeriesInput, fromLocalDate: string, count: number, timeZone: string): ExpandedOccurrence[] {
  parseLocalDate(fromLocalDate);
  if (count <= 0) return [];
  const exceptions = exceptionsByOriginal(series);
  const result: ExpandedOccurrence[] = [];
  for (const p of ruleStarts(series, fromLocalDate, timeZone)) {
    if (result.length >= count) break;
    const local = formatLocalDateTime(p);
    const exception = exceptions.get(local);
    if (exception?.kind === 'skipped' || exception?.kind === 'moved') continue;
    result.push(occurrence(series, local, local, exception ? 'cancelled' : 'scheduled', timeZone, exception?.note));
  }
  // Moved occurrences can land anywhere; there are few, so take them all and cut after sorting.
  result.push(...movedInto(series, fromLocalDate, null, timeZone));
  return result.sort(byStart).slice(0, count);
}
