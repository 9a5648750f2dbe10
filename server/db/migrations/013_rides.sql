-- The village bus (issue 8): its rules, the requests for a seat, the drivers, and the
-- anonymous counts for funders. See docs/decisions/0012-village-bus.md.

-- The bus service itself: one row per network (its own schema or data folder).
create table ride_service (
  id int primary key default 1 check (id = 1),
  name text not null check (length(name) between 1 and 100),
  description text not null check (length(description) between 1 and 2000),
  -- the coordinator's number, for what the form cannot do (a trip inside the lead time)
  phone text not null check (length(phone) between 3 and 30),
  -- ask at least this many working days (Monday to Friday) ahead
  lead_working_days int not null default 2 check (lead_working_days between 0 and 30),
  -- how far ahead requests are taken
  booking_days int not null default 56 check (booking_days between 1 and 366),
  -- seats are held per time block of this length, counted from each service window's start
  block_minutes int not null default 60 check (block_minutes in (30, 60, 90, 120)),
  cost_kind text not null check (cost_kind in ('free', 'fixed', 'per-km')),
  -- fixed: per trip (one way); per-km: per kilometre; in euro cents
  cost_cents int check (cost_cents between 0 and 100000),
  -- the four digits of the postcodes the bus picks up at
  service_postcodes text[] not null check (cardinality(service_postcodes) between 1 and 200),
  service_area_text text not null check (length(service_area_text) between 1 and 200),
  privacy_version text not null references privacy_notices(version),
  check ((cost_kind = 'free') = (cost_cents is null))
);

create table ride_vehicles (
  id text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
  name text not null check (length(name) between 1 and 100),
  seats int not null check (seats between 1 and 50),
  wheelchair_places int not null default 0 check (wheelchair_places between 0 and 10),
  -- a wheelchair user can stay seated in the chair (a lift and fastenings)
  wheelchair_seated boolean not null default false,
  active boolean not null default true,
  sort int not null default 0,
  check (wheelchair_places = 0 or wheelchair_seated)
);

-- When the bus runs: per ISO weekday (1 = Monday), one or more windows.
create table ride_service_hours (
  weekday int not null check (weekday between 1 and 7),
  opens time not null,
  closes time not null,
  primary key (weekday, opens),
  check (opens < closes)
);

-- Days the bus does not run (a holiday, no driver), with the reason shown to residents.
create table ride_blocked_days (
  day date primary key,
  reason text not null check (length(reason) between 1 and 200)
);

-- Common destinations: huisarts, the region's hospital, supermarkt, station.
create table ride_places (
  id text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
  name text not null check (length(name) between 1 and 200),
  kind text not null check (kind in ('huisarts', 'ziekenhuis', 'supermarkt', 'station', 'anders')),
  street text not null check (length(street) between 1 and 200),
  postal_code text not null check (length(postal_code) between 4 and 7),
  locality text not null check (length(locality) between 1 and 100),
  -- one way, from the village, for the cost
  distance_km numeric(5, 1) not null check (distance_km between 0 and 500),
  sort int not null default 0
);

-- The volunteer drivers. A driver may drive on a day when active, with a licence valid
-- that day and a VOG not older than three years. A driver with an account (role 'driver')
-- signs in to see their own day sheet.
create table ride_drivers (
  id uuid primary key,
  account_id uuid unique references accounts(id),
  first_name text not null check (length(first_name) between 1 and 100),
  name text not null check (length(name) between 1 and 200),
  phone text not null check (length(phone) between 3 and 30),
  licence_valid_until date not null,
  vog_received_on date,
  active boolean not null default true
);

alter table accounts drop constraint accounts_role_check;
alter table accounts add constraint accounts_role_check check (role in ('coordinator', 'organization-contact', 'driver'));

-- Seats and wheelchair places held per time block, kept by the same transaction that
-- stores, declines or cancels a request (a conditional update: never more than capacity).
-- A row is made on the first request in its block.
create table ride_blocks (
  starts_at timestamptz primary key,
  seats_held int not null default 0 check (seats_held >= 0),
  wheelchair_held int not null default 0 check (wheelchair_held >= 0)
);

create table ride_requests (
  id bigserial primary key,
  reference text not null unique check (reference ~ '^[A-Z]{2}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$'),
  -- SHA-256 of the secret token, as hex; the token itself is never stored
  token_hash text not null check (token_hash ~ '^[0-9a-f]{64}$'),
  status text not null check (status in ('requested', 'confirmed', 'declined', 'cancelled')),

  -- the passenger: the minimum the driver needs
  passenger_name text not null check (length(passenger_name) between 1 and 100 and passenger_name !~ '[\x01-\x1f\x7f-\x9f]'),
  passenger_phone text not null check (length(passenger_phone) <= 20 and passenger_phone ~ '^\+?[0-9][0-9 ()-]{7,18}[0-9]$'),
  passenger_email text check (length(passenger_email) <= 254 and passenger_email !~ '[\x01-\x20\x7f-\x9f]' and passenger_email like '%_@_%'),
  pickup_postal_code text not null check (pickup_postal_code ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
  pickup_house_number text not null check (pickup_house_number ~ '^[0-9]{1,5}( ?[A-Za-z0-9-]{1,4})?$'),
  pickup_street text not null check (length(pickup_street) between 1 and 100 and pickup_street !~ '[\x01-\x1f\x7f-\x9f]'),
  pickup_locality text not null check (length(pickup_locality) between 1 and 100 and pickup_locality !~ '[\x01-\x1f\x7f-\x9f]'),
  rollator boolean not null,
  wheelchair text not null check (wheelchair in ('none', 'transfers', 'seated')),
  help_at_door boolean not null,
  mobility_note text check (length(mobility_note) <= 500 and mobility_note !~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]'),
  companions int not null check (companions between 0 and 3),

  -- who asked, when it was someone else (a family member, a volunteer)
  requester_name text check (length(requester_name) between 1 and 100 and requester_name !~ '[\x01-\x1f\x7f-\x9f]'),
  requester_phone text check (length(requester_phone) <= 20 and requester_phone ~ '^\+?[0-9][0-9 ()-]{7,18}[0-9]$'),
  requester_email text check (length(requester_email) <= 254 and requester_email !~ '[\x01-\x20\x7f-\x9f]' and requester_email like '%_@_%'),
  requester_relation text check (requester_relation in ('family', 'volunteer', 'other')),
  check ((requester_name is null) = (requester_phone is null) and (requester_name is null) = (requester_relation is null)),
  check (requester_email is null or requester_name is not null),

  -- where to: an activity's occurrence, a common place, or an address in the area
  destination_kind text not null check (destination_kind in ('activity', 'place', 'address')),
  activity_id text references activities(id),
  occurrence_key text check (occurrence_key ~ '^[0-9]{8}T[0-9]{4}$'),
  place_id text references ride_places(id),
  destination_name text not null check (length(destination_name) between 1 and 300),
  destination_address text not null check (length(destination_address) between 1 and 300),
  distance_km numeric(5, 1) check (distance_km between 0 and 500),
  check ((destination_kind = 'activity') = (activity_id is not null and occurrence_key is not null)),
  check ((destination_kind = 'place') = (place_id is not null)),

  -- the trip, as asked
  ride_date date not null,
  time_kind text not null check (time_kind in ('arrive-by', 'pick-up-at')),
  requested_time time not null,
  return_time time,
  check (return_time is null or return_time > requested_time),

  -- what it holds: seats (passenger and companions; a wheelchair user who stays seated takes
  -- a wheelchair place instead of a seat) in the outward block, and the return block
  seats int not null check (seats between 0 and 4),
  wheelchair_places int not null check (wheelchair_places between 0 and 1),
  outward_block timestamptz not null,
  return_block timestamptz,
  check ((return_time is null) = (return_block is null)),
  -- both ways together, in euro cents, when known beforehand
  cost_cents int check (cost_cents between 0 and 1000000),

  privacy_version text not null references privacy_notices(version),
  created_at timestamptz not null,

  -- the coordinator's answer
  confirmed_at timestamptz,
  driver_id uuid references ride_drivers(id),
  vehicle_id text references ride_vehicles(id),
  pickup_at timestamptz,
  return_pickup_at timestamptz,
  declined_at timestamptz,
  decline_reason text check (length(decline_reason) between 1 and 500),
  alternatives text check (length(alternatives) <= 500),
  cancelled_at timestamptz,
  check ((status = 'confirmed') = (confirmed_at is not null and driver_id is not null and pickup_at is not null)),
  check ((status = 'declined') = (declined_at is not null and decline_reason is not null)),
  check ((status = 'cancelled') = (cancelled_at is not null))
);

create index ride_requests_day on ride_requests (ride_date, requested_time);
create index ride_requests_driver on ride_requests (driver_id, ride_date) where driver_id is not null;
-- the AVG: found by phone number or e-mail address (the same keys as server/privacy/person.ts)
create index ride_requests_passenger_phone on ride_requests ((regexp_replace(regexp_replace(passenger_phone, '[ ()-]', '', 'g'), '^(\+31|0031)0?', '0')));
create index ride_requests_requester_phone on ride_requests ((regexp_replace(regexp_replace(requester_phone, '[ ()-]', '', 'g'), '^(\+31|0031)0?', '0'))) where requester_phone is not null;
create index ride_requests_passenger_email on ride_requests (lower(passenger_email)) where passenger_email is not null;
create index ride_requests_requester_email on ride_requests (lower(requester_email)) where requester_email is not null;

-- The anonymous counts for the funders' report: one row per confirmed request, written with
-- the confirmation and removed when it is cancelled. When the retention job deletes the
-- request's personal data the row stays (its link set to null).
create table ride_stats (
  id bigserial primary key,
  ride_request_id bigint unique references ride_requests(id) on delete set null,
  -- the first day of the ride's month
  month date not null check (extract(day from month) = 1),
  trips int not null check (trips in (1, 2)),
  -- people carried per trip: the passenger and companions
  passengers int not null check (passengers between 1 and 4),
  wheelchair boolean not null,
  -- known kilometres, both ways together
  kilometres numeric(6, 1) not null default 0 check (kilometres >= 0)
);

create index ride_stats_month on ride_stats (month);

-- Messages about rides go through the same outbox. A person without an e-mail address gets
-- a "bellen" task for the coordinator instead: channel 'phone', the number in recipient,
-- never sent by the worker, done when marked "Gebeld" (sent_at).
alter table outbox add column ride_request_id bigint references ride_requests(id) on delete cascade;
alter table outbox add column channel text not null default 'email' check (channel in ('email', 'phone'));
alter table outbox drop constraint outbox_kind_check;
alter table outbox add constraint outbox_kind_check check (kind in (
  'signup-confirmation', 'signup-notice', 'waitlist-moved-up', 'shift-reminder',
  'organization-confirmed', 'organization-cancelled',
  'ride-received', 'ride-notice', 'ride-confirmed', 'ride-declined', 'ride-cancelled',
  'ride-reminder', 'ride-driver-notice'));

create index outbox_ride on outbox (ride_request_id) where ride_request_id is not null;
create unique index outbox_one_ride_reminder on outbox (ride_request_id, recipient) where kind = 'ride-reminder';
