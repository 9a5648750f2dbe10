// The sociale kaart behind /v1/beheer (issue 9): the services with their freshness, and
// "Nog actueel". HTTP only; the rules, the audit row and the transaction are in
// server/social-map/freshness.ts. loadSession (in app.ts) refuses changes from other
// sites; requireRole checks the session and, for a change, its CSRF token.
import { Hono, type Context } from 'hono';
import type { operations } from '../../contract/types.ts';
import type { Database } from '../db/database.ts';
import { requireRole, type SessionEnv } from '../http/session.ts';
import { parameterValidator } from '../http/validate.ts';
import { assureService, listBeheerServices, type BeheerServiceQuery } from '../social-map/freshness.ts';

type AssurePath = operations['beheerAssureService']['parameters']['path'];

export function beheerServiceRoutes(db: Database, { now = () => new Date() }: { now?: () => Date } = {}) {
  const staff = requireRole('coordinator', 'organization-contact');
  const account = (c: Context<SessionEnv>) => c.get('session')!.account;
  const readList = parameterValidator<BeheerServiceQuery>('beheerListServices');
  const readAssure = parameterValidator<AssurePath>('beheerAssureService');

  return new Hono<SessionEnv>()
    .get('/beheer/services', staff, async (c) => c.json(await listBeheerServices(db, account(c), readList(c), now())))
    .post('/beheer/services/:id/assured', staff, async (c) => c.json(await assureService(db, account(c), readAssure(c).id, now())));
}
