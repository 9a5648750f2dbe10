// The organisations and the audit log behind /v1/beheer answer as the contract says, on the
// server and in the mocks the widget tests use, for every status they give.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { beheerHandlers, CSRF_TOKEN } from '../../src/mocks/beheer-mock.ts';
import { beheerFixture, type Session } from '../server/beheer-signups-fixture.ts';
import { contractViolations } from './conformance.ts';

const input = { name: 'Conformance Club', kind: 'volunteer', description: 'Een club.', phone: '0345 123456', website: 'https://club.example.org' };

test('the server: organisations and the audit log conform', async () => {
  const f = await beheerFixture();
  const check = async (operationId: string, who: Session | undefined, method: string, path: string, expected: number, body?: unknown) => {
    const headers: Record<string, string> = who ? { cookie: who.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': who.csrfToken }) } : {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await f.request(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const contentType = res.headers.get('content-type') ?? '';
    const text = await res.text();
    assert.equal(res.status, expected, `${method} ${path}: ${text.slice(0, 300)}`);
    assert.deepEqual(contractViolations(operationId, { status: res.status, contentType, body: JSON.parse(text) }), []);
    return JSON.parse(text);
  };
  await check('beheerListOrganizations', f.anna, 'GET', '/v1/beheer/organizations?kind=volunteer', 200);
  await check('beheerListOrganizations', f.piet, 'GET', '/v1/beheer/organizations', 200);
  await check('beheerListOrganizations', undefined, 'GET', '/v1/beheer/organizations', 401);
  const made = await check('beheerCreateOrganization', f.anna, 'POST', '/v1/beheer/organizations', 201, input);
  await check('beheerCreateOrganization', f.piet, 'POST', '/v1/beheer/organizations', 403, input);
  await check('beheerCreateOrganization', f.anna, 'POST', '/v1/beheer/organizations', 422, { ...input, email: 'geen' });
  await check('beheerGetOrganization', f.anna, 'GET', `/v1/beheer/organizations/${made.id}`, 200);
  await check('beheerGetOrganization', f.piet, 'GET', `/v1/beheer/organizations/${made.id}`, 403);
  await check('beheerGetOrganization', f.anna, 'GET', '/v1/beheer/organizations/bestaat-niet', 404);
  await check('beheerGetOrganization', f.anna, 'GET', '/v1/beheer/organizations/Geen_Id', 400);
  await check('beheerUpdateOrganization', f.anna, 'PUT', `/v1/beheer/organizations/${made.id}`, 200, { ...input, description: 'Anders.' });
  await check('beheerUpdateOrganization', f.piet, 'PUT', `/v1/beheer/organizations/${made.id}`, 403, input);
  await check('beheerAuditLog', f.anna, 'GET', '/v1/beheer/audit-log?limit=5', 200);
  await check('beheerAuditLog', f.anna, 'GET', `/v1/beheer/audit-log?recordType=organization&recordId=${made.id}`, 200);
  await check('beheerAuditLog', f.piet, 'GET', '/v1/beheer/audit-log', 403);
  await check('beheerAuditLog', f.anna, 'GET', '/v1/beheer/audit-log?from=gisteren', 400);
});

const server = setupServer(...beheerHandlers);
before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());

test('the mocks: organisations and the audit log conform', async () => {
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
  await check('beheerListOrganizations', '/v1/beheer/organizations');
  const { body: made, etag } = await check('beheerCreateOrganization', '/v1/beheer/organizations', { method: 'POST', body: input }, 201);
  await check('beheerCreateOrganization', '/v1/beheer/organizations', { method: 'POST', body: { ...input, phone: 'x' } }, 422);
  await check('beheerGetOrganization', `/v1/beheer/organizations/${made.id}`);
  await check('beheerUpdateOrganization', `/v1/beheer/organizations/${made.id}`, { method: 'PUT', body: input, headers: { 'if-match': etag! } });
  await check('beheerUpdateOrganization', `/v1/beheer/organizations/${made.id}`, { method: 'PUT', body: input, headers: { 'if-match': etag! } }, 412);
  await check('beheerGetOrganization', '/v1/beheer/organizations/bestaat-niet', {}, 404);
  const { body: log } = await check('beheerAuditLog', '/v1/beheer/audit-log');
  await check('beheerAuditLog', `/v1/beheer/audit-log?before=${log.next}`);
});
