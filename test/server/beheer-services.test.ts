// "Sociale kaart" in /beheer (issue 9): the services an account looks after with when each
// was last checked, the stale ones (not checked for over 12 months), and "Nog actueel",
// which the public map, a service's page and the HSDS export show from the next request on.
// The fixture's clock stands at 1 December 2026, 10.00 in Amsterdam: stale means checked
// before 1 December 2025.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createApp } from '../../server/app.ts';
import { addAccount } from '../../server/accounts/manage.ts';
import { createLogger } from '../../server/log.ts';
import { beheerFixture, sessionOf, type BeheerFixture, type Session } from './beheer-signups-fixture.ts';

const TODAY = '2026-12-01';
const A_YEAR_AGO = '2025-12-01';
const LIST = '/v1/beheer/services';
const assured = (id: string) => `/v1/beheer/services/${id}/assured`;

interface Listed { id: string; name: string; organization: { id: string; name: string; kind: string }; kind: string; status: string; assuredDate: string; stale: boolean }

async function rowOf(f: BeheerFixture, id: string) {
  const [row] = await f.rows<{ assured: string; updated_at: Date }>(`select to_char(assured_date, 'YYYY-MM-DD') as assured, updated_at from services where id = $1`, [id]);
  return row!;
}

const auditRows = (f: BeheerFixture, id: string) =>
  f.rows(`select action, record_type, record_id from audit_log where record_type = 'service' and record_id = $1`, [id]);

/** The oldest stale active service of this organisation (or of any), straight from the database. */
async function staleService(f: BeheerFixture, organization?: string): Promise<string> {
  const rows = await f.rows<{ id: string }>(
    `select id from services where assured_date < $1::date and status = 'active' and ($2::text is null or organization_id = $2) order by assured_date, id limit 1`,
    [A_YEAR_AGO, organization ?? null],
  );
  assert.ok(rows[0], `a stale service${organization ? ` of ${organization}` : ''} in the seed`);
  return rows[0].id;
}

let driverMade = false;
async function driver(f: BeheerFixture): Promise<Session> {
  if (!driverMade) {
    await addAccount(f.db, { email: 'joop.bus@samenlinde.example', name: 'Joop Chauffeur', role: 'driver', password: 'de bus rijdt op dinsdag naar de markt' });
    driverMade = true;
  }
  return sessionOf(f, 'joop.bus@samenlinde.example', 'de bus rijdt op dinsdag naar de markt');
}

test('a coordinator sees every service by name, each with its date and whether it is stale', async () => {
  const f = await beheerFixture();
  const res = await f.get(f.anna, `${LIST}?limit=500`);
  assert.equal(res.status, 200);
  const [{ n }] = await f.rows<{ n: number }>('select count(*)::int as n from services');
  assert.equal(res.body.total, n);
  assert.equal(res.body.items.length, n);
  const items: Listed[] = res.body.items;
  const names = items.map((s) => s.name);
  assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'nl')));
  for (const s of items) assert.equal(s.stale, s.assuredDate < A_YEAR_AGO, `${s.id} checked on ${s.assuredDate}`);
  const [{ stale }] = await f.rows<{ stale: number }>('select count(*)::int as stale from services where assured_date < $1::date', [A_YEAR_AGO]);
  assert.ok(stale >= 5, `the demo seed has stale services: ${stale}`);
  assert.equal(res.body.staleCount, stale);
  const [org] = await f.rows<{ name: string; kind: string }>(`select name, kind from organizations where id = 'dorpshuis-de-linde'`);
  const inloop = items.find((s) => s.organization.id === 'dorpshuis-de-linde')!;
  assert.deepEqual(inloop.organization, { id: 'dorpshuis-de-linde', name: org!.name, kind: org!.kind });
});

test('stale=true lists only services not checked for over a year, oldest first; a page says where the next one starts', async () => {
  const f = await beheerFixture();
  const res = await f.get(f.anna, `${LIST}?stale=true`);
  assert.equal(res.status, 200);
  const items: Listed[] = res.body.items;
  assert.equal(res.body.total, res.body.staleCount);
  assert.ok(items.length > 0 && items.every((s) => s.stale && s.assuredDate < A_YEAR_AGO));
  const dates = items.map((s) => s.assuredDate);
  assert.deepEqual(dates, [...dates].sort());
  const first = await f.get(f.anna, `${LIST}?stale=true&limit=2`);
  assert.deepEqual(first.body.items.map((s: Listed) => s.id), items.slice(0, 2).map((s) => s.id));
  assert.equal(first.body.next, 2);
  const second = await f.get(f.anna, `${LIST}?stale=true&limit=2&offset=2`);
  assert.deepEqual(second.body.items.map((s: Listed) => s.id), items.slice(2, 4).map((s) => s.id));
});

test('a service checked exactly a year ago is not stale yet; one checked the day before is', async () => {
  const f = await beheerFixture();
  const [a, b] = (await f.rows<{ id: string }>(`select id from services where organization_id = 'ggz-de-waard' order by id limit 2`)).map((r) => r.id);
  assert.ok(a && b, 'two services to date');
  await f.db.query('update services set assured_date = $2 where id = $1', [a, A_YEAR_AGO]);
  await f.db.query('update services set assured_date = $2 where id = $1', [b, '2025-11-30']);
  const res = await f.get(f.anna, `${LIST}?organization=ggz-de-waard&limit=500`);
  const byId = new Map((res.body.items as Listed[]).map((s) => [s.id, s]));
  assert.equal(byId.get(a)!.stale, false);
  assert.equal(byId.get(b)!.stale, true);
});

test('an organisation contact sees only their own organisation’s services, and may not ask for another’s', async () => {
  const f = await beheerFixture();
  const res = await f.get(f.piet, `${LIST}?limit=500`);
  assert.equal(res.status, 200);
  const [{ n, stale }] = await f.rows<{ n: number; stale: number }>(
    `select count(*)::int as n, (count(*) filter (where assured_date < $1::date))::int as stale from services where organization_id = 'dorpshuis-de-linde'`,
    [A_YEAR_AGO],
  );
  assert.ok(n >= 1);
  assert.ok(stale >= 1, 'the demo contact of the dorpshuis has a stale service to check');
  assert.equal(res.body.total, n);
  assert.ok((res.body.items as Listed[]).every((s) => s.organization.id === 'dorpshuis-de-linde'));
  assert.equal(res.body.staleCount, stale);
  const other = await f.get(f.piet, `${LIST}?organization=ggz-de-waard`);
  assert.equal(other.status, 403);
  assert.equal(other.body.type, 'urn:buurtkit:problem:forbidden');
  const own = await f.get(f.piet, `${LIST}?organization=dorpshuis-de-linde`);
  assert.equal(own.body.total, n);
});

test('an organisation that does not exist is named in a 400', async () => {
  const f = await beheerFixture();
  const res = await f.get(f.anna, `${LIST}?organization=bestaat-niet`);
  assert.equal(res.status, 400);
  assert.equal(res.body.errors[0].name, 'organization');
  assert.match(res.body.detail, /bestaat-niet/);
});

test('"Nog actueel" checks a service today: the list, its stale count, the audit log and every public view show it at once', async () => {
  const f = await beheerFixture();
  const id = await staleService(f);
  const other = createApp({ db: f.db, config: { corsOrigins: [] }, log: createLogger('silent'), now: () => new Date('2026-12-01T09:00:00Z') });
  const publicViews = async (app: { request: (path: string) => Response | Promise<Response> }) => {
    const one = await (await app.request(`/v1/services/${id}`)).json();
    const map = await (await app.request('/v1/social-map')).json();
    const hsds = await (await app.request('/v1/export/hsds.json')).json();
    return {
      service: one.assuredDate,
      map: map.services.find((s: { id: string }) => s.id === id)?.assuredDate,
      hsds: hsds.contents.find((s: { buurtkit_id: string }) => s.buurtkit_id === id)?.assured_date,
    };
  };
  const publicNow = (path: string) => f.request(path);
  // Both apps have read (and cached) the map before the change.
  const before = await publicViews({ request: publicNow });
  assert.notEqual(before.service, TODAY);
  assert.equal(before.map, before.service);
  assert.equal(before.hsds, before.service);
  assert.notEqual((await publicViews(other)).service, TODAY);
  const listed = await f.get(f.anna, LIST);
  const rowBefore = await rowOf(f, id);

  const res = await f.change(f.anna, 'POST', assured(id));
  assert.equal(res.status, 200);
  assert.equal(res.body.id, id);
  assert.equal(res.body.assuredDate, TODAY);
  assert.equal(res.body.stale, false);

  const after = await rowOf(f, id);
  assert.equal(after.assured, TODAY);
  assert.equal(new Date(after.updated_at).toISOString(), '2026-12-01T09:00:00.000Z');
  assert.notEqual(new Date(after.updated_at).getTime(), new Date(rowBefore.updated_at).getTime());
  assert.deepEqual(await auditRows(f, id), [{ action: 'assure', record_type: 'service', record_id: id }]);
  const relisted = await f.get(f.anna, LIST);
  assert.equal(relisted.body.staleCount, listed.body.staleCount - 1);
  assert.ok(!(await f.get(f.anna, `${LIST}?stale=true&limit=500`)).body.items.some((s: Listed) => s.id === id));

  assert.deepEqual(await publicViews({ request: publicNow }), { service: TODAY, map: TODAY, hsds: TODAY });
  assert.deepEqual(await publicViews(other), { service: TODAY, map: TODAY, hsds: TODAY }, 'a second app on the same database');
});

test('an organisation contact may check their own services, not another organisation’s (403, nothing changes)', async () => {
  const f = await beheerFixture();
  const foreign = (await f.rows<{ id: string }>(`select id from services where organization_id = 'welzijn-linde' order by id limit 1`))[0]!.id;
  const before = await rowOf(f, foreign);
  const refused = await f.change(f.piet, 'POST', assured(foreign));
  assert.equal(refused.status, 403);
  assert.equal(refused.body.type, 'urn:buurtkit:problem:forbidden');
  assert.deepEqual(await rowOf(f, foreign), before);
  assert.deepEqual(await auditRows(f, foreign), []);

  const own = (await f.rows<{ id: string }>(`select id from services where organization_id = 'dorpshuis-de-linde' order by id limit 1`))[0]!.id;
  const done = await f.change(f.piet, 'POST', assured(own));
  assert.equal(done.status, 200);
  assert.equal(done.body.assuredDate, TODAY);
});

test('an unknown service is a 404, an id that cannot be one a 400 naming id', async () => {
  const f = await beheerFixture();
  const missing = await f.change(f.anna, 'POST', assured('bestaat-niet'));
  assert.equal(missing.status, 404);
  assert.equal(missing.body.type, 'urn:buurtkit:problem:not-found');
  const bad = await f.change(f.anna, 'POST', assured('Geen%20Id'));
  assert.equal(bad.status, 400);
  assert.equal(bad.body.errors[0].name, 'id');
});

test('without the CSRF token, with an expired session or without one, nothing is checked', async () => {
  const f = await beheerFixture();
  const id = (await f.rows<{ id: string }>(`select id from services where organization_id = 'ggz-de-waard' order by id desc limit 1`))[0]!.id;
  await f.db.query('update services set assured_date = $2 where id = $1', [id, '2024-05-01']);
  const noToken = await f.change(f.anna, 'POST', assured(id), undefined, { csrf: false });
  assert.equal(noToken.status, 403);
  const anonymous = await f.request(assured(id), { method: 'POST' });
  assert.equal(anonymous.status, 401);
  assert.equal((await f.request(LIST)).status, 401);
  f.advance(61 * 60_000); // idle for over an hour: the session has ended
  const expired = await f.change(f.anna, 'POST', assured(id));
  assert.equal(expired.status, 401);
  assert.equal((await f.get(f.anna, LIST)).status, 401);
  assert.equal((await rowOf(f, id)).assured, '2024-05-01');
  assert.deepEqual(await auditRows(f, id), []);
});

test('a driver gets 403 on both routes', async () => {
  const f = await beheerFixture();
  const joop = await driver(f);
  const id = await staleService(f);
  assert.equal((await f.get(joop, LIST)).status, 403);
  const res = await f.change(joop, 'POST', assured(id));
  assert.equal(res.status, 403);
  assert.notEqual((await rowOf(f, id)).assured, TODAY);
});

test('hostile ids in the path never reach a 5xx and change nothing', async () => {
  const f = await beheerFixture();
  const [{ version }] = await f.rows<{ version: string }>('select version from social_map_version');
  const segment = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom('..', '%00', '%FF', 'a'.repeat(65), 'A', '-a', "a' or 1=1 --", '<script>'),
  );
  await fc.assert(
    fc.asyncProperty(segment, async (raw) => {
      const encoded = /^%[0-9A-F]{2}$/.test(raw) ? raw : encodeURIComponent(raw);
      const res = await f.change(f.anna, 'POST', `/v1/beheer/services/${encoded}/assured`);
      assert.ok(res.status < 500, `${JSON.stringify(raw)}: ${res.status}`);
      assert.ok([400, 404, 405].includes(res.status), `${JSON.stringify(raw)}: ${res.status}`);
      if (res.status === 400) assert.equal(res.body.errors?.[0]?.name, 'id', JSON.stringify(res.body));
    }),
    { seed: 9, numRuns: 150 },
  );
  const [after] = await f.rows<{ version: string }>('select version from social_map_version');
  assert.equal(after!.version, version, 'the map did not change');
});
