// The sociale kaart's routes behind /v1/beheer answer as the contract says, for every
// status they give: the list, stale only, refused, bad input, "Nog actueel", not found.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { beheerFixture, type Session } from '../server/beheer-signups-fixture.ts';
import { contractViolations } from './conformance.ts';

test('the services list and "Nog actueel" conform', async () => {
  const f = await beheerFixture();
  const check = async (operationId: string, who: Session | undefined, method: string, path: string, expected: number) => {
    const headers: Record<string, string> = who ? { cookie: who.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': who.csrfToken }) } : {};
    const res = await f.request(path, { method, headers });
    const contentType = res.headers.get('content-type') ?? '';
    const text = await res.text();
    assert.equal(res.status, expected, `${method} ${path}: ${text.slice(0, 300)}`);
    assert.deepEqual(contractViolations(operationId, { status: res.status, contentType, body: JSON.parse(text) }), []);
  };
  await check('beheerListServices', f.anna, 'GET', '/v1/beheer/services', 200);
  await check('beheerListServices', f.anna, 'GET', '/v1/beheer/services?stale=true&limit=3', 200);
  await check('beheerListServices', f.piet, 'GET', '/v1/beheer/services', 200);
  await check('beheerListServices', f.piet, 'GET', '/v1/beheer/services?organization=ggz-de-waard', 403);
  await check('beheerListServices', f.anna, 'GET', '/v1/beheer/services?organization=bestaat-niet', 400);
  await check('beheerListServices', undefined, 'GET', '/v1/beheer/services', 401);
  await check('beheerAssureService', f.anna, 'POST', '/v1/beheer/services/oudercafe/assured', 200);
  await check('beheerAssureService', f.piet, 'POST', '/v1/beheer/services/oudercafe/assured', 403);
  await check('beheerAssureService', f.anna, 'POST', '/v1/beheer/services/bestaat-niet/assured', 404);
  await check('beheerAssureService', f.anna, 'POST', '/v1/beheer/services/Geen_Id/assured', 400);
});
