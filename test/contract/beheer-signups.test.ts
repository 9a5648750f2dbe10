// The coordinator's sign-up routes answer as the contract says, for every status they
// give: found, refused, not found, bad input and conflicts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findOperation } from '../../server/contract.ts';
import { beheerFixture, signupPath, type BeheerFixture, type Session } from '../server/beheer-signups-fixture.ts';
import { contractViolations } from './conformance.ts';

let fixture: Promise<BeheerFixture> | undefined;
const door = () => (fixture ??= beheerFixture());

/** Sends the request as `who` (a change with the CSRF token) and checks the answer against the contract. */
async function check(operationId: string, who: Session | undefined, method: string, path: string, expectedStatus: number, body?: unknown) {
  const f = await door();
  const headers: Record<string, string> = who ? { cookie: who.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': who.csrfToken }) } : {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await f.request(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const contentType = res.headers.get('content-type') ?? '';
  const text = await res.text();
  const parsed = contentType.includes('json') ? JSON.parse(text) : text;
  assert.equal(res.status, expectedStatus, `${method} ${path}: ${text.slice(0, 300)}`);
  assert.deepEqual(contractViolations(operationId, { status: res.status, contentType, body: parsed }), []);
  return parsed;
}

async function signUp(fields: Record<string, unknown>): Promise<string> {
  const res = await (await door()).signUp({ email: 'conform@example.org', message: 'Ik kan vooral op dinsdag.', availability: [{ day: 'tue', part: 'morning' }], ...fields });
  assert.equal(res.status, 201);
  return res.body.reference;
}

test('GET /v1/beheer/volunteer-opportunities conforms, for both roles and bad input', async () => {
  const { anna, piet } = await door();
  await signUp({ opportunityId: 'maatje-voor-een-oudere' });
  const all = await check('beheerListOpportunities', anna, 'GET', '/v1/beheer/volunteer-opportunities?limit=500', 200);
  assert.ok(all.items.some((o: any) => o.shifts.some((s: any) => s.cancelled)), 'a cancelled shift is among them');
  await check('beheerListOpportunities', anna, 'GET', '/v1/beheer/volunteer-opportunities?limit=2&offset=1', 200);
  await check('beheerListOpportunities', piet, 'GET', '/v1/beheer/volunteer-opportunities', 200);
  await check('beheerListOpportunities', piet, 'GET', '/v1/beheer/volunteer-opportunities?organization=welzijn-linde', 403);
  await check('beheerListOpportunities', anna, 'GET', '/v1/beheer/volunteer-opportunities?organization=bestaat-niet', 400);
  await check('beheerListOpportunities', undefined, 'GET', '/v1/beheer/volunteer-opportunities', 401);
});

test('the sign-ups of an opportunity and one sign-up conform', async () => {
  const f = await door();
  const [shift] = await f.shifts('koffie-schenken-koffieochtend');
  for (let i = 0; i < 4; i++) await signUp({ opportunityId: 'koffie-schenken-koffieochtend', occurrenceId: shift!.occurrenceId, name: `Conform ${i + 1}` });
  const list = await check('beheerListSignups', f.piet, 'GET', `/v1/beheer/volunteer-opportunities/koffie-schenken-koffieochtend/signups?occurrence=${shift!.occurrenceId}`, 200);
  assert.ok(list.items.some((s: any) => s.status === 'waitlisted'));
  await check('beheerListSignups', f.piet, 'GET', '/v1/beheer/volunteer-opportunities/koffie-schenken-koffieochtend/signups?status=confirmed&limit=1', 200);
  await check('beheerListSignups', f.piet, 'GET', '/v1/beheer/volunteer-opportunities/maatje-voor-een-oudere/signups', 403);
  await check('beheerListSignups', f.anna, 'GET', '/v1/beheer/volunteer-opportunities/bestaat-niet/signups', 404);
  await check('beheerListSignups', f.anna, 'GET', '/v1/beheer/volunteer-opportunities/koffie-schenken-koffieochtend/signups?status=misschien', 400);

  const reference = list.items[0].reference;
  await check('beheerGetSignup', f.piet, 'GET', signupPath(reference), 200);
  const ongoing = await signUp({ opportunityId: 'maatje-voor-een-oudere' });
  await check('beheerGetSignup', f.anna, 'GET', signupPath(ongoing), 200);
  await check('beheerGetSignup', f.piet, 'GET', signupPath(ongoing), 403);
  await check('beheerGetSignup', f.anna, 'GET', signupPath('VW-0000-0000'), 404);
  await check('beheerGetSignup', f.anna, 'GET', signupPath('VW-0'), 400);
});

test('confirm, move-up, cancel and the VOG date conform, and so do their refusals', async () => {
  const f = await door();
  const [, shift] = await f.shifts('koffie-schenken-koffieochtend');
  const refs: string[] = [];
  for (let i = 0; i < 5; i++) refs.push(await signUp({ opportunityId: 'koffie-schenken-koffieochtend', occurrenceId: shift!.occurrenceId, name: `Actie ${i + 1}` }));
  const [a, b, , waiting, last] = refs;

  await check('beheerConfirmSignup', f.piet, 'POST', signupPath(a!, 'confirm'), 200);
  await check('beheerConfirmSignup', f.piet, 'POST', signupPath(waiting!, 'confirm'), 409);
  await check('beheerConfirmSignup', f.piet, 'POST', signupPath('VW-0000-0000', 'confirm'), 404);
  await check('beheerMoveUpSignup', f.piet, 'POST', signupPath(last!, 'move-up'), 200);
  await check('beheerMoveUpSignup', f.piet, 'POST', signupPath(last!, 'move-up'), 409);
  await check('beheerCancelSignup', f.piet, 'POST', signupPath(b!, 'cancel'), 200);
  await check('beheerCancelSignup', f.piet, 'POST', signupPath(b!, 'cancel'), 200);

  const example = (findOperation('beheerRecordVog').requestBody!.content['application/json'] as { example?: unknown }).example;
  const vog = await signUp({ opportunityId: 'maatje-voor-een-oudere' });
  await check('beheerRecordVog', f.anna, 'PUT', signupPath(vog, 'vog'), 200, example);
  await check('beheerRecordVog', f.anna, 'PUT', signupPath(vog, 'vog'), 422, { receivedOn: '2030-01-01' });
  await check('beheerRecordVog', f.anna, 'PUT', signupPath(vog, 'vog'), 422, { receivedOn: '2026-11-20', extra: true });
  await check('beheerRecordVog', f.piet, 'PUT', signupPath(vog, 'vog'), 403, example);
  await check('beheerRecordVog', f.piet, 'PUT', signupPath(a!, 'vog'), 409, example);
  await check('beheerClearVog', f.anna, 'DELETE', signupPath(vog, 'vog'), 200);
  await check('beheerClearVog', f.piet, 'DELETE', signupPath(vog, 'vog'), 403);
  await check('beheerClearVog', undefined, 'DELETE', signupPath(vog, 'vog'), 401);
});

test('the check can fail: a sign-up with a field the contract does not name breaks it', async () => {
  const f = await door();
  const body = await check('beheerGetSignup', f.anna, 'GET', signupPath(await signUp({ opportunityId: 'maatje-voor-een-oudere' })), 200);
  assert.notDeepEqual(contractViolations('beheerGetSignup', { status: 200, contentType: 'application/json', body: { ...body, tokenHash: 'x' } }), []);
});
