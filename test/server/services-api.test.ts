// The sociale kaart endpoints as a client sees them: the seeded network plus a small
// fixture map of our own (ids `zw-…`, names with "Zwaluw"), with an injected clock.
// Run under TZ=UTC and TZ=America/New_York: "open now" is Amsterdam time either way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { get, mapTestApp, moments, setNow } from './social-map-fixture.ts';

const ids = (items: { id: string }[]) => items.map((s) => s.id);
const fixtureIds = (items: { id: string }[]) => ids(items).filter((id) => id.startsWith('zw-'));

async function expectProblem(path: string, name: string, status = 400, where = 'query') {
  const { status: got, body, headers } = await get(path);
  assert.equal(got, status, `${path}: ${JSON.stringify(body)}`);
  assert.match(headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal(body.status, status);
  if (status === 400) {
    assert.ok(body.errors?.some((e: any) => e.name === name && e.in === where), `${path}: no error naming ${name}: ${JSON.stringify(body)}`);
  }
  return body;
}

test('lists active services by name, with the fields of a summary', async () => {
  setNow(moments.tuesday10);
  const { status, body } = await get('/v1/services?limit=500');
  assert.equal(status, 200);
  assert.equal(body.offset, 0);
  assert.equal(body.limit, 500);
  assert.equal(body.total, body.items.length);
  assert.deepEqual(fixtureIds(body.items), ['zw-cafe-ontmoeting', 'zw-mantelzorglijn', 'zw-schuldhulpmaatje', 'zw-wijkteam-spreekuur']);
  assert.ok(!ids(body.items).includes('zw-oud-loket'), 'a defunct service is not listed');
  const names = body.items.map((s: any) => s.name);
  assert.deepEqual(names, [...names].sort((a: string, b: string) => a.localeCompare(b, 'nl')));
  const maatje = body.items.find((s: any) => s.id === 'zw-schuldhulpmaatje');
  assert.deepEqual(maatje.categories, [
    { id: 'zw-schulden', name: 'Zwaluw schulden', parent: 'zw-geld' },
    { id: 'zw-geld', name: 'Zwaluw geld' },
  ]);
  assert.deepEqual(maatje.openingHours, [
    { weekday: 2, opens: '09:00', closes: '12:00', note: 'Niet in de schoolvakanties' },
    { weekday: 4, opens: '13:00', closes: '16:00' },
  ]);
  assert.equal(maatje.assuredDate, '2026-11-02');
  assert.deepEqual(maatje.address, { street: 'Lindeplein 1', postalCode: '4151 AB', locality: 'Linde' });
  assert.deepEqual(maatje.contact, { phone: '0345-000100', email: 'maatje@example.org' });
  assert.deepEqual(maatje.languages, ['nl', 'en']);
  // A telephone line has no address; its own hours stand in.
  const lijn = body.items.find((s: any) => s.id === 'zw-mantelzorglijn');
  assert.equal(lijn.address, undefined);
  assert.equal(lijn.openingHours.length, 5);
});

test('category: a top-level category matches its sub-categories; several are OR-ed', async () => {
  const top = (await get('/v1/services?category=zw-geld')).body;
  assert.deepEqual(ids(top.items), ['zw-schuldhulpmaatje', 'zw-wijkteam-spreekuur']);
  const sub = (await get('/v1/services?category=zw-schulden')).body;
  assert.deepEqual(ids(sub.items), ['zw-schuldhulpmaatje']);
  const two = (await get('/v1/services?category=zw-inloop,zw-schulden')).body;
  assert.deepEqual(ids(two.items), ['zw-cafe-ontmoeting', 'zw-schuldhulpmaatje']);
});

test('kind: a service that is both matches informal and professional', async () => {
  const informal = (await get('/v1/services?kind=informal&q=zwaluw')).body;
  assert.deepEqual(ids(informal.items).sort(), ['zw-cafe-ontmoeting', 'zw-schuldhulpmaatje']);
  const professional = (await get('/v1/services?kind=professional&q=zwaluw')).body;
  assert.deepEqual(ids(professional.items).sort(), ['zw-cafe-ontmoeting', 'zw-mantelzorglijn', 'zw-wijkteam-spreekuur']);
  for (const s of (await get('/v1/services?kind=informal&limit=500')).body.items) assert.ok(s.kind === 'informal' || s.kind === 'both', s.id);
});

test('village: only services for residents of that village', async () => {
  const { body } = await get('/v1/services?village=hoogwaard&limit=500');
  assert.deepEqual(fixtureIds(body.items), ['zw-cafe-ontmoeting', 'zw-mantelzorglijn', 'zw-wijkteam-spreekuur']);
  for (const s of body.items) assert.ok(s.villages.includes('hoogwaard'), s.id);
  const rietakker = (await get('/v1/services?village=rietakker&category=zw-mantelzorg')).body;
  assert.deepEqual(ids(rietakker.items), ['zw-mantelzorglijn']);
});

test('q: case- and accent-insensitive, ranked: most words matched first, name hits above the rest', async () => {
  const first = async (q: string) => ids((await get(`/v1/services?q=${encodeURIComponent(q)}`)).body.items)[0];
  assert.equal(await first('cafe ONTMOETING zwaluw'), 'zw-cafe-ontmoeting');
  assert.deepEqual(ids((await get(`/v1/services?q=${encodeURIComponent('CAFÉ')}&category=zw-ontmoeting`)).body.items), ['zw-cafe-ontmoeting']);
  assert.equal(await first('zwalúw café'), 'zw-cafe-ontmoeting');
  // Keywords and the organisation count.
  assert.deepEqual(fixtureIds((await get('/v1/services?q=administratie')).body.items), ['zw-schuldhulpmaatje']);
  assert.equal(await first('zwaluw geldloket'), 'zw-schuldhulpmaatje');
  // A word no service has does not empty the list (as in the widget): the other words still count.
  assert.deepEqual(fixtureIds((await get('/v1/services?q=zwaluw%20olifant')).body.items).sort(), fixtureIds((await get('/v1/services?q=zwaluw')).body.items).sort());
  assert.deepEqual(ids((await get('/v1/services?q=olifant')).body.items), []);
  // A hit in the name ranks above a hit in the description.
  const ranked = ids((await get('/v1/services?q=zwaluw%20mantelzorg')).body.items);
  assert.equal(ranked[0], 'zw-mantelzorglijn');
  assert.ok(ranked.includes('zw-wijkteam-spreekuur'), 'in category Zwaluw mantelzorg');
});

test('q: the network\'s synonyms count as the same word, also phrases of several words', async () => {
  // The fixture's groups: [zwaluwschulden, rekeningen-zw, zwaluwgeld] and [zwaluwzorg, "zorgen voor zwaluw"].
  // No service holds any of these words yet.
  assert.deepEqual(ids((await get('/v1/services?q=zwaluwgeld')).body.items), []);
  const { db } = await mapTestApp();
  await db.query(`update services set keywords = '{zwaluwschulden}' where id = 'zw-schuldhulpmaatje'`);
  try {
    assert.deepEqual(ids((await get('/v1/services?q=zwaluwgeld')).body.items), ['zw-schuldhulpmaatje']);
    assert.deepEqual(ids((await get('/v1/services?q=rekeningen-zw')).body.items), ['zw-schuldhulpmaatje']);
    const phrase = `/v1/services?q=${encodeURIComponent('Zorgen voor Zwaluw')}`;
    assert.ok(!ids((await get(phrase)).body.items).includes('zw-mantelzorglijn'));
    await db.query(`update services set keywords = '{zwaluwzorg}' where id = 'zw-mantelzorglijn'`);
    // The phrase finds its group's word ("zwaluwzorg"), besides services with "zorg" and "zwaluw".
    assert.ok(ids((await get(phrase)).body.items).includes('zw-mantelzorglijn'));
  } finally {
    await db.query(`update services set keywords = '{administratie,post}' where id = 'zw-schuldhulpmaatje'`);
    await db.query(`update services set keywords = '{}' where id = 'zw-mantelzorglijn'`);
  }
});

test('open_now=true on a Tuesday at 10:00 Amsterdam time', async () => {
  setNow(moments.tuesday10);
  const { body } = await get('/v1/services?open_now=true&limit=500');
  assert.deepEqual(fixtureIds(body.items), ['zw-mantelzorglijn', 'zw-schuldhulpmaatje']);
  for (const s of body.items) assert.equal(s.openNow, true, s.id);
  const all = (await get('/v1/services?open_now=false&q=zwaluw')).body.items;
  assert.equal(all.length, 4, 'open_now=false is no filter');
  assert.deepEqual(Object.fromEntries(all.map((s: any) => [s.id, s.openNow])), {
    'zw-cafe-ontmoeting': false,
    'zw-mantelzorglijn': true,
    'zw-schuldhulpmaatje': true,
    'zw-wijkteam-spreekuur': false,
  });
});

test('open_now=true on a Tuesday at 10:00 in summer time too', async () => {
  setNow(moments.summerTuesday10);
  const { body } = await get('/v1/services?open_now=true&q=zwaluw');
  assert.deepEqual(ids(body.items).sort(), ['zw-mantelzorglijn', 'zw-schuldhulpmaatje']);
  setNow(moments.tuesday10);
});

test('open_now=true on a Sunday at 22:00 finds nothing of ours; at 11:00 the café', async () => {
  setNow(moments.sunday22);
  assert.deepEqual(fixtureIds((await get('/v1/services?open_now=true&limit=500')).body.items), []);
  setNow(moments.sunday11);
  assert.deepEqual(fixtureIds((await get('/v1/services?open_now=true&limit=500')).body.items), ['zw-cafe-ontmoeting']);
  setNow(moments.tuesday10);
});

test('pagination: limit, offset and next', async () => {
  const q = 'q=zwaluw&limit=3';
  const first = (await get(`/v1/services?${q}`)).body;
  assert.equal(first.total, 4);
  assert.equal(first.items.length, 3);
  assert.equal(first.next, 3);
  const second = (await get(`/v1/services?${q}&offset=${first.next}`)).body;
  assert.equal(second.items.length, 1);
  assert.equal(second.next, undefined);
  assert.equal(new Set([...ids(first.items), ...ids(second.items)]).size, 4);
  const beyond = (await get('/v1/services?q=zwaluw&offset=50')).body;
  assert.deepEqual(beyond.items, []);
  assert.equal(beyond.total, 4);
});

test('one service: locations (main first), contacts, organisation, open at any location', async () => {
  setNow(moments.tuesday14);
  const { status, body } = await get('/v1/services/zw-wijkteam-spreekuur');
  assert.equal(status, 200);
  assert.deepEqual(body.locations.map((l: any) => l.id), ['zw-dorpshuis', 'zw-gezondheidscentrum']);
  assert.deepEqual(body.locations[1].openingHours, [{ weekday: 2, opens: '13:00', closes: '15:00' }]);
  assert.equal(body.locations[0].description, 'Ingang aan de kant van het plein.');
  assert.equal(body.locations[0].village, 'linde');
  assert.equal(body.openNow, true, 'open at the second location on Tuesday 14:00');
  assert.equal(body.referralRequired, true);
  assert.equal(body.organizationDetail.id, 'sociaal-wijkteam-linde');
  assert.equal(body.organizationDetail.kind, 'professional');
  assert.ok(body.organizationDetail.description.length > 10);
  assert.ok(body.organizationDetail.contact.phone);
  // The list shows the main location's hours only: closed there.
  const summary = (await get('/v1/services?q=zwaluw%20wijkteam')).body.items[0];
  assert.equal(summary.openNow, false);

  const maatje = (await get('/v1/services/zw-schuldhulpmaatje')).body;
  assert.deepEqual(maatje.contacts, [
    { name: 'Coördinator schuldhulpmaatjes', role: 'Coördinator', phone: '0345-000103', email: 'coordinator@example.org' },
    { name: 'Inloopspreekuur' },
  ]);
  assert.equal(maatje.longDescription, 'Een getrainde vrijwilliger kijkt samen met je naar de post.\n\nSamen maak je een plan.');
  setNow(moments.tuesday10);
});

test('an unknown or defunct service is 404; a malformed id is 400 naming id', async () => {
  await expectProblem('/v1/services/bestaat-niet', 'id', 404);
  const gone = await expectProblem('/v1/services/zw-oud-loket', 'id', 404);
  assert.match(gone.detail, /niet aangeboden/);
  await expectProblem('/v1/services/Hoofd%20Letters', 'id', 400, 'path');
  await expectProblem(`/v1/services/${'a'.repeat(65)}`, 'id', 400, 'path');
});

test('the category tree: top-level categories with their sub-categories', async () => {
  const { status, body } = await get('/v1/categories');
  assert.equal(status, 200);
  const geld = body.find((c: any) => c.id === 'zw-geld');
  assert.deepEqual(geld, {
    id: 'zw-geld',
    name: 'Zwaluw geld',
    description: 'Rond komen, rekeningen en schulden.',
    children: [{ id: 'zw-schulden', name: 'Zwaluw schulden', description: 'Hulp als de rekeningen zich opstapelen.', children: [] }],
  });
  const ours = body.filter((c: any) => c.id.startsWith('zw-')).map((c: any) => c.id);
  assert.deepEqual(ours, ['zw-geld', 'zw-ontmoeting', 'zw-mantelzorg']);
  for (const c of body) for (const child of c.children) assert.deepEqual(child.children, []);
});

test('the social map: every active service, tree, villages, synonyms; ETag and 304', async () => {
  const res = await get('/v1/social-map');
  assert.equal(res.status, 200);
  const map = res.body;
  assert.equal(map.version, 1);
  assert.equal(map.timezone, 'Europe/Amsterdam');
  assert.match(map.updatedAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);
  assert.deepEqual(fixtureIds(map.services), ['zw-cafe-ontmoeting', 'zw-mantelzorglijn', 'zw-schuldhulpmaatje', 'zw-wijkteam-spreekuur']);
  for (const s of map.services) assert.equal('openNow' in s, false);
  assert.deepEqual(map.services.find((s: any) => s.id === 'zw-schuldhulpmaatje').keywords, ['administratie', 'post']);
  assert.ok(map.synonyms.some((g: string[]) => g.includes('zorgen voor zwaluw')));
  assert.ok(map.villages.some((v: any) => v.id === 'hoogwaard' && v.kind === 'buurtschap'));
  assert.ok(map.categories.some((c: any) => c.id === 'zw-ontmoeting' && c.children[0].id === 'zw-inloop'));
  assert.equal(res.headers.get('cache-control'), 'public, max-age=300');
  const etag = res.headers.get('etag')!;
  assert.match(etag, /^W\/"/);

  // The same data, another moment: the same document and ETag (no request time in it).
  setNow(moments.sunday22);
  const again = await get('/v1/social-map');
  assert.equal(again.text, res.text);
  assert.equal(again.headers.get('etag'), etag);
  setNow(moments.tuesday10);

  const notModified = await get('/v1/social-map', { headers: { 'If-None-Match': etag } });
  assert.equal(notModified.status, 304);
  assert.equal(notModified.text, '');
  assert.equal(notModified.headers.get('etag'), etag);
  assert.equal(notModified.headers.get('cache-control'), 'public, max-age=300');

  const gz = await (await mapTestApp()).app.request('/v1/social-map', { headers: { 'Accept-Encoding': 'gzip' } });
  assert.equal(gz.headers.get('content-encoding'), 'gzip');
  assert.equal(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString('utf8'), res.text);
});

test('the social map changes, with its ETag and updatedAt, when the data does', async () => {
  const before = await get('/v1/social-map');
  const { db } = await mapTestApp();
  await db.query(`update services set description = 'Koffie, thee en een praatje, elke zondag.' where id = 'zw-cafe-ontmoeting'`);
  const after = await get('/v1/social-map', { headers: { 'If-None-Match': before.headers.get('etag')! } });
  assert.equal(after.status, 200);
  assert.notEqual(after.headers.get('etag'), before.headers.get('etag'));
  assert.equal(after.body.services.find((s: any) => s.id === 'zw-cafe-ontmoeting').description, 'Koffie, thee en een praatje, elke zondag.');
  assert.ok(after.body.updatedAt >= before.body.updatedAt);
  // And the search answers from the new data too.
  assert.equal(ids((await get('/v1/services?q=elke%20zondag%20zwaluw')).body.items)[0], 'zw-cafe-ontmoeting');
});

test('list and detail carry an ETag and answer 304 when nothing changed', async () => {
  const first = await get('/v1/services?q=zwaluw');
  const etag = first.headers.get('etag')!;
  assert.ok(etag);
  assert.equal((await get('/v1/services?q=zwaluw', { headers: { 'If-None-Match': etag } })).status, 304);
  const detail = await get('/v1/services/zw-mantelzorglijn');
  assert.equal((await get('/v1/services/zw-mantelzorglijn', { headers: { 'If-None-Match': detail.headers.get('etag')! } })).status, 304);
});

test('bad input is a 400 problem naming the parameter, never a 500', async () => {
  await expectProblem('/v1/services?category=bestaat-niet', 'category');
  await expectProblem('/v1/services?category=zw-geld,bestaat-niet', 'category');
  await expectProblem('/v1/services?category=Geld', 'category');
  await expectProblem('/v1/services?village=amsterdam', 'village');
  await expectProblem('/v1/services?village=AMSTERDAM', 'village');
  await expectProblem('/v1/services?kind=beide', 'kind');
  await expectProblem('/v1/services?kind=both', 'kind');
  await expectProblem('/v1/services?open_now=ja', 'open_now');
  await expectProblem('/v1/services?open_now=1', 'open_now');
  await expectProblem(`/v1/services?q=${'a'.repeat(101)}`, 'q');
  await expectProblem('/v1/services?q=', 'q');
  await expectProblem('/v1/services?limit=0', 'limit');
  await expectProblem('/v1/services?limit=501', 'limit');
  await expectProblem('/v1/services?limit=tien', 'limit');
  await expectProblem('/v1/services?offset=-1', 'offset');
  await expectProblem('/v1/services?catgory=zw-geld', 'catgory');
  const both = await expectProblem('/v1/services?category=onbekend&village=onbekend', 'category');
  assert.ok(both.errors.some((e: any) => e.name === 'village'));
  assert.equal((await get(`/v1/services?q=${'a'.repeat(100)}`)).status, 200);
  assert.equal((await get(`/v1/services?q=${encodeURIComponent('%; drop table services; --')}`)).status, 200);
});

// --- the seeded sociale kaart of the demo network ----------------------------------------

test('the seeded map: at least 120 services, each findable and complete', async () => {
  setNow(moments.tuesday10);
  const map = (await get('/v1/social-map')).body;
  const seeded = map.services.filter((s: any) => !s.id.startsWith('zw-'));
  assert.ok(seeded.length >= 120, `only ${seeded.length} seeded services`);
  const categoryIds = new Set(map.categories.flatMap((c: any) => [c.id, ...c.children.map((k: any) => k.id)]));
  const villageIds = new Set(map.villages.map((v: any) => v.id));
  for (const s of seeded) {
    assert.ok(s.categories.length > 0, `${s.id} has no category`);
    for (const c of s.categories) assert.ok(categoryIds.has(c.id), `${s.id}: ${c.id}`);
    for (const v of s.villages) assert.ok(villageIds.has(v), `${s.id}: ${v}`);
    assert.ok(s.contact.phone || s.contact.email || s.contact.website, `${s.id} cannot be reached`);
    assert.match(s.assuredDate, /^\d{4}-\d{2}-\d{2}$/);
  }
  assert.ok(map.synonyms.length > 0, 'the seed has synonym groups');
  for (const kind of ['informal', 'professional', 'both']) assert.ok(seeded.some((s: any) => s.kind === kind), kind);

  // Every top-level category finds something, and the list agrees with the document.
  const total = (await get('/v1/services?limit=1')).body.total;
  assert.equal(total, map.services.length);
  for (const c of map.categories.filter((c: any) => !c.id.startsWith('zw-'))) {
    assert.ok((await get(`/v1/services?category=${c.id}&limit=1`)).body.total > 0, `nothing in ${c.id}`);
  }
  // On a Tuesday morning some services are open, not all.
  const open = (await get('/v1/services?open_now=true&limit=500')).body.total;
  assert.ok(open > 0 && open < total, `${open} of ${total} open`);
  // Searching with a synonym finds what the other words of its group find.
  const [group] = map.synonyms;
  const viaFirst = ids((await get(`/v1/services?q=${encodeURIComponent(group[0])}&limit=500`)).body.items).sort();
  const viaSecond = ids((await get(`/v1/services?q=${encodeURIComponent(group[1])}&limit=500`)).body.items).sort();
  assert.ok(viaFirst.length > 0, `nothing for ${group[0]}`);
  assert.deepEqual(viaFirst, viaSecond);
});
