// The reference server's answers conform to the contract, for good and bad requests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testApp } from '../server/test-app.ts';
import { contractViolations } from './conformance.ts';
import { get as mapGet, mapTestApp, moments, setNow } from '../server/social-map-fixture.ts';
import { volunteerApp } from '../server/volunteer-app.ts';
import { findOperation } from '../../server/contract.ts';

type Requester = (path: string) => Promise<Response>;

/** Asks one app (the plain seeded one by default) and checks the answer against the contract. */
async function check(operationId: string, path: string, expectedStatus: number, request?: Requester) {
  const res = await (request ?? (async (p) => (await testApp()).app.request(p)))(path);
  const contentType = res.headers.get('content-type') ?? '';
  const text = await res.text();
  const body = contentType.includes('json') ? JSON.parse(text) : text;
  assert.equal(res.status, expectedStatus, text.slice(0, 300));
  assert.deepEqual(contractViolations(operationId, { status: res.status, contentType, body }), []);
  return body;
}

test('GET /v1/health conforms', () => check('getHealth', '/v1/health', 200));
test('GET /v1/network conforms', () => check('getNetwork', '/v1/network', 200));
test('GET /v1/organizations conforms, and so does a bad kind', async () => {
  await check('listOrganizations', '/v1/organizations', 200);
  await check('listOrganizations', '/v1/organizations?kind=professional&limit=3', 200);
  await check('listOrganizations', '/v1/organizations?kind=bedrijf', 400);
});
test('GET /v1/activities conforms over a whole year', () =>
  check('listOccurrences', '/v1/activities?from=2026-11-23&to=2027-11-22&limit=1000', 200));
test('GET /v1/activities conforms for bad input', () => check('listOccurrences', '/v1/activities?from=morgen', 400));
test('GET /v1/activities.ics conforms', () => check('getAgendaFeed', '/v1/activities.ics', 200));
test('GET /v1/activities/{id} conforms, found and not found', async () => {
  const { app } = await testApp();
  const [first] = ((await (await app.request('/v1/activities')).json()) as any).items;
  await check('getActivity', `/v1/activities/${first.activityId}`, 200);
  await check('getActivity', '/v1/activities/bestaat-niet', 404);
});
test('GET /v1/occurrences/{id}.ics conforms', async () => {
  const { app } = await testApp();
  const [first] = ((await (await app.request('/v1/activities')).json()) as any).items;
  await check('getOccurrenceCalendar', first.icsUrl, 200);
});

// The sociale kaart, on the seeded network plus the small fixture map (test/server/social-map-fixture.ts).
/** The same check on the app with the sociale kaart fixture and a fixed clock. */
const checkMap = (operationId: string, path: string, expectedStatus: number) =>
  check(operationId, path, expectedStatus, async (p) => (await mapTestApp()).app.request(p));

test('GET /v1/services conforms, with filters and for bad input', async () => {
  setNow(moments.tuesday10);
  await checkMap('listServices', '/v1/services?limit=500', 200);
  await checkMap('listServices', '/v1/services?category=zw-geld&village=linde&kind=informal&open_now=true&q=schulden', 200);
  await checkMap('listServices', '/v1/services?category=bestaat-niet', 400);
  await checkMap('listServices', '/v1/services?village=bestaat-niet', 400);
  await checkMap('listServices', '/v1/services?open_now=ja', 400);
  await checkMap('listServices', `/v1/services?q=${'x'.repeat(101)}`, 400);
});
test('GET /v1/services/{id} conforms, found, not found and malformed', async () => {
  for (const id of ['zw-schuldhulpmaatje', 'zw-wijkteam-spreekuur', 'zw-mantelzorglijn', 'zw-cafe-ontmoeting']) {
    await checkMap('getService', `/v1/services/${id}`, 200);
  }
  await checkMap('getService', '/v1/services/bestaat-niet', 404);
  await checkMap('getService', '/v1/services/Niet_Geldig', 400);
});
test('GET /v1/categories conforms', () => checkMap('listServiceCategories', '/v1/categories', 200));
test('GET /v1/social-map conforms', () => checkMap('getSocialMap', '/v1/social-map', 200));
test('GET /v1/export/hsds.json conforms', () => checkMap('getHsdsExport', '/v1/export/hsds.json', 200));
test('the sociale kaart conforms on the seeded network alone too', async () => {
  await check('listServices', '/v1/services', 200);
  await check('listServiceCategories', '/v1/categories', 200);
  await check('getSocialMap', '/v1/social-map', 200);
  await check('getHsdsExport', '/v1/export/hsds.json', 200);
});
test('GET /v1/services/{id} conforms for every listed service', async () => {
  const { body } = await mapGet('/v1/services?limit=500');
  assert.ok(body.items.length >= 4);
  for (const s of body.items) await checkMap('getService', `/v1/services/${s.id}`, 200);
});

// Volunteering, on the seeded network with the clock fixed (test/server/volunteer-app.ts),
// so the contract's example shift is always still to come.
const volunteer = (init?: RequestInit): Requester => async (p) => (await volunteerApp()).app.request(p, init);
const checkVolunteer = (operationId: string, path: string, expectedStatus: number, init?: RequestInit) => check(operationId, path, expectedStatus, volunteer(init));
const postJson = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

test('GET /v1/volunteer-opportunities conforms, with filters and for bad input', async () => {
  await checkVolunteer('listVolunteerOpportunities', '/v1/volunteer-opportunities?limit=500', 200);
  await checkVolunteer('listVolunteerOpportunities', '/v1/volunteer-opportunities?organization=dorpshuis-de-linde&kind=koffie-en-gastvrijheid&dayPart=morning', 200);
  await checkVolunteer('listVolunteerOpportunities', '/v1/volunteer-opportunities?occurrence=koffieochtend-dorpshuis-20261208T1000', 200);
  await checkVolunteer('listVolunteerOpportunities', '/v1/volunteer-opportunities?dayPart=nacht', 400);
  await checkVolunteer('listVolunteerOpportunities', '/v1/volunteer-opportunities?organization=bestaat-niet', 400);
});
test('GET /v1/volunteer-opportunities/{id} conforms for every opportunity, and when not found', async () => {
  const { body } = await getVolunteer('/v1/volunteer-opportunities?limit=500');
  for (const o of body.items) await checkVolunteer('getVolunteerOpportunity', `/v1/volunteer-opportunities/${o.id}`, 200);
  await checkVolunteer('getVolunteerOpportunity', '/v1/volunteer-opportunities/bestaat-niet', 404);
  await checkVolunteer('getVolunteerOpportunity', '/v1/volunteer-opportunities/Niet_Geldig', 400);
});
test('POST /v1/volunteer-signups conforms: the contract example, a 422, and seeing and cancelling it', async () => {
  const example = (findOperation('createVolunteerSignup').requestBody!.content['application/json'] as { example?: unknown }).example;
  const created = await checkVolunteer('createVolunteerSignup', '/v1/volunteer-signups', 201, postJson(example));
  await checkVolunteer('createVolunteerSignup', '/v1/volunteer-signups', 422, postJson({ ...(example as object), opportunityId: 'bestaat-niet' }));
  await checkVolunteer('createVolunteerSignup', '/v1/volunteer-signups', 422, postJson({ name: 'Zonder meer' }));
  const auth = (token: string, method = 'GET') => ({ method, headers: { authorization: `Bearer ${token}` } });
  const path = `/v1/volunteer-signups/${created.reference}`;
  await checkVolunteer('getVolunteerSignup', path, 200, auth(created.token));
  await checkVolunteer('getVolunteerSignup', path, 404, auth('x'.repeat(43)));
  await checkVolunteer('getVolunteerSignup', path, 400);
  await checkVolunteer('cancelVolunteerSignup', path, 404, auth('x'.repeat(43), 'DELETE'));
  await checkVolunteer('cancelVolunteerSignup', path, 200, auth(created.token, 'DELETE'));
  await checkVolunteer('cancelVolunteerSignup', path, 200, auth(created.token, 'DELETE'));
});
test('the volunteering shapes refuse a field the contract does not name', async () => {
  const { body } = await getVolunteer('/v1/volunteer-opportunities/koffie-schenken-koffieochtend');
  const ok = (b: unknown) => contractViolations('getVolunteerOpportunity', { status: 200, contentType: 'application/json', body: b });
  assert.deepEqual(ok(body), []);
  assert.notDeepEqual(ok({ ...body, secret: 1 }), []);
  const list = (await getVolunteer('/v1/volunteer-opportunities?limit=1')).body;
  assert.notDeepEqual(contractViolations('listVolunteerOpportunities', { status: 200, contentType: 'application/json', body: { ...list, items: [{ ...list.items[0], secret: 1 }] } }), []);
});

async function getVolunteer(path: string) {
  const res = await (await volunteerApp()).app.request(path);
  return { status: res.status, body: (await res.json()) as any };
}

// The village bus (issue 8): the reads on the seeded network; the writes and the status page
// are checked against the contract in test/server/rides-api.test.ts and rides-concurrency.test.ts.
test('GET /v1/rides conforms', () => check('getRideService', '/v1/rides', 200));
test('GET /v1/rides/availability conforms, for the longest window and for bad input', async () => {
  const { from } = await check('getRideAvailability', '/v1/rides/availability', 200);
  const to = new Date(Date.parse(`${from}T12:00:00Z`) + 62 * 86_400_000).toISOString().slice(0, 10);
  await check('getRideAvailability', `/v1/rides/availability?from=${from}&to=${to}`, 200);
  await check('getRideAvailability', '/v1/rides/availability?from=morgen', 400);
  await check('getRideAvailability', '/v1/rides/availability?from=2026-12-01&to=2027-12-01', 400);
});
test('GET /v1/ride-requests/{reference} conforms when not found and without a token', async () => {
  const { app } = await testApp();
  const asked = async (p: string) => app.request(p, { headers: { authorization: `Bearer ${'A'.repeat(43)}` } });
  await check('getRideRequest', '/v1/ride-requests/RT-0000-0000', 404, asked);
  await check('getRideRequest', '/v1/ride-requests/RT-0000-0000', 400);
});
