// Reading activities for /beheer: the list, one activity with its exceptions and volunteer
// work, and the editor's choices. An organisation contact sees only their own
// organisation's; another's is "not found" to them, so ids do not leak what exists.
import type { Account } from '../../accounts/shapes.ts';
import type { Queryable } from '../../db/database.ts';
import { canSeeOrganization } from '../../http/session.ts';
import { ProblemError } from '../../http/problem.ts';
import { ACTIVITY_SELECT, etagOf, toBeheerActivity, toSummary, type ActivityRow, type BeheerActivity, type BeheerActivityOptions, type BeheerActivityPage, type ExceptionRow } from './shapes.ts';

export const notFound = (id: string) => new ProblemError('not-found', `Er is geen activiteit met id ${id}.`);

export async function networkZone(db: Queryable): Promise<string> {
  const [row] = (await db.query<{ timezone: string }>('select timezone from network limit 1')).rows;
  if (!row) throw new Error('The database holds no network: was it seeded?');
  return row.timezone;
}

/** The row, locked for the rest of the transaction when `lock`; undefined when there is none. */
export async function findActivityRow(db: Queryable, id: string, lock = false): Promise<ActivityRow | undefined> {
  return (await db.query<ActivityRow>(`${ACTIVITY_SELECT} where a.id = $1${lock ? ' for update of a' : ''}`, [id])).rows[0];
}

/** The activity as /beheer shows it, with its ETag. */
export async function presentActivity(db: Queryable, row: ActivityRow, zone: string): Promise<{ activity: BeheerActivity; etag: string }> {
  // One after the other: in a transaction they share one connection.
  const exceptions = await db.query<ExceptionRow>('select * from activity_exceptions where activity_id = $1', [row.id]);
  const opportunities = await db.query<{ id: string; title: string; signups_open: boolean }>(
    'select id, title, signups_open from volunteer_opportunities where activity_id = $1 order by title, id',
    [row.id],
  );
  return { activity: toBeheerActivity(row, exceptions.rows, opportunities.rows, zone), etag: etagOf(row) };
}

export async function getActivity(db: Queryable, account: Account, id: string): Promise<{ activity: BeheerActivity; etag: string }> {
  const row = await findActivityRow(db, id);
  if (!row || !canSeeOrganization(account, row.organization_id)) throw notFound(id);
  return presentActivity(db, row, await networkZone(db));
}

/** Escapes LIKE wildcards so a search for "50%" means just that. */
const likeWord = (word: string) => `%${word.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

export async function listActivities(
  db: Queryable,
  account: Account,
  query: { organization?: string; q?: string; limit?: number; offset?: number },
  now: Date,
): Promise<BeheerActivityPage> {
  const { limit = 100, offset = 0 } = query;
  const own = account.role === 'coordinator' ? null : (account.organizationId ?? '');
  const words = (query.q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 10).map(likeWord);
  const where = `where ($1::text is null or a.organization_id = $1) and ($2::text is null or a.organization_id = $2)
                   and (select bool_and(lower(a.title) like w) from unnest($3::text[]) w) is not false`;
  const params = [own, query.organization ?? null, words];
  const [rows, total, zone] = await Promise.all([
    db.query<ActivityRow & { next_start: Date | string | null }>(
      `select * from (${ACTIVITY_SELECT} ${where}) a,
              lateral (select min(o.starts_at) as next_start from activity_occurrences o
                        where o.activity_id = a.id and o.starts_at >= $6 and o.status <> 'cancelled') n
        order by lower(a.title), a.id limit $4 offset $5`,
      [...params, limit, offset, now.toISOString()],
    ),
    db.query<{ n: number }>(`select count(*)::int as n from activities a ${where}`, params),
    networkZone(db),
  ]);
  const count = total.rows[0]?.n ?? 0;
  return {
    items: rows.rows.map((r) => toSummary(r, r.next_start, zone)),
    total: count,
    offset,
    limit,
    ...(offset + limit < count ? { next: offset + limit } : {}),
  };
}

export async function activityOptions(db: Queryable, account: Account): Promise<BeheerActivityOptions> {
  const own = account.role === 'coordinator' ? null : (account.organizationId ?? '');
  const [organizations, places, categories, audiences, zone] = await Promise.all([
    db.query<{ id: string; name: string; kind: BeheerActivityOptions['organizations'][number]['kind'] }>(
      'select id, name, kind from organizations where $1::text is null or id = $1 order by lower(name), id',
      [own],
    ),
    db.query<{ id: string; name: string; street: string; postal_code: string; locality: string; village_id: string }>('select * from places order by lower(name), id'),
    db.query<{ id: string; name: string }>('select id, name from activity_categories order by sort, name'),
    db.query<{ id: string; name: string }>('select id, name from audiences order by sort, name'),
    networkZone(db),
  ]);
  return {
    organizations: organizations.rows.map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
    places: places.rows.map((p) => ({ id: p.id, name: p.name, address: { street: p.street, postalCode: p.postal_code, locality: p.locality }, village: p.village_id })),
    categories: categories.rows.map((c) => ({ id: c.id, name: c.name })),
    audiences: audiences.rows.map((a) => ({ id: a.id, name: a.name })),
    timeZone: zone,
  };
}
