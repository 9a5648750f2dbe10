// Keeping the sociale kaart current in /beheer (issue 9): the services an account looks
// after with when each was last checked, and "Nog actueel". A coordinator looks after every
// organisation's services, an organisation contact only their own (canSeeOrganization).
// "Nog actueel" sets assured_date to today in the network's zone; the social_map_touch
// trigger bumps the map's version in the same transaction, so the public map, a service's
// page and the HSDS export show the new date from the next request on, on every process.
import type { components, operations } from '../../contract/types.ts';
import { aYearBefore } from '../../common/freshness.ts';
import { todayIn } from '../../common/zoned-time.ts';
import type { Account } from '../accounts/shapes.ts';
import type { Database, Queryable } from '../db/database.ts';
import { recordAuditRows } from '../privacy/audit.ts';
import { invalidParameter, ProblemError } from '../http/problem.ts';
import { canSeeOrganization } from '../http/session.ts';

export type BeheerServiceQuery = NonNullable<operations['beheerListServices']['parameters']['query']>;
type BeheerService = components['schemas']['BeheerService'];
type BeheerServicePage = components['schemas']['BeheerServicePage'];

interface ServiceRow {
  id: string;
  name: string;
  kind: BeheerService['kind'];
  status: BeheerService['status'];
  assured_date: string;
  organization_id: string;
  organization_name: string;
  organization_kind: BeheerService['organization']['kind'];
}

const SELECT = `select s.id, s.name, s.kind, s.status, to_char(s.assured_date, 'YYYY-MM-DD') as assured_date,
                       o.id as organization_id, o.name as organization_name, o.kind as organization_kind
                  from services s join organizations o on o.id = s.organization_id`;

const toService = (r: ServiceRow, staleBefore: string): BeheerService => ({
  id: r.id,
  name: r.name,
  organization: { id: r.organization_id, name: r.organization_name, kind: r.organization_kind },
  kind: r.kind,
  status: r.status,
  assuredDate: r.assured_date,
  stale: r.assured_date < staleBefore,
});

// Sorted here, not in SQL: PGlite and PostgreSQL may collate differently, and a village
// has a few hundred services at most.
const byName = (a: BeheerService, b: BeheerService) => a.name.localeCompare(b.name, 'nl') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const oldestFirst = (a: BeheerService, b: BeheerService) => (a.assuredDate < b.assuredDate ? -1 : a.assuredDate > b.assuredDate ? 1 : byName(a, b));

async function networkToday(db: Queryable, now: Date): Promise<string> {
  const [row] = (await db.query<{ timezone: string }>('select timezone from network limit 1')).rows;
  if (!row) throw new Error('The database holds no network: was it seeded?');
  return todayIn(row.timezone, now);
}

/**
 * A page of the services this account looks after: by name, or with `stale` only those
 * not checked for over 12 months, oldest first. `staleCount` counts the stale ones of the
 * same organisations, whatever `stale` and the page.
 */
export async function listBeheerServices(db: Queryable, account: Account, query: BeheerServiceQuery, now: Date): Promise<BeheerServicePage> {
  const { limit = 100, offset = 0 } = query;
  let organization = query.organization;
  if (account.role !== 'coordinator') {
    if (organization && organization !== account.organizationId) {
      throw new ProblemError('forbidden', 'U ziet alleen de diensten van uw eigen organisatie.');
    }
    organization = account.organizationId ?? undefined;
    if (!organization) throw new ProblemError('forbidden', 'Met uw account kunt u dit niet zien of doen.');
  } else if (organization) {
    const { rows } = await db.query('select 1 from organizations where id = $1', [organization]);
    if (!rows.length) throw invalidParameter('organization', `Er is geen organisatie met id ${organization}.`);
  }
  const staleBefore = aYearBefore(await networkToday(db, now));
  const { rows } = organization
    ? await db.query<ServiceRow>(`${SELECT} where s.organization_id = $1`, [organization])
    : await db.query<ServiceRow>(SELECT);
  const all = rows.map((r) => toService(r, staleBefore));
  const stale = all.filter((s) => s.stale);
  const items = query.stale ? stale.sort(oldestFirst) : all.sort(byName);
  const pageItems = items.slice(offset, offset + limit);
  return {
    items: pageItems,
    total: items.length,
    offset,
    limit,
    staleCount: stale.length,
    ...(offset + pageItems.length < items.length ? { next: offset + pageItems.length } : {}),
  };
}

/** "Nog actueel": checked today. One transaction with its audit row; answers the service as it is then. */
export async function assureService(db: Database, account: Account, id: string, now: Date): Promise<BeheerService> {
  return db.transaction(async (tx) => {
    const [found] = (await tx.query<{ organization_id: string }>('select organization_id from services where id = $1 for update', [id])).rows;
    if (!found) throw new ProblemError('not-found', `Er is geen dienst met id ${id}.`);
    if (!canSeeOrganization(account, found.organization_id)) {
      throw new ProblemError('forbidden', 'U kunt alleen de diensten van uw eigen organisatie als actueel markeren.');
    }
    const today = await networkToday(tx, now);
    await tx.query('update services set assured_date = $2::date, updated_at = $3::timestamptz where id = $1', [id, today, now.toISOString()]);
    await recordAuditRows(tx, { accountId: account.id, action: 'assure', recordType: 'service', recordIds: [id], at: now });
    const [row] = (await tx.query<ServiceRow>(`${SELECT} where s.id = $1`, [id])).rows;
    return toService(row!, aYearBefore(today));
  });
}
