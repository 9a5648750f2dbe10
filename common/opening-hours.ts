/**
 * "Open now" from wall-clock opening hours: blocks of an ISO weekday and 'HH:MM' to
 * 'HH:MM' in the network's zone. The clock is read in that zone (never the machine's), so
 * a server in UTC, a browser in Tokyo and one in Amsterdam all give the same answer. The
 * widget (cached map document) and the API (`open_now`, `openNow`) both use this.
 */
import type { components } from '../contract/types.ts';
import { instantToLocalParts } from './zoned-time.ts';

/** One block of the contract's `OpeningHours`: `opens` inclusive, `closes` exclusive. */
export type HoursBlock = components['schemas']['OpeningHours'];

/** A wall-clock moment in the network's zone. */
export interface LocalClock {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
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

/** The blocks of the weekday of `at`. */
export const hoursOn = <T extends HoursBlock>(hours: readonly T[], at: LocalClock): T[] =>
  hours.filter((h) => h.weekday === at.weekday);

/** Sorted by weekday, then opening time: the order of the API and of the export's schedule numbers. */
export function sortHours<T extends HoursBlock>(hours: readonly T[]): T[] {
  return [...hours].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens) || a.closes.localeCompare(b.closes));
}
