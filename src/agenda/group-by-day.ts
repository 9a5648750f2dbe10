import { dayKey } from '../core/dates.ts';
import type { Occurrence } from './types.ts';

/** Occurrences grouped by their calendar day in Amsterdam, in start order. */
export function groupByDay(items: readonly Occurrence[]): Map<string, Occurrence[]> {
  const days = new Map<string, Occurrence[]>();
  const sorted = [...items].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  for (const o of sorted) {
    const key = dayKey(o.start);
    const list = days.get(key);
    if (list) list.push(o);
    else days.set(key, [o]);
  }
  return days;
}
