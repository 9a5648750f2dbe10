// "Mensen" behind /v1/beheer (issue 9): the accounts, blocking one, and the invitations
// (list, invite, withdraw). Coordinators only. HTTP only; the rules, transactions and audit
// rows are in server/accounts/people.ts and invitations.ts.
import { Hono, type Context } from 'hono';
import type { operations } from '../../contract/types.ts';
import { INVITATION_DAYS } from '../config.ts';
import type { Database } from '../db/database.ts';
import { createdOnce } from '../http/beheer-create.ts';
import { IdempotencyStore } from '../http/idempotency.ts';
import { invite, listInvitations, withdrawInvitation, type InvitationRequest } from '../accounts/invitations.ts';
import { listPeople, setDisabled } from '../accounts/people.ts';
import { requireRole, type SessionEnv } from '../http/session.ts';
import { parameterValidator, validatedBody } from '../http/validate.ts';

type DisabledPath = operations['beheerSetAccountDisabled']['parameters']['path'];
type WithdrawPath = operations['beheerWithdrawInvitation']['parameters']['path'];

/**
 * The public origin for the link in an invitation: the coordinator's page's (a change comes
 * from this server's own pages, loadSession checked that), else the request's.
 */
function publicOrigin(c: Context): string {
  const origin = c.req.header('origin');
  if (origin) {
    try {
      const url = new URL(origin);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.host === (c.req.header('host') ?? new URL(c.req.url).host)) return url.origin;
    } catch {}
  }
  return new URL(c.req.url).origin;
}

export interface BeheerAccountOptions {
  now?: () => Date;
  /** Days a new invitation's link works (INVITATION_DAYS). */
  invitationDays?: number;
  /** `smtp` when SMTP_URL is set; `kept`: the invitation's e-mail is only kept, never sent. */
  delivery?: 'smtp' | 'kept';
}

export function beheerAccountRoutes(db: Database, { now = () => new Date(), invitationDays = INVITATION_DAYS, delivery = 'kept' }: BeheerAccountOptions = {}) {
  const coordinator = requireRole('coordinator');
  const account = (c: Context<SessionEnv>) => c.get('session')!.account;
  const readDisabled = parameterValidator<DisabledPath>('beheerSetAccountDisabled');
  const readWithdraw = parameterValidator<WithdrawPath>('beheerWithdrawInvitation');
  const idempotency = new IdempotencyStore(db, { now: () => now().getTime() });

  return new Hono<SessionEnv>()
    .get('/beheer/accounts', coordinator, async (c) => c.json({ items: await listPeople(db, account(c), now()) }))
    .put('/beheer/accounts/:id/disabled', coordinator, async (c) =>
      c.json(await setDisabled(db, account(c), readDisabled(c).id, validatedBody<{ disabled: boolean }>(c).disabled, now())),
    )
    .get('/beheer/invitations', coordinator, async (c) => c.json({ items: await listInvitations(db, now()), validDays: invitationDays, delivery }))
    .post('/beheer/invitations', coordinator, (c) =>
      // The invitation, its e-mail in the outbox and the stored answer are one transaction:
      // a retry with the same key replays the same link and queues no second e-mail.
      createdOnce(idempotency, 'beheerInvite', c, async (tx) => {
        const created = await invite(tx, account(c), validatedBody<InvitationRequest>(c), { now: now(), days: invitationDays, origin: publicOrigin(c) });
        return { location: `/v1/beheer/invitations/${created.invitation.id}`, body: { ...created, delivery } };
      }),
    )
    .delete('/beheer/invitations/:id', coordinator, async (c) => {
      await withdrawInvitation(db, account(c), readWithdraw(c).id, now());
      return c.body(null, 204);
    });
}
