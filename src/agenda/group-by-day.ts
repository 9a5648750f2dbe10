import { dayKey } from '../core/dates.ts';
import type { Occurrence } from './types.ts';

/** The grouping of each list asked for: one render of the agenda asks for it several times. */
const grouped = new WeakMap<readonly Occurrence[], ReadonlyMap<string, readonly Occurrence[]>>();

/**
 * Occurrences grouped by their calendar day in Amsterdam, in start order. The same list
 * gives the same map, made once (so neither it nor its lists are to be changed).
 */
export function groupByDay(items: readonly Occurrence[]): ReadonlyMap<string, readonly Occurrence[]> {
  const known = grouped.get(items);
  if (known) return known;
  const days = new Map<string, Occurrence[]>();
  const byStart = items.map((o) => ({ o, at: Date.parse(o.start) })).sort((a, b) => a.at - b.at);
  for (const { o, at } of byStart) {
    const key = dayKey(new Date(at));
    const list = days.get(key);
    if (list) list.push(o);
    else days.set(key, [o]);
  }
  grouped.set(items, days);
  return days;
}
