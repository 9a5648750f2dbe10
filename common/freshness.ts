// When a service of the sociale kaart counts as stale ("Meer dan een jaar niet
// gecontroleerd"): its assured date lies more than 12 months before today. Pure calendar
// arithmetic on 'YYYY-MM-DD' dates; "today" is the caller's, in the network's zone.
import { daysInMonth, formatLocalDate, parseLocalDate } from './zoned-time.ts';

/** The same day a year earlier; 29 February becomes 28 February. */
export function aYearBefore(today: string): string {
  const { year, month, day } = parseLocalDate(today);
  return formatLocalDate({ year: year - 1, month, day: Math.min(day, daysInMonth(year - 1, month)) });
}

/** Checked before this day a year ago: stale. A service checked exactly a year ago is not (yet). */
export function isStale(assuredDate: string, today: string): boolean {
  return assuredDate < aYearBefore(today);
}
