// The audit log (migration 008) as the AVG needs it: many rows in one insert (a list of
// messages shown is one statement, however long), and the rows about one person's records.
// A row holds the account, the action, the kind of record and its id or reference: never
// a name, an address or a phone number.
import type { Queryable } from '../db/database.ts';

export interface AuditRows {
  accountId: string;
  action: string;
  recordType: string;
  recordIds: string[];
  at: Date;
}

/** One row per record id, in one statement. */
export async function recordAuditRows(q: Queryable, { accountId, action, recordType, recordIds, at }: AuditRows): Promise<void> {
  if (!recordIds.length) return;
  await q.query(
    `insert into audit_log (at, account_id, action, record_type, record_id)
     select $1::timestamptz, $2::uuid, $3, $4, unnest($5::text[])`,
    [at.toISOString(), accountId, action, recordType, recordIds],
  );
}

export interface AuditView {
  at: Date | string;
  accountName: string;
  action: string;
  reference: string;
}

/**
 * Who saw or changed these sign-ups, and their messages, oldest first. A sign-up's row
 * names it by reference; a message's row by the message's id, given back as its sign-up's
 * reference.
 */
export async function auditOfSignups(
  q: Queryable,
  signups: { id: number; reference: string }[],
  messages: { id: number; signupReference: string | null }[],
  limit: number,
): Promise<AuditView[]> {
  if (!signups.length) return [];
  const ofMessage = new Map(messages.filter((m) => m.signupReference).map((m) => [String(m.id), m.signupReference!]));
  const { rows } = await q.query<{ at: Date | string; account_name: string; action: string; record_type: string; record_id: string }>(
    `select l.at, a.name as account_name, l.action, l.record_type, l.record_id
       from audit_log l join accounts a on a.id = l.account_id
      where (l.record_type = 'volunteer-signup' and l.record_id = any($1::text[]))
         or (l.record_type = 'message' and l.record_id = any($2::text[]))
      order by l.at, l.id limit $3`,
    [signups.map((s) => s.reference), [...ofMessage.keys()], limit],
  );
  return rows.map((r) => ({
    at: r.at,
    accountName: r.account_name,
    action: r.action,
    reference: r.record_type === 'message' ? ofMessage.get(r.record_id)! : r.record_id,
  }));
}

/**
 * Who saw or changed these ride requests, and their messages, oldest first: a request's
 * rows name it by reference, a message's by its id (given back as its request's reference).
 */
export async function auditOfRides(
  q: Queryable,
  rides: { reference: string }[],
  messages: { id: number; rideReference: string | null }[],
  limit: number,
): Promise<AuditView[]> {
  if (!rides.length) return [];
  const ofMessage = new Map(messages.filter((m) => m.rideReference).map((m) => [String(m.id), m.rideReference!]));
  const { rows } = await q.query<{ at: Date | string; account_name: string; action: string; record_type: string; record_id: string }>(
    `select l.at, a.name as account_name, l.action, l.record_type, l.record_id
       from audit_log l join accounts a on a.id = l.account_id
      where (l.record_type = 'ride-request' and l.record_id = any($1::text[]))
         or (l.record_type = 'message' and l.record_id = any($2::text[]))
      order by l.at, l.id limit $3`,
    [rides.map((r) => r.reference), [...ofMessage.keys()], limit],
  );
  return rows.map((r) => ({
    at: r.at,
    accountName: r.account_name,
    action: r.action,
    reference: r.record_type === 'message' ? ofMessage.get(r.record_id)! : r.record_id,
  }));
}
