-- The network keeps its own data (issue 9): activities written in /beheer or imported
-- from organisations' own iCalendar feeds, and hidden when the coordinator chooses.

-- An organisation's public calendar, fetched periodically with a conditional GET.
create table calendar_feeds (
  id uuid primary key,
  organization_id text not null references organizations(id),
  url text not null check (length(url) between 10 and 2000 and url ~ '^https?://[^\s]+$'),
  created_at timestamptz not null,
  -- the validators of the last good answer, sent back as If-None-Match / If-Modified-Since
  etag text check (length(etag) <= 500),
  last_modified text check (length(last_modified) <= 100),
  last_fetched_at timestamptz,
  last_success_at timestamptz,
  next_fetch_at timestamptz,
  state text not null default 'pending' check (state in ('pending', 'ok', 'error')),
  -- what went wrong at the last fetch, in plain Dutch
  error text check (length(error) <= 500),
  event_count int not null default 0 check (event_count >= 0),
  duplicate_count int not null default 0 check (duplicate_count >= 0),
  skipped_count int not null default 0 check (skipped_count >= 0),
  warnings text[] not null default '{}' check (cardinality(warnings) <= 20),
  unique (organization_id, url)
);

create index calendar_feeds_due on calendar_feeds (next_fetch_at);

-- Where an activity comes from. An imported one is the feed's event with that UID (its
-- master, with RECURRENCE-ID overrides as exceptions); it is replaced on every import
-- and not edited by hand, only hidden. ical_uid is kept for hand-made ones too, so an
-- event a feed repeats is recognised by its UID.
alter table activities add column source text not null default 'manual' check (source in ('manual', 'feed'));
alter table activities add column feed_id uuid references calendar_feeds(id) on delete cascade;
alter table activities add column ical_uid text check (length(ical_uid) between 1 and 500);
alter table activities add column hidden boolean not null default false;
alter table activities add constraint activities_source_feed check ((source = 'feed') = (feed_id is not null));

create unique index activities_feed_uid on activities (feed_id, ical_uid) where feed_id is not null;
create index activities_ical_uid on activities (ical_uid) where ical_uid is not null;
