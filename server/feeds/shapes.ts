// A calendar feed as /v1/beheer shows it (BeheerCalendarFeed), read in one query.
import type { components } from '../../contract/types.ts';
import type { Queryable } from '../db/database.ts';

export type BeheerCalendarFeed = components['schemas']['BeheerCalendarFeed'];

interface Row {
  id: string;
  url: string;
  state: BeheerCalendarFeed['state'];
  error: string | null;
  event_count: number;
  duplicate_count: number;
  skipped_count: number;
  warnings: string[];
  kept: { id: string; title: string }[] | null;
  created_at: Date | string;
  last_fetched_at: Date | string | null;
  last_success_at: Date | string | null;
  org_id: string;
  org_name: string;
  org_kind: components['schemas']['OrganizationKind'];
}

const iso = (value: Date | string) => new Date(value).toISOString();

function toFeed(r: Row): BeheerCalendarFeed {
  return {
    id: r.id,
    organization: { id: r.org_id, name: r.org_name, kind: r.org_kind },
    url: r.url,
    state: r.state,
    ...(r.last_fetched_at ? { lastFetchedAt: iso(r.last_fetched_at) } : {}),
    ...(r.last_success_at ? { lastSuccessAt: iso(r.last_success_at) } : {}),
    eventCount: r.event_count,
    duplicateCount: r.duplicate_count,
    skippedCount: r.skipped_count,
    ...(r.error ? { error: r.error } : {}),
    warnings: r.warnings,
    ...(r.kept?.length ? { keptActivities: r.kept } : {}),
    createdAt: iso(r.created_at),
  };
}

/** Every feed by organisation name (then address), or the one with this id. */
export async function listFeeds(db: Queryable, id?: string): Promise<BeheerCalendarFeed[]> {
  const { rows } = await db.query<Row>(
    `select f.id, f.url, f.state, f.error, f.event_count, f.duplicate_count, f.skipped_count, f.warnings,
            (select json_agg(json_build_object('id', a.id, 'title', a.title) order by a.starts_at, a.id)
               from activities a where a.id = any(f.kept_activity_ids) and a.feed_id = f.id and not a.hidden) as kept,
            f.created_at, f.last_fetched_at, f.last_success_at, o.id as org_id, o.name as org_name, o.kind as org_kind
       from calendar_feeds f join organizations o on o.id = f.organization_id
      where ($1::uuid is null or f.id = $1)
      order by o.name, f.url`,
    [id ?? null],
  );
  return rows.map(toFeed);
}
