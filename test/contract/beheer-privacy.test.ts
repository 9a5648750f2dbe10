// The coordinator's Berichten and the AVG requests answer as the contract says, for good
// and bad requests, and for each role.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markFailed, markSent } from '../../server/messages/outbox.ts';
import { contractViolations } from './conformance.ts';
import { CONTACT, COORDINATOR, privacyFixture, type Answer } from '../server/privacy-fixture.ts';

function conforms(operationId: string, answer: Answer, status: number) {
  assert.equal(answer.status, status, JSON.stringify(answer.body).slice(0, 300));
  assert.deepEqual(contractViolations(operationId, { status: answer.status, contentType: answer.headers.get('content-type') ?? '', body: answer.body }), []);
}

test('GET /v1/beheer/messages conforms, in every state, for both roles and without a session', async () => {
  const f = await privacyFixture();
  const made = await f.signUp({ opportunityId: 'koffie-schenken-koffieochtend', occurrenceId: 'koffieochtend-dorpshuis-20261208T1000', name: 'Conny Contract', email: 'conny@example.org' });
  await f.signUp({ opportunityId: 'taalmaatje', name: 'Tom Telefoon', phone: '06 13572468' });
  const { rows } = await f.db.query<{ id: number }>('select o.id::int as id from outbox o join volunteer_signups s on s.id = o.signup_id where s.reference = $1 order by o.id', [made.reference]);
  await markSent(f.db, rows[0]!.id, f.now());
  await markFailed(f.db, rows[1]!.id, '550: weggestuurd', f.now(), true, f.now());
  const coordinator = await f.as(COORDINATOR);
  const all = await coordinator.get('/v1/beheer/messages?limit=100');
  conforms('beheerListMessages', all, 200);
  assert.deepEqual(new Set(all.body.items.map((m: any) => m.state)), new Set(['sent', 'failed', 'waiting']));
  conforms('beheerListMessages', await coordinator.get('/v1/beheer/messages?state=failed&limit=1&offset=0'), 200);
  conforms('beheerListMessages', await (await f.as(CONTACT)).get('/v1/beheer/messages'), 200);
  conforms('beheerListMessages', await coordinator.get('/v1/beheer/messages?state=alles'), 400);
  conforms('beheerListMessages', await coordinator.get('/v1/beheer/messages?limit=0'), 400);
  conforms('beheerListMessages', await f.request('/v1/beheer/messages'), 401);
});

test('POST /v1/beheer/people/export and /erase conform, found and not, refused and bad', async () => {
  const f = await privacyFixture();
  await f.signUp({ opportunityId: 'begeleider-boodschappenrit', occurrenceId: 'boodschappenrit-20261218T0930', name: 'Erik Export', email: 'erik@example.org', phone: '0345 246810' });
  await f.signUp({ opportunityId: 'begeleider-boodschappenrit', occurrenceId: 'boodschappenrit-20261218T0930', name: 'Wil Wacht', email: 'wil@example.org' });
  const coordinator = await f.as(COORDINATOR);
  await coordinator.get('/v1/beheer/messages');
  const exported = await coordinator.post('/v1/beheer/people/export', { email: 'erik@example.org' });
  conforms('beheerExportPerson', exported, 200);
  assert.equal(exported.body.signups.length, 1);
  assert.ok(exported.body.messages.length > 0 && exported.body.views.length > 0);
  conforms('beheerExportPerson', await coordinator.post('/v1/beheer/people/export', { phone: '06 00000000' }), 200);
  conforms('beheerErasePerson', await coordinator.post('/v1/beheer/people/erase', { phone: '+31 345 246 810' }), 200);
  conforms('beheerErasePerson', await coordinator.post('/v1/beheer/people/erase', { email: 'erik@example.org' }), 200);

  const contact = await f.as(CONTACT);
  for (const operation of ['export', 'erase']) {
    const id = operation === 'export' ? 'beheerExportPerson' : 'beheerErasePerson';
    const path = `/v1/beheer/people/${operation}`;
    conforms(id, await contact.post(path, { email: 'wil@example.org' }), 403);
    conforms(id, await coordinator.post(path, { email: 'wil@example.org', phone: '06 12345678' }), 422);
    conforms(id, await coordinator.post(path, {}), 422);
    conforms(id, await coordinator.post(path, { phone: 'bel maar' }), 422);
    conforms(id, await f.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":"wil@example.org"}' }), 401);
  }
});
