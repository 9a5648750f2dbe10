// The MSW mocks the widget tests and the offline demo run on answer as the contract
// says, just like the real server (test/contract/server.test.ts).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { handlers } from '../../src/mocks/handlers.ts';
import { contractViolations } from './conformance.ts';

const server = setupServer(...handlers);
before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());

const base = 'http://mocks.test';

async function check(operationId: string, path: string) {
  const res = await fetch(base + path);
  const contentType = res.headers.get('content-type') ?? '';
  const text = await res.text();
  const body = contentType.includes('json') ? JSON.parse(text) : text;
  assert.equal(res.status, 200, text.slice(0, 300));
  assert.deepEqual(contractViolations(operationId, { status: res.status, contentType, body }), []);
  return body;
}

test('the mocked network conforms', () => check('getNetwork', '/v1/network'));
test('the mocked organisations conform', () => check('listOrganizations', '/v1/organizations'));
test('the mocked occurrences conform, filtered or not', async () => {
  const page = await check('listOccurrences', '/v1/activities');
  assert.ok(page.items.length > 0, 'the mocks return occurrences');
  await check('listOccurrences', `/v1/activities?category=${page.items[0].categories[0].id}`);
});
test('the mocked sociale kaart conforms, and so does one service from it', async () => {
  const map = await check('getSocialMap', '/v1/social-map');
  assert.ok(map.services.length > 0, 'the mocks return services');
  await check('getService', `/v1/services/${map.services[0].id}`);
});
test('the mocked volunteer work conforms, filtered or not', async () => {
  const page = await check('listVolunteerOpportunities', '/v1/volunteer-opportunities');
  assert.ok(page.items.length > 0, 'the mocks return volunteer work');
  await check('listVolunteerOpportunities', `/v1/volunteer-opportunities?kind=${page.items[0].kind.id}&dayPart=morning`);
});
