/**
 * Writes iCalendar (RFC 5545) text by hand: the subscribable agenda feed and single
 * "Zet in mijn agenda" files.
 *
 * Series become one VEVENT with DTSTART;TZID + RRULE (+ EXDATE for skipped dates), so a
 * calendar app keeps expanding them itself; moved and cancelled occurrences become extra
 * VEVENTs with the same UID and a RECURRENCE-ID, as RFC 5545 section 3.8.4.4 describes.
 */
import { occurrenceKeyOf, parseRule, type ExpandedOccurrence, type SeriesInput } from './recurrence.ts';
import { formatLocalDateTime, instantToLocalParts, localPartsToInstant, parseLocalDateTime } from '../../common/zoned-time.ts';

export interface IcsEvent {
  uid: string;
  series: SeriesInput;
  title: string;
  description: string;
  location: string;
  organizerName: string;
  url?: string;
  categories: string[];
  status?: 'cancelled';
}

const PRODID = '-//Buurtkit//Buurtkit 1.0//NL';
const CRLF = '\r\n';

/**
 * Hand-written VTIMEZONEs, keyed by TZID. Only Europe/Amsterdam for now: generating one
 * from Intl is not possible (Intl exposes offsets, not the rules), and shipping the whole
 * tz database for zones no network uses is not worth it. The EU rule has applied since
 * 1996 (DST from the last Sunday of March 02:00 to the last Sunday of October 03:00
 * local); agenda items never lie before that, so the 1970 DTSTARTs are only anchors.
 */
const VTIMEZONES: Record<string, string[]> = {
  'Europe/Amsterdam': [
    'BEGIN:VTIMEZONE',
    'TZID:Europe/Amsterdam',
    'X-LIC-LOCATION:Europe/Amsterdam',
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'TZNAME:CEST',
    'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'TZNAME:CET',
    'DTSTART:19701025T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ],
};

function vtimezone(timeZone: string): string[] {
  const lines = VTIMEZONES[timeZone];
  if (!lines) {
    throw new Error(`No VTIMEZONE for '${timeZone}': only ${Object.keys(VTIMEZONES).join(', ')} can be exported to iCalendar for now.`);
  }
  return lines;
}

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds one content line at 75 octets (RFC 5545 3.1): continuation lines start with a
 * space, which counts towards their 75. Splits only between code points, so a multi-byte
 * UTF-8 character ('ë', an emoji) is never cut in half.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const max = out.length === 0 ? 75 : 74; // 74 + the leading space
    if (currentBytes + bytes > max) {
      out.push(current);
      current = '';
      currentBytes = 0;
    }
    current += char;
    currentBytes += bytes;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 'YYYY-MM-DDTHH:MM' -> 'YYYYMMDDTHHMM00' (local time, used with TZID). */
function icsLocal(local: string): string {
  return `${occurrenceKeyOf(local)}00`;
}

/** An instant -> 'YYYYMMDDTHHMMSSZ'. */
function icsUtc(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** 'PT1H30M' style; exact elapsed time, like our end = start + durationMinutes. */
function icsDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (minutes === 0) return 'PT0M';
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}`;
}

/**
 * The RRULE as stored, except UNTIL: RFC 5545 requires UNTIL in UTC when DTSTART has a
 * TZID, while our rules write it as local time. parseRule gives the local UNTIL.
 */
function icsRrule(rrule: string, timeZone: string): string {
  const recur = parseRule(rrule, timeZone);
  const body = rrule.replace(/^RRULE:/i, '');
  if (!recur.until) return body;
  const u = recur.until;
  const ms = localPartsToInstant({ year: u.year, month: u.month, day: u.day, hour: u.hour, minute: u.minute }, timeZone) + u.second * 1000;
  return body.replace(/UNTIL=[^;]*/i, `UNTIL=${icsUtc(ms)}`);
}

/** The properties every VEVENT of this activity shares. */
function describeLines(event: Omit<IcsEvent, 'series'>): string[] {
  const lines = [`SUMMARY:${escapeText(event.title)}`];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  // ORGANIZER must be a mailto: address, which we do not publish; CONTACT takes text.
  if (event.organizerName) lines.push(`CONTACT:${escapeText(event.organizerName)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.categories.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  return lines;
}

interface VeventOptions {
  uid: string;
  stamp: string;
  timeZone: string;
  localStart: string;
  durationMinutes: number;
  event: Omit<IcsEvent, 'series'>;
  cancelled: boolean;
  /** Local start of the occurrence this VEVENT overrides. */
  recurrenceId?: string;
  /** RRULE / EXDATE lines. */
  rules?: string[];
  /** The DTSTART line, when not localStart in timeZone (a rule in a zone of its own). */
  dtstart?: string;
}

function vevent(o: VeventOptions): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${o.uid}`,
    `DTSTAMP:${o.stamp}`,
    ...(o.recurrenceId ? [`RECURRENCE-ID;TZID=${o.timeZone}:${icsLocal(o.recurrenceId)}`] : []),
    o.dtstart ?? `DTSTART;TZID=${o.timeZone}:${icsLocal(o.localStart)}`,
    `DURATION:${icsDuration(o.durationMinutes)}`,
    ...(o.rules ?? []),
    ...describeLines(o.event),
    ...(o.cancelled ? ['STATUS:CANCELLED'] : []),
    'END:VEVENT',
  ];
}

/**
 * DTSTART of a rule that runs in a zone of its own (imported, SeriesInput.ruleZone), so a
 * calendar program expands it the same way: in UTC, or with that zone's Olson name (which
 * the big calendar programs know without a VTIMEZONE; the rule keeps UNTIL as the feed
 * wrote it). The exceptions keep the network's TZID: they name the same instants.
 */
function foreignDtstart(localStart: string, timeZone: string, ruleZone: string): string {
  const ms = localPartsToInstant(parseLocalDateTime(localStart), timeZone);
  if (ruleZone === 'UTC') return `DTSTART:${icsUtc(ms)}`;
  return `DTSTART;TZID=${ruleZone}:${icsLocal(formatLocalDateTime(instantToLocalParts(ms, ruleZone)))}`;
}

/** One series -> its master VEVENT plus one VEVENT per moved or cancelled occurrence. */
function seriesVevents(event: IcsEvent, timeZone: string, stamp: string): string[] {
  const { series, ...details } = event;
  const base = { uid: event.uid, stamp, timeZone, durationMinutes: series.durationMinutes, event: details };

  if (!series.rrule) {
    // A one-off has no recurrence set to except from: apply its exception to it directly.
    const exception = series.exceptions.find((e) => e.originalStartsAt === series.startsAt);
    if (exception?.kind === 'skipped') return [];
    const localStart = exception?.kind === 'moved' && exception.newStartsAt ? exception.newStartsAt : series.startsAt;
    return vevent({ ...base, localStart, cancelled: event.status === 'cancelled' || exception?.kind === 'cancelled' });
  }

  const skipped = series.exceptions.filter((e) => e.kind === 'skipped').map((e) => icsLocal(e.originalStartsAt));
  const lines = vevent({
    ...base,
    localStart: series.startsAt,
    cancelled: event.status === 'cancelled',
    rules: [`RRULE:${series.ruleZone ? series.rrule.replace(/^RRULE:/i, '') : icsRrule(series.rrule, timeZone)}`, ...(skipped.length ? [`EXDATE;TZID=${timeZone}:${skipped.join(',')}`] : [])],
    ...(series.ruleZone ? { dtstart: foreignDtstart(series.startsAt, timeZone, series.ruleZone) } : {}),
  });
  for (const e of series.exceptions) {
    if (e.kind === 'skipped') continue;
    const moved = e.kind === 'moved' && e.newStartsAt;
    lines.push(
      ...vevent({
        ...base,
        localStart: moved ? e.newStartsAt! : e.originalStartsAt,
        cancelled: e.kind === 'cancelled' || event.status === 'cancelled',
        recurrenceId: e.originalStartsAt,
      }),
    );
  }
  return lines;
}

function calendar(headers: string[], timeZone: string, body: string[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ...headers, ...vtimezone(timeZone), ...body, 'END:VCALENDAR'];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** The subscribable feed: every series with its rule and exceptions. */
export function buildCalendar(opts: { name: string; timeZone: string; events: IcsEvent[]; now?: Date }): string {
  const stamp = icsUtc((opts.now ?? new Date()).getTime());
  const headers = [
    `X-WR-CALNAME:${escapeText(opts.name)}`,
    `X-WR-TIMEZONE:${opts.timeZone}`,
    // How often subscribers should fetch again (RFC 7986; X-PUBLISHED-TTL for Outlook).
    'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
    'X-PUBLISHED-TTL:PT6H',
  ];
  vtimezone(opts.timeZone); // fail before doing any work for an unsupported zone
  return calendar(headers, opts.timeZone, opts.events.flatMap((e) => seriesVevents(e, opts.timeZone, stamp)));
}

/** A single occurrence as a stand-alone event, for "Zet in mijn agenda". */
export function buildOccurrenceCalendar(opts: { timeZone: string; event: Omit<IcsEvent, 'series'>; occurrence: ExpandedOccurrence; now?: Date }): string {
  const { occurrence: o, timeZone } = opts;
  const stamp = icsUtc((opts.now ?? new Date()).getTime());
  const startMs = Date.parse(o.start);
  const durationMinutes = Math.round((Date.parse(o.end) - startMs) / 60_000);
  // The wall time of the real start instant (after a move, or shifted out of a DST gap).
  const localStart = formatLocalDateTime(instantToLocalParts(startMs, timeZone));
  return calendar(
    [],
    timeZone,
    vevent({
      uid: `${opts.event.uid}-${o.occurrenceKey}`,
      stamp,
      timeZone,
      localStart,
      durationMinutes,
      event: opts.event,
      cancelled: o.status === 'cancelled' || opts.event.status === 'cancelled',
    }),
  );
}
