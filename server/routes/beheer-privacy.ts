// POST /v1/beheer/people/export and /erase: the AVG requests, for coordinators only. HTTP
// only; the work is done in server/privacy/. The person is named in the body, never in the
// URL, so they stay out of the request log.
import { Hono } from 'hono';
import type { Database } from '../db/database.ts';
import { requireRole, type SessionEnv } from '../http/session.ts';
import { validatedBody } from '../http/validate.ts';
import { erasePerson } from '../privacy/erase.ts';
import { exportPerson } from '../privacy/export.ts';
import type { PersonQuery } from '../privacy/person.ts';

export function beheerPrivacyRoutes(db: Database, { now = () => new Date() }: { now?: () => Date } = {}) {
  return new Hono<SessionEnv>()
    .post('/beheer/people/export', requireRole('coordinator'), async (c) =>
      c.json(await exportPerson(db, validatedBody<PersonQuery>(c), c.get('session')!.account.id, now())),
    )
    .post('/beheer/people/erase', requireRole('coordinator'), async (c) => {
      const query = validatedBody<PersonQuery>(c);
      const accountId = c.get('session')!.account.id;
      return c.json(await db.transaction((tx) => erasePerson(tx, query, accountId, now())));
    });
}
