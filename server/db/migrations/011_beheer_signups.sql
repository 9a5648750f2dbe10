-- The coordinator's side of a sign-up (/beheer): the organisation confirms it to the
-- volunteer ("Bevestigd"), records "VOG ontvangen" with the date on the VOG, and the
-- messages those actions send.

-- When the organisation confirmed the sign-up to the volunteer; only a sign-up with a place
-- can be confirmed (it keeps the time when it is cancelled later).
alter table volunteer_signups add column confirmed_by_organization_at timestamptz
  check (confirmed_by_organization_at is null or status <> 'waitlisted');

-- The date on the VOG. Only a date: the VOG itself is never stored. The API refuses dates in
-- the future and more than 5 years back (that depends on today, so it is not a check here).
alter table volunteer_signups add column vog_received_on date
  check (vog_received_on is null or vog_received_on >= date '2000-01-01');

-- The organisation confirmed or cancelled a sign-up: the volunteer is told. outbox_kind_check
-- is the name 009 gave the check; no "if exists": a different name must stop the migration.
alter table outbox drop constraint outbox_kind_check;
alter table outbox add constraint outbox_kind_check check (kind in (
  'signup-confirmation', 'signup-notice', 'waitlist-moved-up', 'shift-reminder',
  'organization-confirmed', 'organization-cancelled'));
