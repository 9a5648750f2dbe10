// Organisations in /beheer (issue 9): a coordinator adds and edits every organisation, its
// kind included; an organisation contact edits their own organisation's description and
// contact details but not its name or kind, and nobody else's. The public list, the
// agenda's organiser names and the sociale kaart show a change on the next request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { beheerFixture, type BeheerFixture } from './beheer-signups-fixture.ts';

const LIST = '/v1/beheer/organizations';
const one = (id: string) => `${LIST}/${id}`;

const body = (extra: Record<string, unknown> = {}) => ({
  name: 'Repair Café Linde',
  kind: 'resident-initiative',
  description: 'Iedere eerste zaterdag repareren vrijwilligers samen met u kapotte spullen.',
  village: 'linde',
  phone: '0345 123456',
  email: 'repaircafe@example.org',
  website: 'https://repaircafe.example.org',
  ...extra,
});

const auditOf = (f: BeheerFixture, id: string) =>
  f.rows<{ action: string; account_id: string }>(`select action, account_id from audit_log where record_type = 'organization' and record_id = $1 order by id`, [id]);

const organisationRow = async (f: BeheerFixture, id: string) => (await f.rows(`select * from organizations where id = $1`, [id]))[0];

test('a coordinator adds an organisation: its id comes from the name, it is in the list with its counts, and the log says who', async () => {
  const f = await beheerFixture();
  const first = await f.change(f.anna, 'POST', LIST, body());
  assert.equal(first.status, 201, JSON.stringify(first.body));
  assert.equal(first.body.id, 'repair-cafe-linde');
  assert.equal(first.headers.get('location'), '/v1/beheer/organizations/repair-cafe-linde');
  assert.match(first.headers.get('etag') ?? '', /^"o[\w-]+"$/);
  assert.deepEqual(first.body.contact, { phone: '0345 123456', email: 'repaircafe@example.org', website: 'https://repaircafe.example.org' });
  assert.equal(first.body.activityCount, 0);
  assert.equal(first.body.nameAndKindEditable, true);

  const second = await f.change(f.anna, 'POST', LIST, body());
  assert.equal(second.status, 201);
  assert.equal(second.body.id, 'repair-cafe-linde-2', 'the same name again gets the next free id');
  // "nieuw" is the add form's address in /beheer (#organisaties/nieuw): never an id.
  const named = await f.change(f.anna, 'POST', LIST, body({ name: 'Nieuw' }));
  assert.equal(named.status, 201, JSON.stringify(named.body));
  assert.notEqual(named.body.id, 'nieuw');

  const list = await f.get(f.anna, `${LIST}?limit=500`);
  assert.equal(list.status, 200);
  const [{ n }] = await f.rows<{ n: number }>('select count(*)::int as n from organizations');
  assert.equal(list.body.total, n);
  const names = list.body.items.map((o: { name: string }) => o.name);
  assert.deepEqual(names, [...names].sort((a: string, b: string) => a.localeCompare(b, 'nl')));
  assert.ok(list.body.items.some((o: { id: string }) => o.id === 'repair-cafe-linde'));
  const linde = list.body.items.find((o: { id: string }) => o.id === 'dorpshuis-de-linde');
  const [counts] = await f.rows<{ a: number; s: number }>(
    `select (select count(*)::int from activities where organization_id = 'dorpshuis-de-linde') as a,
            (select count(*)::int from services where organization_id = 'dorpshuis-de-linde') as s`,
  );
  assert.equal(linde.activityCount, counts!.a);
  assert.equal(linde.serviceCount, counts!.s);
  assert.ok(counts!.a > 0 && counts!.s > 0, 'the seed gives the dorpshuis activities and services');

  const audit = await auditOf(f, 'repair-cafe-linde');
  assert.deepEqual(audit.map((r) => r.action), ['create']);
  const pub = await f.request('/v1/organizations?kind=resident-initiative&limit=500');
  assert.ok(((await pub.json()) as { items: { id: string }[] }).items.some((o) => o.id === 'repair-cafe-linde'), 'the public list has it at once');
});

test('the list filters by kind', async () => {
  const f = await beheerFixture();
  const res = await f.get(f.anna, `${LIST}?kind=professional&limit=500`);
  assert.equal(res.status, 200);
  assert.ok(res.body.items.length > 0);
  assert.ok(res.body.items.every((o: { kind: string }) => o.kind === 'professional'));
  const [{ n }] = await f.rows<{ n: number }>(`select count(*)::int as n from organizations where kind = 'professional'`);
  assert.equal(res.body.total, n);
});

test('a refused body names each field, in Dutch, and stores nothing', async () => {
  const f = await beheerFixture();
  const before = await f.rows('select count(*)::int as n from organizations');
  const res = await f.change(f.anna, 'POST', LIST, body({ name: ' ', phone: 'bel maar', email: 'geen-adres', website: 'javascript:alert(1)', kind: 'bedrijf' }));
  assert.equal(res.status, 422);
  assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
  const named = new Set(res.body.errors.map((e: { name: string }) => e.name));
  for (const field of ['name', 'phone', 'email', 'website', 'kind']) assert.ok(named.has(field), `${field} is named: ${JSON.stringify(res.body.errors)}`);
  const village = await f.change(f.anna, 'POST', LIST, body({ village: 'atlantis' }));
  assert.equal(village.status, 422);
  assert.deepEqual(village.body.errors.map((e: { name: string }) => e.name), ['village']);
  const extra = await f.change(f.anna, 'POST', LIST, { ...body(), slug: 'zelf-gekozen' });
  assert.equal(extra.status, 422);
  assert.deepEqual(await f.rows('select count(*)::int as n from organizations'), before);
});

test('a coordinator changes name and kind; the public list, the agenda and the sociale kaart show it on the next request', async () => {
  const f = await beheerFixture();
  const original = await f.get(f.anna, one('dorpshuis-de-linde'));
  assert.equal(original.status, 200);
  const [service] = await f.rows<{ id: string }>(`select id from services where organization_id = 'dorpshuis-de-linde' order by id limit 1`);
  const paths = ['/v1/organizations?limit=500', '/v1/activities?organization=dorpshuis-de-linde', `/v1/services/${service!.id}`, '/v1/social-map', '/v1/export/hsds.json'];
  for (const path of paths) assert.equal((await f.request(path)).status, 200, path); // warm every cache
  const { id: _id, activityCount: _a, serviceCount: _s, nameAndKindEditable: _e, contact, ...fields } = original.body;
  const renamed = { ...fields, ...contact, name: 'Dorpshuis De Nieuwe Linde', kind: 'professional' };
  const saved = await f.change(f.anna, 'PUT', one('dorpshuis-de-linde'), renamed);
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  assert.equal(saved.body.kind, 'professional');
  try {
    for (const path of paths) {
      const text = await (await f.request(path)).text();
      assert.ok(text.includes('Dorpshuis De Nieuwe Linde'), `${path} shows the new name`);
    }
  } finally {
    const back = await f.change(f.anna, 'PUT', one('dorpshuis-de-linde'), { ...renamed, name: original.body.name, kind: original.body.kind });
    assert.equal(back.status, 200);
  }
  assert.deepEqual((await auditOf(f, 'dorpshuis-de-linde')).slice(-2).map((r) => r.action), ['update', 'update']);
});

test('an organisation contact edits their own description and contact details, a field left out is cleared', async () => {
  const f = await beheerFixture();
  const mine = await f.get(f.piet, one('dorpshuis-de-linde'));
  assert.equal(mine.status, 200);
  assert.equal(mine.body.nameAndKindEditable, false);
  const saved = await f.change(f.piet, 'PUT', one('dorpshuis-de-linde'), {
    name: mine.body.name,
    kind: mine.body.kind,
    description: 'Het dorpshuis van Linde: koffie, soos en de inloop.',
    phone: '0345 765432',
  });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  assert.deepEqual(saved.body.contact, { phone: '0345 765432' });
  const row = await organisationRow(f, 'dorpshuis-de-linde');
  assert.equal(row.description, 'Het dorpshuis van Linde: koffie, soos en de inloop.');
  assert.equal(row.email, null);
  const list = await f.get(f.piet, LIST);
  assert.deepEqual(list.body.items.map((o: { id: string }) => o.id), ['dorpshuis-de-linde'], 'a contact lists only their own');
});

test('an organisation contact may not change the name or kind, nor touch another organisation, nor add one', async () => {
  const f = await beheerFixture();
  const mine = await f.get(f.piet, one('dorpshuis-de-linde'));
  const before = await organisationRow(f, 'dorpshuis-de-linde');
  const base = { name: mine.body.name, kind: mine.body.kind, description: mine.body.description };
  for (const change of [{ kind: mine.body.kind === 'volunteer' ? 'professional' : 'volunteer' }, { name: 'Het Grote Dorpshuis' }]) {
    const res = await f.change(f.piet, 'PUT', one('dorpshuis-de-linde'), { ...base, ...change });
    assert.equal(res.status, 403, JSON.stringify(change));
    assert.match(res.body.detail, /coördinator/);
  }
  assert.deepEqual(await organisationRow(f, 'dorpshuis-de-linde'), before);
  const [other] = await f.rows<{ id: string; name: string; kind: string; description: string }>(`select id, name, kind, description from organizations where id <> 'dorpshuis-de-linde' order by id limit 1`);
  assert.equal((await f.get(f.piet, one(other!.id))).status, 403);
  const put = await f.change(f.piet, 'PUT', one(other!.id), { name: other!.name, kind: other!.kind, description: 'Overgenomen' });
  assert.equal(put.status, 403);
  assert.equal((await organisationRow(f, other!.id)).description, other!.description);
  assert.equal((await f.change(f.piet, 'POST', LIST, body({ name: 'Piets eigen club' }))).status, 403);
  assert.equal((await f.rows(`select 1 from organizations where name = 'Piets eigen club'`)).length, 0);
});

test('a save over a newer change is refused with 412 and changes nothing; without the CSRF token it is 403', async () => {
  const f = await beheerFixture();
  const made = await f.change(f.anna, 'POST', LIST, body({ name: 'Buurtpreventie Linde', kind: 'volunteer' }));
  const id = made.body.id;
  const etag = made.headers.get('etag')!;
  const res = await f.request(one(id), { headers: { cookie: f.anna.cookie } });
  assert.equal(res.headers.get('etag'), etag, 'GET gives the same ETag as the save');
  const put = (description: string, ifMatch: string) =>
    f.request(one(id), {
      method: 'PUT',
      headers: { cookie: f.anna.cookie, 'x-csrf-token': f.anna.csrfToken, 'content-type': 'application/json', 'if-match': ifMatch },
      body: JSON.stringify(body({ name: 'Buurtpreventie Linde', kind: 'volunteer', description })),
    });
  const firstSave = await put('Eerste versie', etag);
  assert.equal(firstSave.status, 200);
  assert.notEqual(firstSave.headers.get('etag'), etag);
  const stale = await put('Tweede, over de eerste heen', etag);
  assert.equal(stale.status, 412);
  assert.equal(((await stale.json()) as { type: string }).type.endsWith('edit-conflict'), true);
  assert.equal((await organisationRow(f, id)).description, 'Eerste versie');
  const noToken = await f.change(f.anna, 'PUT', one(id), body({ name: 'Buurtpreventie Linde', kind: 'volunteer' }), { csrf: false });
  assert.equal(noToken.status, 403);
  assert.equal((await f.get(f.anna, one('bestaat-niet'))).status, 404);
  assert.deepEqual((await auditOf(f, id)).map((r) => r.action), ['create', 'update']);
});
