// The service editor's mock of /beheer (the widget tests run the editor on it) answers as
// the contract says, so the browser side is built against the shapes the server gives.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { beheerHandlers, CSRF_TOKEN } from '../../src/mocks/beheer-mock.ts';
import { contractViolations } from './conformance.ts';

const server = setupServer(...beheerHandlers);
before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());

const base = 'http://mocks.test';

async function check(operationId: string, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}, status = 200) {
  const res = await fetch(base + path, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', 'x-csrf-token': CSRF_TOKEN, ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const contentType = res.headers.get('content-type') ?? '';
  const text = await res.text();
  const body = contentType.includes('json') ? JSON.parse(text) : text;
  assert.equal(res.status, status, text.slice(0, 300));
  assert.deepEqual(contractViolations(operationId, { status: res.status, contentType, body }), []);
  return { body, etag: res.headers.get('etag') ?? undefined };
}

test('the mocked service options, every service, a save, an addition and the refusals conform', async () => {
  const { body: options } = await check('beheerGetServiceOptions', '/v1/beheer/service-options');
  assert.ok(options.organizations.length > 3 && options.categories.length > 5);
  const { body: page } = await check('beheerListServices', '/v1/beheer/services?limit=500');
  for (const s of page.items) await check('beheerGetService', `/v1/beheer/services/${s.id}`);
  const { body: one, etag } = await check('beheerGetService', `/v1/beheer/services/${page.items[0].id}`);
  const { id: _i, organization: _o, assuredDate: _a, updatedAt: _u, ...input } = one;
  await check('beheerUpdateService', `/v1/beheer/services/${one.id}`, { method: 'PUT', body: input, headers: { 'if-match': etag! } });
  await check('beheerUpdateService', `/v1/beheer/services/${one.id}`, { method: 'PUT', body: input, headers: { 'if-match': etag! } }, 412);
  await check('beheerUpdateService', `/v1/beheer/services/${one.id}`, { method: 'PUT', body: { ...input, name: ' ' } }, 422);
  const { body: made } = await check('beheerCreateService', '/v1/beheer/services', { method: 'POST', body: { ...input, name: 'Nieuwe dienst' } }, 201);
  assert.equal(made.id, 'nieuwe-dienst');
  await check('beheerGetService', '/v1/beheer/services/bestaat-niet', {}, 404);
});
