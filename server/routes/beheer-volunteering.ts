// The coordinator's side of volunteering, behind /v1/beheer: HTTP only. The rules, the
// audit rows and the transactions are in server/volunteering/beheer.ts. loadSession (in
// app.ts) refuses changes from other sites; requireRole checks the session and, for a
// change, its CSRF token.
import { Hono, type Context } from 'hono';
import type { components, operations } from '../../contract/types.ts';
import type { Database } from '../db/database.ts';
import { requireRole, type SessionEnv } from '../http/session.ts';
import { parameterValidator, validatedBody } from '../http/validate.ts';
import {
  cancelSignupFor,
  clearVog,
  confirmSignup,
  getBeheerSignup,
  listBeheerOpportunities,
  listBeheerSignups,
  moveUpSignup,
  recordVog,
  type BeheerOpportunityQuery,
  type BeheerSignupQuery,
} from '../volunteering/beheer.ts';

type OpportunityPath = operations['beheerListSignups']['parameters']['path'];
type SignupPath = operations['beheerGetSignup']['parameters']['path'];
type VogRequest = components['schemas']['BeheerVogRequest'];

export function beheerVolunteeringRoutes(db: Database, { now = () => new Date() }: { now?: () => Date } = {}) {
  const staff = requireRole('coordinator', 'organization-contact');
  const account = (c: Context<SessionEnv>) => c.get('session')!.account;
  const readOpportunities = parameterValidator<BeheerOpportunityQuery>('beheerListOpportunities');
  const readSignupsQuery = parameterValidator<BeheerSignupQuery>('beheerListSignups');
  const readOpportunityPath = parameterValidator<OpportunityPath>('beheerListSignups');
  const reference = (operationId: string) => {
    const read = parameterValidator<SignupPath>(operationId);
    return (c: Context) => read(c).reference;
  };
  const referenceOf = {
    get: reference('beheerGetSignup'),
    confirm: reference('beheerConfirmSignup'),
    moveUp: reference('beheerMoveUpSignup'),
    cancel: reference('beheerCancelSignup'),
    vog: reference('beheerRecordVog'),
    clearVog: reference('beheerClearVog'),
  };

  return new Hono<SessionEnv>()
    .get('/beheer/volunteer-opportunities', staff, async (c) => c.json(await listBeheerOpportunities(db, account(c), readOpportunities(c), now())))
    .get('/beheer/volunteer-opportunities/:id/signups', staff, async (c) =>
      c.json(await listBeheerSignups(db, account(c), readOpportunityPath(c).id, readSignupsQuery(c), now())),
    )
    .get('/beheer/volunteer-signups/:reference', staff, async (c) => c.json(await getBeheerSignup(db, account(c), referenceOf.get(c), now())))
    .post('/beheer/volunteer-signups/:reference/confirm', staff, async (c) => c.json(await confirmSignup(db, account(c), referenceOf.confirm(c), now())))
    .post('/beheer/volunteer-signups/:reference/move-up', staff, async (c) => c.json(await moveUpSignup(db, account(c), referenceOf.moveUp(c), now())))
    .post('/beheer/volunteer-signups/:reference/cancel', staff, async (c) => c.json(await cancelSignupFor(db, account(c), referenceOf.cancel(c), now())))
    .put('/beheer/volunteer-signups/:reference/vog', staff, async (c) =>
      c.json(await recordVog(db, account(c), referenceOf.vog(c), validatedBody<VogRequest>(c).receivedOn, now())),
    )
    .delete('/beheer/volunteer-signups/:reference/vog', staff, async (c) => c.json(await clearVog(db, account(c), referenceOf.clearVog(c), now())));
}
