// The "Mensen" mock of /beheer (the widget tests and the offline demo run on it) answers as
// the contract says, for the answers the view uses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { beheer, beheerHandlers, CSRF_TOKEN } from '../../src/mocks/beheer-mock.ts';
import { contractViolations } from './conformance.ts';

const server = setupServer(...beheerHandlers);
before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());

async function check(operationId: string, path: string, init: { method?: string; body?: unknown } = {}, status = 200) {
  const res = await fetch(`http://mocks.test${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', 'x-csrf-token': CSRF_TOKEN },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const contentType = res.headers.get('content-type') ?? '';
  const text = await res.text();
  const body = text && contentType.includes('json') ? JSON.parse(text) : undefined;
  assert.equal(res.status, status, text.slice(0, 300));
  assert.deepEqual(contractViolations(operationId, { status: res.status, contentType, body }), []);
  return body;
}

test('the mocked accounts and invitations, blocking, inviting and withdrawing conform', async () => {
  beheer.reset();
  const { items } = await check('beheerListAccounts', '/v1/beheer/accounts');
  assert.ok(items.length >= 3);
  const contact = items.find((a: { role: string }) => a.role === 'organization-contact');
  await check('beheerSetAccountDisabled', `/v1/beheer/accounts/${contact.id}/disabled`, { method: 'PUT', body: { disabled: true } });
  await check('beheerSetAccountDisabled', `/v1/beheer/accounts/${items.find((a: { email: string }) => a.email === 'coordinator@demo.buurtkit.nl').id}/disabled`, { method: 'PUT', body: { disabled: true } }, 422);
  await check('beheerListInvitations', '/v1/beheer/invitations');
  const created = await check('beheerInvite', '/v1/beheer/invitations', { method: 'POST', body: { email: 'henk@dorpshuis.example', name: 'Henk', role: 'organization-contact', organizationId: 'dorpshuis-de-linde' } }, 201);
  await check('beheerInvite', '/v1/beheer/invitations', { method: 'POST', body: { email: contact.email, name: 'X', role: 'coordinator' } }, 422);
  await check('beheerWithdrawInvitation', `/v1/beheer/invitations/${created.invitation.id}`, { method: 'DELETE' }, 204);
  await check('beheerWithdrawInvitation', `/v1/beheer/invitations/${created.invitation.id}`, { method: 'DELETE' }, 404);
});
