// Volunteer work and signing up for it: HTTP only. The rules and the SQL are in
// server/volunteering/; each write runs in one transaction.
import { Hono, type Context } from 'hono';
import type { operations } from '../../contract/types.ts';
import type { Database } from '../db/database.ts';
import { IdempotencyStore } from '../http/idempotency.ts';
import { invalidParameter, ProblemError } from '../http/problem.ts';
import { decoyCode, honeypot } from '../http/spam-guard.ts';
import { parameterValidator, validatedBody } from '../http/validate.ts';
import type { Logger } from '../log.ts';
import { getOpportunity, listOpportunities, type OpportunityQuery } from '../volunteering/opportunities.ts';
import { cancelSignup, createSignup, findSignup, type VolunteerSignupCreated, type VolunteerSignupRequest } from '../volunteering/signups.ts';
import { bearerToken } from '../volunteering/secrets.ts';

type OpportunityParams = operations['getVolunteerOpportunity']['parameters']['path'];
type SignupParams = operations['getVolunteerSignup']['parameters']['path'];

export interface VolunteeringRoutesOptions {
  now?: () => Date;
  /** Where held-back spam is counted (the path only). */
  log?: Logger;
}

/** The secret token of the Authorization header; a missing or malformed header is bad input (no sign-up is looked up). */
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
  const idempotency = new IdempotencyStore(db, { now: () => now().getTime() });
  const readListQuery = parameterValidator<OpportunityQuery>('listVolunteerOpportunities');
  const readOpportunityParams = parameterValidator<OpportunityParams>('getVolunteerOpportunity');
  const readSignupParams = parameterValidator<SignupParams>('getVolunteerSignup');
  const readCancelParams = parameterValidator<SignupParams>('cancelVolunteerSignup');

  return new Hono()
    .get('/volunteer-opportunities', async (c) => c.json(await listOpportunities(db, readListQuery(c), now())))
    .get('/volunteer-opportunities/:id', async (c) => c.json(await getOpportunity(db, readOpportunityParams(c).id, now())))
    .post(
      '/volunteer-signups',
      honeypot<VolunteerSignupRequest>({
        field: 'homepage',
        log,
        decoy: (_c, body) => {
          const created = decoySignup(body, now());
          return { status: 201, body: created, headers: { ...PRIVATE, Location: `/v1/volunteer-signups/${created.reference}` } };
        },
      }),
      // A retry with the same Idempotency-Key gets the first answer again, never a second sign-up.
      (c) =>
        idempotency.run(c, 'createVolunteerSignup', async (tx) => {
          const created = await createSignup(tx, validatedBody<VolunteerSignupRequest>(c), now());
          return { status: 201, body: created, headers: { ...PRIVATE, Location: `/v1/volunteer-signups/${created.reference}` } };
        }),
    )
    // The personal link without its reference: say what is missing rather than 405. (A
    // middleware, not a route: it leaves the Allow header of /volunteer-signups as it is.)
    .use('/volunteer-signups/', async (c, next) => {
      if (c.req.method === 'GET' || c.req.method === 'DELETE') throw invalidParameter('reference', 'Het kenmerk van de aanmelding ontbreekt (zoals VW-7K3M-Q9PD).', 'path');
      await next();
    })
    .get('/volunteer-signups/:reference', async (c) => {
      const { reference } = readSignupParams(c);
      return c.json(await findSignup(db, reference, tokenOf(c)), 200, PRIVATE);
    })
    .delete('/volunteer-signups/:reference', async (c) => {
      const { reference } = readCancelParams(c);
      const token = tokenOf(c);
      return c.json(await db.transaction((tx) => cancelSignup(tx, reference, token, now())), 200, PRIVATE);
    });
}
