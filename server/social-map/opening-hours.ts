// Opening hours as the HSDS export writes them. "Open now" itself is in
// common/opening-hours.ts, shared with the widget.
import type { HoursBlock } from '../../common/opening-hours.ts';

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
