// The coordinator's ride routes and the driver's sheet answer as the contract says, for
// every status they give: found, refused, not found, bad input, conflicts, CSV and 406.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confirmBody, DRIVERS, RIDE_DAY, ridePath, ridesFixture, type RidesFixture } from '../server/rides-dispatch-fixture.ts';
import type { Session } from '../server/beheer-signups-fixture.ts';
import { contractViolations } from './conformance.ts';

let fixture: Promise<RidesFixture> | undefined;
const door = () => (fixture ??= ridesFixture());

async function check(operationId: string, who: Session | undefined, method: string, path: string, expectedStatus: number, body?: unknown, accept?: string) {
  const f = await door();
  const headers: Record<string, string> = who ? { cookie: who.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': who.csrfToken }) } : {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (accept) headers.accept = accept;
  const res = await f.request(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const contentType = res.headers.get('content-type') ?? '';
  const text = await res.text();
  const parsed = contentType.includes('json') ? JSON.parse(text) : text;
  assert.equal(res.status, expectedStatus, `${method} ${path}: ${text.slice(0, 300)}`);
  assert.deepEqual(contractViolations(operationId, { status: res.status, contentType, body: parsed }), []);
  return parsed;
}

test('the ride requests, one request, confirm, decline and cancel conform', async () => {
  const f = await door();
  const a = await f.ride({ requester: { name: 'Zus Zorg', phone: '06 11223344', email: 'zus@voorbeeld.example', relation: 'family' } });
  const b = await f.ride({ time: '15:00', returnTime: null, passengerEmail: null, distanceKm: null });
  await check('beheerListRideRequests', f.anna, 'GET', `/v1/beheer/ride-requests?from=${RIDE_DAY}&to=${RIDE_DAY}`, 200);
  await check('beheerListRideRequests', f.anna, 'GET', `/v1/beheer/ride-requests?from=${RIDE_DAY}&limit=1`, 200);
  await check('beheerListRideRequests', f.anna, 'GET', '/v1/beheer/ride-requests?status=misschien', 400);
  await check('beheerListRideRequests', f.piet, 'GET', '/v1/beheer/ride-requests', 403);
  await check('beheerListRideRequests', undefined, 'GET', '/v1/beheer/ride-requests', 401);
  await check('beheerGetRideRequest', f.anna, 'GET', ridePath(a), 200);
  await check('beheerGetRideRequest', f.anna, 'GET', ridePath('RT-0000-0000'), 404);
  await check('beheerGetRideRequest', f.jan, 'GET', ridePath(a), 403);
  await check('beheerConfirmRideRequest', f.anna, 'POST', ridePath(a, 'confirm'), 200, confirmBody());
  await check('beheerConfirmRideRequest', f.anna, 'POST', ridePath(a, 'confirm'), 422, confirmBody({ driverId: DRIVERS.mies }));
  await check('beheerConfirmRideRequest', f.anna, 'POST', ridePath(a, 'confirm'), 422, { driverId: DRIVERS.jan, pickUpTime: '09:35' });
  await check('beheerConfirmRideRequest', f.anna, 'POST', ridePath('RT-0000-0000', 'confirm'), 404, confirmBody());
  await check('beheerConfirmRideRequest', f.anna, 'POST', ridePath(b, 'confirm'), 200, confirmBody({ pickUpTime: '14:30', returnPickUpTime: undefined }));
  await check('beheerDeclineRideRequest', f.anna, 'POST', ridePath(b, 'decline'), 200, { reason: 'Geen chauffeur.', alternatives: 'De regiotaxi.' });
  await check('beheerDeclineRideRequest', f.anna, 'POST', ridePath(b, 'decline'), 409, { reason: 'Nog eens.' });
  await check('beheerCancelRideRequest', f.anna, 'POST', ridePath(b, 'cancel'), 409);
  await check('beheerConfirmRideRequest', f.anna, 'POST', ridePath(b, 'confirm'), 409, confirmBody());
  await check('beheerGetRideSheet', f.jan, 'GET', `/v1/beheer/ride-sheet?date=${RIDE_DAY}`, 200);
  await check('beheerGetRideSheet', f.jan, 'GET', `/v1/beheer/ride-sheet?driver=${DRIVERS.truus}`, 403);
  await check('beheerGetRideSheet', f.anna, 'GET', '/v1/beheer/ride-sheet', 400);
  await check('beheerGetRideSheet', f.anna, 'GET', '/v1/beheer/ride-sheet?driver=0b6f6c3e-9999-4a1e-9f57-2b7f4c8d1a99', 404);
  await check('beheerCancelRideRequest', f.anna, 'POST', ridePath(a, 'cancel'), 200);
  await check('beheerCancelRideRequest', f.anna, 'POST', ridePath(a, 'cancel'), 200);
});

test('the drivers, the report (JSON, CSV, 406) and the phone tasks conform', async () => {
  const f = await door();
  await check('beheerListRideDrivers', f.anna, 'GET', `/v1/beheer/ride-drivers?date=${RIDE_DAY}`, 200);
  await check('beheerListRideDrivers', f.anna, 'GET', '/v1/beheer/ride-drivers?date=morgen', 400);
  await check('beheerGetRideReport', f.anna, 'GET', '/v1/beheer/ride-report?from=2026-01&to=2026-12', 200);
  await check('beheerGetRideReport', f.anna, 'GET', '/v1/beheer/ride-report', 200, undefined, 'text/csv');
  await check('beheerGetRideReport', f.anna, 'GET', '/v1/beheer/ride-report', 406, undefined, 'image/png');
  await check('beheerGetRideReport', f.anna, 'GET', '/v1/beheer/ride-report?from=2026-13', 400);
  const ref = await f.ride({ passengerEmail: null, time: '16:00', returnTime: null });
  await check('beheerConfirmRideRequest', f.anna, 'POST', ridePath(ref, 'confirm'), 200, confirmBody({ pickUpTime: '15:30', returnPickUpTime: undefined }));
  const page = await check('beheerListMessages', f.anna, 'GET', '/v1/beheer/messages?limit=100', 200);
  const task = page.items.find((m: any) => m.channel === 'phone' && m.rideReference === ref);
  const mail = page.items.find((m: any) => m.channel === 'email' && m.rideReference);
  await check('beheerMarkCallDone', f.anna, 'POST', `/v1/beheer/messages/${task.id}/done`, 200);
  await check('beheerMarkCallDone', f.anna, 'POST', `/v1/beheer/messages/${mail.id}/done`, 409);
  await check('beheerMarkCallDone', f.anna, 'POST', '/v1/beheer/messages/999999999/done', 404);
  await check('beheerMarkCallDone', f.piet, 'POST', `/v1/beheer/messages/${task.id}/done`, 403);
  await check('beheerMe', f.jan, 'GET', '/v1/beheer/me', 200);
});
