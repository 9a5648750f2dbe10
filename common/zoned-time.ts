/**
 * Wall-clock <-> instant conversions for an IANA time zone, using only `Intl`.
 *
 * Nothing here reads the machine's own time zone: every conversion goes through an
 * explicit `timeZone`, so results are the same on a server in UTC, New York or Tokyo.
 *
 * Formats used throughout the agenda code:
 * - local date:      'YYYY-MM-DD'         (a calendar day in the zone)
 * - local date-time: 'YYYY-MM-DDTHH:MM'   (a wall-clock time in the zone, no offset)
 * - ISO instant:     'YYYY-MM-DDTHH:MM:SS+HH:MM' (the zone's offset at that instant)
 */

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export interface LocalParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
}

/** Parses 'YYYY-MM-DDTHH:MM' (a wall-clock time); throws on anything else. */
export function parseLocalDateTime(local: string): LocalParts {
  const m = LOCAL_DATE_TIME.exec(local);
  if (!m) throw new RangeError(`Expected a local date-time 'YYYY-MM-DDTHH:MM', got '${local}'`);
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59) {
    throw new RangeError(`Not a valid local date-time: '${local}'`);
  }
  return { year, month, day, hour, minute };
}

/** Parses 'YYYY-MM-DD'; throws on anything else. */
export function parseLocalDate(date: string): { year: number; month: number; day: number } {
  const m = LOCAL_DATE.exec(date);
  if (!m) throw new RangeError(`Expected a local date 'YYYY-MM-DD', got '${date}'`);
  const [year, month, day] = m.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a valid date: '${date}'`);
  }
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatLocalDate(p: { year: number; month: number; day: number }): string {
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

export function formatLocalDateTime(p: LocalParts): string {
  return `${formatLocalDate(p)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** The wall-clock fields read as if they were UTC: a plain number to do date arithmetic on. */
function wallAsUtc(p: LocalParts): number {
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
}

function utcFieldsToParts(ms: number): LocalParts {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

/** Adds whole days to a 'YYYY-MM-DD' date (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const p = parseLocalDate(date);
  return formatLocalDate(utcFieldsToParts(Date.UTC(p.year, p.month - 1, p.day) + days * DAY_MS));
}

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const a = parseLocalDate(from);
  const b = parseLocalDate(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

// Creating an Intl.DateTimeFormat is expensive; expansion converts thousands of times per request.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone, which is what we want.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock time in `timeZone` at the instant `ms`, read with Intl (slow: a few µs). */
function intlLocalParts(ms: number, timeZone: string): LocalParts {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year!,
    month: fields.month!,
    day: fields.day!,
    hour: fields.hour! % 24, // some engines print midnight as 24 even with h23
    minute: fields.minute!,
  };
}

// Offsets change only at transitions, which fall on whole quarter hours in every current
// zone: so the offset of one quarter hour is the offset of every instant in it. Caching it
// turns expansion from thousands of Intl calls per request into map look-ups.
const QUARTER_MS = 15 * MINUTE_MS;
const offsetCache = new Map<string, Map<number, number>>();

/** The zone's UTC offset in minutes at instant `ms` (e.g. 120 for CEST). */
export function offsetMinutesAt(ms: number, timeZone: string): number {
  let zone = offsetCache.get(timeZone);
  if (!zone || zone.size > 200_000) offsetCache.set(timeZone, (zone = new Map()));
  const quarter = Math.floor(ms / QUARTER_MS);
  let offset = zone.get(quarter);
  if (offset === undefined) {
    const at = quarter * QUARTER_MS;
    offset = ruleOffsetMinutes(at, timeZone) ?? offsetFromParts(at, intlLocalParts(at, timeZone));
    zone.set(quarter, offset);
  }
  return offset;
}

/**
 * Europe/Amsterdam's offset by the EU summer-time rule, without Intl: +02:00 from the last
 * Sunday of March to the last Sunday of October, both at 01:00 UTC, +01:00 otherwise. The
 * first Intl call in a browser costs 40–90 ms while ICU loads: a long task on a phone,
 * before the widget can show its first day. With this the widgets' first screen needs no
 * Intl at all. The rule holds from 1996 (before, summer time ended in September); the test
 * compares it with Intl at every transition up to 2200, so a change of the EU rule in the
 * time-zone database fails a test rather than going unnoticed. Other zones and years: Intl.
 */
function ruleOffsetMinutes(ms: number, timeZone: string): number | undefined {
  if (timeZone !== 'Europe/Amsterdam') return undefined;
  const year = new Date(ms).getUTCFullYear();
  if (year < 1996 || year > 2200) return undefined;
  return ms >= lastSundayAt1Utc(year, 3) && ms < lastSundayAt1Utc(year, 10) ? 120 : 60;
}

/** 01:00 UTC on the last Sunday of `month` (1–12). */
function lastSundayAt1Utc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0, 1));
  return last.getTime() - last.getUTCDay() * DAY_MS;
}

/** The wall-clock time in `timeZone` at the instant `ms` (seconds dropped). */
export function instantToLocalParts(ms: number, timeZone: string): LocalParts {
  return utcFieldsToParts(Math.floor(ms / MINUTE_MS) * MINUTE_MS + offsetMinutesAt(ms, timeZone) * MINUTE_MS);
}

function offsetFromParts(ms: number, wall: LocalParts): number {
  const instantToTheMinute = Math.floor(ms / MINUTE_MS) * MINUTE_MS;
  return Math.round((wallAsUtc(wall) - instantToTheMinute) / MINUTE_MS);
}

/**
 * The instant (epoch ms) of a wall-clock time in `timeZone`.
 *
 * - Autumn overlap (the wall time happens twice): the first, earlier instant.
 * - Spring gap (the wall time never happens): the time moves forward by the size of the
 *   gap, as RFC 5545 prescribes for DTSTART: 02:30 on the last Sunday of March in
 *   Amsterdam becomes 03:30+02:00. That is the instant 02:30 would be with the offset
 *   from before the change.
 */
export function localPartsToInstant(p: LocalParts, timeZone: string): number {
  const wall = wallAsUtc(p);
  // Offset changes are months apart, so one day on either side sees the offsets that matter.
  const before = offsetMinutesAt(wall - DAY_MS, timeZone);
  const after = offsetMinutesAt(wall + DAY_MS, timeZone);
  if (before === after) return wall - before * MINUTE_MS; // no change nearby: the usual case
  const candidates = [wall - before * MINUTE_MS, wall - after * MINUTE_MS]
    .filter((t) => wallAsUtc(instantToLocalParts(t, timeZone)) === wall)
    .sort((a, b) => a - b);
  return candidates[0] ?? wall - before * MINUTE_MS;
}

export function localToInstant(local: string, timeZone: string): number {
  return localPartsToInstant(parseLocalDateTime(local), timeZone);
}

/** ISO 8601 with the zone's offset at that instant, e.g. '2026-03-29T14:00:00+02:00'. */
export function formatIsoInZone(ms: number, timeZone: string): string {
  const p = instantToLocalParts(ms, timeZone);
  const offset = offsetFromParts(ms, p);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${formatLocalDateTime(p)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** 'YYYY-MM-DDTHH:MM' in `timeZone` -> ISO 8601 with offset ('2026-03-29T14:00:00+02:00'). */
export function localToIso(local: string, timeZone: string): string {
  return formatIsoInZone(localToInstant(local, timeZone), timeZone);
}

/** Today's date ('YYYY-MM-DD') in `timeZone`; `now` is injectable for tests. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return formatLocalDate(instantToLocalParts(now.getTime(), timeZone));
}
