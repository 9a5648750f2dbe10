// GET /v1/network and GET /v1/organizations: HTTP only, the data comes from server/network/.
import { Hono } from 'hono';
import type { operations } from '../../contract/types.ts';
import type { Queryable } from '../db/database.ts';
import { parameterValidator } from '../http/validate.ts';
import { listOrganizations, loadNetwork } from '../network/repository.ts';

type OrganizationQuery = NonNullable<operations['listOrganizations']['parameters']['query']>;

export function networkRoutes(db: Queryable) {
  const readOrganizationQuery = parameterValidator<OrganizationQuery>('listOrganizations');

  return new Hono()
    .get('/network', async (c) => c.json(await loadNetwork(db)))
    .get('/organizations', async (c) => {
      const { kind, village, limit = 100, offset = 0 } = readOrganizationQuery(c);
      return c.json(await listOrganizations(db, { kind, village, limit, offset }));
    });
}
