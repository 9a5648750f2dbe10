// "Open now" for the sociale kaart: opening hours are wall-clock blocks (ISO weekday,
// 'HH:MM' to 'HH:MM') in the network's zone. The clock is read in that zone with Intl,
// never in the server machine's own zone, so a server in UTC or New York answers the
// same as one in Amsterdam. The browser widget does the same (src/social-map/opening-hours.ts).
import { instantToLocalParts } from '../agenda/zoned-time.ts';

export interface HoursBlock {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** 'HH:MM', inclusive. */
  opens: string;
  /** 'HH:MM', exclusive. */
  closes: string;
  note?: string;
}

/** A wall-clock moment in the network's zone. */
export interface LocalClock {
  weekday: number;
  /** 'HH:MM' */
  time: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The weekday and time in `timeZone` at the instant `now`. */
export function localClock(now: Date, timeZone: string): LocalClock {
  const p = instantToLocalParts(now.getTime(), timeZone);
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay() || 7;
  return { weekday, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** Is one of the blocks open at this local moment? Opening time included, closing time not. */
export function isOpenAt(hours: readonly HoursBlock[], at: LocalClock): boolean {
  return hours.some((h) => h.weekday === at.weekday && h.opens <= at.time && at.time < h.closes);
}

/** Sorted by weekday, then opening time: the order of the API and of the export's schedule numbers. */
export function sortHours<T extends HoursBlock>(hours: readonly T[]): T[] {
  return [...hours].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens) || a.closes.localeCompare(b.closes));
}

const dayNames = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
const clock = (time: string) => `${Number(time.slice(0, 2))}.${time.slice(3, 5)}`;

/** "Dinsdag 9.00 tot 12.00 uur", the Dutch way of writing a block (for the export's `description`). */
export function describeBlock(h: HoursBlock): string {
  const day = dayNames[h.weekday - 1]!;
  return `${day[0]!.toUpperCase()}${day.slice(1)} ${clock(h.opens)} tot ${clock(h.closes)} uur`;
}

/** RFC 5545 BYDAY code of an ISO weekday. */
export function rfc5545Day(weekday: number): string {
  return ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][weekday - 1]!;
}
