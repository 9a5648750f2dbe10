// The village bus's public side: HTTP only. The rules and the SQL are in server/rides/;
// each write runs in one transaction with its held places and its messages.
import { Hono } from 'hono';
import type { operations } from '../../contract/types.ts';
import type { Database } from '../db/database.ts';
import { residentRecordRoutes } from '../http/resident-record.ts';
import { decoyCode } from '../http/spam-guard.ts';
import { parameterValidator } from '../http/validate.ts';
import type { Logger } from '../log.ts';
import { cancelRideRequest, createRideRequest, findRideRequest, type RideRequestCreated, type RideRequestRequest } from '../rides/requests.ts';
import { availability, rideServiceDocument } from '../rides/service.ts';

type AvailabilityQuery = NonNullable<operations['getRideAvailability']['parameters']['query']>;

export interface RideRoutesOptions {
  now?: () => Date;
  /** Where held-back spam is counted (the path only). */
  log?: Logger;
}

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
  const readAvailability = parameterValidator<AvailabilityQuery>('getRideAvailability');

  return new Hono()
    .get('/rides', async (c) => c.json(await rideServiceDocument(db, now()), 200, REVALIDATE))
    .get('/rides/availability', async (c) => c.json(await availability(db, readAvailability(c), now()), 200, REVALIDATE))
    .route(
      '/',
      residentRecordRoutes<RideRequestRequest, RideRequestCreated>(db, {
        path: '/ride-requests',
        operations: { create: 'createRideRequest', get: 'getRideRequest', cancel: 'cancelRideRequest' },
        missingReference: 'Het kenmerk van de ritaanvraag ontbreekt (zoals RT-7K3M-Q9PD).',
        decoy: decoyRequest,
        create: createRideRequest,
        find: findRideRequest,
        cancel: cancelRideRequest,
        now,
        log,
      }),
    );
}
