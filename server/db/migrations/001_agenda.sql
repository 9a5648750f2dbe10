-- The network, its organisations and the shared agenda.
-- Local wall-clock times (timestamp without time zone) are in network.timezone:
-- recurrence rules are defined in wall-clock time, so "14:00 every third Thursday"
-- stays 14:00 across the daylight-saving changes.

create table network (
  id text primary key,
  name text not null,
  description text,
  timezone text not null default 'Europe/Amsterdam',
  phone text,
  email text,
  website text
);

create table villages (
  id text primary key,
  name text not null,
  kind text not null check (kind in ('kern', 'buurtschap')),
  sort int not null default 0
);

create table activity_categories (
  id text primary key,
  name text not null,
  sort int not null default 0
);

create table audiences (
  id text primary key,
  name text not null,
  sort int not null default 0
);

create table organizations (
  id text primary key,
  name text not null,
  kind text not null check (kind in ('professional', 'volunteer', 'resident-initiative')),
  description text not null,
  village_id text references villages(id),
  phone text,
  email text,
  website text
);

create table places (
  id text primary key,
  name text not null,
  street text not null,
  postal_code text not null,
  locality text not null,
  village_id text not null references villages(id)
);

create table activities (
  id text primary key,
  title text not null,
  summary text not null,
  description text not null,
  organization_id text not null references organizations(id),
  place_id text not null references places(id),
  -- first occurrence, local wall-clock time in the network's zone
  starts_at timestamp not null,
  duration_minutes int not null check (duration_minutes > 0),
  -- RFC 5545 RRULE value without the "RRULE:" prefix; null for a one-off event
  rrule text,
  categories text[] not null default '{}',
  audiences text[] not null default '{}',
  cost_amount numeric(8, 2),            -- null: free
  cost_note text,
  wheelchair boolean not null default false,
  hearing_loop boolean not null default false,
  accessibility_note text,
  registration_required boolean not null default false,
  capacity int check (capacity is null or capacity > 0),
  registration_how text,
  village_bus boolean not null default false,
  updated_at timestamptz not null default now()
);

create index activities_organization on activities (organization_id);

-- Changes to single occurrences of a series, keyed by the occurrence's original start:
--   skipped   the date is left out (EXDATE), e.g. a holiday
--   cancelled the occurrence is shown as cancelled (STATUS:CANCELLED)
--   moved     the occurrence takes place at new_starts_at (RECURRENCE-ID override)
create table activity_exceptions (
  activity_id text not null references activities(id) on delete cascade,
  original_starts_at timestamp not null,
  kind text not null check (kind in ('skipped', 'cancelled', 'moved')),
  new_starts_at timestamp,
  note text,
  primary key (activity_id, original_starts_at),
  check ((kind = 'moved') = (new_starts_at is not null))
);

-- Places taken per occurrence, for activities with a limited capacity.
create table activity_registrations (
  activity_id text not null references activities(id) on delete cascade,
  original_starts_at timestamp not null,
  places_taken int not null check (places_taken >= 0),
  primary key (activity_id, original_starts_at)
);
