/**
 * "Nu open" and "vandaag open", worked out in the browser from the wall-clock opening hours
 * (the map document is cached, so the server cannot say it). Always in Europe/Amsterdam,
 * whatever the zone of the volunteer's computer.
 */
import { formatClock, weekdayNames, zonedClock } from '../core/dates.ts';
import type { Locale } from '../core/i18n.ts';
import type { SocialMapMessages } from './messages.ts';
import type { OpeningHours, SocialMapService } from './types.ts';

type Hours = SocialMapService['openingHours'];

/** Is one of the blocks open at `now`? (`closes` is exclusive.) */
export function isOpenAt(hours: Hours, now: Date): boolean {
  const { isoWeekday, time } = zonedClock(now);
  return hours.some((h) => h.weekday === isoWeekday && h.opens <= time && time < h.closes);
}

/** The blocks of the day of `now`. */
export const hoursOn = (hours: Hours, now: Date): OpeningHours[] => {
  const { isoWeekday } = zonedClock(now);
  return hours.filter((h) => h.weekday === isoWeekday);
};

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
