// The role boundary over every activity route: a driver gets 403 on all of them; an
// organisation contact works on their own organisation's activities only (403 for a change
// to another's, 404 for reading one); no session is 401, an expired one too; a change
// without the CSRF token is 403. Nothing is stored by a refused request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listOperations } from '../../server/contract.ts';
import { activityBody } from './beheer-activities-fixture.ts';
import { ridesFixture } from './rides-dispatch-fixture.ts';
import type { Session } from './beheer-signups-fixture.ts';

const OTHER = 'gym-voor-senioren'; // Gymvereniging Vlug en Lenig's, not Piet's
const OWN = 'koffieochtend-dorpshuis'; // Dorpshuis De Linde's, Piet's

/** Every activity operation, as [operationId, method, path, body]. */
function routes(id: string): [string, string, string, unknown][] {
  return [
    ['beheerGetActivityOptions', 'GET', '/v1/beheer/activity-options', undefined],
    ['beheerListActivities', 'GET', '/v1/beheer/activities', undefined],
    ['beheerCreateActivity', 'POST', '/v1/beheer/activities', activityBody()],
    ['beheerGetActivity', 'GET', `/v1/beheer/activities/${id}`, undefined],
    ['beheerUpdateActivity', 'PUT', `/v1/beheer/activities/${id}`, activityBody({ title: 'Overgenomen' })],
    ['beheerSetActivityVisibility', 'PUT', `/v1/beheer/activities/${id}/visibility`, { hidden: true }],
    ['beheerPreviewSchedule', 'POST', '/v1/beheer/schedule-preview', { startsAt: '2027-01-21T14:00', durationMinutes: 60, rrule: null, exceptions: [] }],
    ['beheerDeleteActivity', 'DELETE', `/v1/beheer/activities/${id}`, undefined],
  ];
}

test('the routes here are all the activity operations the contract has', () => {
  const contract = listOperations().filter((op) => /^\/v1\/beheer\/(activit|schedule-preview)/.test(op.path)).map((op) => op.operationId).sort();
  assert.deepEqual(routes('x').map(([op]) => op).sort(), contract);
});

async function setup() {
  const f = await ridesFixture();
  const send = (who: Session | undefined, method: string, path: string, body: unknown, { csrf = true } = {}) =>
    f.request(path, {
      method,
      headers: {
        ...(who ? { cookie: who.cookie } : {}),
        ...(who && csrf && method !== 'GET' ? { 'x-csrf-token': who.csrfToken } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const stored = async () =>
    JSON.stringify([
      (await f.db.query('select id, title, hidden, updated_at from activities order by id')).rows,
      (await f.db.query('select version from agenda_state')).rows,
    ]);
  return { f, send, stored };
}

test('a driver gets 403 on every activity route, and nothing changes', async () => {
  const { f, send, stored } = await setup();
  const before = await stored();
  for (const [op, method, path, body] of routes(OWN)) {
    const res = await send(f.jan, method, path, body);
    assert.equal(res.status, 403, `${op} as a driver: ${(await res.text()).slice(0, 200)}`);
  }
  assert.equal(await stored(), before);
});

test('without a session every route is 401; a change without the CSRF token is 403', async () => {
  const { f, send, stored } = await setup();
  const before = await stored();
  for (const [op, method, path, body] of routes(OWN)) {
    const res = await send(undefined, method, path, body);
    assert.equal(res.status, 401, op);
    if (method !== 'GET') assert.equal((await send(f.anna, method, path, body, { csrf: false })).status, 403, `${op} without CSRF`);
  }
  assert.equal(await stored(), before);
});

test('an expired session is 401 on every route', async () => {
  const { f, send, stored } = await setup();
  const before = await stored();
  f.advance(30 * 24 * 3600_000); // far past any idle or absolute limit
  for (const [op, method, path, body] of routes(OWN)) {
    const res = await send(f.piet, method, path, body);
    assert.equal(res.status, 401, `${op} with an expired session`);
  }
  assert.equal(await stored(), before);
});

test("an organisation contact: 404 reading another organisation's activity, 403 changing it or adding one for it", async () => {
  const { f, send, stored } = await setup();
  const before = await stored();
  const expected: Record<string, number> = {
    beheerGetActivityOptions: 200,
    beheerListActivities: 200,
    beheerCreateActivity: 403, // for another organisation, below
    beheerGetActivity: 404,
    beheerUpdateActivity: 403,
    beheerSetActivityVisibility: 403,
    beheerPreviewSchedule: 200,
    beheerDeleteActivity: 403,
  };
  for (const [op, method, path, body] of routes(OTHER)) {
    const sent = op === 'beheerCreateActivity' ? activityBody({ organizationId: 'gymvereniging-vlug-en-lenig' }) : body;
    const res = await send(f.piet, method, path, sent);
    assert.equal(res.status, expected[op], `${op} on another organisation's: ${(await res.text()).slice(0, 200)}`);
  }
  // Their own activity, moved to another organisation: refused too.
  const steal = await send(f.piet, 'PUT', `/v1/beheer/activities/${OWN}`, activityBody({ organizationId: 'gymvereniging-vlug-en-lenig' }));
  assert.equal(steal.status, 403);
  assert.equal(await stored(), before, 'nothing stored by any of these');
});

test('an organisation contact and a coordinator may do everything with an own activity', async () => {
  const { f, send } = await setup();
  for (const who of [f.piet, f.anna]) {
    const made = await send(who, 'POST', '/v1/beheer/activities', activityBody({ title: 'Eigen activiteit' }));
    assert.equal(made.status, 201);
    const { id } = (await made.json()) as { id: string };
    const expected: Record<string, number> = { beheerCreateActivity: 201, beheerDeleteActivity: 204 };
    for (const [op, method, path, body] of routes(id)) {
      const res = await send(who, method, path, body);
      assert.equal(res.status, expected[op] ?? 200, `${op}: ${(await res.text()).slice(0, 200)}`);
    }
  }
});

test('a ride request to an activity keeps it from being removed (409); hiding it is the way', async () => {
  const { f, send } = await setup();
  const made = await send(f.anna, 'POST', '/v1/beheer/activities', activityBody({ title: 'Met de bus erheen', rrule: null }));
  const { id } = (await made.json()) as { id: string };
  const reference = await f.ride();
  await f.db.query(
    `update ride_requests set destination_kind = 'activity', place_id = null, activity_id = $1, occurrence_key = '20270121T1400' where reference = $2`,
    [id, reference],
  );
  const refused = await send(f.anna, 'DELETE', `/v1/beheer/activities/${id}`, undefined);
  assert.equal(refused.status, 409);
  assert.match(((await refused.json()) as { detail: string }).detail, /ritten met de dorpsbus/);
  assert.equal((await send(f.anna, 'GET', `/v1/beheer/activities/${id}`, undefined)).status, 200, 'still there');
  assert.equal((await send(f.anna, 'PUT', `/v1/beheer/activities/${id}/visibility`, { hidden: true })).status, 200);
});
