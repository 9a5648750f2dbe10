// The network's organisations in /beheer (issue 9): the list with how many activities and
// services each has, one organisation with its ETag, adding one and saving one. A
// coordinator adds and edits every organisation; an organisation contact may change their
// own organisation's description, village and contact details, not its name or kind
// (docs/decisions/0015-organisations-and-audit.md). Each write is one transaction with its
// audit row; the agenda_touch and social_map_touch triggers on `organizations` bump both
// data versions in it, so the agenda's organiser names, the sociale kaart and the HSDS
// export show the change from the next request on, on every process.
import { createHash } from 'node:crypto';
import type { components } from '../../contract/types.ts';
import type { Account } from '../accounts/shapes.ts';
import type { Database, Queryable } from '../db/database.ts';
import { ProblemError } from '../http/problem.ts';
import { canSeeOrganization } from '../http/session.ts';
import { recordAuditRows } from '../privacy/audit.ts';
import { invalidBody } from '../agenda/editing/input.ts';
import { insertWithFreeId } from '../db/free-id.ts';
import { slugOf } from '../../common/slug.ts';
import { contact } from './repository.ts';

export type OrganizationInput = components['schemas']['BeheerOrganizationInput'];
export type BeheerOrganization = components['schemas']['BeheerOrganization'];
type BeheerOrganizationPage = components['schemas']['BeheerOrganizationPage'];
type Kind = components['schemas']['OrganizationKind'];

const RECORD_TYPE = 'organization';

interface OrganizationRow {
  id: string;
  name: string;
  kind: Kind;
  description: string;
  village_id: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  activity_count: number;
  service_count: number;
}

const SELECT = `select o.id, o.name, o.kind, o.description, o.village_id, o.phone, o.email, o.website,
                       (select count(*)::int from activities a where a.organization_id = o.id) as activity_count,
                       (select count(*)::int from services s where s.organization_id = o.id) as service_count
                  from organizations o`;

/** A validator of the stored fields (not the counts): any change to them changes it. */
export const etagOf = (r: OrganizationRow) =>
  `"o${createHash('sha256')
    .update(JSON.stringify([r.name, r.kind, r.description, r.village_id, r.phone, r.email, r.website]))
    .digest('base64url')
    .slice(0, 22)}"`;

const present = (r: OrganizationRow, account: Account): BeheerOrganization => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  description: r.description,
  ...(r.village_id ? { village: r.village_id } : {}),
  contact: contact(r),
  activityCount: r.activity_count,
  serviceCount: r.service_count,
  nameAndKindEditable: account.role === 'coordinator',
});

const notFound = (id: string) => new ProblemError('not-found', `Er is geen organisatie met id ${id}.`);
const notYours = () => new ProblemError('forbidden', 'U kunt alleen de gegevens van uw eigen organisatie aanpassen.');

async function findRow(db: Queryable, id: string, lock = false): Promise<OrganizationRow | undefined> {
  if (lock) await db.query('select 1 from organizations where id = $1 for update', [id]);
  return (await db.query<OrganizationRow>(`${SELECT} where o.id = $1`, [id])).rows[0];
}

/** Sorted here, not in SQL: PGlite and PostgreSQL may collate differently; a network has tens of organisations. */
const byName = (a: OrganizationRow, b: OrganizationRow) => a.name.localeCompare(b.name, 'nl') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function listBeheerOrganizations(
  db: Queryable,
  account: Account,
  query: { kind?: Kind; limit?: number; offset?: number },
): Promise<BeheerOrganizationPage> {
  const { limit = 100, offset = 0 } = query;
  const own = account.role === 'coordinator' ? null : account.organizationId;
  if (account.role !== 'coordinator' && !own) throw new ProblemError('forbidden', 'Met uw account kunt u dit niet zien of doen.');
  const { rows } = await db.query<OrganizationRow>(`${SELECT} where ($1::text is null or o.id = $1) and ($2::text is null or o.kind = $2)`, [
    own,
    query.kind ?? null,
  ]);
  const all = rows.sort(byName);
  const items = all.slice(offset, offset + limit).map((r) => present(r, account));
  return {
    items,
    total: all.length,
    offset,
    limit,
    ...(offset + items.length < all.length ? { next: offset + items.length } : {}),
  };
}

export async function getBeheerOrganization(db: Queryable, account: Account, id: string): Promise<{ organization: BeheerOrganization; etag: string }> {
  const row = await findRow(db, id);
  if (!row) throw notFound(id);
  if (!canSeeOrganization(account, id)) throw new ProblemError('forbidden', 'U kunt alleen uw eigen organisatie openen.');
  return { organization: present(row, account), etag: etagOf(row) };
}

/** 422 naming `village` when there is no such village; the formats are the contract's. */
async function checkVillage(tx: Queryable, input: OrganizationInput): Promise<void> {
  if (!input.village) return;
  const { rows } = await tx.query('select 1 from villages where id = $1', [input.village]);
  if (!rows.length) {
    throw invalidBody([{ name: 'village', in: 'body', detail: `Er is geen dorp of buurtschap met id ${input.village}.` }]);
  }
}

const columnParams = (input: OrganizationInput) => [
  input.name.trim(),
  input.kind,
  input.description.trim(),
  input.village ?? null,
  input.phone ?? null,
  input.email ?? null,
  input.website ?? null,
];

/** Adds an organisation inside the caller's transaction (the route's, which also keeps its Idempotency-Key). */
export async function createBeheerOrganization(tx: Queryable, account: Account, input: OrganizationInput, now: Date): Promise<{ organization: BeheerOrganization; etag: string }> {
  if (account.role !== 'coordinator') throw new ProblemError('forbidden', 'Alleen een coördinator kan een organisatie toevoegen.');
  await checkVillage(tx, input);
  // "Repair Café" -> "repair-cafe"; a name without letters or digits becomes "organisatie".
  const id = await insertWithFreeId(tx, 'organizations', slugOf(input.name, 'organisatie'), async (candidate) => {
    const { rows } = await tx.query(
      `insert into organizations (id, name, kind, description, village_id, phone, email, website)
       values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (id) do nothing returning id`,
      [candidate, ...columnParams(input)],
    );
    return rows.length > 0;
  });
  await recordAuditRows(tx, { accountId: account.id, action: 'create', recordType: RECORD_TYPE, recordIds: [id], at: now });
  const row = (await findRow(tx, id))!;
  return { organization: present(row, account), etag: etagOf(row) };
}

export async function updateBeheerOrganization(
  db: Database,
  account: Account,
  id: string,
  input: OrganizationInput,
  ifMatch: string | undefined,
  now: Date,
): Promise<{ organization: BeheerOrganization; etag: string }> {
  return db.transaction(async (tx) => {
    const row = await findRow(tx, id, true);
    if (!row) throw notFound(id);
    if (!canSeeOrganization(account, id)) throw notYours();
    if (ifMatch !== undefined && ifMatch.trim() !== '*' && !ifMatch.split(',').some((tag) => tag.trim() === etagOf(row))) {
      throw new ProblemError('edit-conflict', 'Iemand anders heeft deze organisatie intussen gewijzigd. Open haar opnieuw om de nieuwe versie te zien, en breng uw wijziging dan nog eens aan.');
    }
    if (account.role !== 'coordinator' && (input.name.trim() !== row.name || input.kind !== row.kind)) {
      throw new ProblemError('forbidden', 'De naam en de soort organisatie kan alleen de coördinator wijzigen. Vraag het de coördinator van het netwerk.');
    }
    await checkVillage(tx, input);
    await tx.query('update organizations set (name, kind, description, village_id, phone, email, website) = ($2, $3, $4, $5, $6, $7, $8) where id = $1', [
      id,
      ...columnParams(input),
    ]);
    await recordAuditRows(tx, { accountId: account.id, action: 'update', recordType: RECORD_TYPE, recordIds: [id], at: now });
    const saved = (await findRow(tx, id))!;
    return { organization: present(saved, account), etag: etagOf(saved) };
  });
}
