// Reading the audit log in /beheer (issue 9): who saw or changed which record when, for
// coordinators. Newest first, paged by row id (`before`), so rows written while someone
// reads do not shift the pages. The rows hold ids only; the answer adds the account's name
// and, for a sign-up that still exists, its volunteer work (where /beheer shows it), and
// nothing else about the record. Reading the log is not itself logged.
import type { components } from '../../contract/types.ts';
import type { Queryable } from '../db/database.ts';

type AuditPage = components['schemas']['BeheerAuditPage'];

export interface AuditQuery {
  account?: string;
  recordType?: string;
  recordId?: string;
  from?: string;
  to?: string;
  before?: number;
  limit?: number;
}

/** The accounts offered in the filter: a network has a handful, at most this many are listed. */
const MAX_ACCOUNTS = 500;

export async function readAuditLog(db: Queryable, query: AuditQuery): Promise<AuditPage> {
  const limit = query.limit ?? 50;
  const [network] = (await db.query<{ timezone: string }>('select timezone from network limit 1')).rows;
  const zone = network?.timezone ?? 'Europe/Amsterdam';
  // One more than asked, to know whether there is a next page. A day's bounds are midnight
  // in the network's zone, so "1 december" means the Dutch day.
  const { rows } = await db.query<{
    id: string | number;
    at: Date | string;
    account_id: string;
    account_name: string;
    action: string;
    record_type: string;
    record_id: string;
    opportunity_id: string | null;
  }>(
    `select l.id, l.at, l.account_id, a.name as account_name, l.action, l.record_type, l.record_id,
            (select s.opportunity_id from volunteer_signups s
              where l.record_type = 'volunteer-signup' and s.reference = l.record_id) as opportunity_id
       from audit_log l join accounts a on a.id = l.account_id
      where ($1::uuid is null or l.account_id = $1)
        and ($2::text is null or l.record_type = $2)
        and ($3::text is null or l.record_id = $3)
        and ($4::date is null or l.at >= ($4::date::timestamp at time zone $8))
        and ($5::date is null or l.at < (($5::date + 1)::timestamp at time zone $8))
        and ($6::bigint is null or l.id < $6)
      order by l.id desc
      limit $7`,
    [query.account ?? null, query.recordType ?? null, query.recordId ?? null, query.from ?? null, query.to ?? null, query.before ?? null, limit + 1, zone],
  );
  const accounts = await db.query<{ id: string; name: string }>('select id, name from accounts order by lower(name), id limit $1', [MAX_ACCOUNTS]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: Number(r.id),
      at: new Date(r.at).toISOString(),
      account: { id: r.account_id, name: r.account_name },
      action: r.action,
      recordType: r.record_type,
      recordId: r.record_id,
      ...(r.opportunity_id ? { opportunity: r.opportunity_id } : {}),
    })),
    ...(rows.length > limit && last ? { next: Number(last.id) } : {}),
    accounts: accounts.rows,
  };
}
