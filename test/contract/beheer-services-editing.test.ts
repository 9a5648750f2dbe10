// Editing the sociale kaart behind /v1/beheer answers as the contract says, for every status
// it gives: the editor's choices, one service, saved, added, refused, stale, bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { beheerFixture, type Session } from '../server/beheer-signups-fixture.ts';
import { contractViolations } from './conformance.ts';

test('the service editor’s routes conform', async () => {
  const f = await beheerFixture();
  const check = async (operationId: string, who: Session | undefined, method: string, path: string, expected: number, body?: unknown, extra: Record<string, string> = {}) => {
    const headers: Record<string, string> = {
      ...(who ? { cookie: who.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': who.csrfToken }) } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...extra,
    };
    const res = await f.request(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const contentType = res.headers.get('content-type') ?? '';
    const text = await res.text();
    assert.equal(res.status, expected, `${method} ${path}: ${text.slice(0, 300)}`);
    assert.deepEqual(contractViolations(operationId, { status: res.status, contentType, body: JSON.parse(text) }), []);
    return { headers: res.headers, body: JSON.parse(text) };
  };
  await check('beheerGetServiceOptions', f.anna, 'GET', '/v1/beheer/service-options', 200);
  await check('beheerGetServiceOptions', f.piet, 'GET', '/v1/beheer/service-options', 200);
  await check('beheerGetServiceOptions', undefined, 'GET', '/v1/beheer/service-options', 401);
  const opened = await check('beheerGetService', f.anna, 'GET', '/v1/beheer/services/inloop-dorpshuis', 200);
  await check('beheerGetService', f.piet, 'GET', '/v1/beheer/services/geldloket-spreekuur', 403);
  await check('beheerGetService', f.anna, 'GET', '/v1/beheer/services/bestaat-niet', 404);
  await check('beheerGetService', f.anna, 'GET', '/v1/beheer/services/Geen_Id', 400);
  const { id: _i, organization: _o, assuredDate: _a, updatedAt: _u, ...input } = opened.body;
  const etag = opened.headers.get('etag')!;
  await check('beheerUpdateService', f.anna, 'PUT', '/v1/beheer/services/inloop-dorpshuis', 200, input, { 'if-match': etag });
  await check('beheerUpdateService', f.anna, 'PUT', '/v1/beheer/services/inloop-dorpshuis', 412, input, { 'if-match': etag });
  await check('beheerUpdateService', f.anna, 'PUT', '/v1/beheer/services/inloop-dorpshuis', 422, { ...input, name: ' ' });
  await check('beheerUpdateService', f.piet, 'PUT', '/v1/beheer/services/geldloket-spreekuur', 403, input);
  await check('beheerUpdateService', f.anna, 'PUT', '/v1/beheer/services/bestaat-niet', 404, input);
  await check('beheerCreateService', f.anna, 'POST', '/v1/beheer/services', 201, { ...input, name: 'Nieuwe inloop' });
  await check('beheerCreateService', f.piet, 'POST', '/v1/beheer/services', 403, { ...input, organizationId: 'ggz-de-waard' });
  await check('beheerCreateService', f.anna, 'POST', '/v1/beheer/services', 422, { ...input, openingHours: [{ weekday: 1, opens: '10:00', closes: '09:00' }] });
});
