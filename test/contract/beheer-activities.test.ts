// The activity routes answer as the contract says, for every status they give: found,
// added, saved, hidden, removed, previewed; refused, not found, bad input, conflicts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activitiesFixture, activityBody, type ActivitiesFixture } from '../server/beheer-activities-fixture.ts';
import type { Session } from '../server/beheer-signups-fixture.ts';
import { contractViolations } from './conformance.ts';

let fixture: Promise<ActivitiesFixture> | undefined;
const door = () => (fixture ??= activitiesFixture());

async function check(operationId: string, who: Session | undefined, method: string, path: string, expectedStatus: number, body?: unknown, headers: Record<string, string> = {}) {
  const f = await door();
  const sent: Record<string, string> = { ...headers, ...(who ? { cookie: who.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': who.csrfToken }) } : {}) };
  if (body !== undefined) sent['content-type'] = 'application/json';
  const res = await f.request(path, { method, headers: sent, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const contentType = res.headers.get('content-type') ?? '';
  const text = await res.text();
  const parsed = contentType.includes('json') ? JSON.parse(text) : text;
  assert.equal(res.status, expectedStatus, `${method} ${path}: ${text.slice(0, 300)}`);
  assert.deepEqual(contractViolations(operationId, { status: res.status, contentType, body: parsed }), []);
  return { body: parsed, etag: res.headers.get('etag') };
}

test('options, the list and one activity conform', async () => {
  const f = await door();
  await check('beheerGetActivityOptions', f.anna, 'GET', '/v1/beheer/activity-options', 200);
  await check('beheerGetActivityOptions', undefined, 'GET', '/v1/beheer/activity-options', 401);
  await check('beheerListActivities', f.anna, 'GET', '/v1/beheer/activities?limit=3', 200);
  await check('beheerListActivities', f.piet, 'GET', '/v1/beheer/activities?q=koffie', 200);
  await check('beheerListActivities', f.anna, 'GET', '/v1/beheer/activities?organization=NIET%20GOED', 400);
  await check('beheerGetActivity', f.anna, 'GET', '/v1/beheer/activities/koffieochtend-dorpshuis', 200);
  const [withVolunteers] = await f.rows('select activity_id from volunteer_opportunities where activity_id is not null limit 1');
  const got = await check('beheerGetActivity', f.anna, 'GET', `/v1/beheer/activities/${withVolunteers.activity_id}`, 200);
  assert.ok(got.body.volunteerOpportunities.length > 0);
  await check('beheerGetActivity', f.piet, 'GET', '/v1/beheer/activities/gym-voor-senioren', 404);
  await check('beheerGetActivity', f.anna, 'GET', '/v1/beheer/activities/bestaat-niet', 404);
});

test('adding, saving, hiding, removing and the preview conform', async () => {
  const f = await door();
  const made = await check('beheerCreateActivity', f.piet, 'POST', '/v1/beheer/activities', 201, activityBody({ exceptions: [{ originalStartsAt: '2027-04-15T14:00', kind: 'cancelled', note: 'Onderhoud' }] }));
  const path = `/v1/beheer/activities/${made.body.id}`;
  await check('beheerCreateActivity', f.piet, 'POST', '/v1/beheer/activities', 403, activityBody({ organizationId: 'gymvereniging-vlug-en-lenig' }));
  await check('beheerCreateActivity', f.anna, 'POST', '/v1/beheer/activities', 422, activityBody({ rrule: 'FREQ=HOURLY' }));
  await check('beheerCreateActivity', f.anna, 'POST', '/v1/beheer/activities', 422, activityBody({ title: 7 }));
  const saved = await check('beheerUpdateActivity', f.piet, 'PUT', path, 200, activityBody({ title: 'Soos' }), { 'if-match': made.etag! });
  await check('beheerUpdateActivity', f.piet, 'PUT', path, 412, activityBody(), { 'if-match': made.etag! });
  await check('beheerUpdateActivity', f.piet, 'PUT', path, 200, activityBody(), { 'if-match': saved.etag! });
  await check('beheerUpdateActivity', f.piet, 'PUT', '/v1/beheer/activities/gym-voor-senioren', 403, activityBody());
  await check('beheerUpdateActivity', f.anna, 'PUT', '/v1/beheer/activities/bestaat-niet', 404, activityBody());
  await check('beheerUpdateActivity', f.anna, 'PUT', path, 422, activityBody({ cost: { free: false } }));
  await check('beheerSetActivityVisibility', f.piet, 'PUT', `${path}/visibility`, 200, { hidden: true });
  await check('beheerSetActivityVisibility', f.piet, 'PUT', `${path}/visibility`, 422, { hidden: 'ja' });
  await check('beheerSetActivityVisibility', f.anna, 'PUT', '/v1/beheer/activities/bestaat-niet/visibility', 404, { hidden: true });
  await check('beheerPreviewSchedule', f.piet, 'POST', '/v1/beheer/schedule-preview', 200, { startsAt: '2027-01-21T14:00', durationMinutes: 120, rrule: 'FREQ=MONTHLY;BYDAY=3TH', exceptions: [{ originalStartsAt: '2027-02-18T14:00', kind: 'skipped' }] });
  await check('beheerPreviewSchedule', f.piet, 'POST', '/v1/beheer/schedule-preview', 422, { startsAt: '2027-01-21T14:00', durationMinutes: 120, rrule: 'FREQ=SECONDLY', exceptions: [] });
  const [withVolunteers] = await f.rows('select activity_id from volunteer_opportunities where activity_id is not null limit 1');
  await check('beheerDeleteActivity', f.anna, 'DELETE', `/v1/beheer/activities/${withVolunteers.activity_id}`, 409);
  await check('beheerDeleteActivity', f.piet, 'DELETE', '/v1/beheer/activities/gym-voor-senioren', 403);
  await check('beheerDeleteActivity', f.piet, 'DELETE', path, 204);
  await check('beheerDeleteActivity', f.piet, 'DELETE', path, 404);
});
