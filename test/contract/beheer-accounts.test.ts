// The routes of "Mensen" behind /v1/beheer answer as the contract says, for every status
// they give: the lists, blocking and letting in, inviting, withdrawing, refused, not found.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONTACT_PASSWORD } from '../server/accounts-fixture.ts';
import { beheerFixture, sessionOf, type Session } from '../server/beheer-signups-fixture.ts';
import { contractViolations } from './conformance.ts';

test('Mensen: accounts, blocking, invitations conform', async () => {
  const f = await beheerFixture();
  const check = async (operationId: string, who: Session | undefined, method: string, path: string, expected: number, body?: unknown) => {
    const headers: Record<string, string> = who ? { cookie: who.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': who.csrfToken }) } : {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await f.request(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const contentType = res.headers.get('content-type') ?? '';
    const text = await res.text();
    assert.equal(res.status, expected, `${method} ${path}: ${text.slice(0, 300)}`);
    assert.deepEqual(contractViolations(operationId, { status: res.status, contentType, body: text ? JSON.parse(text) : undefined }), []);
    return text ? JSON.parse(text) : undefined;
  };
  const [piet] = (await f.db.query<{ id: string }>(`select id from accounts where email = 'piet@dorpshuis.example'`)).rows;
  await check('beheerListAccounts', f.anna, 'GET', '/v1/beheer/accounts', 200);
  await check('beheerListAccounts', f.piet, 'GET', '/v1/beheer/accounts', 403);
  await check('beheerListAccounts', undefined, 'GET', '/v1/beheer/accounts', 401);
  await check('beheerSetAccountDisabled', f.anna, 'PUT', `/v1/beheer/accounts/${piet!.id}/disabled`, 200, { disabled: true });
  await check('beheerSetAccountDisabled', f.anna, 'PUT', `/v1/beheer/accounts/${piet!.id}/disabled`, 200, { disabled: false });
  await check('beheerSetAccountDisabled', f.anna, 'PUT', '/v1/beheer/accounts/00000000-0000-4000-8000-000000000000/disabled', 404, { disabled: true });
  await check('beheerSetAccountDisabled', f.anna, 'PUT', '/v1/beheer/accounts/geen-uuid/disabled', 400, { disabled: true });
  await check('beheerSetAccountDisabled', f.anna, 'PUT', `/v1/beheer/accounts/${piet!.id}/disabled`, 422, { disabled: 'ja' });
  // Blocked a moment ago, Piet's session ended: he logs in again.
  const pietAgain = await sessionOf(f, 'piet@dorpshuis.example', CONTACT_PASSWORD);
  const created = await check('beheerInvite', f.anna, 'POST', '/v1/beheer/invitations', 201, { email: 'nieuw@dorpshuis.example', name: 'Nieuw', role: 'organization-contact', organizationId: 'dorpshuis-de-linde' });
  await check('beheerInvite', f.anna, 'POST', '/v1/beheer/invitations', 422, { email: 'piet@dorpshuis.example', name: 'Piet', role: 'coordinator' });
  await check('beheerInvite', pietAgain, 'POST', '/v1/beheer/invitations', 403, { email: 'x@dorpshuis.example', name: 'X', role: 'coordinator' });
  await check('beheerListInvitations', f.anna, 'GET', '/v1/beheer/invitations', 200);
  await check('beheerWithdrawInvitation', f.anna, 'DELETE', `/v1/beheer/invitations/${created.invitation.id}`, 204);
  await check('beheerWithdrawInvitation', f.anna, 'DELETE', `/v1/beheer/invitations/${created.invitation.id}`, 404);
});
