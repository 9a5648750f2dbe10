// GET /v1/beheer/messages: the outbox for the coordinator's "Berichten" page, and POST
// /v1/beheer/messages/{id}/done for a "bellen" task done. HTTP only; the SQL is in
// server/messages/outbox.ts. Messages hold personal data, so every one shown is written to
// the audit log (`view`, record type `message`), in one insert per page.
import { Hono } from 'hono';
import type { operations } from '../../contract/types.ts';
import type { Database } from '../db/database.ts';
import { recordAudit } from '../accounts/repository.ts';
import { ProblemError } from '../http/problem.ts';
import { requireRole, type SessionEnv } from '../http/session.ts';
import { parameterValidator } from '../http/validate.ts';
import { listOutbox, markCallDone, outboxEntry, OUTBOX_PAGE_MAX } from '../messages/outbox.ts';
import { recordAuditRows } from '../privacy/audit.ts';
import { toBeheerMessage } from '../privacy/shapes.ts';
import { networkRow } from '../volunteering/repository.ts';

type Query = NonNullable<operations['beheerListMessages']['parameters']['query']>;
type DonePath = operations['beheerMarkCallDone']['parameters']['path'];

export interface BeheerMessageOptions {
  /** `smtp` when SMTP_URL is set; `kept` when messages are only kept (the default of `npm start`). */
  delivery: 'smtp' | 'kept';
  now?: () => Date;
}

export function beheerMessageRoutes(db: Database, { delivery, now = () => new Date() }: BeheerMessageOptions) {
  const readQuery = parameterValidator<Query>('beheerListMessages');
  const readDone = parameterValidator<DonePath>('beheerMarkCallDone');
  return new Hono<SessionEnv>()
    .get('/beheer/messages', requireRole('coordinator', 'organization-contact'), async (c) => {
      const { state, limit: asked = 100, offset = 0 } = readQuery(c);
      const { account } = c.get('session')!;
      const limit = Math.min(asked, OUTBOX_PAGE_MAX);
      const page = await db.transaction(async (tx) => {
        const zone = (await networkRow(tx)).timezone;
        const { items, total } = await listOutbox(tx, {
          limit,
          offset,
          ...(state ? { state } : {}),
          // A coordinator sees the whole network; a contact only their own organisation's (never a ride's).
          ...(account.role === 'coordinator' ? {} : { organizationId: account.organizationId! }),
        });
        await recordAuditRows(tx, { accountId: account.id, action: 'view', recordType: 'message', recordIds: items.map((m) => String(m.id)), at: now() });
        return { items: items.map((m) => toBeheerMessage(m, zone)), total };
      });
      const next = offset + page.items.length < page.total ? { next: offset + page.items.length } : {};
      return c.json({ total: page.total, offset, limit, ...next, delivery, items: page.items });
    })
    // "Gebeld": the coordinator phoned someone without e-mail. Only coordinators have such tasks.
    .post('/beheer/messages/:id/done', requireRole('coordinator'), async (c) => {
      const { id } = readDone(c);
      const { account } = c.get('session')!;
      const at = now();
      return c.json(
        await db.transaction(async (tx) => {
          const found = await outboxEntry(tx, id, true);
          if (!found) throw new ProblemError('not-found', `Er is geen bericht met nummer ${id}.`);
          if (found.channel !== 'phone') throw new ProblemError('conflict', 'Dit is een e-mail, geen belopdracht. Een e-mail wordt vanzelf verstuurd.');
          if (!found.sentAt) await markCallDone(tx, found.id, at);
          await recordAudit(tx, { accountId: account.id, action: found.sentAt ? 'view' : 'done', recordType: 'message', recordId: String(found.id), at });
          return toBeheerMessage((await outboxEntry(tx, id))!, (await networkRow(tx)).timezone);
        }),
      );
    });
}
