// The activities mock of /beheer (the widget tests run the editor on it) answers as the
// contract says, so the browser side is built against the shapes the server gives.
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

const input = {
  title: 'Soos voor ouderen',
  summary: 'Kaarten en bijpraten.',
  description: '',
  organizationId: 'dorpshuis-de-linde',
  placeId: 'dorpshuis-de-linde',
  startsAt: '2027-01-21T14:00',
  durationMinutes: 120,
  rrule: 'FREQ=MONTHLY;BYDAY=3TH',
  categories: ['ontmoeting'],
  audiences: [],
  cost: { free: false, amount: 2.5 },
  accessibility: { wheelchair: true, hearingLoop: false },
  registration: { required: false },
  villageBus: true,
  exceptions: [{ originalStartsAt: '2027-04-15T14:00', kind: 'cancelled', note: 'Dorpshuis gesloten' }],
};

test('the mocked activity options, list and one activity conform', async () => {
  await check('beheerGetActivityOptions', '/v1/beheer/activity-options');
  const { body: page } = await check('beheerListActivities', '/v1/beheer/activities');
  assert.ok(page.items.length >= 5);
  for (const a of page.items) await check('beheerGetActivity', `/v1/beheer/activities/${a.id}`);
});

test('the mocked preview, add, save, visibility and refusals conform', async () => {
  const { body: preview } = await check('beheerPreviewSchedule', '/v1/beheer/schedule-preview', { method: 'POST', body: { ...input, count: 10 } });
  assert.equal(preview.occurrences.length, 10);
  assert.equal(preview.occurrences.find((o: { originalStartsAt: string }) => o.originalStartsAt === '2027-04-15T14:00').status, 'cancelled');
  const { body: created } = await check('beheerCreateActivity', '/v1/beheer/activities', { method: 'POST', body: input }, 201);
  const { etag } = await check('beheerGetActivity', `/v1/beheer/activities/${created.id}`);
  await check('beheerUpdateActivity', `/v1/beheer/activities/${created.id}`, { method: 'PUT', body: input, headers: { 'if-match': etag! } });
  await check('beheerUpdateActivity', `/v1/beheer/activities/${created.id}`, { method: 'PUT', body: input, headers: { 'if-match': etag! } }, 412);
  await check('beheerUpdateActivity', '/v1/beheer/activities/open-tuinmiddag', { method: 'PUT', body: input }, 409);
  await check('beheerCreateActivity', '/v1/beheer/activities', { method: 'POST', body: { ...input, title: '' } }, 422);
  await check('beheerSetActivityVisibility', '/v1/beheer/activities/open-tuinmiddag/visibility', { method: 'PUT', body: { hidden: true } });
  await check('beheerDeleteActivity', '/v1/beheer/activities/koffieochtend', { method: 'DELETE' }, 409);
});
