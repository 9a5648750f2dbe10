// The village bus's public side: HTTP only. The rules and the SQL are in server/rides/;
// each write runs in one transaction with its held places and its messages.
import { Hono, type Context } from 'hono';
import type { operations } from '../../contract/types.ts';
import type { Database } from '../db/database.ts';
import { IdempotencyStore } from '../http/idempotency.ts';
import { invalidParameter, ProblemError } from '../http/problem.ts';
import { decoyCode, honeypot } from '../http/spam-guard.ts';
import { parameterValidator, validatedBody } from '../http/validate.ts';
import type { Logger } from '../log.ts';
import { bearerToken } from '../volunteering/secrets.ts';
import { cancelRideRequest, createRideRequest, findRideRequest, type RideRequestCreated, type RideRequestRequest } from '../rides/requests.ts';
import { availability, rideServiceDocument } from '../rides/service.ts';

type AvailabilityQuery = NonNullable<operations['getRideAvailability']['parameters']['query']>;
type RequestParams = operations['getRideRequest']['parameters']['path'];

export interface RideRoutesOptions {
  now?: () => Date;
  /** Where held-back spam is counted (the path only). */
  log?: Logger;
}

function tokenOf(c: Context): string {
  const token = bearerToken(c.req.header('authorization'));
  if (!token) {
    const detail = 'Stuur de code uit uw persoonlijke link mee als Authorization: Bearer <code>.';
    throw new ProblemError('invalid-parameters', detail, [{ name: 'Authorization', in: 'header', detail }]);
  }
  return token;
}

// Personal data: never stored by a browser or proxy cache.
const PRIVATE = { 'Cache-Control': 'no-store' };
// The free places change with every request: a cache may keep them, but asks again each
// time (the ETag answers 304 when nothing changed).
const REVALIDATE = { 'Cache-Control': 'no-cache' };

/** What a robot that filled in the honeypot is told: a request shaped like a real one, made of nothing stored. */
function decoyRequest(request: RideRequestRequest, now: Date): RideRequestCreated {
  return {
    reference: `RT-${decoyCode(4)}-${decoyCode(4)}`,
    status: 'requested',
    passengerName: request.passenger.name,
    destination: { name: 'Bestemming', address: 'Onbekend' },
    trip: { date: request.trip.date, timeKind: request.trip.timeKind, time: request.trip.time, ...(request.trip.returnTime ? { returnTime: request.trip.returnTime } : {}) },
    cost: { text: 'Onbekend' },
    canCancel: true,
    createdAt: now.toISOString(),
    token: decoyCode(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
  };
}

export function rideRoutes(db: Database, { now = () => new Date(), log }: RideRoutesOptions = {}) {
  const idempotency = new IdempotencyStore(db, { now: () => now().getTime() });
  const readAvailability = parameterValidator<AvailabilityQuery>('getRideAvailability');
  const readRequestParams = parameterValidator<RequestParams>('getRideRequest');
  const readCancelParams = parameterValidator<RequestParams>('cancelRideRequest');

  return new Hono()
    .get('/rides', async (c) => c.json(await rideServiceDocument(db, now()), 200, REVALIDATE))
    .get('/rides/availability', async (c) => c.json(await availability(db, readAvailability(c), now()), 200, REVALIDATE))
    .post(
      '/ride-requests',
      honeypot<RideRequestRequest>({
        field: 'homepage',
        log,
        decoy: (_c, body) => {
          const created = decoyRequest(body, now());
          return { status: 201, body: created, headers: { ...PRIVATE, Location: `/v1/ride-requests/${created.reference}` } };
        },
      }),
      // A retry with the same Idempotency-Key gets the first answer again, never a second request.
      (c) =>
        idempotency.run(c, 'createRideRequest', async (tx) => {
          const created = await createRideRequest(tx, validatedBody<RideRequestRequest>(c), now());
          return { status: 201, body: created, headers: { ...PRIVATE, Location: `/v1/ride-requests/${created.reference}` } };
        }),
    )
    .use('/ride-requests/', async (c, next) => {
      if (c.req.method === 'GET' || c.req.method === 'DELETE') throw invalidParameter('reference', 'Het kenmerk van de ritaanvraag ontbreekt (zoals RT-7K3M-Q9PD).', 'path');
      await next();
    })
    .get('/ride-requests/:reference', async (c) => {
      const { reference } = readRequestParams(c);
      return c.json(await findRideRequest(db, reference, tokenOf(c), now()), 200, PRIVATE);
    })
    .delete('/ride-requests/:reference', async (c) => {
      const { reference } = readCancelParams(c);
      const token = tokenOf(c);
      return c.json(await db.transaction((tx) => cancelRideRequest(tx, reference, token, now())), 200, PRIVATE);
    });
}
