// The places behind /v1/beheer answer as the contract says, on the server and in the mocks
// the widget tests use, for every status they give.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { beheerHandlers, CSRF_TOKEN } from '../../src/mocks/beheer-mock.ts';
import { beheerFixture, type Session } from '../server/beheer-signups-fixture.ts';
import { contractViolations } from './conformance.ts';

const input = { name: 'Conformance Zaal', street: 'Zaalstraat 1', postalCode: '4199 XZ', locality: 'Linde', village: 'linde' };

test('the server: places conform', async () => {
  const f = await beheerFixture();
  const check = async (operationId: string, who: Session | undefined, method: string, path: string, expected: number, body?: unknown, extra: Record<string, string> = {}) => {
    const headers: Record<string, string> = who ? { cookie: who.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': who.csrfToken }), ...extra } : {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await f.request(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const contentType = res.headers.get('content-type') ?? '';
    const text = await res.text();
    assert.equal(res.status, expected, `${method} ${path}: ${text.slice(0, 300)}`);
    assert.deepEqual(contractViolations(operationId, { status: res.status, contentType, body: JSON.parse(text) }), []);
    return { body: JSON.parse(text), etag: res.headers.get('etag') ?? '' };
  };
  await check('beheerListPlaces', f.anna, 'GET', '/v1/beheer/places?limit=5', 200);
  await check('beheerListPlaces', f.piet, 'GET', '/v1/beheer/places', 200);
  await check('beheerListPlaces', undefined, 'GET', '/v1/beheer/places', 401);
  const { body: made, etag } = await check('beheerCreatePlace', f.anna, 'POST', '/v1/beheer/places', 201, input);
  await check('beheerCreatePlace', f.piet, 'POST', '/v1/beheer/places', 403, input);
  await check('beheerCreatePlace', f.anna, 'POST', '/v1/beheer/places', 422, { ...input, postalCode: 'geen' });
  await check('beheerGetPlace', f.piet, 'GET', `/v1/beheer/places/${made.id}`, 200);
  await check('beheerGetPlace', f.anna, 'GET', '/v1/beheer/places/bestaat-niet', 404);
  await check('beheerGetPlace', f.anna, 'GET', '/v1/beheer/places/Geen_Id', 400);
  await check('beheerUpdatePlace', f.anna, 'PUT', `/v1/beheer/places/${made.id}`, 200, { ...input, street: 'Zaalstraat 3' }, { 'if-match': etag });
  await check('beheerUpdatePlace', f.anna, 'PUT', `/v1/beheer/places/${made.id}`, 412, input, { 'if-match': etag });
  await check('beheerUpdatePlace', f.piet, 'PUT', `/v1/beheer/places/${made.id}`, 403, input);
  await check('beheerUpdatePlace', f.anna, 'PUT', '/v1/beheer/places/bestaat-niet', 404, input);
});

const server = setupServer(...beheerHandlers);
before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());

test('the mocks: places conform', async () => {
  const check = async (operationId: string, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}, status = 200) => {
    const res = await fetch(`http://mocks.test${path}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', 'x-csrf-token': CSRF_TOKEN, ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const contentType = res.headers.get('content-type') ?? '';
    const text = await res.text();
    assert.equal(res.status, status, text.slice(0, 300));
    assert.deepEqual(contractViolations(operationId, { status: res.status, contentType, body: JSON.parse(text) }), []);
    return { body: JSON.parse(text), etag: res.headers.get('etag') ?? undefined };
  };
  await check('beheerListPlaces', '/v1/beheer/places');
  const { body: made, etag } = await check('beheerCreatePlace', '/v1/beheer/places', { method: 'POST', body: input }, 201);
  await check('beheerCreatePlace', '/v1/beheer/places', { method: 'POST', body: { ...input, postalCode: 'x' } }, 422);
  await check('beheerGetPlace', `/v1/beheer/places/${made.id}`);
  await check('beheerUpdatePlace', `/v1/beheer/places/${made.id}`, { method: 'PUT', body: input, headers: { 'if-match': etag! } });
  await check('beheerUpdatePlace', `/v1/beheer/places/${made.id}`, { method: 'PUT', body: input, headers: { 'if-match': etag! } }, 412);
  await check('beheerGetPlace', '/v1/beheer/places/bestaat-niet', {}, 404);
});
