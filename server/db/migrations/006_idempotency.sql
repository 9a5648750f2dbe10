-- Idempotency-Key (docs/decisions/0009-write-conventions.md): one row per key and operation,
-- written by server/http/idempotency.ts. A row is 'running' while its first request is being
-- handled (claimed in its own short statement, so a second request with the key gets 409),
-- and 'done' with the stored answer once the write committed, in the write's own transaction.
-- One database (schema) per network, so keys are per network as well.
create table idempotency_keys (
  -- the operation, e.g. 'createVolunteerSignup': the same key may be used on another one
  scope text not null check (length(scope) between 1 and 100),
  key text not null check (length(key) between 1 and 255),
  -- SHA-256 (hex) of method, path and body: the same key with another request is 422
  fingerprint text not null check (length(fingerprint) = 64),
  -- a random value per claim, so a request whose stale claim was taken over cannot commit
  claim text not null,
  state text not null check (state in ('running', 'done')),
  claimed_at timestamptz not null,
  -- 24 hours after the first use; removed a few at a time by later writes
  expires_at timestamptz not null,
  status int check (status between 100 and 599),
  headers jsonb,
  body text,
  primary key (scope, key),
  check (state = 'running' or (status is not null and headers is not null and body is not null))
);

create index idempotency_keys_expiry on idempotency_keys (expires_at);
