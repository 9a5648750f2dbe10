// The reference server's answers conform to the contract, for good and bad requests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testApp } from '../server/test-app.ts';
import { contractViolations } from './conformance.ts';

async function check(operationId: string, path: string, expectedStatus: number) {
  const { app } = await testApp();
  const res = await app.request(path);
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
