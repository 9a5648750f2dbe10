// What a resident sends without an account (a volunteer sign-up, a ride request) has the same
// three routes: create it (honeypot first, then Idempotency-Key, in one transaction), and
// see or cancel it with its reference and the secret token of the personal link. The rules
// differ; the HTTP around them is this one piece (decision 0009).
import { Hono, type Context } from 'hono';
import type { Database, Queryable } from '../db/database.ts';
import type { Logger } from '../log.ts';
import { bearerToken } from '../volunteering/secrets.ts';
import { IdempotencyStore } from './idempotency.ts';
import { invalidParameter, ProblemError } from './problem.ts';
import { honeypot } from './spam-guard.ts';
import { parameterValidator, validatedBody } from './validate.ts';

// Personal data: never stored by a browser or proxy cache.
export const PRIVATE = { 'Cache-Control': 'no-store' };

export interface ResidentRecordRoutes<Request extends object, Created extends { reference: string }> {
  /** The collection's path under /v1, e.g. '/ride-requests'. */
  path: string;
  operations: { create: string; get: string; cancel: string };
  /** Said when the reference is missing from the path ('… ontbreekt (zoals RT-7K3M-Q9PD).'). */
  missingReference: string;
  /** What a robot that filled in the honeypot `homepage` is told: shaped like a real answer, nothing stored. */
  decoy: (body: Request, now: Date) => Created;
  create: (tx: Queryable, body: Request, now: Date) => Promise<Created>;
  find: (db: Database, reference: string, token: string, now: Date) => Promise<unknown>;
  cancel: (tx: Queryable, reference: string, token: string, now: Date) => Promise<unknown>;
  now: () => Date;
  /** Where held-back spam is counted (the path only). */
  log?: Logger;
}

/** The secret token of the Authorization header; a missing or malformed header is bad input (nothing is looked up). */
function tokenOf(c: Context): string {
  const token = bearerToken(c.req.header('authorization'));
  if (!token) {
    const detail = 'Stuur de code uit uw persoonlijke link mee als Authorization: Bearer <code>.';
    throw new ProblemError('invalid-parameters', detail, [{ name: 'Authorization', in: 'header', detail }]);
  }
  return token;
}

export function residentRecordRoutes<Request extends object, Created extends { reference: string }>(
  db: Database,
  spec: ResidentRecordRoutes<Request, Created>,
) {
  const { path, now } = spec;
  const idempotency = new IdempotencyStore(db, { now: () => now().getTime() });
  const readGet = parameterValidator<{ reference: string }>(spec.operations.get);
  const readCancel = parameterValidator<{ reference: string }>(spec.operations.cancel);
  const answer = (created: Created) => ({ status: 201, body: created, headers: { ...PRIVATE, Location: `/v1${path}/${created.reference}` } });

  return (
    new Hono()
      .post(
        path,
        honeypot<Request>({ field: 'homepage', log: spec.log, decoy: (_c, body) => answer(spec.decoy(body, now())) }),
        // A retry with the same Idempotency-Key gets the first answer again, never a second record.
        (c) => idempotency.run(c, spec.operations.create, async (tx) => answer(await spec.create(tx, validatedBody<Request>(c), now()))),
      )
      // The personal link without its reference: say what is missing rather than 405. (A
      // middleware, not a route: it leaves the Allow header of the collection as it is.)
      .use(`${path}/`, async (c, next) => {
        if (c.req.method === 'GET' || c.req.method === 'DELETE') throw invalidParameter('reference', spec.missingReference, 'path');
        await next();
      })
      .get(`${path}/:reference`, async (c) => c.json(await spec.find(db, readGet(c).reference, tokenOf(c), now()), 200, PRIVATE))
      .delete(`${path}/:reference`, async (c) => {
        const { reference } = readCancel(c);
        const token = tokenOf(c);
        return c.json(await db.transaction((tx) => spec.cancel(tx, reference, token, now())), 200, PRIVATE);
      })
  );
}
