// Places in /beheer (issue 9): a coordinator adds a place and changes its address; the
// activity editor offers the new place at once, and the agenda (its pages, the ICS files,
// another server process) shows a changed address on the next request. An organisation
// contact may read the places but not add or change one; bad input names its field and
// stores nothing; every write has its audit row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { activitiesFixture, activityBody, type ActivitiesFixture } from './beheer-activities-fixture.ts';
import type { BeheerFixture } from './beheer-signups-fixture.ts';

const LIST = '/v1/beheer/places';
const one = (id: string) => `${LIST}/${encodeURIComponent(id)}`;

const body = (extra: Record<string, unknown> = {}) => ({
  name: 'Gymzaal De Waard',
  street: 'Schoolstraat 2',
  postalCode: '4199xf',
  locality: 'Linde',
  village: 'linde',
  ...extra,
});

const auditOf = (f: BeheerFixture, id: string) =>
  f.rows<{ action: string; account_id: string }>(`select action, account_id from audit_log where record_type = 'place' and record_id = $1 order by id`, [id]);
const placeRow = async (f: BeheerFixture, id: string) => (await f.rows(`select * from places where id = $1`, [id]))[0];
const count = async (f: BeheerFixture, table: string) => (await f.rows<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;

/** A PUT as the editor sends it: with the session's CSRF token and, when given, If-Match. */
async function put(f: BeheerFixture, id: string, input: unknown, ifMatch?: string) {
  const res = await f.request(one(id), {
    method: 'PUT',
    headers: { cookie: f.anna.cookie, 'x-csrf-token': f.anna.csrfToken, 'content-type': 'application/json', ...(ifMatch ? { 'if-match': ifMatch } : {}) },
    body: JSON.stringify(input),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

let shared: Promise<ActivitiesFixture> | undefined;
const door = () => (shared ??= activitiesFixture());

test('a coordinator adds a place: its id comes from the name, the activity editor offers it at once, and the log says who', async () => {
  const f = await door();
  const made = await f.change(f.anna, 'POST', LIST, body());
  assert.equal(made.status, 201, JSON.stringify(made.body));
  assert.equal(made.body.id, 'gymzaal-de-waard');
  assert.equal(made.headers.get('location'), '/v1/beheer/places/gymzaal-de-waard');
  assert.match(made.headers.get('etag') ?? '', /^"p[\w-]+"$/);
  assert.deepEqual(made.body, {
    id: 'gymzaal-de-waard',
    name: 'Gymzaal De Waard',
    address: { street: 'Schoolstraat 2', postalCode: '4199 XF', locality: 'Linde' },
    village: 'linde',
    activityCount: 0,
    fromFeed: false,
  });
  const again = await f.change(f.anna, 'POST', LIST, body());
  assert.equal(again.body.id, 'gymzaal-de-waard-2', 'the same name again gets the next free id');
  // "nieuw" is the add form's address in /beheer (#plekken/nieuw): never an id.
  const named = await f.change(f.anna, 'POST', LIST, body({ name: 'Nieuw' }));
  assert.equal(named.status, 201);
  assert.notEqual(named.body.id, 'nieuw');
  // A place without a postcode (a field, a square) is stored with none.
  const square = await f.change(f.anna, 'POST', LIST, body({ name: 'Het Dorpsplein', street: 'Dorpsplein', postalCode: undefined }));
  assert.equal(square.status, 201, JSON.stringify(square.body));
  assert.equal(square.body.address.postalCode, '');

  const options = await f.get(f.piet, '/v1/beheer/activity-options');
  assert.ok(options.body.places.some((p: { id: string }) => p.id === 'gymzaal-de-waard'), 'a contact can choose it for an activity');
  const activity = await f.change(f.piet, 'POST', '/v1/beheer/activities', activityBody({ title: 'Gym voor 60-plussers', placeId: 'gymzaal-de-waard' }));
  assert.equal(activity.status, 201, JSON.stringify(activity.body));
  const agenda = await (await f.request(`/v1/activities/${activity.body.id}`)).json();
  assert.equal(agenda.place.name, 'Gymzaal De Waard');

  const list = await f.get(f.anna, `${LIST}?limit=500`);
  assert.equal(list.status, 200);
  assert.equal(list.body.total, await count(f, 'places'));
  const names = list.body.items.map((p: { name: string }) => p.name);
  assert.deepEqual(names, [...names].sort((a: string, b: string) => a.localeCompare(b, 'nl')), 'sorted by name');
  assert.equal(list.body.items.find((p: { id: string }) => p.id === 'gymzaal-de-waard').activityCount, 1);

  const [anna] = await f.rows<{ id: string }>(`select id from accounts where lower(email) = 'anna@samenlinde.example'`);
  assert.deepEqual(await auditOf(f, 'gymzaal-de-waard'), [{ action: 'create', account_id: anna!.id }]);
});

test('a retry with the same Idempotency-Key answers the first answer and stores the place once', async () => {
  const f = await door();
  const key = randomUUID();
  const send = () =>
    f.request(LIST, {
      method: 'POST',
      headers: { cookie: f.anna.cookie, 'x-csrf-token': f.anna.csrfToken, 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body({ name: 'Kantine VV Linde' })),
    });
  const first = await send();
  const retry = await send();
  assert.equal(first.status, 201);
  assert.equal(retry.status, 201);
  assert.equal(retry.headers.get('idempotent-replayed'), 'true');
  assert.equal(((await retry.json()) as { id: string }).id, ((await first.json()) as { id: string }).id);
  assert.deepEqual(await f.rows(`select id from places where name = 'Kantine VV Linde'`), [{ id: 'kantine-vv-linde' }]);
  assert.equal((await auditOf(f, 'kantine-vv-linde')).length, 1);
});

test('a refused body names each field, in Dutch, and stores nothing', async () => {
  const f = await door();
  const before = { places: await count(f, 'places'), audit: await count(f, 'audit_log') };
  const res = await f.change(f.anna, 'POST', LIST, { name: ' ', street: '', postalCode: '41 AB', village: 'Linde!' });
  assert.equal(res.status, 422);
  assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
  const named = new Map(res.body.errors.map((e: { name: string; detail: string }) => [e.name, e.detail]));
  for (const field of ['name', 'street', 'postalCode', 'locality', 'village']) assert.ok(named.has(field), `${field} is named: ${JSON.stringify(res.body.errors)}`);
  assert.equal(named.get('postalCode'), 'Is geen geldige postcode (bijvoorbeeld 4151 AB).');
  assert.equal(named.get('locality'), 'Dit veld ontbreekt.');
  const village = await f.change(f.anna, 'POST', LIST, body({ village: 'atlantis' }));
  assert.equal(village.status, 422);
  assert.deepEqual(village.body.errors.map((e: { name: string }) => e.name), ['village']);
  const extra = await f.change(f.anna, 'POST', LIST, { ...body(), latitude: 51.9 });
  assert.equal(extra.status, 422);
  assert.deepEqual(extra.body.errors.map((e: { name: string }) => e.name), ['latitude']);
  const badPut = await put(f, 'dorpshuis-de-linde', body({ name: 'Dorpshuis', village: 'atlantis' }));
  assert.equal(badPut.status, 422);
  assert.equal((await placeRow(f, 'dorpshuis-de-linde')).name, 'Dorpshuis De Linde', 'the refused save changed nothing');
  assert.deepEqual({ places: await count(f, 'places'), audit: await count(f, 'audit_log') }, before);
});

test("a coordinator changes a place's address: the agenda, its ICS file and another server process show it on the next request", async () => {
  const f = await door();
  const [activity] = await f.rows<{ id: string }>(
    `select a.id from activities a where a.place_id = 'bibliotheek-linde' and not a.hidden
        and exists (select 1 from activity_occurrences o where o.activity_id = a.id and o.starts_at > '2026-12-01') order by a.id limit 1`,
  );
  assert.ok(activity, 'the seed holds an activity in the library');
  const paths = [`/v1/activities/${activity!.id}`, `/v1/activities?from=2026-12-01&to=2027-02-28&limit=500`, '/v1/activities.ics'];
  for (const path of paths) assert.doesNotMatch(await (await f.request(path)).text(), /Stationsweg 14/, `${path} (warms its cache)`);
  assert.doesNotMatch(await (await f.other(paths[0]!)).text(), /Stationsweg 14/);

  const opened = await f.get(f.anna, one('bibliotheek-linde'));
  assert.equal(opened.status, 200);
  assert.ok(opened.body.activityCount > 0);
  const moved = { name: 'Bibliotheek Linde', street: 'Stationsweg 14', postalCode: '4199 XK', locality: 'Linde', village: opened.body.village };
  const saved = await put(f, 'bibliotheek-linde', moved, opened.headers.get('etag')!);
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  assert.deepEqual(saved.body.address, { street: 'Stationsweg 14', postalCode: '4199 XK', locality: 'Linde' });
  assert.notEqual(saved.headers.get('etag'), opened.headers.get('etag'));

  const detail = await (await f.request(paths[0]!)).json();
  assert.deepEqual(detail.place.address, { street: 'Stationsweg 14', postalCode: '4199 XK', locality: 'Linde' });
  for (const path of paths.slice(1)) assert.match(await (await f.request(path)).text(), /Stationsweg 14/, `${path} shows the new street`);
  assert.match(await (await f.other(paths[0]!)).text(), /Stationsweg 14/, 'another process too');
  assert.deepEqual((await auditOf(f, 'bibliotheek-linde')).map((r) => r.action), ['update']);
});

test('a save over a newer change is refused with 412 and changes nothing; without the CSRF token it is 403; an unknown place is 404', async () => {
  const f = await door();
  const made = await f.change(f.anna, 'POST', LIST, body({ name: 'Schuur van Van Dam' }));
  const { id } = made.body;
  const etag = made.headers.get('etag')!;
  assert.equal((await f.get(f.anna, one(id))).headers.get('etag'), etag, 'GET gives the same ETag as the add');
  const first = await put(f, id, body({ name: 'Schuur van Van Dam', street: 'Dijkweg 7' }), etag);
  assert.equal(first.status, 200);
  const stale = await put(f, id, body({ name: 'Schuur van Van Dam', street: 'Dijkweg 9' }), etag);
  assert.equal(stale.status, 412);
  assert.ok(stale.body.type.endsWith('edit-conflict'));
  assert.match(stale.body.detail, /Iemand anders heeft deze plek intussen gewijzigd/);
  assert.equal((await placeRow(f, id)).street, 'Dijkweg 7');
  const noToken = await f.change(f.anna, 'PUT', one(id), body({ name: 'Schuur van Van Dam' }), { csrf: false });
  assert.equal(noToken.status, 403);
  assert.equal((await put(f, 'bestaat-niet', body())).status, 404);
  assert.equal((await f.get(f.anna, one('bestaat-niet'))).status, 404);
  assert.deepEqual((await auditOf(f, id)).map((r) => r.action), ['create', 'update']);
});

test('an organisation contact reads the places but may not add or change one (403), and nothing is stored', async () => {
  const f = await door();
  const list = await f.get(f.piet, `${LIST}?limit=500`);
  assert.equal(list.status, 200);
  assert.equal(list.body.total, await count(f, 'places'), 'places are the whole network’s: a contact sees them all');
  assert.equal((await f.get(f.piet, one('dorpskerk-linde'))).status, 200);
  const before = await placeRow(f, 'dorpshuis-de-linde');
  const audit = await count(f, 'audit_log');
  const add = await f.change(f.piet, 'POST', LIST, body({ name: 'Piets schuur' }));
  assert.equal(add.status, 403);
  assert.match(add.body.detail, /coördinator/);
  const change = await f.change(f.piet, 'PUT', one('dorpshuis-de-linde'), body({ name: 'Dorpshuis De Linde', street: 'Ergens anders 1' }));
  assert.equal(change.status, 403);
  assert.deepEqual(await f.rows(`select 1 from places where name = 'Piets schuur'`), []);
  assert.deepEqual(await placeRow(f, 'dorpshuis-de-linde'), before);
  assert.equal(await count(f, 'audit_log'), audit);
  const anonymous = await f.request(LIST);
  assert.equal(anonymous.status, 401);
});

test("a place a calendar feed made becomes the network's own once a coordinator saves it", async () => {
  const f = await door();
  const feed = randomUUID();
  await f.db.query(`insert into calendar_feeds (id, organization_id, url, created_at) values ($1, 'dorpshuis-de-linde', 'https://agenda.example/linde.ics', now())`, [feed]);
  await f.db.query(`insert into places (id, name, street, postal_code, locality, village_id, feed_id) values ('feed-plek-kas', 'De Kas', '', '', 'Linde', 'linde', $1)`, [feed]);
  const opened = await f.get(f.anna, one('feed-plek-kas'));
  assert.equal(opened.body.fromFeed, true);
  assert.equal(opened.body.address.postalCode, '');
  const saved = await put(f, 'feed-plek-kas', { name: 'De Kas', street: 'Tuinderslaan 3', locality: 'Linde', village: 'linde' }, opened.headers.get('etag')!);
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  assert.equal(saved.body.fromFeed, false);
  assert.equal((await placeRow(f, 'feed-plek-kas')).feed_id, null, 'the feed no longer removes it when its events leave');
});
