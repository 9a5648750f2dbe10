// Reads activity series from the database, filtered in SQL, in the shape the
// recurrence expansion and the API need.
import type { components } from '../../contract/types.ts';
import type { Queryable } from '../db/database.ts';
import type { ExceptionInput, SeriesInput } from './recurrence.ts';

type Schemas = components['schemas'];
export type ActivityFields = Schemas['ActivityFields'];

export interface ActivityRecord {
  series: SeriesInput;
  fields: ActivityFields;
  description: string;
  capacity: number | null;
  /** Places taken per occurrence, keyed by original local start 'YYYY-MM-DDTHH:MM'. */
  placesTaken: Map<string, number>;
}

export interface ActivityFilter {
  ids?: string[];
  categories?: string[];
  organizations?: string[];
  audiences?: string[];
  village?: string;
  q?: string;
}

/** The columns of `activities` the agenda reads (timestamps without zone as text, see db/database.ts). */
export interface ActivityColumns {
  id: string;
  title: string;
  summary: string;
  description: string;
  starts_at: string;
  duration_minutes: number;
  rrule: string | null;
  /** The zone an imported series' rule runs in, when not the network's (SeriesInput.ruleZone). */
  rule_zone: string | null;
  categories: string[];
  audiences: string[];
  cost_amount: string | null;
  cost_note: string | null;
  wheelchair: boolean;
  hearing_loop: boolean;
  accessibility_note: string | null;
  registration_required: boolean;
  capacity: number | null;
  registration_how: string | null;
  village_bus: boolean;
}

interface Row extends ActivityColumns {
  volunteers_wanted: boolean;
  org_id: string;
  org_name: string;
  org_kind: Schemas['OrganizationKind'];
  place_name: string;
  street: string;
  postal_code: string;
  locality: string;
  place_village: string;
}

/** 'YYYY-MM-DDTHH:MM' from a timestamp without time zone (text, see db/database.ts). */
export function localTimestamp(value: string): string {
  return value.replace(' ', 'T').slice(0, 16);
}

/** Escapes LIKE wildcards so a search for "50%" means just that. */
const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

export async function findActivities(db: Queryable, filter: ActivityFilter): Promise<ActivityRecord[]> {
  const rows = (
    await db.query<Row>(
      `select a.*, o.id as org_id, o.name as org_name, o.kind as org_kind,
              p.name as place_name, p.street, p.postal_code, p.locality, p.village_id as place_village,
              exists (select 1 from volunteer_opportunities v where v.activity_id = a.id and v.signups_open) as volunteers_wanted
         from activities a
         join organizations o on o.id = a.organization_id
         join places p on p.id = a.place_id
        where not a.hidden -- hidden (mostly imported) activities are in /beheer only
          and ($1::text[] is null or a.id = any($1))
          and ($2::text[] is null or a.categories && $2)
          and ($3::text[] is null or a.organization_id = any($3))
          and ($4::text[] is null or a.audiences && $4 or 'iedereen' = any(a.audiences))
          and ($5::text is null or p.village_id = $5)
          and ($6::text is null or lower(a.title || ' ' || a.summary || ' ' || a.description || ' ' || o.name || ' ' || p.name || ' ' || p.locality) like $6)
        order by a.id`,
      [
        filter.ids ?? null,
        filter.categories ?? null,
        filter.organizations ?? null,
        filter.audiences ?? null,
        filter.village ?? null,
        filter.q ? likePattern(filter.q) : null,
      ],
    )
  ).rows;
  if (rows.length === 0) return [];

  const ids = rows.map((r) => r.id);
  // One after the other: `db` may be a transaction's one connection, and a PostgreSQL
  // client runs one query at a time (node-postgres warns, and queues them anyway).
  const exceptions = await db.query<{ activity_id: string; original_starts_at: string; kind: ExceptionInput['kind']; new_starts_at: string | null; note: string | null }>(
    'select * from activity_exceptions where activity_id = any($1)',
    [ids],
  );
  const registrations = await db.query<{ activity_id: string; original_starts_at: string; places_taken: number }>(
    'select * from activity_registrations where activity_id = any($1)',
    [ids],
  );
  const categories = await db.query<{ id: string; name: string }>('select id, name from activity_categories order by sort, name');
  const audiences = await db.query<{ id: string; name: string }>('select id, name from audiences order by sort, name');
  const categoryNames = new Map(categories.rows.map((c) => [c.id, c.name]));
  const audienceNames = new Map(audiences.rows.map((a) => [a.id, a.name]));

  return rows.map((r) => {
    const own = exceptions.rows.filter((e) => e.activity_id === r.id);
    const taken = registrations.rows.filter((e) => e.activity_id === r.id);
    const fields: ActivityFields = {
      title: r.title,
      summary: r.summary,
      place: {
        name: r.place_name,
        address: { street: r.street, postalCode: r.postal_code, locality: r.locality },
        village: r.place_village,
      },
      organizer: { id: r.org_id, name: r.org_name, kind: r.org_kind },
      categories: r.categories.map((id) => ({ id, name: categoryNames.get(id) ?? id })),
      audiences: r.audiences.map((id) => ({ id, name: audienceNames.get(id) ?? id })),
      cost:
        r.cost_amount === null
          ? { free: true, ...(r.cost_note ? { note: r.cost_note } : {}) }
          : { free: false, amount: Number(r.cost_amount), ...(r.cost_note ? { note: r.cost_note } : {}) },
      accessibility: {
        wheelchair: r.wheelchair,
        hearingLoop: r.hearing_loop,
        ...(r.accessibility_note ? { note: r.accessibility_note } : {}),
      },
      registration: {
        required: r.registration_required,
        ...(r.capacity ? { capacity: r.capacity } : {}),
        ...(r.registration_how ? { how: r.registration_how } : {}),
      },
      villageBus: r.village_bus,
      ...(r.volunteers_wanted ? { volunteersWanted: true } : {}),
    };
    return {
      series: {
        id: r.id,
        startsAt: localTimestamp(r.starts_at),
        durationMinutes: r.duration_minutes,
        rrule: r.rrule,
        ...(r.rule_zone ? { ruleZone: r.rule_zone } : {}),
        exceptions: own.map((e) => ({
          originalStartsAt: localTimestamp(e.original_starts_at),
          kind: e.kind,
          ...(e.new_starts_at ? { newStartsAt: localTimestamp(e.new_starts_at) } : {}),
          ...(e.note ? { note: e.note } : {}),
        })),
      },
      fields,
      description: r.description,
      capacity: r.capacity,
      placesTaken: new Map(taken.map((t) => [localTimestamp(t.original_starts_at), t.places_taken])),
    };
  });
}
