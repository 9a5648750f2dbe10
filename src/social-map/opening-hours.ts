/**
 * "Nu open" and "vandaag open", worked out in the browser from the wall-clock opening hours
 * (the map document is cached, so the server cannot say it). Always in Europe/Amsterdam,
 * whatever the zone of the volunteer's computer. The rule itself is common/opening-hours.ts,
 * the same the API's `open_now` uses; here are the widget's texts.
 */
import { hoursOn as blocksOn, isOpenAt as openAt, localClock, type LocalClock } from '../../common/opening-hours.ts';
import { formatClock, TIME_ZONE, weekdayNames } from '../core/dates.ts';
import type { Locale } from '../core/i18n.ts';
import type { SocialMapMessages } from './messages.ts';
import type { OpeningHours, SocialMapService } from './types.ts';

type Hours = SocialMapService['openingHours'];

// Every service of a search is checked against the same moment: read its clock once.
let lastClock: { ms: number; clock: LocalClock } | undefined;
function clockAt(now: Date): LocalClock {
  if (lastClock?.ms !== now.getTime()) lastClock = { ms: now.getTime(), clock: localClock(now, TIME_ZONE) };
  return lastClock.clock;
}

/** Is one of the blocks open at `now` in Amsterdam? (`closes` is exclusive.) */
export const isOpenAt = (hours: Hours, now: Date): boolean => openAt(hours, clockAt(now));

/** The blocks of the day of `now` in Amsterdam. */
export const hoursOn = (hours: Hours, now: Date): OpeningHours[] => blocksOn(hours, clockAt(now));

const range = (h: OpeningHours, locale: Locale, m: SocialMapMessages) =>
  m.hoursRange(formatClock(h.opens, locale), formatClock(h.closes, locale));

/** "Vandaag open: 09.00 – 12.00 uur", "Vandaag gesloten", "Op afspraak"… */
export function todayText(s: SocialMapService, now: Date, locale: Locale, m: SocialMapMessages): string {
  const today = hoursOn(s.openingHours, now);
  if (!today.length) {
    if (s.byAppointment && !s.openingHours.length) return m.byAppointment;
    return s.byAppointment ? `${m.todayClosed}, ${m.alsoByAppointment}` : m.todayClosed;
  }
  const text = m.todayOpen(today.map((h) => range(h, locale, m)).join(', '));
  return s.byAppointment ? `${text}, ${m.alsoByAppointment}` : text;
}

/** Every block as a line: "maandag 09.00 – 12.00 uur (Niet in de schoolvakanties)". */
export function weekLines(s: SocialMapService, locale: Locale, m: SocialMapMessages): string[] {
  const days = weekdayNames(locale, 'long');
  const lines = s.openingHours.map(
    (h) => `${days[h.weekday - 1]} ${range(h, locale, m)}${h.note ? ` (${h.note})` : ''}`,
  );
  if (s.byAppointment) lines.push(lines.length ? m.alsoByAppointment : m.byAppointment);
  return lines;
}
