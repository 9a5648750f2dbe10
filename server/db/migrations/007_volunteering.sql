-- Volunteering: the opportunities of the network's organisations, sign-ups without an
-- account, the privacy texts they agree to, and the outbox of messages to send.
-- Every text column has a length limit and no control characters (tab and line breaks
-- only where a person writes paragraphs), so nothing odd gets in by another way than the API.

-- The kinds of work (koffie en gastvrijheid, vervoer, maatje...): a vocabulary like categories.
create table volunteer_kinds (
  id text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
  name text not null check (length(name) between 1 and 100),
  sort int not null default 0
);

create table volunteer_opportunities (
  id text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
  organization_id text not null references organizations(id),
  title text not null check (length(title) between 1 and 200),
  summary text not null check (length(summary) between 1 and 500),
  description text not null check (length(description) between 1 and 5000),
  kind_id text not null references volunteer_kinds(id),
  -- where, in words ("Bij mensen thuis in Linde"); place_id when it is one place
  where_text text not null check (length(where_text) between 1 and 200),
  place_id text references places(id),
  frequency text not null check (length(frequency) between 1 and 200),
  for_whom text not null check (length(for_whom) between 1 and 200),
  day_parts text[] not null default '{}' check (day_parts <@ array['morning', 'afternoon', 'evening']::text[]),
  vog boolean not null default false,
  driving_licence boolean not null default false,
  minimum_age int check (minimum_age between 12 and 100),
  -- the activity whose occurrences are the shifts, with this many volunteers per occurrence
  activity_id text references activities(id),
  capacity_per_shift int check (capacity_per_shift between 1 and 1000),
  ongoing boolean not null,
  signups_open boolean not null default true,
  -- an ongoing role has no shifts; work at shifts names the activity and the places per shift
  check (ongoing = (activity_id is null)),
  check ((activity_id is null) = (capacity_per_shift is null))
);

create index volunteer_opportunities_organization on volunteer_opportunities (organization_id);
create index volunteer_opportunities_activity on volunteer_opportunities (activity_id);

-- The privacy text a sign-up agrees to. The newest (by published_at) is the one shown.
create table privacy_notices (
  version text primary key check (version ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
  why text not null check (length(why) between 1 and 2000),
  who text not null check (length(who) between 1 and 2000),
  how_long text not null check (length(how_long) between 1 and 2000),
  published_at timestamptz not null
);

create table volunteer_signups (
  -- bigserial: also the order of the waiting list (sign-ups for one shift are made one at a time)
  id bigserial primary key,
  reference text not null unique check (reference ~ '^[A-Z]{2}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$'),
  -- SHA-256 of the secret token, as hex; the token itself is never stored
  token_hash text not null check (token_hash ~ '^[0-9a-f]{64}$'),
  opportunity_id text not null references volunteer_opportunities(id),
  -- the shift's occurrence key ('YYYYMMDDTHHMM' of the activity's occurrence); null for an ongoing role
  occurrence_key text check (occurrence_key ~ '^[0-9]{8}T[0-9]{4}$'),
  name text not null check (length(name) between 1 and 100 and name !~ '[\x01-\x1f\x7f-\x9f]'),
  phone text check (length(phone) <= 20 and phone ~ '^\+?[0-9][0-9 ()-]{7,18}[0-9]$'),
  email text check (length(email) <= 254 and email !~ '[\x01-\x20\x7f-\x9f]' and email like '%_@_%'),
  -- [{ "day": "tue", "part": "morning" }, ...], as the contract's Availability
  availability jsonb not null default '[]' check (jsonb_typeof(availability) = 'array' and jsonb_array_length(availability) <= 21),
  message text check (length(message) <= 1000 and message !~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]'),
  privacy_version text not null references privacy_notices(version),
  status text not null check (status in ('confirmed', 'waitlisted', 'cancelled')),
  created_at timestamptz not null,
  cancelled_at timestamptz,
  check (phone is not null or email is not null),
  check ((status = 'cancelled') = (cancelled_at is not null))
);

create index volunteer_signups_shift on volunteer_signups (opportunity_id, occurrence_key, status, id);

-- Messages to send, written in the transaction of what they tell about. A worker sends
-- them later and sets sent_at; message_id is the stable Message-ID, so a message resent
-- after a crash between sending and marking is recognised as the same one.
create table outbox (
  id bigserial primary key,
  kind text not null check (kind in ('signup-confirmation', 'signup-notice', 'waitlist-moved-up')),
  signup_id bigint references volunteer_signups(id) on delete cascade,
  recipient text not null check (length(recipient) between 3 and 254 and recipient !~ '[\x01-\x20\x7f-\x9f]'),
  subject text not null check (length(subject) between 1 and 200 and subject !~ '[\x01-\x1f\x7f-\x9f]'),
  body text not null check (length(body) between 1 and 10000),
  message_id text not null unique check (length(message_id) <= 200),
  created_at timestamptz not null,
  sent_at timestamptz
);

create index outbox_unsent on outbox (created_at) where sent_at is null;
