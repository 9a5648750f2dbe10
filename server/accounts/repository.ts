// SQL for accounts, sessions, failed logins and the audit log (migration 008). Times are
// passed in from the caller's clock, never now(), so expiry can be tested.
import type { Database, Queryable } from '../db/database.ts';
import type { Account, Role } from './shapes.ts';

interface AccountRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  organization_id: string | null;
  driver_id: string | null;
  disabled: boolean;
  created_at: Date | string;
  password_hash: string;
}

// A driver's account is linked from ride_drivers (migration 013): their id comes along.
const ACCOUNT_COLUMNS = `a.id, a.email, a.name, a.role, a.organization_id, a.disabled, a.created_at, a.password_hash,
  (select d.id::text from ride_drivers d where d.account_id = a.id) as driver_id`;

const toAccount = (row: AccountRow): Account & { passwordHash: string } => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  organizationId: row.organization_id,
  driverId: row.driver_id,
  disabled: row.disabled,
  createdAt: new Date(row.created_at).toISOString(),
  passwordHash: row.password_hash,
});

export async function findAccountByEmail(q: Queryable, email: string) {
  const { rows } = await q.query<AccountRow>(`select ${ACCOUNT_COLUMNS} from accounts a where lower(a.email) = lower($1)`, [email]);
  return rows[0] && toAccount(rows[0]);
}

export async function listAccounts(q: Queryable) {
  const { rows } = await q.query<AccountRow>(`select ${ACCOUNT_COLUMNS} from accounts a order by lower(a.email)`);
  return rows.map(toAccount);
}

export interface NewAccountRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string | null;
  passwordHash: string;
  createdAt: Date;
}

export async function insertAccount(q: Queryable, a: NewAccountRow): Promise<void> {
  await q.query(
    `insert into accounts (id, email, name, role, organization_id, password_hash, created_at)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [a.id, a.email, a.name, a.role, a.organizationId, a.passwordHash, a.createdAt],
  );
}

export async function organizationExists(q: Queryable, id: string): Promise<boolean> {
  return (await q.query('select 1 from organizations where id = $1', [id])).rows.length > 0;
}

export async function updateAccount(q: Queryable, id: string, change: { disabled?: boolean; passwordHash?: string }): Promise<void> {
  if (change.disabled !== undefined) await q.query('update accounts set disabled = $2 where id = $1', [id, change.disabled]);
  if (change.passwordHash !== undefined) await q.query('update accounts set password_hash = $2 where id = $1', [id, change.passwordHash]);
}

// --- sessions ------------------------------------------------------------------------

export interface SessionRow {
  id: string;
  accountId: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export async function insertSession(q: Queryable, s: SessionRow): Promise<void> {
  await q.query(
    `insert into sessions (id, account_id, csrf_token, created_at, last_seen_at, expires_at)
     values ($1, $2, $3, $4, $5, $6)`,
    [s.id, s.accountId, s.csrfToken, s.createdAt, s.lastSeenAt, s.expiresAt],
  );
}

/** The session with its account, when the session exists and the account is not disabled. */
export async function findSession(q: Queryable, id: string) {
  const { rows } = await q.query<AccountRow & { session_id: string; csrf_token: string; last_seen_at: Date | string; expires_at: Date | string }>(
    `select s.id as session_id, s.csrf_token, s.last_seen_at, s.expires_at, ${ACCOUNT_COLUMNS}
     from sessions s join accounts a on a.id = s.account_id
     where s.id = $1 and not a.disabled`,
    [id],
  );
  const row = rows[0];
  if (!row) return undefined;
  const { passwordHash: _, ...account } = toAccount(row);
  return {
    id: row.session_id,
    csrfToken: row.csrf_token,
    lastSeenAt: new Date(row.last_seen_at),
    expiresAt: new Date(row.expires_at),
    account,
  };
}

export async function touchSession(q: Queryable, id: string, at: Date): Promise<void> {
  await q.query('update sessions set last_seen_at = $2 where id = $1', [id, at]);
}

export async function deleteSession(q: Queryable, id: string): Promise<void> {
  await q.query('delete from sessions where id = $1', [id]);
}

export async function deleteSessionsOf(q: Queryable, accountId: string): Promise<void> {
  await q.query('delete from sessions where account_id = $1', [accountId]);
}

/** Removes sessions past their absolute end or idle for longer than idleMs. */
export async function deleteExpiredSessions(q: Queryable, now: Date, idleMs: number): Promise<void> {
  await q.query('delete from sessions where expires_at <= $1 or last_seen_at <= $2', [now, new Date(now.getTime() - idleMs)]);
}

// --- failed logins -------------------------------------------------------------------

export interface ThrottleKey {
  key: string;
  max: number;
}

/**
 * Counts one attempt under every key, unless some key already holds its maximum within
 * the window: then nothing is counted and the answer says when the oldest counted attempt
 * of a full key leaves the window. The keys are locked for the transaction (in one order,
 * so two attempts cannot deadlock), so parallel attempts are counted one after the other
 * on PostgreSQL too, and none can slip past a check made before another was counted.
 */
export async function countAttempt(db: Database, keys: ThrottleKey[], now: Date, windowMs: number): Promise<{ ids: string[] } | { retryAt: Date }> {
  const since = new Date(now.getTime() - windowMs);
  const sorted = [...keys].sort((a, b) => a.key.localeCompare(b.key));
  const names = sorted.map((k) => k.key);
  const maxima = sorted.map((k) => k.max);
  return db.transaction(async (tx) => {
    for (const key of names) await tx.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
    const { rows } = await tx.query<{ id: string }>(
      `insert into login_failures (key, failed_at)
       select k, $1 from unnest($3::text[]) k
       where not exists (
         select 1 from unnest($3::text[], $4::int[]) as lim(key, max)
         where (select count(*) from login_failures f where f.key = lim.key and f.failed_at > $2) >= lim.max)
       returning id`,
      [now, since, names, maxima],
    );
    if (rows.length) return { ids: rows.map((r) => String(r.id)) };
    const { rows: full } = await tx.query<{ oldest: Date | string }>(
      `select min(f.failed_at) as oldest from unnest($2::text[], $3::int[]) as lim(key, max)
       join lateral (select failed_at from login_failures f where f.key = lim.key and f.failed_at > $1
                     order by failed_at desc limit lim.max) f on true
       group by lim.key, lim.max having count(*) >= lim.max`,
      [since, names, maxima],
    );
    const oldest = full.map((r) => new Date(r.oldest).getTime());
    return { retryAt: new Date((oldest.length ? Math.max(...oldest) : now.getTime()) + windowMs) };
  });
}

/** A successful login: its own attempt is not a failure, and the account's slate is clean. */
export async function forgetAttempts(q: Queryable, ids: string[], key: string): Promise<void> {
  await q.query('delete from login_failures where id = any($1::bigint[]) or key = $2', [ids, key]);
}

export async function pruneAttempts(q: Queryable, before: Date): Promise<void> {
  await q.query('delete from login_failures where failed_at <= $1', [before]);
}

// --- audit log -----------------------------------------------------------------------

export interface AuditEntry {
  accountId: string;
  action: string;
  recordType: string;
  recordId: string;
  at: Date;
}

/** Records that an account saw or changed a record; routes that show personal data call it. */
export async function recordAudit(q: Queryable, e: AuditEntry): Promise<void> {
  await q.query('insert into audit_log (at, account_id, action, record_type, record_id) values ($1, $2, $3, $4, $5)', [
    e.at, e.accountId, e.action, e.recordType, e.recordId,
  ]);
}
