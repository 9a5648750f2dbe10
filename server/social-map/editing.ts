// Editing the sociale kaart's services in /beheer (issue 9): one service read for the
// editor with its ETag, saved as a whole (PUT with If-Match) or added (POST), and the
// choices the form needs. A coordinator edits every organisation's services, an
// organisation contact only their own. Each write is one transaction: the service row, its
// categories, villages, locations, opening hours and named contacts replaced, the audit row;
// the social_map_touch trigger bumps the map's version in it, so the public map, a service's
// page and the HSDS export show the change from the next request on, on every process.
// Everything migration 002's constraints require is checked first and answered as one 422
// naming each field, so no constraint fails as a 500.
import type { components } from '../../contract/types.ts';
import { todayIn } from '../../common/zoned-time.ts';
import type { Account } from '../accounts/shapes.ts';
import type { Database, Queryable } from '../db/database.ts';
import { ProblemError } from '../http/problem.ts';
import { canSeeOrganization } from '../http/session.ts';
import { recordAuditRows } from '../privacy/audit.ts';
import { formatIsoInZone } from '../../common/zoned-time.ts';
import { Faults } from '../agenda/editing/input.ts';
import { insertWithFreeId } from '../db/free-id.ts';
import { slugOf } from '../../common/slug.ts';

type Schemas = components['schemas'];
export type ServiceInput = Schemas['BeheerServiceInput'];
export type BeheerServiceDetail = Schemas['BeheerServiceDetail'];
export type BeheerServiceOptions = Schemas['BeheerServiceOptions'];
type Hours = Schemas['BeheerServiceHours'];
type NamedContact = Schemas['BeheerServiceNamedContact'];

const RECORD_TYPE = 'service';
const notFound = (id: string) => new ProblemError('not-found', `Er is geen dienst met id ${id}.`);
const forbidden = () => new ProblemError('forbidden', 'U kunt alleen de diensten van uw eigen organisatie aanpassen.');
const conflict = () =>
  new ProblemError('edit-conflict', 'Iemand anders heeft deze dienst intussen gewijzigd. Open hem opnieuw om de nieuwe versie te zien, en breng uw wijziging dan nog eens aan.');

interface ServiceRow {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  long_description: string;
  kind: ServiceInput['kind'];
  eligibility: string;
  fees: string;
  free: boolean;
  referral_required: boolean;
  by_appointment: boolean;
  application_process: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  languages: string[];
  keywords: string[];
  assured_date: string;
  status: ServiceInput['status'];
  updated_at: Date | string;
  /** Microseconds since 1970, as text: the ETag, exact to the stored value. */
  version: string;
  org_name: string;
  org_kind: Schemas['OrganizationKind'];
}

const SELECT = `
  select s.id, s.organization_id, s.name, s.description, s.long_description, s.kind, s.eligibility, s.fees, s.free,
         s.referral_required, s.by_appointment, s.application_process, s.phone, s.email, s.website, s.languages,
         s.keywords, to_char(s.assured_date, 'YYYY-MM-DD') as assured_date, s.status, s.updated_at,
         (extract(epoch from s.updated_at) * 1000000)::bigint::text as version,
         o.name as org_name, o.kind as org_kind
    from services s join organizations o on o.id = s.organization_id`;

export const serviceEtag = (row: Pick<ServiceRow, 'version'>) => `"s${row.version}"`;

async function networkZone(db: Queryable): Promise<string> {
  const [row] = (await db.query<{ timezone: string }>('select timezone from network limit 1')).rows;
  if (!row) throw new Error('The database holds no network: was it seeded?');
  return row.timezone;
}

const findRow = async (db: Queryable, id: string, lock = false) =>
  (await db.query<ServiceRow>(`${SELECT} where s.id = $1${lock ? ' for update of s' : ''}`, [id])).rows[0];

const present = (text: string | null) => (text ? text : undefined);

/** The service as the editor shows it, with its ETag. */
async function presentService(db: Queryable, row: ServiceRow, zone: string): Promise<{ service: BeheerServiceDetail; etag: string }> {
  // One after the other: in a transaction they share one connection.
  const categories = await db.query<{ category_id: string }>('select category_id from service_category_links where service_id = $1 order by sort, category_id', [row.id]);
  const villages = await db.query<{ village_id: string }>(
    'select a.village_id from service_areas a join villages v on v.id = a.village_id where a.service_id = $1 order by v.sort, v.id',
    [row.id],
  );
  const locations = await db.query<{ location_id: string }>('select location_id from service_locations where service_id = $1 order by sort', [row.id]);
  const hours = await db.query<{ weekday: number; opens: string; closes: string; note: string | null; location_id: string | null }>(
    `select weekday, to_char(opens, 'HH24:MI') as opens, to_char(closes, 'HH24:MI') as closes, note, location_id
       from opening_hours where service_id = $1 order by weekday, opens, location_id nulls first`,
    [row.id],
  );
  const contacts = await db.query<{ name: string; role: string | null; phone: string | null; email: string | null }>(
    'select name, role, phone, email from service_contacts where service_id = $1 order by sort',
    [row.id],
  );
  const optional = <K extends string>(key: K, value: string | null) => (present(value) !== undefined ? ({ [key]: value } as Record<K, string>) : {});
  const service: BeheerServiceDetail = {
    id: row.id,
    name: row.name,
    description: row.description,
    longDescription: row.long_description,
    kind: row.kind,
    organizationId: row.organization_id,
    organization: { id: row.organization_id, name: row.org_name, kind: row.org_kind },
    categories: categories.rows.map((r) => r.category_id),
    referralRequired: row.referral_required,
    byAppointment: row.by_appointment,
    eligibility: row.eligibility,
    fees: row.fees,
    free: row.free,
    applicationProcess: row.application_process,
    ...optional('phone', row.phone),
    ...optional('email', row.email),
    ...optional('website', row.website),
    languages: row.languages,
    keywords: row.keywords,
    status: row.status,
    villages: villages.rows.map((r) => r.village_id),
    locations: locations.rows.map((r) => r.location_id),
    openingHours: hours.rows.map((h) => ({
      weekday: h.weekday,
      opens: h.opens,
      closes: h.closes,
      ...optional('note', h.note),
      ...optional('locationId', h.location_id),
    })),
    contacts: contacts.rows.map((c) => ({ name: c.name, ...optional('role', c.role), ...optional('phone', c.phone), ...optional('email', c.email) })),
    assuredDate: row.assured_date,
    updatedAt: formatIsoInZone(new Date(row.updated_at).getTime(), zone),
  };
  return { service, etag: serviceEtag(row) };
}

/** One service for the editor: 404 when there is none, 403 for another organisation's. */
export async function getService(db: Queryable, account: Account, id: string): Promise<{ service: BeheerServiceDetail; etag: string }> {
  const row = await findRow(db, id);
  if (!row) throw notFound(id);
  if (!canSeeOrganization(account, row.organization_id)) throw forbidden();
  return presentService(db, row, await networkZone(db));
}

export async function serviceOptions(db: Queryable, account: Account): Promise<BeheerServiceOptions> {
  const own = account.role === 'coordinator' ? null : (account.organizationId ?? '');
  // One after the other, as everywhere a transaction might share the connection.
  const organizations = await db.query<{ id: string; name: string; kind: Schemas['OrganizationKind'] }>(
    'select id, name, kind from organizations where $1::text is null or id = $1',
    [own],
  );
  const categories = await db.query<{ id: string; name: string; parent_id: string | null; sort: number; parent_sort: number | null }>(
    `select c.id, c.name, c.parent_id, c.sort, p.sort as parent_sort
       from service_categories c left join service_categories p on p.id = c.parent_id`,
  );
  const villages = await db.query<Schemas['Village']>('select id, name, kind from villages order by sort, name, id');
  const locations = await db.query<{ id: string; name: string; street: string; postal_code: string; locality: string; village_id: string }>(
    'select id, name, street, postal_code, locality, village_id from locations',
  );
  const byName = (a: { name: string; id: string }, b: { name: string; id: string }) => a.name.localeCompare(b.name, 'nl') || (a.id < b.id ? -1 : 1);
  // Each top-level category, then its sub-categories: the order the public map shows.
  const top = categories.rows.filter((c) => !c.parent_id).sort((a, b) => a.sort - b.sort || byName(a, b));
  const tree = top.flatMap((t) => [t, ...categories.rows.filter((c) => c.parent_id === t.id).sort((a, b) => a.sort - b.sort || byName(a, b))]);
  return {
    organizations: organizations.rows.sort(byName).map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
    categories: tree.map((c) => ({ id: c.id, name: c.name, ...(c.parent_id ? { parent: c.parent_id } : {}) })),
    villages: villages.rows.map((v) => ({ id: v.id, name: v.name, kind: v.kind })),
    locations: locations.rows
      .sort(byName)
      .map((l) => ({ id: l.id, name: l.name, address: { street: l.street, postalCode: l.postal_code, locality: l.locality }, village: l.village_id })),
  };
}

const BLANK = 'Vul dit in (alleen spaties is niet genoeg).';
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

function text(faults: Faults, name: string, value: string): string {
  const trimmed = value.trim();
  if (!trimmed) faults.add(name, BLANK);
  return trimmed;
}

const optionalText = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/** Ids the body names that do not exist, one query per table. */
async function missing(db: Queryable, table: string, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const found = new Set((await db.query<{ id: string }>(`select id from ${table} where id = any($1)`, [ids])).rows.map((r) => r.id));
  return new Set(ids.filter((id) => !found.has(id)));
}

/**
 * The service as it will be stored: texts trimmed, empty optional texts left out, empty
 * keywords dropped. Throws one 422 naming every field at fault.
 */
export async function normaliseService(db: Queryable, body: ServiceInput): Promise<ServiceInput> {
  const faults = new Faults();
  const input: ServiceInput = {
    name: text(faults, 'name', body.name),
    description: text(faults, 'description', body.description),
    longDescription: text(faults, 'longDescription', body.longDescription),
    kind: body.kind,
    organizationId: body.organizationId,
    categories: body.categories,
    referralRequired: body.referralRequired,
    byAppointment: body.byAppointment,
    eligibility: text(faults, 'eligibility', body.eligibility),
    fees: text(faults, 'fees', body.fees),
    free: body.free,
    applicationProcess: text(faults, 'applicationProcess', body.applicationProcess),
    ...(body.phone !== undefined ? { phone: body.phone.trim() } : {}),
    ...(body.email !== undefined ? { email: body.email } : {}),
    ...(body.website !== undefined ? { website: body.website } : {}),
    languages: body.languages,
    keywords: [...new Set(body.keywords.map((k) => k.trim()).filter(Boolean))],
    status: body.status,
    villages: body.villages,
    locations: body.locations,
    openingHours: body.openingHours.map((h): Hours => ({
      weekday: h.weekday,
      opens: h.opens,
      closes: h.closes,
      ...(optionalText(h.note) !== undefined ? { note: optionalText(h.note)! } : {}),
      ...(h.locationId !== undefined ? { locationId: h.locationId } : {}),
    })),
    contacts: body.contacts.map((c, i): NamedContact => ({
      name: text(faults, `contacts[${i}].name`, c.name),
      ...(optionalText(c.role) !== undefined ? { role: optionalText(c.role)! } : {}),
      ...(c.phone !== undefined ? { phone: c.phone.trim() } : {}),
      ...(c.email !== undefined ? { email: c.email } : {}),
    })),
  };
  if (input.phone === undefined && input.email === undefined && input.website === undefined) {
    faults.add('phone', 'Geef een telefoonnummer, een e-mailadres of een website, zodat inwoners de dienst kunnen bereiken.');
  }
  // The phone check of the database counts the characters after trimming too.
  if (input.phone !== undefined && !/^[0-9+][0-9 -]{5,19}$/.test(input.phone)) faults.add('phone', 'Geef een telefoonnummer van 6 tot 20 tekens.');
  input.contacts.forEach((c, i) => {
    if (c.phone !== undefined && !/^[0-9+][0-9 -]{5,19}$/.test(c.phone)) faults.add(`contacts[${i}].phone`, 'Geef een telefoonnummer van 6 tot 20 tekens.');
  });

  const periods = new Map<string, { index: number; opens: number; closes: number }[]>();
  input.openingHours.forEach((h, i) => {
    const at = `openingHours[${i}]`;
    const opens = minutes(h.opens);
    const closes = minutes(h.closes);
    if (closes <= opens) return faults.add(`${at}.closes`, 'De sluitingstijd ligt na de openingstijd.');
    if (h.locationId !== undefined && !input.locations.includes(h.locationId)) {
      faults.add(`${at}.locationId`, 'Kies een van de plekken van deze dienst, of geen plek.');
    }
    const key = `${h.weekday} ${h.locationId ?? ''}`;
    const day = periods.get(key) ?? [];
    const overlap = day.find((p) => opens < p.closes && p.opens < closes);
    if (overlap) faults.add(`${at}.opens`, `Deze tijden overlappen met een andere tijd op dezelfde dag (tijd ${overlap.index + 1}).`);
    day.push({ index: i, opens, closes });
    periods.set(key, day);
  });

  // One after the other: in a transaction they share one connection.
  const organizations = await missing(db, 'organizations', [input.organizationId]);
  const categories = await missing(db, 'service_categories', input.categories);
  const villages = await missing(db, 'villages', input.villages);
  const locations = await missing(db, 'locations', input.locations);
  if (organizations.size) faults.add('organizationId', 'Deze organisatie bestaat niet.');
  input.categories.forEach((id, i) => categories.has(id) && faults.add(`categories[${i}]`, 'Deze categorie bestaat niet.'));
  input.villages.forEach((id, i) => villages.has(id) && faults.add(`villages[${i}]`, 'Dit dorp bestaat niet.'));
  input.locations.forEach((id, i) => locations.has(id) && faults.add(`locations[${i}]`, 'Deze plek bestaat niet.'));
  faults.throwIfAny();
  return input;
}

const COLUMNS = [
  'organization_id', 'name', 'description', 'long_description', 'kind', 'eligibility', 'fees', 'free', 'referral_required',
  'by_appointment', 'application_process', 'phone', 'email', 'website', 'languages', 'keywords', 'status', 'assured_date',
] as const;
const placeholders = (first: number) => COLUMNS.map((_, i) => `$${first + i}`).join(', ');

const columnParams = (input: ServiceInput, today: string): unknown[] => [
  input.organizationId, input.name, input.description, input.longDescription, input.kind, input.eligibility, input.fees, input.free,
  input.referralRequired, input.byAppointment, input.applicationProcess, input.phone ?? null, input.email ?? null, input.website ?? null,
  input.languages, input.keywords, input.status, today,
];

/** Always later than the stored value, so every save gives a new ETag, even within one clock tick. */
const NEXT_UPDATED_AT = `greatest(clock_timestamp(), updated_at + interval '1 microsecond')`;

/** Replaces the service's categories, villages, locations, hours and named contacts. */
async function replaceParts(tx: Queryable, id: string, input: ServiceInput): Promise<void> {
  // Hours first: they refer to the service's locations.
  await tx.query('delete from opening_hours where service_id = $1', [id]);
  await tx.query('delete from service_locations where service_id = $1', [id]);
  await tx.query('delete from service_category_links where service_id = $1', [id]);
  await tx.query('delete from service_areas where service_id = $1', [id]);
  await tx.query('delete from service_contacts where service_id = $1', [id]);
  const ordinal = (list: unknown[]) => list.map((_, i) => i);
  if (input.categories.length) {
    await tx.query('insert into service_category_links (service_id, category_id, sort) select $1, * from unnest($2::text[], $3::int[])', [
      id, input.categories, ordinal(input.categories),
    ]);
  }
  if (input.villages.length) await tx.query('insert into service_areas (service_id, village_id) select $1, unnest($2::text[])', [id, input.villages]);
  if (input.locations.length) {
    await tx.query('insert into service_locations (service_id, location_id, sort) select $1, * from unnest($2::text[], $3::int[])', [
      id, input.locations, ordinal(input.locations),
    ]);
  }
  const h = input.openingHours;
  if (h.length) {
    await tx.query(
      `insert into opening_hours (service_id, location_id, weekday, opens, closes, note)
       select $1, * from unnest($2::text[], $3::int[], $4::time[], $5::time[], $6::text[])`,
      [id, h.map((x) => x.locationId ?? null), h.map((x) => x.weekday), h.map((x) => x.opens), h.map((x) => x.closes), h.map((x) => x.note ?? null)],
    );
  }
  const c = input.contacts;
  if (c.length) {
    await tx.query(
      `insert into service_contacts (service_id, sort, name, role, phone, email)
       select $1, * from unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[])`,
      [id, ordinal(c), c.map((x) => x.name), c.map((x) => x.role ?? null), c.map((x) => x.phone ?? null), c.map((x) => x.email ?? null)],
    );
  }
}

/** Inserts the service under the first free id made from its name. */
function insertService(tx: Queryable, input: ServiceInput, today: string): Promise<string> {
  // "Repair Café" -> "repair-cafe"; a name without letters or digits becomes "dienst".
  return insertWithFreeId(tx, 'services', slugOf(input.name, 'dienst'), async (id) => {
    const { rows } = await tx.query<{ id: string }>(
      `insert into services (id, ${COLUMNS.join(', ')}, updated_at) values ($1, ${placeholders(2)}, clock_timestamp())
       on conflict (id) do nothing returning id`,
      [id, ...columnParams(input, today)],
    );
    return rows.length > 0;
  });
}

async function finish(tx: Queryable, account: Account, id: string, action: 'create' | 'update', now: Date, zone: string) {
  await recordAuditRows(tx, { accountId: account.id, action, recordType: RECORD_TYPE, recordIds: [id], at: now });
  return presentService(tx, (await findRow(tx, id))!, zone);
}

/** Adds a service inside the caller's transaction (the route's, which also keeps its Idempotency-Key). */
export async function createService(tx: Queryable, account: Account, body: ServiceInput, now: Date): Promise<{ service: BeheerServiceDetail; etag: string }> {
  if (!canSeeOrganization(account, body.organizationId)) throw forbidden();
  const zone = await networkZone(tx);
  const input = await normaliseService(tx, body);
  const id = await insertService(tx, input, todayIn(zone, now));
  await replaceParts(tx, id, input);
  return finish(tx, account, id, 'create', now, zone);
}

export async function updateService(
  db: Database,
  account: Account,
  id: string,
  body: ServiceInput,
  ifMatch: string | undefined,
  now: Date,
): Promise<{ service: BeheerServiceDetail; etag: string }> {
  return db.transaction(async (tx) => {
    const row = await findRow(tx, id, true);
    if (!row) throw notFound(id);
    if (!canSeeOrganization(account, row.organization_id)) throw forbidden();
    if (ifMatch !== undefined && ifMatch.trim() !== '*' && !ifMatch.split(',').some((tag) => tag.trim() === serviceEtag(row))) throw conflict();
    if (!canSeeOrganization(account, body.organizationId)) throw forbidden();
    const zone = await networkZone(tx);
    const input = await normaliseService(tx, body);
    await tx.query(`update services set (${COLUMNS.join(', ')}, updated_at) = (${placeholders(2)}, ${NEXT_UPDATED_AT}) where id = $1`, [
      id,
      ...columnParams(input, todayIn(zone, now)),
    ]);
    await replaceParts(tx, id, input);
    return finish(tx, account, id, 'update', now, zone);
  });
}
