-- Accounts of the people behind /beheer, their sessions, failed logins (for throttling)
-- and the audit log of who saw or changed personal data (docs/decisions/0010-accounts.md).

-- A coordinator sees the whole network; an organisation contact only their own
-- organisation. Accounts are disabled, never deleted, so the audit log keeps its "who".
create table accounts (
  id uuid primary key,
  -- stored as typed (trimmed); unique and found case-insensitively
  email text not null check (length(email) between 3 and 254),
  name text not null check (length(name) between 1 and 200),
  -- PHC string: $scrypt$ln=..,r=..,p=..$salt$hash (server/accounts/password.ts)
  password_hash text not null,
  role text not null check (role in ('coordinator', 'organization-contact')),
  organization_id text references organizations(id),
  created_at timestamptz not null,
  disabled boolean not null default false,
  check ((role = 'organization-contact') = (organization_id is not null))
);

create unique index accounts_email_unique on accounts (lower(email));

-- The cookie holds a random token; only its SHA-256 is stored, so a copy of the database
-- (a backup, a leak) cannot be used to log in.
create table sessions (
  id text primary key check (id ~ '^[0-9a-f]{64}$'),
  account_id uuid not null references accounts(id) on delete cascade,
  -- synchronizer token: sent back in X-CSRF-Token or a form field on every change
  csrf_token text not null,
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  -- the absolute end; the idle end is last_seen_at plus the idle time
  expires_at timestamptz not null
);

create index sessions_account on sessions (account_id);
create index sessions_expires on sessions (expires_at);

-- One row per failed login, per key: the SHA-256 of the typed e-mail address and of the
-- client's address, never the address itself. An attempt is counted before its password
-- is checked (and the count removed again when it succeeds), so a burst of parallel
-- guesses cannot slip past the limit. Rows older than the window are removed.
create table login_failures (
  id bigint generated always as identity primary key,
  key text not null check (key ~ '^(email|address):[0-9a-f]{64}$'),
  failed_at timestamptz not null
);

create index login_failures_key on login_failures (key, failed_at);

-- Written by every route that shows or changes personal data to an account.
create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null,
  account_id uuid not null references accounts(id),
  -- what was done: 'login', 'view', 'export', 'update', 'delete' …
  action text not null check (action ~ '^[a-z][a-z-]{0,39}$'),
  -- which record: its kind ('volunteer-signup', 'account' …) and id
  record_type text not null check (record_type ~ '^[a-z][a-z-]{0,39}$'),
  record_id text not null check (length(record_id) between 1 and 200)
);

create index audit_log_record on audit_log (record_type, record_id, at);
create index audit_log_account on audit_log (account_id, at);
