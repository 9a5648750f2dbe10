// Volunteer work and signing up for it: HTTP only. The rules and the SQL are in
// server/volunteering/; each write runs in one transaction.
import { Hono } from 'hono';
import type { operations } from '../../contract/types.ts';
import type { Database } from '../db/database.ts';
import { residentRecordRoutes } from '../http/resident-record.ts';
import { decoyCode } from '../http/spam-guard.ts';
import { parameterValidator } from '../http/validate.ts';
import type { Logger } from '../log.ts';
import { getOpportunity, listOpportunities, type OpportunityQuery } from '../volunteering/opportunities.ts';
import { cancelSignup, createSignup, findSignup, type VolunteerSignupCreated, type VolunteerSignupRequest } from '../volunteering/signups.ts';

type OpportunityParams = operations['getVolunteerOpportunity']['parameters']['path'];

export interface VolunteeringRoutesOptions {
  now?: () => Date;
  /** Where held-back spam is counted (the path only). */
  log?: Logger;
}

/**
 * What a robot that filled in the honeypot is told: a sign-up shaped like a real one,
 * made of nothing stored (server/http/spam-guard.ts, decision 0009).
 */
function decoySignup(request: VolunteerSignupRequest, now: Date): VolunteerSignupCreated {
  const reference = `VW-${decoyCode(4)}-${decoyCode(4)}`;
  return {
    reference,
    status: 'confirmed',
    opportunity: { id: request.opportunityId, title: request.opportunityId, organizer: { id: 'onbekend', name: 'Onbekend', kind: 'volunteer' } },
    name: request.name,
    createdAt: now.toISOString(),
    token: decoyCode(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
  };
}

export function volunteeringRoutes(db: Database, { now = () => new Date(), log }: VolunteeringRoutesOptions = {}) {
  const readListQuery = parameterValidator<OpportunityQuery>('listVolunteerOpportunities');
  const readOpportunityParams = parameterValidator<OpportunityParams>('getVolunteerOpportunity');

  return new Hono()
    .get('/volunteer-opportunities', async (c) => c.json(await listOpportunities(db, readListQuery(c), now())))
    .get('/volunteer-opportunities/:id', async (c) => c.json(await getOpportunity(db, readOpportunityParams(c).id, now())))
    .route(
      '/',
      residentRecordRoutes<VolunteerSignupRequest, VolunteerSignupCreated>(db, {
        path: '/volunteer-signups',
        operations: { create: 'createVolunteerSignup', get: 'getVolunteerSignup', cancel: 'cancelVolunteerSignup' },
        missingReference: 'Het kenmerk van de aanmelding ontbreekt (zoals VW-7K3M-Q9PD).',
        decoy: decoySignup,
        create: createSignup,
        find: findSignup,
        cancel: cancelSignup,
        now,
        log,
      }),
    );
}
