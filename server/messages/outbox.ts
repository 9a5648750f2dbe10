// The outbox's SQL for delivering messages and for the coordinator's "Berichten" page.
// Messages are written by the features (server/volunteering/messages.ts) in their own
// transaction; here they are claimed, marked sent or failed, and listed.
import type { Queryable } from '../db/database.ts';
import type { RideMessageKind } from '../rides/messages.ts';

export type OutboxKind =
  | 'signup-confirmation'
  | 'signup-notice'
  | 'waitlist-moved-up'
  | 'shift-reminder'
  | 'organization-confirmed'
  | 'organization-cancelled'
  | 'shift-time-changed'
  | 'account-invitation'
  | RideMessageKind;

/** A message claimed for sending. */
export interface ClaimedMessage {
  id: number;
  recipient: string;
  subject: string;
  body: string;
  messageId: string;
  /** Sending attempts begun before this claim (see beginAttempt). */
  attempts: number;
}

/**
 * Claims up to `limit` messages that are due, oldest first, until `leaseUntil`. Rows
 * another worker holds are skipped, not waited for (`skip locked`), and a row whose
 * lease has run out (its worker died) is due again: two workers never hold one message.
 * A due row with `maxAttempts` attempts begun was never marked after its last one
 * (sending it stopped the process, every time): it is given up, not claimed again.
 */
export async function claimMessages(db: Queryable, now: Date, leaseUntil: Date, limit: number, maxAttempts: number): Promise<ClaimedMessage[]> {
  // Most ticks find nothing: a read first, so an idle worker writes nothing (on PGlite a
  // write also makes the agenda check its data version again).
  // A 'phone' message is a "bellen" task for the coordinator: never sent, only marked done.
  const due = `sent_at is null and failed_at is null and channel = 'email'
           and (claimed_until is null or claimed_until <= $1::timestamptz)
           and (next_attempt_at is null or next_attempt_at <= $1::timestamptz)`;
  if (!(await db.query(`select 1 from outbox where ${due} limit 1`, [now.toISOString()])).rows.length) return [];
  await db.query(
    `update outbox set failed_at = $1::timestamptz, claimed_until = null, last_error = $3
      where ${due} and attempts >= $2`,
    [now.toISOString(), maxAttempts, `Het versturen is ${maxAttempts} keer afgebroken voordat het klaar was (het proces stopte).`],
  );
  const { rows } = await db.query<{ id: string | number; recipient: string; subject: string; body: string; message_id: string; attempts: number }>(
    `update outbox o set claimed_until = $2::timestamptz
      where o.id in (
        select id from outbox
         where ${due} and attempts < $4
         order by created_at, id
         limit $3
         for update skip locked)
      returning o.id, o.recipient, o.subject, o.body, o.message_id, o.attempts`,
    [now.toISOString(), leaseUntil.toISOString(), limit, maxAttempts],
  );
  return rows
    .map((r) => ({ id: Number(r.id), recipient: r.recipient, subject: r.subject, body: r.body, messageId: r.message_id, attempts: r.attempts }))
    .sort((a, b) => a.id - b.id);
}

/**
 * Counts one attempt, right before it is sent: attempts count sends begun, not claims, so
 * a message that stops the process uses up its own attempts and not those of the messages
 * claimed with it. (Migration 009 says "claims": this is the same count for every message
 * that was tried, and leaves out those that never got their turn.) Returns the count.
 */
export async function beginAttempt(db: Queryable, id: number): Promise<number> {
  const { rows } = await db.query<{ attempts: number }>('update outbox set attempts = attempts + 1 where id = $1 returning attempts', [id]);
  return rows[0]!.attempts;
}

export async function markSent(db: Queryable, id: number, at: Date): Promise<void> {
  await db.query('update outbox set sent_at = $2::timestamptz, claimed_until = null, last_error = null where id = $1 and sent_at is null', [id, at.toISOString()]);
}

/** Hands claimed messages back untried (the worker stops). */
export async function releaseMessages(db: Queryable, ids: number[]): Promise<void> {
  if (!ids.length) return;
  await db.query('update outbox set claimed_until = null where id = any($1::bigint[]) and sent_at is null', [ids]);
}

/** A failed attempt: tried again from `retryAt`, or given up (`givenUp`), keeping the error. */
export async function markFailed(db: Queryable, id: number, error: string, retryAt: Date, givenUp: boolean, now: Date): Promise<void> {
  await db.query(
    `update outbox set claimed_until = null, last_error = $2, next_attempt_at = $3::timestamptz, failed_at = case when $4 then $5::timestamptz end
      where id = $1 and sent_at is null`,
    [id, error, retryAt.toISOString(), givenUp, now.toISOString()],
  );
}

export interface OutboxEntry {
  id: number;
  kind: OutboxKind;
  signupId: number | null;
  /** The reference of the sign-up it is about; null when it is about none (or that was deleted). */
  signupReference: string | null;
  /** The reference of the ride request it is about; null when it is about none. */
  rideReference: string | null;
  /** 'phone': a "bellen" task for the coordinator, never sent by the worker. */
  channel: 'email' | 'phone';
  recipient: string;
  subject: string;
  body: string;
  messageId: string;
  createdAt: string;
  sentAt: string | null;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  failedAt: string | null;
}

/** `waiting`: not sent and not given up; `sent`; `failed`: given up after too many attempts. */
export type OutboxState = 'waiting' | 'sent' | 'failed';

export const outboxState = (m: Pick<OutboxEntry, 'sentAt' | 'failedAt'>): OutboxState => (m.sentAt ? 'sent' : m.failedAt ? 'failed' : 'waiting');

export interface OutboxFilter {
  limit: number;
  offset: number;
  state?: OutboxState;
  /**
   * Only messages about sign-ups for this organisation's opportunities (an organisation
   * contact's view: never a message about a ride).
   */
  organizationId?: string;
}

/** A page holds at most this many messages, whatever is asked: each is a whole e-mail. */
export const OUTBOX_PAGE_MAX = 100;

const STATE_SQL: Record<OutboxState, string> = {
  waiting: 'm.sent_at is null and m.failed_at is null',
  sent: 'm.sent_at is not null',
  failed: 'm.sent_at is null and m.failed_at is not null',
};

const ENTRY_COLUMNS = `m.id, m.kind, m.signup_id, s.reference, rr.reference as ride_reference, m.channel, m.recipient, m.subject, m.body,
  m.message_id, m.created_at, m.sent_at, m.attempts, m.last_error, m.next_attempt_at, m.failed_at`;
const ENTRY_FROM = 'outbox m left join volunteer_signups s on s.id = m.signup_id left join ride_requests rr on rr.id = m.ride_request_id';

/** One message by its number (for marking a "bellen" task done); `forUpdate` locks it. */
export async function outboxEntry(db: Queryable, id: string, forUpdate = false): Promise<OutboxEntry | undefined> {
  const { rows } = await db.query<Record<string, unknown>>(`select ${ENTRY_COLUMNS} from ${ENTRY_FROM} where m.id = $1::bigint${forUpdate ? ' for update of m' : ''}`, [id]);
  return rows[0] && toEntry(rows[0]);
}

/** A "bellen" task done: marked as sent, once. */
export async function markCallDone(db: Queryable, id: number, at: Date): Promise<void> {
  await db.query(`update outbox set sent_at = $2::timestamptz where id = $1 and channel = 'phone' and sent_at is null`, [id, at.toISOString()]);
}

/** One page of the outbox, newest first, and the total: for the "Berichten" page. */
export async function listOutbox(db: Queryable, { limit, offset, state, organizationId }: OutboxFilter): Promise<{ items: OutboxEntry[]; total: number }> {
  const conditions = [state ? STATE_SQL[state] : 'true'];
  const params: unknown[] = [];
  if (organizationId !== undefined) {
    params.push(organizationId);
    conditions.push(`exists (select 1 from volunteer_opportunities o where o.id = s.opportunity_id and o.organization_id = $${params.length})`);
  }
  const from = `from ${ENTRY_FROM} where ${conditions.join(' and ')}`;
  const [{ total }] = (await db.query<{ total: number }>(`select count(*)::int as total ${from}`, params)).rows as [{ total: number }];
  const { rows } = await db.query<Record<string, unknown>>(
    `select ${ENTRY_COLUMNS}
       ${from} order by m.created_at desc, m.id desc limit $${params.length + 1} offset $${params.length + 2}`,
    [...params, Math.min(Math.max(limit, 0), OUTBOX_PAGE_MAX), Math.max(offset, 0)],
  );
  return { items: rows.map(toEntry), total };
}

/** The messages about these sign-ups and ride requests, and those to this address about no sign-up; oldest first. */
export async function outboxOfPerson(db: Queryable, signupIds: number[], email: string | undefined, limit: number, rideRequestIds: string[] = []): Promise<OutboxEntry[]> {
  const { rows } = await db.query<Record<string, unknown>>(
    `select ${ENTRY_COLUMNS} from ${ENTRY_FROM}
      where m.signup_id = any($1::bigint[]) or m.ride_request_id = any($4::bigint[])
         or (m.signup_id is null and $2::text is not null and lower(m.recipient) = lower($2))
      order by m.created_at, m.id limit $3`,
    [signupIds, email ?? null, limit, rideRequestIds],
  );
  return rows.map(toEntry);
}

const time = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());

function toEntry(r: Record<string, unknown>): OutboxEntry {
  return {
    id: Number(r.id),
    kind: r.kind as OutboxKind,
    signupId: r.signup_id == null ? null : Number(r.signup_id),
    signupReference: (r.reference as string | null) ?? null,
    rideReference: (r.ride_reference as string | null) ?? null,
    channel: (r.channel as 'email' | 'phone') ?? 'email',
    recipient: r.recipient as string,
    subject: r.subject as string,
    body: r.body as string,
    messageId: r.message_id as string,
    createdAt: time(r.created_at)!,
    sentAt: time(r.sent_at),
    attempts: r.attempts as number,
    lastError: (r.last_error as string | null) ?? null,
    nextAttemptAt: time(r.next_attempt_at),
    failedAt: time(r.failed_at),
  };
}
