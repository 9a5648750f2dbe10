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

const keyOfDay = (day: string) => `${day.replaceAll('-', '')}T0000`;

/**
 * A new start time takes the coming shifts' sign-ups along, as it takes the exceptions
 * (common/carry-exceptions.ts): a volunteer for Tuesday 10.00 is then down for Tuesday
 * 10.30, the same meeting at its new time. Only sign-ups on the old time of day move.
 */
export async function carrySignups(q: Queryable, activityId: string, oldStartsAt: string, newStartsAt: string, today: string): Promise<MovedSignup[]> {
  const from = oldStartsAt.slice(11, 16).replace(':', '');
  const to = newStartsAt.slice(11, 16).replace(':', '');
  if (from === to || !/^\d{4}$/.test(from) || !/^\d{4}$/.test(to)) return [];
  const { rows } = await q.query<MovedSignup>(
    `update volunteer_signups s set occurrence_key = left(s.occurrence_key, 9) || $3
       from volunteer_opportunities v
      where v.id = s.opportunity_id and v.activity_id = $1 and s.occurrence_key >= $4 and right(s.occurrence_key, 4) = $2
      returning s.id, s.reference, s.name, s.phone, s.email, s.status, s.opportunity_id, s.occurrence_key`,
    [activityId, from, to, keyOfDay(today)],
  );
  return rows;
}

/** A sign-up moved to its shift's new time (carrySignups). */
export interface MovedSignup {
  id: number;
  reference: string;
  name: string;
  phone: string | null;
  email: string | null;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  opportunity_id: string;
  occurrence_key: string;
}

/**
 * The coming shifts with volunteers signed up that the activity no longer has (its new
 * rule skips that day): the local starts ('YYYY-MM-DDTHH:MM') and how many are signed up for
 * each. Read after the occurrence index was rewritten, within the days it holds.
 */
export async function signupsWithoutShift(q: Queryable, activityId: string, today: string): Promise<{ startsAt: string; n: number }[]> {
  const { rows } = await q.query<{ key: string; n: number }>(
    `select s.occurrence_key as key, count(*)::int as n
       from volunteer_signups s
       join volunteer_opportunities v on v.id = s.opportunity_id
       join agenda_state st on st.id = 1
      where v.activity_id = $1 and s.status <> 'cancelled' and s.occurrence_key >= $2
        and s.occurrence_key <= to_char(st.horizon_to, 'YYYYMMDD') || 'T2359'
        and not exists (select 1 from activity_occurrences o where o.activity_id = $1 and o.occurrence_key = s.occurrence_key)
      group by s.occurrence_key order by s.occurrence_key`,
    [activityId, keyOfDay(today)],
  );
  return rows.map((r) => ({ startsAt: `${r.key.slice(0, 4)}-${r.key.slice(4, 6)}-${r.key.slice(6, 8)}T${r.key.slice(9, 11)}:${r.key.slice(11, 13)}`, n: r.n }));
}
