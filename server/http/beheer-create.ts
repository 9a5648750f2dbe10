// The /v1/beheer POSTs that add a record (an activity, an organisation, a service, an
// invitation, a calendar feed). A
// coordinator on a bad connection presses "Opslaan" again when no answer came; with the
// form's Idempotency-Key that retry replays the first answer instead of adding the record
// twice ("Koffieochtend" and "koffieochtend-2"). Keys are scoped per account, so one
// person's key never replays another's answer. The record, its audit row and the stored
// answer are one transaction (idempotency.ts).
import type { Context } from 'hono';
import type { Queryable } from '../db/database.ts';
import { retryRaces } from '../db/retry.ts';
import type { IdempotencyStore } from './idempotency.ts';
import type { SessionEnv } from './session.ts';

export interface Created {
  /** Its path under /v1, for Location. */
  location: string;
  body: unknown;
  /** Its ETag, for a record that is edited with If-Match. */
  etag?: string;
}

/** Answers 201 with what `create` made inside the one transaction it is given. */
export function createdOnce(idempotency: IdempotencyStore, operationId: string, c: Context<SessionEnv>, create: (tx: Queryable) => Promise<Created>): Promise<Response> {
  const scope = `${operationId} ${c.get('session')!.account.id}`;
  return retryRaces(() =>
    idempotency.run(c, scope, async (tx) => {
      const { location, body, etag } = await create(tx);
      return { status: 201, body, headers: { Location: location, ...(etag ? { ETag: etag } : {}) } };
    }),
  );
}
