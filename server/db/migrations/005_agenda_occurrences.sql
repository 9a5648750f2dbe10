-- The agenda's occurrence index and data version (docs/decisions/0008-agenda-occurrence-index.md).

-- One row. `version` is bumped by every change to data the agenda shows, so every server
-- process on this database knows with one small query whether its cached agenda is still
-- current. horizon_from .. horizon_to (local days, inclusive) is the range of days that
-- activity_occurrences holds completely; null until the first materialisation.
create table agenda_state (
  id int primary key check (id = 1),
  version bigint not null,
  updated_at timestamptz not null,
  horizon_from date,
  horizon_to date
);

insert into agenda_state (id, version, updated_at) values (1, 0, now());

create function agenda_touch() returns trigger language plpgsql as $$
begin update agenda_state set version = version + 1, updated_at = now() where id = 1; return null; end
$$;

-- Every occurrence of every series whose actual local start day lies in the horizon, as
-- expanded by server/agenda/recurrence.ts (RFC 5545) when the series was written. Moved
-- occurrences appear on their new day, skipped ones not at all.
create table activity_occurrences (
  activity_id text not null references activities(id) on delete cascade,
  -- the original local start as 'YYYYMMDDTHHMM': stable even when the occurrence moves
  occurrence_key text not null,
  original_starts_at timestamp not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  local_day date not null,
  status text not null check (status in ('scheduled', 'moved', 'cancelled')),
  note text,
  primary key (activity_id, occurrence_key)
);

create index activity_occurrences_day on activity_occurrences (local_day, starts_at);

create trigger agenda_touch after insert or update or delete on network for each statement execute function agenda_touch();
create trigger agenda_touch after insert or update or delete on villages for each statement execute function agenda_touch();
create trigger agenda_touch after insert or update or delete on activity_categories for each statement execute function agenda_touch();
create trigger agenda_touch after insert or update or delete on audiences for each statement execute function agenda_touch();
create trigger agenda_touch after insert or update or delete on organizations for each statement execute function agenda_touch();
create trigger agenda_touch after insert or update or delete on places for each statement execute function agenda_touch();
create trigger agenda_touch after insert or update or delete on activities for each statement execute function agenda_touch();
create trigger agenda_touch after insert or update or delete on activity_exceptions for each statement execute function agenda_touch();
create trigger agenda_touch after insert or update or delete on activity_registrations for each statement execute function agenda_touch();
create trigger agenda_touch after insert or update or delete on activity_occurrences for each statement execute function agenda_touch();
