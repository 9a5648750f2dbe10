// GET /v1/beheer/messages: the outbox for the coordinator's "Berichten" page. HTTP only;
// the SQL is in server/messages/outbox.ts. Messages hold personal data, so every one shown
// is written to the audit log (`view`, record type `message`), in one insert per page.
import { Hono } from 'hono';
import type { operations } from '../../contract/types.ts';
import type { Database } from '../db/database.ts';
import { requireSession, type SessionEnv } from '../http/session.ts';
import { parameterValidator } from '../http/validate.ts';
import { listOutbox, OUTBOX_PAGE_MAX } from '../messages/outbox.ts';
import { recordAuditRows } from '../privacy/audit.ts';
import { toBeheerMessage } from '../privacy/shapes.ts';
import { networkRow } from '../volunteering/repository.ts';

type Query = NonNullable<operations['beheerListMessages']['parameters']['query']>;

export interface BeheerMessageOptions {
  /** `smtp` when SMTP_URL is set; `kept` when messages are only kept (the default of `npm start`). */
  delivery: 'smtp' | 'kept';
  now?: () => Date;
}

export function beheerMessageRoutes(db: Database, { delivery, now = () => new Date() }: BeheerMessageOptions) {
  const readQuery = parameterValidator<Query>('beheerListMessages');
  return new Hono<SessionEnv>().get('/beheer/messages', requireSession(), async (c) => {
    const { state, limit: asked = 100, offset = 0 } = readQuery(c);
    const { account } = c.get('session')!;
    const limit = Math.min(asked, OUTBOX_PAGE_MAX);
    const page = await db.transaction(async (tx) => {
      const zone = (await networkRow(tx)).timezone;
      const { items, total } = await listOutbox(tx, {
        limit,
        offset,
        ...(state ? { state } : {}),
        // A coordinator sees the whole network; a contact only their own organisation's.
        ...(account.role === 'coordinator' ? {} : { organizationId: account.organizationId! }),
      });
      await recordAuditRows(tx, { accountId: account.id, action: 'view', recordType: 'message', recordIds: items.map((m) => String(m.id)), at: now() });
      return { items: items.map((m) => toBeheerMessage(m, zone)), total };
    });
    const next = offset + page.items.length < page.total ? { next: offset + page.items.length } : {};
    return c.json({ total: page.total, offset, limit, ...next, delivery, items: page.items });
  });
}
