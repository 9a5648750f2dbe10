// The places where activities are held, in /beheer (issue 9): the list with how many
// activities each has, one place with its ETag, adding one and saving one. Places are the
// whole network's (any organisation may meet in the dorpshuis), so coordinators and
// organisation contacts may read them, and only a coordinator adds or changes one, as with
// organisations: a contact's change would move other organisations' activities. Each write
// is one transaction with its audit row; the agenda_touch trigger on `places` bumps the
// agenda's data version in it, so the agenda, its ICS files and the JSON-LD built from them
// show the new address from the next request on, on every process.
import { createHash } from 'node:crypto';
import type { components } from '../../contract/types.ts';
import { slugOf } from '../../common/slug.ts';
import { normalPostcode } from '../../common/postcode.ts';
import type { Account } from '../accounts/shapes.ts';
import type { Database, Queryable } from '../db/database.ts';
import { insertWithFreeId } from '../db/free-id.ts';
import { retryRaces } from '../db/retry.ts';
import { ProblemError } from '../http/problem.ts';
import { recordAuditRows } from '../privacy/audit.ts';
import { invalidBody } from '../agenda/editing/input.ts';

export type PlaceInput = components['schemas']['BeheerPlaceInput'];
export type BeheerPlace = components['schemas']['BeheerPlace'];
type BeheerPlacePage = components['schemas']['BeheerPlacePage'];

const RECORD_TYPE = 'place';

interface PlaceRow {
  id: string;
  name: string;
  street: string;
  postal_code: string;
  locality: string;
  village_id: string;
  from_feed: boolean;
  activity_count: number;
}

const SELECT = `select p.id, p.name, p.street, p.postal_code, p.locality, p.village_id, p.feed_id is not null as from_feed,
                       (select count(*)::int from activities a where a.place_id = p.id) as activity_count
                  from places p`;

/** A validator of the stored fields (not the count): any change to them changes it. */
const etagOf = (r: PlaceRow) =>
  `"p${createHash('sha256')
    .update(JSON.stringify([r.name, r.street, r.postal_code, r.locality, r.village_id, r.from_feed]))
    .digest('base64url')
    .slice(0, 22)}"`;

const present = (r: PlaceRow): BeheerPlace => ({
  id: r.id,
  name: r.name,
  address: { street: r.street, postalCode: r.postal_code, locality: r.locality },
  village: r.village_id,
  activityCount: r.activity_count,
  fromFeed: r.from_feed,
});

const notFound = (id: string) => new ProblemError('not-found', `Er is geen plek met id ${id}.`);
const coordinatorsOnly = (what: string) =>
  new ProblemError('forbidden', `Alleen een coördinator kan een plek ${what}: een plek is van het hele netwerk. Vraag het de coördinator van het netwerk.`);

async function findRow(db: Queryable, id: string): Promise<PlaceRow | undefined> {
  return (await db.query<PlaceRow>(`${SELECT} where p.id = $1`, [id])).rows[0];
}

/** Sorted here, not in SQL: PGlite and PostgreSQL may collate differently; a network has tens of places. */
const byName = (a: PlaceRow, b: PlaceRow) => a.name.localeCompare(b.name, 'nl') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function listBeheerPlaces(db: Queryable, query: { limit?: number; offset?: number }): Promise<BeheerPlacePage> {
  const { limit = 100, offset = 0 } = query;
  const all = (await db.query<PlaceRow>(SELECT)).rows.sort(byName);
  const items = all.slice(offset, offset + limit).map(present);
  return { items, total: all.length, offset, limit, ...(offset + items.length < all.length ? { next: offset + items.length } : {}) };
}

export async function getBeheerPlace(db: Queryable, id: string): Promise<{ place: BeheerPlace; etag: string }> {
  const row = await findRow(db, id);
  if (!row) throw notFound(id);
  return { place: present(row), etag: etagOf(row) };
}

/** 422 naming `village` when there is no such village; the formats are the contract's. */
async function checkVillage(tx: Queryable, input: PlaceInput): Promise<void> {
  const { rows } = await tx.query('select 1 from villages where id = $1', [input.village]);
  if (!rows.length) throw invalidBody([{ name: 'village', in: 'body', detail: `Er is geen dorp of buurtschap met id ${input.village}.` }]);
}

const columnParams = (input: PlaceInput) => [input.name.trim(), input.street.trim(), normalPostcode(input.postalCode), input.locality.trim(), input.village];

/**
 * Every agenda write takes the agenda's row first (as activity writes and feed imports do),
 * so a place saved while a feed import removes places cannot deadlock with it.
 */
const lockAgenda = (tx: Queryable) => tx.query('select 1 from agenda_state where id = 1 for update');

/** Adds a place inside the caller's transaction (the route's, which also keeps its Idempotency-Key). */
export async function createBeheerPlace(tx: Queryable, account: Account, input: PlaceInput, now: Date): Promise<{ place: BeheerPlace; etag: string }> {
  if (account.role !== 'coordinator') throw coordinatorsOnly('toevoegen');
  await lockAgenda(tx);
  await checkVillage(tx, input);
  // "Gymzaal De Waard" -> "gymzaal-de-waard"; a name without letters or digits becomes "plek".
  const id = await insertWithFreeId(tx, 'places', slugOf(input.name, 'plek'), async (candidate) => {
    const { rows } = await tx.query(
      `insert into places (id, name, street, postal_code, locality, village_id) values ($1, $2, $3, $4, $5, $6)
       on conflict (id) do nothing returning id`,
      [candidate, ...columnParams(input)],
    );
    return rows.length > 0;
  });
  await recordAuditRows(tx, { accountId: account.id, action: 'create', recordType: RECORD_TYPE, recordIds: [id], at: now });
  const row = (await findRow(tx, id))!;
  return { place: present(row), etag: etagOf(row) };
}

export async function updateBeheerPlace(
  db: Database,
  account: Account,
  id: string,
  input: PlaceInput,
  ifMatch: string | undefined,
  now: Date,
): Promise<{ place: BeheerPlace; etag: string }> {
  if (account.role !== 'coordinator') throw coordinatorsOnly('wijzigen');
  return retryRaces(() =>
    db.transaction(async (tx) => {
      await lockAgenda(tx);
      await tx.query('select 1 from places where id = $1 for update', [id]);
      const row = await findRow(tx, id);
      if (!row) throw notFound(id);
      if (ifMatch !== undefined && ifMatch.trim() !== '*' && !ifMatch.split(',').some((tag) => tag.trim() === etagOf(row))) {
        throw new ProblemError('edit-conflict', 'Iemand anders heeft deze plek intussen gewijzigd. Open haar opnieuw om de nieuwe versie te zien, en breng uw wijziging dan nog eens aan.');
      }
      await checkVillage(tx, input);
      // Saved by a person, a feed's place is the network's own: its import no longer removes it.
      await tx.query('update places set (name, street, postal_code, locality, village_id, feed_id) = ($2, $3, $4, $5, $6, null) where id = $1', [
        id,
        ...columnParams(input),
      ]);
      await recordAuditRows(tx, { accountId: account.id, action: 'update', recordType: RECORD_TYPE, recordIds: [id], at: now });
      const saved = (await findRow(tx, id))!;
      return { place: present(saved), etag: etagOf(saved) };
    }),
  );
}
