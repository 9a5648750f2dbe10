// The organisations behind /v1/beheer and the audit log (issue 9). HTTP only; the rules,
// the audit rows and the transactions are in server/network/beheer-organizations.ts and
// server/privacy/audit-log.ts. loadSession (in app.ts) refuses changes from other sites;
// requireRole checks the session and, for a change, its CSRF token.
import { Hono, type Context } from 'hono';
import type { operations } from '../../contract/types.ts';
import type { Database } from '../db/database.ts';
import { createdOnce } from '../http/beheer-create.ts';
import { IdempotencyStore } from '../http/idempotency.ts';
import { requireRole, type SessionEnv } from '../http/session.ts';
import { parameterValidator, validatedBody } from '../http/validate.ts';
import {
  createBeheerOrganization,
  getBeheerOrganization,
  listBeheerOrganizations,
  updateBeheerOrganization,
  type OrganizationInput,
} from '../network/beheer-organizations.ts';
import { readAuditLog, type AuditQuery } from '../privacy/audit-log.ts';

type ListQuery = NonNullable<operations['beheerListOrganizations']['parameters']['query']>;
type IdPath = operations['beheerGetOrganization']['parameters']['path'];

export function beheerOrganizationRoutes(db: Database, { now = () => new Date() }: { now?: () => Date } = {}) {
  const staff = requireRole('coordinator', 'organization-contact');
  const coordinator = requireRole('coordinator');
  const account = (c: Context<SessionEnv>) => c.get('session')!.account;
  const readList = parameterValidator<ListQuery>('beheerListOrganizations');
  const readGet = parameterValidator<IdPath>('beheerGetOrganization');
  const readPut = parameterValidator<IdPath>('beheerUpdateOrganization');
  const readLog = parameterValidator<AuditQuery>('beheerAuditLog');
  const idempotency = new IdempotencyStore(db, { now: () => now().getTime() });

  return new Hono<SessionEnv>()
    .get('/beheer/organizations', staff, async (c) => c.json(await listBeheerOrganizations(db, account(c), readList(c))))
    .post('/beheer/organizations', coordinator, (c) =>
      createdOnce(idempotency, 'beheerCreateOrganization', c, async (tx) => {
        const { organization, etag } = await createBeheerOrganization(tx, account(c), validatedBody<OrganizationInput>(c), now());
        return { location: `/v1/beheer/organizations/${organization.id}`, body: organization, etag };
      }),
    )
    .get('/beheer/organizations/:id', staff, async (c) => {
      const { organization, etag } = await getBeheerOrganization(db, account(c), readGet(c).id);
      c.header('ETag', etag);
      return c.json(organization);
    })
    .put('/beheer/organizations/:id', staff, async (c) => {
      const { organization, etag } = await updateBeheerOrganization(db, account(c), readPut(c).id, validatedBody<OrganizationInput>(c), c.req.header('if-match'), now());
      c.header('ETag', etag);
      return c.json(organization);
    })
    .get('/beheer/audit-log', coordinator, async (c) => c.json(await readAuditLog(db, readLog(c))));
}
