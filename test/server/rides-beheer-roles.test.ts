// The role boundary, walked over every /v1/beheer operation the contract has (so one added
// later is covered as is): a driver may only see their own day sheet, their account and log
// out; an organisation contact gets 403 on every ride route. Each request is valid (path,
// query and body as the contract allows), so it is the role that refuses it, nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { listOperations, type Operation } from '../../server/contract.ts';
import { validValue } from './bad-bodies.ts';
import { DRIVERS, ridesFixture, type RidesFixture } from './rides-dispatch-fixture.ts';
import type { Session } from './beheer-signups-fixture.ts';

const sample = (schema: unknown) => fc.sample(validValue(schema as Record<string, unknown>), { seed: 8, numRuns: 1 })[0];

/** A valid request for the operation, as `who`. */
async function send(f: RidesFixture, who: Session, op: Operation, reference: string) {
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => (name === 'reference' ? reference : encodeURIComponent(String(sample(op.parameters.find((p) => p.name === name)!.schema)))));
  const query = op.operationId === 'beheerGetRideSheet' ? `?driver=${DRIVERS.jan}` : '';
  const media = op.requestBody?.content['application/json'] as { schema?: unknown; example?: unknown } | undefined;
  const body = media ? (media.example ?? sample(media.schema)) : undefined;
  const method = op.method.toUpperCase();
  return f.request(`${path}${query}`, {
    method,
    headers: { cookie: who.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': who.csrfToken }), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

const beheer = listOperations().filter((op) => op.path.startsWith('/v1/beheer/') && op.operationId !== 'beheerLogin');

test('a driver gets 403 on every /v1/beheer operation but their own day sheet, their account and logging out', async () => {
  const f = await ridesFixture();
  const reference = await f.ride();
  assert.ok(beheer.length >= 20, `the contract's beheer operations: ${beheer.length}`);
  const allowed: Record<string, number> = { beheerGetRideSheet: 200, beheerMe: 200, beheerLogout: 204 };
  const before = JSON.stringify(await f.rows('select status, driver_id from ride_requests order by id'));
  // Logging out last: it ends the session the others use.
  for (const op of [...beheer.filter((o) => o.operationId !== 'beheerLogout'), beheer.find((o) => o.operationId === 'beheerLogout')!]) {
    const res = await send(f, f.jan, op, reference);
    const text = await res.text();
    assert.equal(res.status, allowed[op.operationId] ?? 403, `${op.method.toUpperCase()} ${op.path} as a driver: ${text.slice(0, 300)}`);
    if (res.status === 403) assert.equal(JSON.parse(text).type, 'urn:buurtkit:problem:forbidden');
  }
  assert.equal(JSON.stringify(await f.rows('select status, driver_id from ride_requests order by id')), before, 'nothing changed');
});

test('login and /me tell a driver their driver id', async () => {
  const f = await ridesFixture();
  const me = await f.get(f.jan, '/v1/beheer/me');
  assert.equal(me.status, 200);
  assert.equal(me.body.account.role, 'driver');
  assert.equal(me.body.account.driverId, DRIVERS.jan);
  assert.equal((await f.get(f.anna, '/v1/beheer/me')).body.account.driverId, undefined);
});

test('an organisation contact gets 403 on every ride operation', async () => {
  const f = await ridesFixture();
  const reference = await f.ride();
  const rides = beheer.filter((op) => /ride|messages\/\{id\}\/done/.test(op.path));
  assert.ok(rides.length >= 9);
  for (const op of rides) {
    const res = await send(f, f.piet, op, reference);
    assert.equal(res.status, 403, `${op.method.toUpperCase()} ${op.path} as an organisation contact: ${(await res.text()).slice(0, 300)}`);
  }
});
