// Volunteers signed up for a coming shift of an activity: while there are any, the activity
// keeps its dates (decision 0013, "Hiding waits for the volunteers"). One rule for the
// coordinator's "Verbergen" (editing/write.ts) and for a feed import that no longer finds the
// activity's event (feeds/import.ts).
import type { Queryable } from '../db/database.ts';
import { todayIn } from '../../common/zoned-time.ts';

/** Per activity id: how many sign-ups (not cancelled) there are for its shifts from today on, in the network's zone. Activities without any are left out. */
export async function comingSignups(q: Queryable, activityIds: string[], zone: string, now: Date): Promise<Map<string, number>> {
  if (!activityIds.length) return new Map();
  const { rows } = await q.query<{ activity_id: string; n: number }>(
    `select v.activity_id, count(*)::int as n
       from volunteer_signups s join volunteer_opportunities v on v.id = s.opportunity_id
      where v.activity_id = any($1::text[]) and s.status <> 'cancelled' and s.occurrence_key >= $2
      group by v.activity_id`,
    [activityIds, `${todayIn(zone, now).replaceAll('-', '')}T0000`],
  );
  return new Map(rows.map((r) => [r.activity_id, r.n]));
}
