-- The activities the last import of a feed kept in the agenda although their event is no
-- longer in the feed: volunteers are signed up for a coming shift, and hiding it would take
-- their shifts' dates away. /beheer names them for the coordinator to look at.
alter table calendar_feeds add column kept_activity_ids text[] not null default '{}' check (cardinality(kept_activity_ids) <= 1000);
