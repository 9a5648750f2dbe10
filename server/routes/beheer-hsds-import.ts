// Importing an HSDS 3.0 file into the sociale kaart behind /v1/beheer (issue 9; decision
// 0014). HTTP only: the plan, the checks, the transaction and the audit rows are in
// server/social-map/hsds-import.ts. Coordinators only: an import touches every
// organisation's services.
import { Hono, type Context } from 'hono';
import type { operations } from '../../contract/types.ts';
import type { Database } from '../db/database.ts';
import { requireRole, type SessionEnv } from '../http/session.ts';
import { parameterValidator, validatedBody } from '../http/validate.ts';
import { importHsds } from '../social-map/hsds-import.ts';

type ImportQuery = NonNullable<operations['beheerImportHsds']['parameters']['query']>;

export function beheerHsdsImportRoutes(db: Database, { now = () => new Date() }: { now?: () => Date } = {}) {
  const coordinator = requireRole('coordinator');
  const account = (c: Context<SessionEnv>) => c.get('session')!.account;
  const readQuery = parameterValidator<ImportQuery>('beheerImportHsds');

  return new Hono<SessionEnv>().post('/beheer/hsds-import', coordinator, async (c) =>
    c.json(await importHsds(db, account(c), validatedBody<Record<string, unknown>>(c), { dryRun: readQuery(c).dryRun ?? false, now: now() })),
  );
}
