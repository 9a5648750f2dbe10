// Importing an HSDS 3.0 file into the sociale kaart (issue 9, decision 0014): the round trip
// (export, import into an empty copy of the network, export again: the same file), importing
// twice changes nothing, a foreign file keeps its ids, an update shows on the public map at
// once, all or nothing, coordinators only, and no file makes the server fail.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { createApp } from '../../server/app.ts';
import { addAccount } from '../../server/accounts/manage.ts';
import { AccountSessions, DEFAULT_POLICY } from '../../server/accounts/sessions.ts';
import type { Database } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { createLogger } from '../../server/log.ts';
import { cookieOf, ORIGIN } from './accounts-fixture.ts';
import { beheerFixture, type Answer, type Session } from './beheer-signups-fixture.ts';
import { openTestDatabase } from './test-app.ts';
import { openapiDocument } from '../../server/contract.ts';

const IMPORT = '/v1/beheer/hsds-import';
const NOW = new Date('2026-12-01T09:00:00Z'); // the door fixture's clock
const PASSWORD = 'de sociale kaart komt uit een bestand';

type Doc = { total_items: number; contents: any[]; [key: string]: unknown };

interface Network {
  db: Database;
  session: Session;
  get<T = any>(path: string): Promise<Answer<T>>;
  post<T = any>(path: string, body: unknown, session?: Session): Promise<Answer<T>>;
  rows<T = any>(sql: string, params?: unknown[]): Promise<T[]>;
}

async function answer(res: Response): Promise<Answer> {
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

const seeded = await beheerFixture();
const seededNetwork: Network = {
  db: seeded.db,
  session: seeded.anna,
  get: async (path) => answer(await seeded.request(path)),
  post: (path, body, session = seeded.anna) => seeded.change(session, 'POST', path, body),
  rows: seeded.rows,
};

const opened: Database[] = [];
after(async () => {
  for (const db of opened) await db.close();
});

/** A fresh database holding only the seeded network's row and villages, and a coordinator. */
async function emptyCopy(of: Database): Promise<Network> {
  const db = await openTestDatabase();
  opened.push(db);
  await migrate(db);
  const [n] = (await of.query<any>('select id, name, description, timezone, phone, email, website from network')).rows;
  await db.query('insert into network (id, name, description, timezone, phone, email, website) values ($1, $2, $3, $4, $5, $6, $7)', [
    n.id, n.name, n.description, n.timezone, n.phone, n.email, n.website,
  ]);
  for (const v of (await of.query<any>('select id, name, kind, sort from villages')).rows) {
    await db.query('insert into villages (id, name, kind, sort) values ($1, $2, $3, $4)', [v.id, v.name, v.kind, v.sort]);
  }
  await addAccount(db, { email: 'kees@elders.example', name: 'Kees Coördinator', role: 'coordinator', password: PASSWORD });
  const sessions = new AccountSessions(db, () => NOW, DEFAULT_POLICY);
  const app = createApp({ db, config: { corsOrigins: [] }, log: createLogger('silent'), accountSessions: sessions, now: () => NOW });
  const request = (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (init.method && init.method !== 'GET') headers.set('origin', ORIGIN);
    return app.request(new URL(path, ORIGIN).toString(), { ...init, headers }, { incoming: { socket: { remoteAddress: '192.0.2.20' } } });
  };
  const login = await request('/v1/beheer/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'kees@elders.example', password: PASSWORD }) });
  assert.equal(login.status, 200);
  const session = { cookie: cookieOf(login), csrfToken: ((await login.json()) as { csrfToken: string }).csrfToken };
  return {
    db,
    session,
    get: async (path) => answer(await request(path, { headers: { cookie: session.cookie } })),
    post: async (path, body, who = session) =>
      answer(await request(path, { method: 'POST', headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken, 'content-type': 'application/json' }, body: JSON.stringify(body) })),
    rows: async (sql, params = []) => (await db.query<any>(sql, params)).rows,
  };
}

async function exportOf(n: Network): Promise<Doc> {
  const res = await n.get('/v1/export/hsds.json');
  assert.equal(res.status, 200);
  return res.body;
}

const version = async (n: Network) => Number((await n.rows('select version from social_map_version'))[0].version);
const auditCount = async (n: Network) => (await n.rows(`select count(*)::int as n from audit_log where action = 'import'`))[0].n as number;
const page = (contents: any[]): Doc => ({ total_items: contents.length, total_pages: 1, page_number: 1, size: contents.length, first_page: true, last_page: true, empty: !contents.length, contents });

/** Rows of every table of the sociale kaart. */
async function mapRows(n: Network): Promise<Record<string, number>> {
  const tables = ['services', 'organizations', 'locations', 'service_categories', 'service_category_links', 'service_locations', 'opening_hours', 'service_areas', 'service_contacts', 'audit_log'];
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = (await n.rows(`select count(*)::int as n from ${t}`))[0].n;
  return out;
}

let copy: Network;

test('round trip: the export imported into an empty copy of the network exports as the same file, and a second import changes nothing', async () => {
  const file = await exportOf(seededNetwork);
  assert.ok(file.total_items >= 120, `the seed's map: ${file.total_items} services`);
  copy = await emptyCopy(seeded.db);
  const organizations = new Set(file.contents.map((s) => s.organization.id)).size;

  const dry = await copy.post(`${IMPORT}?dryRun=true`, file);
  assert.equal(dry.status, 200, JSON.stringify(dry.body).slice(0, 500));
  assert.deepEqual(dry.body.problems, []);
  assert.equal(dry.body.stored, false);
  assert.deepEqual(dry.body.services, { added: file.total_items, updated: 0, unchanged: 0, skipped: 0 });
  assert.deepEqual(dry.body.organizations, { added: organizations, updated: 0, unchanged: 0, skipped: 0 });
  assert.equal((await mapRows(copy)).services, 0, 'a dry run stores nothing');

  const done = await copy.post(IMPORT, file);
  assert.equal(done.status, 200, JSON.stringify(done.body).slice(0, 500));
  assert.equal(done.body.stored, true);
  assert.deepEqual(done.body.services, { added: file.total_items, updated: 0, unchanged: 0, skipped: 0 });
  assert.ok(done.body.categoriesAdded > 0);
  const logged = async (type: string) => (await copy.rows(`select count(*)::int as n from audit_log where action = 'import' and record_type = $1`, [type]))[0].n;
  assert.equal(await logged('service'), file.total_items, 'an audit row per added service');
  assert.equal(await logged('organization'), organizations, 'an audit row per added organisation');
  assert.equal(await logged('location'), (await mapRows(copy)).locations, 'an audit row per added location');

  // Nothing legitimately differs: the export has no generation time, `last_modified` is the
  // time the source last changed the service (kept by the import), and both exports are made
  // at the same moment, so the schedules cover the same UTC-offset periods.
  const again = await exportOf(copy);
  assert.deepEqual(again, file);

  const before = { version: await version(copy), audit: await auditCount(copy) };
  const twice = await copy.post(IMPORT, file);
  assert.equal(twice.status, 200);
  assert.deepEqual(twice.body.services, { added: 0, updated: 0, unchanged: file.total_items, skipped: 0 });
  assert.deepEqual(twice.body.organizations, { added: 0, updated: 0, unchanged: organizations, skipped: 0 });
  assert.equal(twice.body.categoriesAdded, 0);
  assert.deepEqual({ version: await version(copy), audit: await auditCount(copy) }, before, 'the same file again writes nothing');
});

test('importing the network\'s own export changes nothing', async () => {
  const file = await exportOf(seededNetwork);
  const before = await version(seededNetwork);
  const res = await seededNetwork.post(IMPORT, file);
  assert.equal(res.status, 200);
  assert.deepEqual(res.body.services, { added: 0, updated: 0, unchanged: file.total_items, skipped: 0 });
  assert.equal(await version(seededNetwork), before);
});

test('a changed service in the file is updated, the public map shows it at once, with an audit row', async () => {
  const file = await exportOf(seededNetwork);
  const index = file.contents.findIndex((s) => s.status === 'active' && s.phones.length);
  const target = file.contents[index];
  const slug = target.buurtkit_id as string;
  const seen = await seededNetwork.get(`/v1/services/${slug}`);
  assert.equal(seen.status, 200);
  target.name = `${target.name} (nieuw)`;
  target.phones[0].number = '0345 999 999';
  const before = await version(seededNetwork);

  const res = await seededNetwork.post(IMPORT, file);
  assert.equal(res.status, 200, JSON.stringify(res.body).slice(0, 500));
  assert.deepEqual(res.body.services, { added: 0, updated: 1, unchanged: file.total_items - 1, skipped: 0 });
  assert.ok((await version(seededNetwork)) > before, 'the map\'s version moves on');
  const shown = await seededNetwork.get(`/v1/services/${slug}`);
  assert.equal(shown.body.name, target.name);
  assert.equal(shown.body.contact.phone, '0345 999 999');
  assert.equal(shown.body.longDescription, seen.body.longDescription, 'what HSDS does not carry is kept');
  const audit = await seededNetwork.rows(`select record_id from audit_log where action = 'import' and record_type = 'service'`);
  assert.deepEqual(audit.map((r) => r.record_id), [slug]);
});

test('a foreign file keeps its own ids: added once, then recognised by them, and the export gives them back', async () => {
  const file = await exportOf(seededNetwork);
  // Three services as another system would send them: every UUID another one (the same one
  // wherever it recurs), none of our readable ids except the taxonomies' own.
  const ids = new Map<string, string>();
  const ours = new Set(['sociale-kaart', 'hulpvorm', 'toegang']);
  const foreign = JSON.parse(JSON.stringify(file.contents.slice(0, 3)), (key, value) => {
    if (key === 'buurtkit_id' && !ours.has(value)) return undefined;
    if (typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(value)) {
      if (!ids.has(value)) ids.set(value, randomUUID());
      return ids.get(value);
    }
    return value;
  });
  const before = await mapRows(seededNetwork);
  const res = await seededNetwork.post(IMPORT, page(foreign));
  assert.equal(res.status, 200, JSON.stringify(res.body).slice(0, 800));
  assert.deepEqual(res.body.services, { added: 3, updated: 0, unchanged: 0, skipped: 0 });
  assert.equal((await mapRows(seededNetwork)).services, before.services + 3);

  const exported = await exportOf(seededNetwork);
  for (const s of foreign) {
    const out = exported.contents.find((e) => e.id === s.id);
    assert.ok(out, `service ${s.name} keeps its id ${s.id}`);
    assert.equal(out.organization.id, s.organization.id);
    assert.deepEqual(out.service_at_locations.map((l: any) => l.location.id), s.service_at_locations.map((l: any) => l.location.id));
    assert.notEqual(out.buurtkit_id, undefined);
  }
  const twice = await seededNetwork.post(IMPORT, page(foreign));
  assert.deepEqual(twice.body.services, { added: 0, updated: 0, unchanged: 3, skipped: 0 });
  assert.equal((await mapRows(seededNetwork)).services, before.services + 3);
});

test('an older file does not undo later edits: the service, organisation and place changed here since are skipped and named, a file as new as ours applies', async () => {
  const old = await exportOf(seededNetwork);
  // The file as it was exported a month ago: the same data, older times.
  for (const s of old.contents) s.last_modified = '2026-11-01T10:00:00+01:00';
  const index = old.contents.findIndex((s) => s.status === 'active' && s.service_at_locations.length && s.organization.buurtkit_id);
  const service = old.contents[index].buurtkit_id as string;
  const organization = old.contents[index].organization.buurtkit_id as string;
  const place = old.contents[index].service_at_locations[0].location.buurtkit_id as string;

  // Since then: the service and the organisation saved in their /beheer editors, the place changed.
  const opened = await seeded.get(seeded.anna, `/v1/beheer/services/${service}`);
  const { id: _i, organization: _o, assuredDate: _a, updatedAt: _u, ...serviceInput } = opened.body;
  const savedService = await seeded.change(seeded.anna, 'PUT', `/v1/beheer/services/${service}`, { ...serviceInput, name: `${serviceInput.name} (bijgewerkt)` });
  assert.equal(savedService.status, 200, JSON.stringify(savedService.body));
  const org = await seeded.get(seeded.anna, `/v1/beheer/organizations/${organization}`);
  const { id: _oi, activityCount: _ac, serviceCount: _sc, nameAndKindEditable: _e, contact, ...orgFields } = org.body;
  const savedOrg = await seeded.change(seeded.anna, 'PUT', `/v1/beheer/organizations/${organization}`, { ...orgFields, ...contact, description: 'Sinds gisteren ook op zaterdag open.' });
  assert.equal(savedOrg.status, 200, JSON.stringify(savedOrg.body));
  await seededNetwork.rows(`update locations set description = 'De ingang is nu aan de achterkant.' where id = $1`, [place]);
  const edited = async () => ({
    service: (await seededNetwork.rows('select name from services where id = $1', [service]))[0].name,
    organization: (await seededNetwork.rows('select description from organizations where id = $1', [organization]))[0].description,
    place: (await seededNetwork.rows('select description from locations where id = $1', [place]))[0].description,
  });
  const kept = await edited();
  const versionBefore = await version(seededNetwork);

  const dry = await seededNetwork.post(`${IMPORT}?dryRun=true`, old);
  assert.equal(dry.status, 200, JSON.stringify(dry.body).slice(0, 500));
  assert.deepEqual(dry.body.services, { added: 0, updated: 0, unchanged: old.total_items - 1, skipped: 1 });
  assert.equal(dry.body.organizations.skipped, 1);
  assert.equal(dry.body.organizations.updated, 0);
  assert.equal(dry.body.locations.skipped, 1);
  assert.equal(dry.body.locations.updated, 0);
  const named = dry.body.skipped.map((x: any) => [x.record, x.id]);
  assert.deepEqual(named, [['service', service], ['organization', organization], ['location', place]]);
  const first = dry.body.skipped[0];
  assert.equal(first.name, kept.service);
  assert.equal(first.field, `contents[${index}].last_modified`);
  assert.equal(first.fileModified, '2026-11-01T10:00:00+01:00');
  assert.ok(Date.parse(first.ourModified) > Date.parse(first.fileModified));
  assert.ok(dry.body.skipped.every((x: any) => /^contents\[\d+\]\.last_modified$/.test(x.field) && x.fileModified === '2026-11-01T10:00:00+01:00'));

  const done = await seededNetwork.post(IMPORT, old);
  assert.equal(done.status, 200);
  assert.equal(done.body.stored, true);
  assert.deepEqual(done.body.skipped.map((x: any) => [x.record, x.id]), named);
  assert.deepEqual(await edited(), kept, 'the later edits are kept');
  assert.equal(await version(seededNetwork), versionBefore, 'nothing was written');

  // A file as new as our edits (to the minute: the export has no seconds) applies.
  const current = await exportOf(seededNetwork);
  for (const s of current.contents) if (s.organization.buurtkit_id === organization) s.organization.description = 'Nu ook op zondag open.';
  const newer = await seededNetwork.post(IMPORT, current);
  assert.equal(newer.status, 200, JSON.stringify(newer.body).slice(0, 500));
  assert.deepEqual(newer.body.organizations, { added: 0, updated: 1, unchanged: newer.body.organizations.unchanged, skipped: 0 });
  assert.deepEqual(newer.body.skipped, []);
  assert.equal((await edited()).organization, 'Nu ook op zondag open.');
});

/** The editors' limits, read from the contract as the server reads them. */
const schemas = (openapiDocument as any).components.schemas;
const serviceMax = (field: string) => schemas.BeheerServiceInputFields.properties[field].maxLength as number;
const organizationMax = (field: string) => schemas.BeheerOrganizationInput.properties[field].maxLength as number;
const contactMax = (field: string) => schemas.BeheerServiceNamedContact.properties[field].maxLength as number;
const noteMax = schemas.BeheerServiceHours.properties.note.maxLength as number;
const long = (n: number) => 'Lang woord '.repeat(Math.ceil(n / 11)).slice(0, n - 1) + '.';

test('values longer than the /beheer editors take are refused, naming service and field; at the limits a service and its organisation open and save in their editors unchanged', async () => {
  const base = (await exportOf(seededNetwork)).contents.find((s) => s.status === 'active' && s.phones.length && s.service_at_locations.length);
  /** A new service of a new organisation, as another system would send it, with the given lengths. */
  const foreign = (n: { name: number; line: number; org: number; title: number; note: number }) => {
    const s = structuredClone(base);
    delete s.buurtkit_id;
    s.id = randomUUID();
    s.organization = { ...s.organization, id: randomUUID(), name: long(n.org), buurtkit_id: undefined };
    delete s.organization.buurtkit_id;
    s.organization_id = s.organization.id;
    s.name = long(n.name);
    s.description = `${long(n.line)}\nEn verder: ${long(300)}`;
    s.contacts = [{ name: 'Balie', title: long(n.title), email: 'balie@elders.example' }];
    s.schedules = [{ freq: 'WEEKLY', byday: 'MO', opens_at: '09:00+01:00', closes_at: '10:00+01:00', notes: long(n.note) }];
    return s;
  };
  const atLimit = { name: serviceMax('name'), line: serviceMax('description'), org: organizationMax('name'), title: contactMax('role'), note: noteMax };
  const over = (key: keyof typeof atLimit) => ({ ...atLimit, [key]: atLimit[key] + 1 });
  const overlapping = foreign(over('org'));
  overlapping.schedules.push({ freq: 'WEEKLY', byday: 'MO', opens_at: '09:30+01:00', closes_at: '11:00+01:00' });
  const file = page([overlapping, foreign({ ...over('name'), line: atLimit.line + 1, title: atLimit.title + 1, note: atLimit.note + 1 })]);
  const rowsBefore = await mapRows(seededNetwork);

  const dry = await seededNetwork.post(`${IMPORT}?dryRun=true`, file);
  assert.equal(dry.status, 200);
  const named = dry.body.problems.map((p: any) => [p.index, p.field]);
  assert.deepEqual(named, [
    [0, 'contents[0].organization.name'],
    [0, 'contents[0].schedules'],
    [1, 'contents[1].name'],
    [1, 'contents[1].description'],
    [1, 'contents[1].schedules'],
    [1, 'contents[1].contacts[0].title'],
  ]);
  const nameProblem = dry.body.problems[2];
  assert.equal(nameProblem.service, file.contents[1].name, 'the service as the file names it');
  assert.equal(nameProblem.detail, `Is ${serviceMax('name') + 1} tekens lang; in /beheer mag dit hoogstens ${serviceMax('name')} tekens zijn. Maak het korter in het bestand.`);
  assert.ok(dry.body.problems[0].detail.includes(`hoogstens ${organizationMax('name')} tekens`), dry.body.problems[0].detail);
  assert.equal(dry.body.problems[1].detail, 'Twee openingstijden op maandag overlappen (09:00-10:00 en 09:30-11:00); de editor in /beheer neemt dat niet.');
  const refused = await seededNetwork.post(IMPORT, file);
  assert.equal(refused.status, 422);
  assert.ok(refused.body.errors.some((e: any) => e.name === 'contents[1].contacts[0].title' && e.detail.includes(`hoogstens ${contactMax('role')} tekens`)));
  assert.deepEqual(await mapRows(seededNetwork), rowsBefore, 'nothing stored');

  // At the limits: stored whole, not cut short, and each editor saves it back as it is.
  const fitting = foreign(atLimit);
  const done = await seededNetwork.post(IMPORT, page([fitting]));
  assert.equal(done.status, 200, JSON.stringify(done.body).slice(0, 600));
  assert.equal(done.body.services.added, 1);
  const [row] = await seededNetwork.rows('select id, name, organization_id from services where hsds_id = $1', [fitting.id]);
  assert.equal(row.name, fitting.name);
  const opened = await seeded.get(seeded.anna, `/v1/beheer/services/${row.id}`);
  assert.equal(opened.status, 200);
  const { id: _i, organization: _o, assuredDate: _a, updatedAt: _u, ...serviceInput } = opened.body;
  const saved = await seeded.change(seeded.anna, 'PUT', `/v1/beheer/services/${row.id}`, serviceInput);
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  assert.equal(saved.body.name, fitting.name);
  assert.equal(saved.body.contacts[0].role, fitting.contacts[0].title);
  const org = await seeded.get(seeded.anna, `/v1/beheer/organizations/${row.organization_id}`);
  const { id: _oi, activityCount: _ac, serviceCount: _sc, nameAndKindEditable: _e, contact, ...orgFields } = org.body;
  const savedOrg = await seeded.change(seeded.anna, 'PUT', `/v1/beheer/organizations/${row.organization_id}`, { ...orgFields, ...contact });
  assert.equal(savedOrg.status, 200, JSON.stringify(savedOrg.body));
  assert.equal(savedOrg.body.name, fitting.organization.name);
});

test('all or nothing: one service with a village the network does not have stores nothing, and the answer names it', async () => {
  const file = await exportOf(seededNetwork);
  const good = file.contents.findIndex((s) => s.status === 'active');
  const bad = file.contents.findIndex((s, i) => i !== good && s.service_areas.length);
  file.contents[good].name = `${file.contents[good].name} (gewijzigd)`;
  file.contents[bad].service_areas[0].name = 'Atlantis';
  delete file.contents[bad].service_areas[0].buurtkit_id;
  const rowsBefore = await mapRows(seededNetwork);
  const versionBefore = await version(seededNetwork);

  const res = await seededNetwork.post(IMPORT, file);
  assert.equal(res.status, 422);
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const error = res.body.errors.find((e: any) => e.name === `contents[${bad}].service_areas[0].name`);
  assert.ok(error, JSON.stringify(res.body.errors));
  assert.ok(error.detail.includes(file.contents[bad].name) && error.detail.includes('Atlantis'), error.detail);
  assert.deepEqual(await mapRows(seededNetwork), rowsBefore, 'nothing stored, not even the good service');
  assert.equal(await version(seededNetwork), versionBefore);

  const dry = await seededNetwork.post(`${IMPORT}?dryRun=true`, file);
  assert.equal(dry.status, 200);
  assert.equal(dry.body.stored, false);
  assert.equal(dry.body.services.updated, 1);
  assert.deepEqual(dry.body.problems.map((p: any) => [p.index, p.service, p.field]), [[bad, file.contents[bad].name, `contents[${bad}].service_areas[0].name`]]);
  assert.deepEqual(await mapRows(seededNetwork), rowsBefore);
});

test('only a coordinator imports: an organisation contact gets 403, no session 401, no CSRF token 403', async () => {
  const file = page((await exportOf(seededNetwork)).contents.slice(0, 1));
  const rowsBefore = await mapRows(seededNetwork);
  assert.equal((await seededNetwork.post(IMPORT, file, seeded.piet)).status, 403);
  assert.equal((await seeded.change(seeded.anna, 'POST', IMPORT, file, { csrf: false })).status, 403);
  const anonymous = await seeded.request(IMPORT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(file) });
  assert.equal(anonymous.status, 401);
  assert.deepEqual(await mapRows(seededNetwork), rowsBefore);
});

test('a file over 4 MB is refused with 413; an empty one with 422', async () => {
  const file = await exportOf(seededNetwork);
  const big = page(Array.from({ length: 1000 }, (_, i) => ({ ...file.contents[i % file.contents.length], id: randomUUID() })));
  const bytes = JSON.stringify(big).length;
  assert.ok(bytes > 4 * 1024 * 1024, `${bytes} bytes`);
  assert.equal((await seededNetwork.post(IMPORT, big)).status, 413);
  // Without a session the door is shut before the body is read: no one can make the
  // server read and check megabytes without logging in.
  const unreadable = '{"contents": [' + ' '.repeat(2 * 1024 * 1024);
  const anonymous = await seeded.request(IMPORT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: unreadable });
  assert.equal(anonymous.status, 401);
  const empty = await seededNetwork.post(IMPORT, page([]));
  assert.equal(empty.status, 422);
});

/** Every path to a value in a document, for breaking one of them. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (!value || typeof value !== 'object') return [prefix];
  return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, Array.isArray(value) ? Number(k) : k]))];
}

test('no broken HSDS file makes the server fail: a 200 or a problem that stores nothing', async () => {
  const base = page((await exportOf(copy)).contents.slice(0, 4));
  const all = paths(base).filter((p) => p.length > 0);
  const breakage = fc.oneof(
    fc.constant(undefined),
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom('', ' ', '\n', 'x'.repeat(600), '25:00', '00:00', 'MO,XX', '1234', 'http//x', 'a@b', 'Atlantis', '00000000-0000-0000-0000-000000000000', -91, 1e308, 0, true, null),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(fc.nat(all.length - 1), breakage), { minLength: 1, maxLength: 3 }), async (changes) => {
      const doc: any = structuredClone(base);
      for (const [which, value] of changes) {
        const path = all[which]!;
        const parent = path.slice(0, -1).reduce((node: any, k) => (node && typeof node === 'object' ? node[k] : undefined), doc);
        if (!parent || typeof parent !== 'object') continue;
        if (value === undefined) delete parent[path.at(-1)!];
        else parent[path.at(-1)!] = value;
      }
      const rowsBefore = await mapRows(copy);
      const res = await copy.post(IMPORT, doc);
      assert.ok(res.status < 500, `no 5xx: ${res.status} ${JSON.stringify(res.body).slice(0, 400)}`);
      if (res.status !== 200) {
        assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
        assert.deepEqual(await mapRows(copy), rowsBefore, 'a refused file stores nothing');
      }
    }),
    { numRuns: 150, seed: 20261202 },
  );
});
