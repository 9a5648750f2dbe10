// The organisations behind /v1/beheer and the audit log (issue 9). HTTP only; the rules,
// the audit rows and the transactions are in server/network/beheer-organizations.ts and
// server/privacy/audit-log.ts. loadSession (in app.ts) refuses changes from other sites;
// requireRole checks the session and, for a change, its CSRF token.
import { Hono, type Context } from 'hono';
import type { operations } from '../../contract/types.ts';
import type { Database } from '../db/database.ts';
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

  return new Hono<SessionEnv>()
    .get('/beheer/organizations', staff, async (c) => c.json(await listBeheerOrganizations(db, account(c), readList(c))))
    .post('/beheer/organizations', coordinator, async (c) => {
      const { organization, etag } = await createBeheerOrganization(db, account(c), validatedBody<OrganizationInput>(c), now());
      c.header('Location', `/v1/beheer/organizations/${organization.id}`);
      c.header('ETag', etag);
      return c.json(organization, 201);
    })
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
