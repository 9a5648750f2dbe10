-- Delivering the outbox: what the worker (server/messages/worker.ts) needs to send every
-- message at least once, never lose one, and send it again with the same Message-ID when
-- a process died between sending and marking.

-- attempts: claims so far (a claim counts, so a message that crashes the process is given
-- up in the end too); claimed_until: the lease of the worker sending it, after which
-- another may take it over; next_attempt_at: not before this, after a failure (back-off);
-- last_error: why the last attempt failed; failed_at: given up after too many attempts
-- (kept, with its error, for the coordinator's "Berichten" page).
alter table outbox add column attempts int not null default 0 check (attempts >= 0);
alter table outbox add column claimed_until timestamptz;
alter table outbox add column next_attempt_at timestamptz;
alter table outbox add column last_error text check (length(last_error) <= 500);
alter table outbox add column failed_at timestamptz;

-- The reminder the day before a shift. outbox_kind_check is the name PostgreSQL gave the
-- column's check in 007; no "if exists": a different name must stop the migration.
alter table outbox drop constraint outbox_kind_check;
alter table outbox add constraint outbox_kind_check check (kind in ('signup-confirmation', 'signup-notice', 'waitlist-moved-up', 'shift-reminder'));

-- One reminder per sign-up (a sign-up is for one shift), however often the job runs.
create unique index outbox_one_reminder on outbox (signup_id) where kind = 'shift-reminder';

-- What is waiting to go out, in order (007's outbox_unsent also covers given-up messages).
drop index outbox_unsent;
create index outbox_unsent on outbox (created_at, id) where sent_at is null and failed_at is null;

-- The "Berichten" page: newest first.
create index outbox_newest on outbox (created_at desc, id desc);
