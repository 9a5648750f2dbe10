// The sociale kaart behind /v1/beheer (issue 9): the services with their freshness,
// "Nog actueel", and editing and adding services. HTTP only; the rules, the audit rows and
// the transactions are in server/social-map/freshness.ts and editing.ts. loadSession (in app.ts) refuses changes from other
// sites; requireRole checks the session and, for a change, its CSRF token.
import { Hono, type Context } from 'hono';
import type { operations } from '../../contract/types.ts';
import type { Database } from '../db/database.ts';
import { createdOnce } from '../http/beheer-create.ts';
import { IdempotencyStore } from '../http/idempotency.ts';
import { requireRole, type SessionEnv } from '../http/session.ts';
import { parameterValidator, validatedBody } from '../http/validate.ts';
import { assureService, listBeheerServices, type BeheerServiceQuery } from '../social-map/freshness.ts';
import { createService, getService, serviceOptions, updateService, type ServiceInput } from '../social-map/editing.ts';

type AssurePath = operations['beheerAssureService']['parameters']['path'];
type IdPath = operations['beheerGetService']['parameters']['path'];

export function beheerServiceRoutes(db: Database, { now = () => new Date() }: { now?: () => Date } = {}) {
  const staff = requireRole('coordinator', 'organization-contact');
  const account = (c: Context<SessionEnv>) => c.get('session')!.account;
  const readList = parameterValidator<BeheerServiceQuery>('beheerListServices');
  const readAssure = parameterValidator<AssurePath>('beheerAssureService');
  const readGet = parameterValidator<IdPath>('beheerGetService');
  const readUpdate = parameterValidator<IdPath>('beheerUpdateService');
  const idempotency = new IdempotencyStore(db, { now: () => now().getTime() });

  return new Hono<SessionEnv>()
    .get('/beheer/services', staff, async (c) => c.json(await listBeheerServices(db, account(c), readList(c), now())))
    .post('/beheer/services/:id/assured', staff, async (c) => c.json(await assureService(db, account(c), readAssure(c).id, now())))
    .get('/beheer/service-options', staff, async (c) => c.json(await serviceOptions(db, account(c))))
    .post('/beheer/services', staff, (c) =>
      createdOnce(idempotency, 'beheerCreateService', c, async (tx) => {
        const { service, etag } = await createService(tx, account(c), validatedBody<ServiceInput>(c), now());
        return { location: `/v1/beheer/services/${service.id}`, body: service, etag };
      }),
    )
    .get('/beheer/services/:id', staff, async (c) => {
      const { service, etag } = await getService(db, account(c), readGet(c).id);
      c.header('ETag', etag);
      return c.json(service);
    })
    .put('/beheer/services/:id', staff, async (c) => {
      const { service, etag } = await updateService(db, account(c), readUpdate(c).id, validatedBody<ServiceInput>(c), c.req.header('if-match'), now());
      c.header('ETag', etag);
      return c.json(service);
    });
}
