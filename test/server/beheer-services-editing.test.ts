// Editing the sociale kaart in /beheer (issue 9): a coordinator edits and adds services, an
// organisation contact only their own organisation's; a save over someone else's newer
// change is refused (412), bad input is named field by field (422) instead of failing in the
// database, a write that fails half-way leaves nothing behind, and the public map, a
// service's page and the HSDS export show the change on the very next request, also from a
// second server process on the same database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../server/app.ts';
import { createLogger } from '../../server/log.ts';
import { beheerFixture, type BeheerFixture, type Session } from './beheer-signups-fixture.ts';

const TODAY = '2026-12-01';
const path = (id: string) => `/v1/beheer/services/${id}`;

/** A valid body for POST /v1/beheer/services; `extra` overrides its fields. */
function serviceBody(extra: Record<string, unknown> = {}): Record<string, any> {
  return {
    name: 'Repair Café',
    description: 'Samen kapotte spullen repareren in plaats van weggooien.',
    longDescription: 'Neem uw kapotte lamp, broek of fiets mee. Vrijwilligers helpen u met repareren.',
    kind: 'informal',
    organizationId: 'dorpshuis-de-linde',
    categories: ['ontmoeting'],
    referralRequired: false,
    byAppointment: false,
    eligibility: 'Voor alle inwoners.',
    fees: 'Gratis, een gift mag',
    free: true,
    applicationProcess: 'Loop binnen met uw spullen.',
    email: 'repaircafe@dorpshuis.example',
    languages: ['nl'],
    keywords: ['repareren', 'kapot'],
    status: 'active',
    villages: ['linde'],
    locations: ['dorpshuis-de-linde'],
    openingHours: [
      { weekday: 6, opens: '10:00', closes: '12:00', note: 'Eerste zaterdag van de maand', locationId: 'dorpshuis-de-linde' },
      { weekday: 6, opens: '13:00', closes: '15:00', locationId: 'dorpshuis-de-linde' },
    ],
    contacts: [{ name: 'Balie dorpshuis', role: 'Aanmelding', phone: '0345 000 001' }],
    ...extra,
  };
}

interface Fixture extends BeheerFixture {
  /** GET from a second app on the same database: another server process. */
  other(path: string): Promise<any>;
  save(who: Session, id: string, body: unknown, etag?: string): Promise<{ status: number; body: any; headers: Headers }>;
  /** Every row a service write touches, to prove nothing changed. */
  snapshot(): Promise<string>;
}

async function fixture(): Promise<Fixture> {
  const f = await beheerFixture();
  const second = createApp({ db: f.db, config: { corsOrigins: [] }, log: createLogger('silent'), now: () => new Date('2026-12-01T09:00:00Z') });
  return {
    ...f,
    other: async (p) => (await second.request(new URL(p, 'https://tweede.example').toString())).json(),
    save: async (who, id, body, etag) => {
      const res = await f.request(path(id), {
        method: 'PUT',
        headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken, 'content-type': 'application/json', ...(etag ? { 'if-match': etag } : {}) },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
    },
    snapshot: async () =>
      JSON.stringify([
        await f.rows('select * from services order by id'),
        await f.rows('select * from service_category_links order by service_id, category_id'),
        await f.rows('select * from service_areas order by service_id, village_id'),
        await f.rows('select * from service_locations order by service_id, sort'),
        await f.rows('select service_id, location_id, weekday, opens::text, closes::text, note from opening_hours order by 1, 2, 3, 4'),
        await f.rows('select * from service_contacts order by service_id, sort'),
        await f.rows('select version from social_map_version'),
        await f.rows("select count(*)::int as n from audit_log where record_type = 'service'"),
      ]),
  };
}

/** The editor's fields of a service as GET gives it, ready to PUT back. */
function inputOf(detail: any): Record<string, any> {
  const { id: _id, organization: _o, assuredDate: _a, updatedAt: _u, ...input } = detail;
  return input;
}

const publicViews = async (get: (p: string) => Promise<any>, id: string) => {
  const page = await get(`/v1/services/${id}`);
  const map = await get('/v1/social-map');
  const hsds = await get('/v1/export/hsds.json');
  return {
    page,
    map: map.services.find((s: { id: string }) => s.id === id),
    hsds: hsds.contents.find((s: { buurtkit_id: string }) => s.buurtkit_id === id),
  };
};

test('a coordinator opens a service with everything the editor shows, and its ETag', async () => {
  const f = await fixture();
  const res = await f.get(f.anna, path('geldloket-spreekuur'));
  assert.equal(res.status, 200);
  assert.match(res.headers.get('etag') ?? '', /^"s\d+"$/);
  const s = res.body;
  assert.equal(s.name, 'Spreekuur Geldloket');
  assert.equal(s.organizationId, 'schuldhulp-linde');
  assert.deepEqual(s.locations, ['wijkteamkantoor-linde']);
  // 'di 9-12; do 13:30-16' in the seed
  assert.deepEqual(s.openingHours.map((h: any) => [h.weekday, h.opens, h.closes, h.locationId]), [
    [2, '09:00', '12:00', 'wijkteamkantoor-linde'],
    [4, '13:30', '16:00', 'wijkteamkantoor-linde'],
  ]);
  assert.deepEqual(s.contacts, [{ name: 'Balie Geldloket', role: 'Aanmelding', phone: '0345-000027' }]);
  // What GET gives can be saved back as it is.
  const again = await f.save(f.anna, 'geldloket-spreekuur', inputOf(s), res.headers.get('etag')!);
  assert.equal(again.status, 200, JSON.stringify(again.body));
  assert.deepEqual(inputOf(again.body), inputOf(s));
});

test('saving a service changes the public map, its page and the HSDS export on the next request, on every process; it is checked today', async () => {
  const f = await fixture();
  const id = 'geldloket-spreekuur';
  await f.db.query(`update services set assured_date = '2024-05-01' where id = $1`, [id]);
  // Both apps have read (and cached) the map before the change.
  const before = await publicViews((p) => f.request(p).then((r) => r.json()), id);
  assert.notEqual(before.page.assuredDate, TODAY);
  await publicViews(f.other, id);
  const opened = await f.get(f.anna, path(id));
  const input = inputOf(opened.body);
  const auditBefore = await f.rows("select id from audit_log where record_type = 'service'");
  const saved = await f.save(f.anna, id, {
    ...input,
    name: 'Geldloket: spreekuur zonder afspraak',
    openingHours: [{ weekday: 1, opens: '09:00', closes: '11:00', locationId: 'wijkteamkantoor-linde', note: 'Niet in de zomervakantie' }],
    villages: ['linde', 'kersenhoek'],
  }, opened.headers.get('etag')!);
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  assert.equal(saved.body.assuredDate, TODAY);
  assert.notEqual(saved.headers.get('etag'), opened.headers.get('etag'));

  for (const [who, get] of [['this process', (p: string) => f.request(p).then((r) => r.json())], ['another process', f.other]] as const) {
    const after = await publicViews(get, id);
    assert.equal(after.page.name, 'Geldloket: spreekuur zonder afspraak', who);
    assert.equal(after.page.assuredDate, TODAY, who);
    assert.deepEqual(after.page.openingHours, [{ weekday: 1, opens: '09:00', closes: '11:00', note: 'Niet in de zomervakantie' }], who);
    assert.deepEqual(after.page.villages, ['linde', 'kersenhoek'], who);
    assert.equal(after.map.name, 'Geldloket: spreekuur zonder afspraak', who);
    assert.equal(after.hsds.name, 'Geldloket: spreekuur zonder afspraak', who);
    assert.equal(after.hsds.assured_date, TODAY, who);
  }
  const listed = await f.get(f.anna, '/v1/beheer/services?limit=500');
  const row = listed.body.items.find((s: any) => s.id === id);
  assert.equal(row.name, 'Geldloket: spreekuur zonder afspraak');
  assert.equal(row.stale, false);
  const audit = await f.rows("select action, record_id from audit_log where record_type = 'service' and not (id = any($1))", [auditBefore.map((r) => r.id)]);
  assert.deepEqual(audit, [{ action: 'update', record_id: id }], 'one audit row, ids only');
});

test('adding a service: its id comes from the name and is unique; it is on the public map at once', async () => {
  const f = await fixture();
  const made = await f.change(f.anna, 'POST', '/v1/beheer/services', serviceBody());
  assert.equal(made.status, 201, JSON.stringify(made.body));
  assert.equal(made.body.id, 'repair-cafe');
  assert.equal(made.headers.get('location'), '/v1/beheer/services/repair-cafe');
  assert.match(made.headers.get('etag') ?? '', /^"s\d+"$/);
  assert.equal(made.body.assuredDate, TODAY);
  const [org] = await f.rows(`select id, name, kind from organizations where id = 'dorpshuis-de-linde'`);
  assert.deepEqual(made.body.organization, org);
  const second = await f.change(f.piet, 'POST', '/v1/beheer/services', serviceBody({ name: '  Repair café!  ' }));
  assert.equal(second.status, 201, JSON.stringify(second.body));
  assert.equal(second.body.id, 'repair-cafe-2');
  assert.equal(second.body.name, 'Repair café!');

  const page = await f.other('/v1/services/repair-cafe');
  assert.equal(page.name, 'Repair Café');
  assert.equal(page.contact.email, 'repaircafe@dorpshuis.example');
  assert.deepEqual(page.openingHours.map((h: any) => `${h.weekday} ${h.opens}-${h.closes}`), ['6 10:00-12:00', '6 13:00-15:00']);
  assert.deepEqual(page.contacts, [{ name: 'Balie dorpshuis', role: 'Aanmelding', phone: '0345 000 001' }]);
  const search = await f.other('/v1/services?q=repareren');
  assert.ok(search.items.some((s: any) => s.id === 'repair-cafe'), 'found by its words');
  const audit = await f.rows("select action, record_id from audit_log where record_type = 'service' and record_id like 'repair-cafe%' order by id");
  assert.deepEqual(audit, [{ action: 'create', record_id: 'repair-cafe' }, { action: 'create', record_id: 'repair-cafe-2' }]);
});

test('an organisation contact edits their own services only: another organisation’s is 403 to open, save or add, and nothing changes', async () => {
  const f = await fixture();
  const foreign = 'geldloket-spreekuur'; // schuldhulp-linde's
  assert.equal((await f.get(f.piet, path(foreign))).status, 403);
  const opened = await f.get(f.anna, path(foreign));
  const before = await f.snapshot();
  const refused = await f.save(f.piet, foreign, { ...inputOf(opened.body), name: 'Overgenomen' });
  assert.equal(refused.status, 403);
  assert.equal(refused.body.type, 'urn:buurtkit:problem:forbidden');
  const added = await f.change(f.piet, 'POST', '/v1/beheer/services', serviceBody({ organizationId: 'schuldhulp-linde' }));
  assert.equal(added.status, 403);
  assert.equal(await f.snapshot(), before);

  const own = await f.get(f.piet, path('inloop-dorpshuis'));
  assert.equal(own.status, 200);
  const moved = await f.save(f.piet, 'inloop-dorpshuis', { ...inputOf(own.body), organizationId: 'schuldhulp-linde' }, own.headers.get('etag')!);
  assert.equal(moved.status, 403, 'nor give their own service to another organisation');
  const saved = await f.save(f.piet, 'inloop-dorpshuis', { ...inputOf(own.body), fees: 'Gratis, koffie € 0,50' }, own.headers.get('etag')!);
  assert.equal(saved.status, 200);
  assert.equal(saved.body.fees, 'Gratis, koffie € 0,50');
  const options = await f.get(f.piet, '/v1/beheer/service-options');
  assert.deepEqual(options.body.organizations.map((o: any) => o.id), ['dorpshuis-de-linde']);
  assert.ok(options.body.locations.length > 5 && options.body.villages.length === 4 && options.body.categories.length > 10);
});

test('a save over someone else’s newer change is refused with 412, and nothing is stored', async () => {
  const f = await fixture();
  const id = 'inloop-dorpshuis';
  const opened = await f.get(f.anna, path(id));
  const etag = opened.headers.get('etag')!;
  const first = await f.save(f.piet, id, { ...inputOf(opened.body), name: 'Inloop van Piet' }, etag);
  assert.equal(first.status, 200);
  const before = await f.snapshot();
  const stale = await f.save(f.anna, id, { ...inputOf(opened.body), name: 'Inloop van Anna' }, etag);
  assert.equal(stale.status, 412);
  assert.equal(stale.body.type, 'urn:buurtkit:problem:edit-conflict');
  assert.equal(await f.snapshot(), before, 'nothing stored');
  // "Nog actueel" is a change too: an editor opened before it must reopen.
  const fresh = await f.get(f.anna, path(id));
  assert.equal((await f.change(f.anna, 'POST', `${path(id)}/assured`)).status, 200);
  assert.equal((await f.save(f.anna, id, inputOf(fresh.body), fresh.headers.get('etag')!)).status, 412);
  assert.equal((await f.save(f.anna, id, inputOf(fresh.body), (await f.get(f.anna, path(id))).headers.get('etag')!)).status, 200);
});

test('bad services get a 422 naming each field, in Dutch, instead of failing in the database; nothing is stored', async () => {
  const f = await fixture();
  const { email: _e, ...noEmail } = serviceBody();
  const cases: [Record<string, unknown>, string][] = [
    [{ name: '   ' }, 'name'],
    [{ description: 'Twee\nregels' }, 'description'],
    [{ longDescription: '  ' }, 'longDescription'],
    [{ eligibility: ' ' }, 'eligibility'],
    [{ fees: ' ' }, 'fees'],
    [{ applicationProcess: ' ' }, 'applicationProcess'],
    [noEmail, 'phone'],
    [{ phone: '12' }, 'phone'],
    [{ phone: '+31 345 000 001 00 00 0' }, 'phone'],
    [{ email: 'geen-adres' }, 'email'],
    [{ email: 'naam@dorp.NL' }, 'email'],
    [{ website: 'javascript:alert(1)' }, 'website'],
    [{ languages: [] }, 'languages'],
    [{ languages: ['NL'] }, 'languages[0]'],
    [{ kind: 'anders' }, 'kind'],
    [{ status: 'weg' }, 'status'],
    [{ organizationId: 'bestaat-niet' }, 'organizationId'],
    [{ categories: ['ontmoeting', 'bestaat-niet'] }, 'categories[1]'],
    [{ villages: ['atlantis'] }, 'villages[0]'],
    [{ locations: ['dorpshuis-de-linde', 'nergens'] }, 'locations[1]'],
    [{ openingHours: [{ weekday: 1, opens: '09:00', closes: '10:00' }, { weekday: 2, opens: '09:00', closes: '10:00' }, { weekday: 3, opens: '12:00', closes: '11:00' }] }, 'openingHours[2].closes'],
    [{ openingHours: [{ weekday: 3, opens: '09:00', closes: '09:00' }] }, 'openingHours[0].closes'],
    [{ openingHours: [{ weekday: 8, opens: '09:00', closes: '10:00' }] }, 'openingHours[0].weekday'],
    [{ openingHours: [{ weekday: 1, opens: '24:00', closes: '10:00' }] }, 'openingHours[0].opens'],
    [{ openingHours: [{ weekday: 1, opens: '09:00', closes: '12:00' }, { weekday: 1, opens: '11:00', closes: '13:00' }] }, 'openingHours[1].opens'],
    [{ openingHours: [{ weekday: 1, opens: '09:00', closes: '12:00' }, { weekday: 1, opens: '09:00', closes: '10:00' }] }, 'openingHours[1].opens'],
    [{ openingHours: [{ weekday: 1, opens: '09:00', closes: '12:00', locationId: 'bibliotheek-linde' }] }, 'openingHours[0].locationId'],
    [{ contacts: [{ name: ' ', phone: '0345 000 001' }] }, 'contacts[0].name'],
    [{ contacts: [{ name: 'Balie', email: 'balie' }] }, 'contacts[0].email'],
    [{ contacts: [{ name: 'Balie', phone: '0' }] }, 'contacts[0].phone'],
    [{ onbekend: true }, 'onbekend'],
  ];
  const opened = await f.get(f.anna, path('inloop-dorpshuis'));
  const before = await f.snapshot();
  for (const [extra, field] of cases) {
    const body = extra === noEmail ? noEmail : serviceBody(extra);
    for (const res of [
      await f.change(f.anna, 'POST', '/v1/beheer/services', body),
      await f.save(f.anna, 'inloop-dorpshuis', body, opened.headers.get('etag')!),
    ]) {
      assert.equal(res.status, 422, `${JSON.stringify(extra)}: ${res.status} ${JSON.stringify(res.body)}`);
      assert.equal(res.body.type, 'urn:buurtkit:problem:invalid-body');
      const names = res.body.errors.map((e: { name: string }) => e.name);
      assert.ok(names.includes(field), `${JSON.stringify(extra)} names ${field}: ${JSON.stringify(res.body.errors)}`);
      assert.ok(res.body.errors.every((e: { detail: string }) => e.detail.length > 5), 'each says what is wrong');
    }
  }
  assert.equal(await f.snapshot(), before);
});

test('a write that fails half-way (a later part refused by the database) leaves nothing behind', async () => {
  const f = await fixture();
  const id = 'inloop-dorpshuis';
  const opened = await f.get(f.anna, path(id));
  // Make the last part of every write (the named contacts) fail inside the transaction.
  await f.db.query(`create function refuse_contacts() returns trigger language plpgsql as $$ begin raise exception 'refused for the test'; end $$`);
  await f.db.query('create trigger refuse_contacts before insert on service_contacts for each row execute function refuse_contacts()');
  const before = await f.snapshot();
  const saved = await f.save(f.anna, id, { ...inputOf(opened.body), name: 'Half opgeslagen', contacts: [{ name: 'Balie' }] }, opened.headers.get('etag')!);
  assert.equal(saved.status, 500);
  const made = await f.change(f.anna, 'POST', '/v1/beheer/services', serviceBody());
  assert.equal(made.status, 500);
  assert.equal(await f.snapshot(), before, 'neither the service, its parts, the version nor the audit log changed');
  assert.equal((await f.other(`/v1/services/${id}`)).name, opened.body.name);
  await f.db.query('drop trigger refuse_contacts on service_contacts');
  const retried = await f.save(f.anna, id, { ...inputOf(opened.body), name: 'Nu wel opgeslagen', contacts: [{ name: 'Balie' }] }, opened.headers.get('etag')!);
  assert.equal(retried.status, 200, 'the same ETag still fits: the failed save changed nothing');
});

test('without a session or without the CSRF token nothing can be opened or saved; an unknown service is 404', async () => {
  const f = await fixture();
  const opened = await f.get(f.anna, path('inloop-dorpshuis'));
  const before = await f.snapshot();
  assert.equal((await f.request(path('inloop-dorpshuis'))).status, 401);
  assert.equal((await f.request('/v1/beheer/service-options')).status, 401);
  const noToken = await f.change(f.anna, 'PUT', path('inloop-dorpshuis'), inputOf(opened.body), { csrf: false });
  assert.equal(noToken.status, 403);
  const noTokenPost = await f.change(f.anna, 'POST', '/v1/beheer/services', serviceBody(), { csrf: false });
  assert.equal(noTokenPost.status, 403);
  assert.equal((await f.get(f.anna, path('bestaat-niet'))).status, 404);
  assert.equal((await f.save(f.anna, 'bestaat-niet', serviceBody())).status, 404);
  assert.equal(await f.snapshot(), before);
});
