-- Fixes to activity editing and calendar-feed import (issue 9, the review's defects).

-- The zone an imported series' rule runs in, when its clock is not the network's (a
-- DTSTART in UTC or in New York): RFC 5545 expands a rule in DTSTART's zone. Null for
-- every other activity; starts_at and the exceptions stay in the network's time.
alter table activities add column rule_zone text check (length(rule_zone) between 1 and 64);

-- A place made from an imported event's LOCATION belongs to that feed: one per (feed,
-- location text), at most a few per feed, and removed when no activity uses it any more
-- (at the feed's next import, or when the feed goes). Null for every other place.
alter table places add column feed_id uuid references calendar_feeds(id) on delete set null;
create index places_feed on places (feed_id) where feed_id is not null;
