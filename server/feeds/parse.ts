// Reads an organisation's iCalendar feed (RFC 5545) into events in the shape of our
// activities: local wall-clock times in the NETWORK's zone, the RRULE kept, EXDATE as
// skipped dates, RECURRENCE-ID overrides as moved or cancelled occurrences.
//
// Zones, as the big calendar programs export them:
// - Nextcloud (Sabre) and most others: TZID with an Olson name (Europe/Amsterdam);
// - Google: the same, plus X-WR-TIMEZONE for the calendar; its floating times are in that zone;
// - Outlook / Exchange: TZID with a Windows name ("W. Europe Standard Time") and a
//   VTIMEZONE of its own; we map the common Windows names to Olson ones and fall back on
//   the VTIMEZONE's own rules for the rest;
// - UTC ('Z'), and floating times without any zone (taken as the network's zone).
//
// A series runs its rule in its DTSTART's zone (RFC 5545): one in UTC or in New York
// keeps its own clock, so it moves an hour in Amsterdam time where the two zones change
// their clocks on other dates, and may fall on another weekday. Such a series keeps that
// zone (FeedEvent.ruleZone); one in a zone whose clock agrees with the network's (all of
// the EU) simply runs in the network's zone, as every activity does. A zone known only by
// its VTIMEZONE (no Olson name) is converted once, at its first start.
//
// An event that cannot be read is left out with a Dutch warning; the feed goes on.
import ICAL from 'ical.js';
import { expandSeries, ExpansionLimitError, nextOccurrences, parseRule, type ExceptionInput, type LocalWindow } from '../agenda/recurrence.ts';
import { formatLocalDateTime, instantToLocalParts, localPartsToInstant, type LocalParts } from '../../common/zoned-time.ts';

/** At most this many events (series) per feed; the rest is left out with a warning. */
export const MAX_EVENTS = 2000;
/** An event longer than this is no activity (a holiday season, a "whole summer" marker). */
const MAX_DURATION_MINUTES = 31 * 24 * 60;
/** CPU time for checking series' rules, per feed: a feed of costly rules cannot keep the server busy. */
export const EXPANSION_BUDGET_MS = 5000;
const MAX_TITLE = 120;
const MAX_SUMMARY = 300;
const MAX_DESCRIPTION = 4000;
const MAX_LOCATION = 200;

export interface FeedEvent {
  uid: string;
  title: string;
  /** One or two sentences: the start of DESCRIPTION, or the title. */
  summary: string;
  description: string;
  location: string | null;
  /** Local 'YYYY-MM-DDTHH:MM' in the network's zone. */
  startsAt: string;
  durationMinutes: number;
  rrule: string | null;
  exceptions: ExceptionInput[];
  allDay: boolean;
  /** The Olson zone the rule runs in, when its clock is not the network's (see SeriesInput.ruleZone). */
  ruleZone: string | null;
}

export interface ParsedFeed {
  events: FeedEvent[];
  /** Why events were left out, in plain Dutch. */
  warnings: string[];
  skippedCount: number;
}

/** The text is no iCalendar at all (an HTML page, a login screen, garbage). */
export class FeedParseError extends Error {
  constructor() {
    super('De agenda kon niet worden gelezen: dit is geen iCalendar-bestand (.ics). Gebruik het iCal-adres van de agenda, niet het adres van de webpagina.');
  }
}

// Windows zone names (as Outlook and Exchange write them in TZID) for the zones a Dutch
// network meets most, with their Olson equivalents from the Unicode CLDR mapping.
const WINDOWS_ZONES: Record<string, string> = {
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Kiev',
  'GTB Standard Time': 'Europe/Bucharest',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Russian Standard Time': 'Europe/Moscow',
  'Morocco Standard Time': 'Africa/Casablanca',
  'UTC': 'UTC',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
  'Atlantic Standard Time': 'America/Halifax',
  'SA Pacific Standard Time': 'America/Bogota',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'China Standard Time': 'Asia/Shanghai',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'India Standard Time': 'Asia/Calcutta',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'Suriname Standard Time': 'America/Paramaribo',
};

const knownZones = new Map<string, boolean>();
function isIanaZone(name: string): boolean {
  let known = knownZones.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(name, known);
  }
  return known;
}

/** The Olson name for a TZID: itself, its Windows equivalent, or one inside a path ("/mozilla.org/20050126_1/Europe/Amsterdam"). */
function ianaZoneOf(tzid: string): string | undefined {
  const name = tzid.trim().replace(/^"|"$/g, '');
  if (isIanaZone(name)) return name;
  if (WINDOWS_ZONES[name]) return WINDOWS_ZONES[name];
  const tail = /([A-Za-z]+\/[A-Za-z_]+(?:\/[A-Za-z_]+)?)$/.exec(name)?.[1];
  return tail && isIanaZone(tail) ? tail : undefined;
}

const partsOf = (t: ICAL.Time): LocalParts => ({ year: t.year, month: t.month, day: t.day, hour: t.isDate ? 0 : t.hour, minute: t.isDate ? 0 : t.minute });
const wallMs = (p: LocalParts) => Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);

/** Turns the feed's times into instants, with the zones the feed names. */
class Zones {
  private readonly vtimezones = new Map<string, ICAL.Timezone>();
  /** Where floating times are: Google's X-WR-TIMEZONE, else the network's zone. */
  readonly floating: string;

  constructor(calendar: ICAL.Component, readonly network: string) {
    for (const vtz of calendar.getAllSubcomponents('vtimezone').slice(0, 50)) {
      const tzid = vtz.getFirstPropertyValue('tzid');
      if (typeof tzid === 'string') this.vtimezones.set(tzid, new ICAL.Timezone(vtz));
    }
    const wr = calendar.getFirstPropertyValue('x-wr-timezone');
    this.floating = (typeof wr === 'string' && ianaZoneOf(wr)) || network;
  }

  /** The instant of a date-time value (not a date), in ms; throws for a zone nobody knows. */
  instant(t: ICAL.Time, tzid: string | undefined): number {
    const p = partsOf(t);
    if (t.zone === ICAL.Timezone.utcTimezone) return wallMs(p) + t.second * 1000;
    if (!tzid) return localPartsToInstant(p, this.floating);
    const iana = ianaZoneOf(tzid);
    if (iana) return localPartsToInstant(p, iana);
    const vtz = this.vtimezones.get(tzid);
    // The VTIMEZONE's own rules (UTC offsets in seconds), for a name we cannot map.
    if (vtz) return wallMs(p) - vtz.utcOffset(ICAL.Time.fromData({ ...p, second: 0 })) * 1000;
    return localPartsToInstant(p, this.floating);
  }

  /** The Olson zone of a date-time value ('UTC' for one in UTC), or undefined for a date or a zone only its VTIMEZONE knows. */
  zoneOf(t: ICAL.Time, tzid: string | undefined): string | undefined {
    if (t.isDate) return undefined;
    if (t.zone === ICAL.Timezone.utcTimezone) return 'UTC';
    if (!tzid) return this.floating;
    return ianaZoneOf(tzid) ?? (this.vtimezones.has(tzid) ? undefined : this.floating);
  }

  private readonly agreeing = new Map<string, boolean>();
  /**
   * Does `zone`'s clock keep the same distance to the network's from `fromMs` on, for
   * years to come (sampled twice a day)? Then a rule gives the same times in both.
   */
  agreesWithNetwork(zone: string, fromMs: number): boolean {
    if (zone === this.network) return true;
    let agrees = this.agreeing.get(zone);
    if (agrees === undefined) {
      const offset = (ms: number, z: string) => wallMs(instantToLocalParts(ms, z)) - Math.floor(ms / 60_000) * 60_000;
      const from = Math.max(fromMs, Date.now() - 2 * 365 * 86_400_000);
      const to = Math.max(fromMs, Date.now()) + 10 * 365 * 86_400_000;
      const distance = offset(from, zone) - offset(from, this.network);
      agrees = true;
      for (let ms = from; ms <= to && agrees; ms += 43_200_000) agrees = offset(ms, zone) - offset(ms, this.network) === distance;
      this.agreeing.set(zone, agrees);
    }
    return agrees;
  }

  /** The network's wall-clock time of a DTSTART-like value; a date stays a date at 00:00. */
  local(t: ICAL.Time, tzid: string | undefined): LocalParts {
    if (t.isDate) return partsOf(t);
    return instantToLocalParts(this.instant(t, tzid), this.network);
  }
}

function textOf(component: ICAL.Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value : '';
}

const clean = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** Google and Outlook sometimes put simple HTML in DESCRIPTION: keep its text, not its tags. */
function plainText(text: string): string {
  if (!/<\/?[a-z][^>]*>/i.test(text)) return text;
  return text
    .replace(/<br\s*\/?>|<\/p>|<\/li>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n');
}

function firstSentences(description: string): string {
  const paragraph = description.split(/\n\s*\n/)[0]!.replace(/\s+/g, ' ').trim();
  return cut(paragraph, MAX_SUMMARY);
}

interface Property {
  value: ICAL.Time;
  tzid: string | undefined;
}

function timeProperty(component: ICAL.Component, name: string): Property | undefined {
  const property = component.getFirstProperty(name);
  const value = property?.getFirstValue();
  if (!(value instanceof ICAL.Time)) return undefined;
  const tzid = property!.getParameter('tzid');
  return { value, tzid: typeof tzid === 'string' ? tzid : undefined };
}

class Unreadable extends Error {}

/**
 * Parses the feed. `window` (local days), when given, is where the agenda indexes
 * occurrences: a series whose rule cannot be expanded there within the expansion's
 * bounds is left out with a warning rather than failing the whole import.
 */
export function parseFeed(text: string, { timeZone, window, budgetMs = EXPANSION_BUDGET_MS }: { timeZone: string; window?: LocalWindow; budgetMs?: number }): ParsedFeed {
  const deadline = performance.now() + budgetMs;
  if (!/^\s*BEGIN:VCALENDAR/i.test(text)) throw new FeedParseError();
  const warnings: string[] = [];
  let skippedCount = 0;
  const skip = (why: string, title: string) => {
    skippedCount++;
    warnings.push(cut(`${why}: ${title || 'zonder titel'}`, 200));
  };
  const { calendar, vevents, unreadable } = readComponents(text);
  for (const title of unreadable) skip('Onleesbaar', title);
  const zones = new Zones(calendar, timeZone);

  // The master of each UID, and its RECURRENCE-ID overrides.
  const masters = new Map<string, ICAL.Component>();
  const overrides = new Map<string, ICAL.Component[]>();
  for (const vevent of vevents) {
    const uid = clean(textOf(vevent, 'uid'));
    if (!uid || uid.length > 500) {
      skip('Geen of een te lange UID', clean(textOf(vevent, 'summary')));
      continue;
    }
    if (vevent.hasProperty('recurrence-id')) overrides.set(uid, [...(overrides.get(uid) ?? []), vevent]);
    else if (!masters.has(uid)) masters.set(uid, vevent);
  }
  // An override without its master (the feed only shows that one date): an event of its own.
  for (const [uid, list] of overrides) if (!masters.has(uid)) masters.set(uid, list.shift()!);

  const events: FeedEvent[] = [];
  for (const [uid, vevent] of masters) {
    const title = cut(clean(textOf(vevent, 'summary')).replace(/\s+/g, ' '), MAX_TITLE);
    if (events.length >= MAX_EVENTS) {
      skippedCount++;
      continue;
    }
    if (textOf(vevent, 'status').toUpperCase() === 'CANCELLED') continue; // called off as a whole: not an activity
    try {
      const event = readEvent(uid, title, vevent, overrides.get(uid) ?? [], zones);
      if (event.rrule && window && performance.now() > deadline) throw new Unreadable('Te veel herhalingen om te berekenen');
      if (window) {
        const series = { id: uid, startsAt: event.startsAt, durationMinutes: event.durationMinutes, rrule: event.rrule, exceptions: event.exceptions, ...(event.ruleZone ? { ruleZone: event.ruleZone } : {}) };
        expandSeries(series, window, timeZone);
        // The agenda shows an activity's next dates: a rule whose dates lie decades apart
        // (29 February on a Monday) would make every such request scan for seconds.
        nextOccurrences(series, window.from, 50, timeZone);
      }
      events.push(event);
    } catch (error) {
      if (error instanceof ExpansionLimitError) skip('De herhaling loopt te ver door om te berekenen', title);
      else if (error instanceof Unreadable) skip(error.message, title);
      else skip('Onleesbaar', title);
    }
  }
  if (events.length >= MAX_EVENTS && masters.size > MAX_EVENTS) warnings.push(`Alleen de eerste ${MAX_EVENTS} activiteiten zijn overgenomen.`);
  return { events, warnings, skippedCount };
}

const VEVENT = /^BEGIN:VEVENT\r?\n[\s\S]*?^END:VEVENT\r?$/gim;

/**
 * The calendar and its events. ical.js reads a whole file or nothing: one event with a bad
 * value (an RRULE with FREQ=SOMETIMES) fails it all. Then each event is read on its own,
 * and only the unreadable ones are left out (their SUMMARY, as far as it can be seen, is
 * returned for the warning).
 */
function readComponents(text: string): { calendar: ICAL.Component; vevents: ICAL.Component[]; unreadable: string[] } {
  const read = (ics: string) => new ICAL.Component(ICAL.parse(ics) as unknown[]);
  try {
    const calendar = read(text);
    if (calendar.name !== 'vcalendar') throw new FeedParseError();
    return { calendar, vevents: calendar.getAllSubcomponents('vevent'), unreadable: [] };
  } catch (error) {
    if (error instanceof FeedParseError) throw error;
  }
  let calendar: ICAL.Component;
  try {
    calendar = read(text.replace(VEVENT, ''));
  } catch {
    throw new FeedParseError();
  }
  if (calendar.name !== 'vcalendar') throw new FeedParseError();
  const vevents: ICAL.Component[] = [];
  const unreadable: string[] = [];
  for (const [block] of text.matchAll(VEVENT)) {
    try {
      vevents.push(...read(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${block}\r\nEND:VCALENDAR\r\n`).getAllSubcomponents('vevent'));
    } catch {
      unreadable.push(cut(clean(/^SUMMARY[^:\r\n]*:(.*)$/im.exec(block)?.[1] ?? ''), MAX_TITLE));
    }
  }
  return { calendar, vevents, unreadable };
}

function readEvent(uid: string, title: string, vevent: ICAL.Component, overrides: ICAL.Component[], zones: Zones): FeedEvent {
  const start = timeProperty(vevent, 'dtstart');
  if (!start) throw new Unreadable('Geen begintijd');
  // An activity of this century: a "series" from the year 20 only costs expansion work.
  if (start.value.year < 1970 || start.value.year > 2200) throw new Unreadable('De begintijd ligt te ver in het verleden of de toekomst');
  const startLocal = zones.local(start.value, start.tzid);
  const allDay = start.value.isDate;
  const durationMinutes = durationOf(vevent, start, zones);
  if (durationMinutes > MAX_DURATION_MINUTES) throw new Unreadable('Duurt langer dan 31 dagen');

  let rrule: string | null = null;
  let ruleZone: string | null = null;
  const recurValue = vevent.getFirstPropertyValue('rrule');
  if (recurValue !== null && recurValue !== undefined) {
    if (!(recurValue instanceof ICAL.Recur) || !recurValue.freq) throw new Unreadable('Herhaling onleesbaar');
    // An activity recurs daily at most; finer rules only cost work (and would flood the agenda).
    if (/^(SECONDLY|MINUTELY|HOURLY)$/.test(recurValue.freq)) throw new Unreadable('Herhaalt vaker dan eens per dag');
    const zone = zones.zoneOf(start.value, start.tzid);
    if (zone && !zones.agreesWithNetwork(zone, zones.instant(start.value, start.tzid))) ruleZone = zone;
    rrule = ruleZone ? recurValue.toString() : localRule(recurValue, zones);
    try {
      parseRule(rrule, zones.network);
    } catch {
      throw new Unreadable('Herhaling onleesbaar');
    }
  }

  const exceptions = new Map<string, ExceptionInput>();
  if (rrule) {
    for (const property of vevent.getAllProperties('exdate')) {
      const tzid = property.getParameter('tzid');
      for (const value of property.getValues()) {
        if (!(value instanceof ICAL.Time)) continue;
        const at = formatLocalDateTime(exdateLocal(value, typeof tzid === 'string' ? tzid : undefined, allDay, startLocal, zones));
        exceptions.set(at, { originalStartsAt: at, kind: 'skipped' });
      }
    }
    for (const override of overrides.slice(0, 1000)) {
      const recurrenceId = timeProperty(override, 'recurrence-id');
      if (!recurrenceId) continue;
      const original = formatLocalDateTime(exdateLocal(recurrenceId.value, recurrenceId.tzid, allDay, startLocal, zones));
      const note = cut(clean(textOf(override, 'comment')), 300);
      if (textOf(override, 'status').toUpperCase() === 'CANCELLED') {
        exceptions.set(original, { originalStartsAt: original, kind: 'cancelled', ...(note ? { note } : {}) });
        continue;
      }
      const moved = timeProperty(override, 'dtstart');
      if (!moved) continue;
      const newStart = formatLocalDateTime(zones.local(moved.value, moved.tzid));
      if (newStart !== original) exceptions.set(original, { originalStartsAt: original, kind: 'moved', newStartsAt: newStart, ...(note ? { note } : {}) });
    }
  }

  const description = cut(clean(plainText(textOf(vevent, 'description'))), MAX_DESCRIPTION);
  const location = cut(clean(textOf(vevent, 'location')).replace(/\s+/g, ' '), MAX_LOCATION) || null;
  const name = title || 'Activiteit zonder titel';
  return {
    uid,
    title: name,
    summary: firstSentences(description) || name,
    description,
    location,
    startsAt: formatLocalDateTime(startLocal),
    durationMinutes,
    rrule,
    exceptions: [...exceptions.values()],
    allDay,
    ruleZone,
  };
}

/** Minutes from DTSTART to DTEND (or DURATION); an all-day event lasts whole days. */
function durationOf(vevent: ICAL.Component, start: Property, zones: Zones): number {
  const end = timeProperty(vevent, 'dtend');
  const duration = vevent.getFirstPropertyValue('duration');
  let minutes: number;
  if (start.value.isDate) {
    if (end) minutes = Math.round((wallMs(partsOf(end.value)) - wallMs(partsOf(start.value))) / 86_400_000) * 1440;
    else if (duration instanceof ICAL.Duration) minutes = Math.max(1, Math.round(duration.toSeconds() / 86_400)) * 1440;
    else minutes = 1440; // RFC 5545: an all-day event without an end takes that one day
  } else if (end) {
    minutes = end.value.isDate
      ? Math.round((wallMs(partsOf(end.value)) - wallMs(zones.local(start.value, start.tzid))) / 60_000)
      : Math.round((zones.instant(end.value, end.tzid) - zones.instant(start.value, start.tzid)) / 60_000);
  } else if (duration instanceof ICAL.Duration) {
    minutes = Math.round(duration.toSeconds() / 60);
  } else {
    minutes = 60; // no end given (RFC 5545 says: an instant); an hour reads better in an agenda
  }
  return minutes > 0 ? minutes : 60;
}

/** An EXDATE or RECURRENCE-ID in the network's wall-clock time; a date means that day at the series' start time. */
function exdateLocal(value: ICAL.Time, tzid: string | undefined, allDay: boolean, start: LocalParts, zones: Zones): LocalParts {
  if (value.isDate) return { ...partsOf(value), hour: allDay ? 0 : start.hour, minute: allDay ? 0 : start.minute };
  if (allDay) return { ...partsOf(value), hour: 0, minute: 0 };
  return zones.local(value, tzid);
}

/** The rule as text, with an UNTIL in UTC turned into the network's wall-clock time. */
function localRule(recur: ICAL.Recur, zones: Zones): string {
  const copy = recur.clone();
  const until = copy.until;
  if (until && !until.isDate && until.zone === ICAL.Timezone.utcTimezone) {
    const p = instantToLocalParts(zones.instant(until, undefined), zones.network);
    copy.until = ICAL.Time.fromData({ ...p, second: until.second });
  }
  return copy.toString();
}
