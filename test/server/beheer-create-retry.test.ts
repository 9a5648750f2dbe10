// Adding a record in /beheer when the answer got lost: the editor sends the same body with
// the same Idempotency-Key again, and gets the first answer back instead of a second
// activity, organisation, place or service. A changed body with that key is refused, a failed
// add leaves the key free for the retry, and one coordinator's key never replays another's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activityBody } from './beheer-activities-fixture.ts';
import { beheerFixture, type BeheerFixture, type Session } from './beheer-signups-fixture.ts';

let shared: Promise<BeheerFixture> | undefined;
const door = () => (shared ??= beheerFixture());

async function post(f: BeheerFixture, who: Session, path: string, body: unknown, key: string) {
  const res = await f.request(path, {
    method: 'POST',
    headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

const kinds = [
  {
    name: 'an activity',
    path: '/v1/beheer/activities',
    body: activityBody({ title: 'Breiclub op dinsdag' }),
    table: 'activities',
    like: (body: any) => ['title', body.title],
    audit: 'activity',
  },
  {
    name: 'an organisation',
    path: '/v1/beheer/organizations',
    body: { name: 'Breiclub Linde', kind: 'resident-initiative', description: 'Samen breien en bijpraten.', village: 'linde' },
    table: 'organizations',
    like: (body: any) => ['name', body.name],
    audit: 'organization',
  },
  {
    name: 'a place',
    path: '/v1/beheer/places',
    body: { name: 'Gymzaal De Waard', street: 'Schoolstraat 2', postalCode: '4199 XF', locality: 'Linde', village: 'linde' },
    table: 'places',
    like: (body: any) => ['name', body.name],
    audit: 'place',
  },
  {
    name: 'a service',
    path: '/v1/beheer/services',
    body: {
      name: 'Breicafé',
      description: 'Samen breien en bijpraten, iedere week.',
      kind: 'informal',
      organizationId: 'dorpshuis-de-linde',
      categories: ['ontmoeting'],
      referralRequired: false,
      status: 'active',
      villages: ['linde'],
      locations: ['dorpshuis-de-linde'],
      longDescription: 'Neem uw breiwerk mee, of leer het hier.',
      byAppointment: false,
      eligibility: 'Voor alle inwoners.',
      fees: 'Gratis',
      free: true,
      applicationProcess: 'Loop binnen.',
      languages: ['nl'],
      keywords: ['breien'],
      email: 'breicafe@dorpshuis.example',
      openingHours: [],
      contacts: [],
    },
    table: 'services',
    like: (body: any) => ['name', body.name],
    audit: 'service',
  },
] as const;

for (const kind of kinds) {
  test(`adding ${kind.name} twice with one Idempotency-Key stores it once and answers the first answer again`, async () => {
    const f = await door();
    const key = `retry-${kind.audit}-1`;
    const first = await post(f, f.anna, kind.path, kind.body, key);
    assert.equal(first.status, 201, JSON.stringify(first.body));
    const again = await post(f, f.anna, kind.path, kind.body, key);
    assert.equal(again.status, 201, JSON.stringify(again.body));
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(again.body.id, first.body.id);
    assert.equal(again.headers.get('location'), first.headers.get('location'));
    assert.equal(again.headers.get('etag'), first.headers.get('etag'));

    const [column, value] = kind.like(kind.body);
    const rows = await f.rows<{ id: string }>(`select id from ${kind.table} where ${column} = $1`, [value]);
    assert.deepEqual(rows.map((r) => r.id), [first.body.id], 'one record, not two');
    const audit = await f.rows(`select 1 from audit_log where record_type = $1 and record_id = $2 and action = 'create'`, [kind.audit, first.body.id]);
    assert.equal(audit.length, 1, 'one audit row');

    // Without a key, adding the same again is a deliberate second one.
    const unkeyed = await f.change(f.anna, 'POST', kind.path, kind.body);
    assert.equal(unkeyed.status, 201);
    assert.notEqual(unkeyed.body.id, first.body.id);
  });
}

test('the same key with a changed body is refused, naming the header, and adds nothing', async () => {
  const f = await door();
  const first = await post(f, f.anna, '/v1/beheer/activities', activityBody({ title: 'Zangkoor De Linde' }), 'retry-changed-1');
  assert.equal(first.status, 201);
  const changed = await post(f, f.anna, '/v1/beheer/activities', activityBody({ title: 'Zangkoor De Linde (nieuw)' }), 'retry-changed-1');
  assert.equal(changed.status, 422);
  assert.equal(changed.body.errors[0].name, 'Idempotency-Key');
  assert.deepEqual(await f.rows(`select id from activities where title like 'Zangkoor De Linde%'`), [{ id: first.body.id }]);
});

test('an add that failed leaves its key free: the corrected retry with it is stored', async () => {
  const f = await door();
  const bad = await post(f, f.anna, '/v1/beheer/activities', activityBody({ title: 'Jeu de boules', rrule: 'FREQ=WEEKLY;COUNT=0' }), 'retry-failed-1');
  assert.equal(bad.status, 422, JSON.stringify(bad.body));
  assert.deepEqual(await f.rows(`select id from activities where title = 'Jeu de boules'`), []);
  // The same body, now valid (the key's fingerprint was never stored).
  const again = await post(f, f.anna, '/v1/beheer/activities', activityBody({ title: 'Jeu de boules' }), 'retry-failed-2');
  assert.equal(again.status, 201);
  const retried = await post(f, f.anna, '/v1/beheer/activities', activityBody({ title: 'Jeu de boules', rrule: 'FREQ=WEEKLY;COUNT=0' }), 'retry-failed-1');
  assert.equal(retried.status, 422, 'the failed request runs again rather than replaying');
});

test("one account's key does not replay another account's answer", async () => {
  const f = await door();
  const body = activityBody({ title: 'Klaverjassen' });
  const anna = await post(f, f.anna, '/v1/beheer/activities', body, 'retry-shared-1');
  assert.equal(anna.status, 201);
  const piet = await post(f, f.piet, '/v1/beheer/activities', body, 'retry-shared-1');
  assert.equal(piet.status, 201);
  assert.equal(piet.headers.get('idempotent-replayed'), null);
  assert.notEqual(piet.body.id, anna.body.id);
});
