-- The sociale kaart: services of the network's organisations, modelled on Open Referral
-- HSDS 3.0 (see docs/decisions/0005-sociale-kaart-hsds.md). Ids are readable slugs, as
-- everywhere in Buurtkit; the HSDS export derives UUIDs from them.
-- Opening hours are wall-clock times (time without time zone) in network.timezone.

-- The category tree: top-level categories (parent_id null) and their sub-categories.
-- Only two levels: a sub-category's parent must itself be top-level (see the trigger below).
create table service_categories (
  id text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
  parent_id text references service_categories(id),
  name text not null check (btrim(name) <> ''),
  description text not null check (btrim(description) <> ''),
  sort int not null default 0,
  check (parent_id is null or parent_id <> id)
);

create table services (
  id text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
  organization_id text not null references organizations(id),
  name text not null check (btrim(name) <> ''),
  -- one line in plain Dutch
  description text not null check (btrim(description) <> '' and description !~ '[\r\n]'),
  long_description text not null check (btrim(long_description) <> ''),
  kind text not null check (kind in ('informal', 'professional', 'both')),
  eligibility text not null check (btrim(eligibility) <> ''),
  fees text not null check (btrim(fees) <> ''),
  free boolean not null,
  referral_required boolean not null default false,
  by_appointment boolean not null default false,
  application_process text not null check (btrim(application_process) <> ''),
  phone text check (phone is null or phone ~ '^[0-9+][0-9 -]{5,19}$'),
  email text check (email is null or email ~ '^[^@\s]+@[^@\s]+\.[a-z]{2,}$'),
  website text check (website is null or website ~ '^https?://[^\s]+$'),
  languages text[] not null default '{nl}'
    check (cardinality(languages) > 0 and array_to_string(languages, ',') ~ '^[a-z]{2,3}(,[a-z]{2,3})*$'),
  keywords text[] not null default '{}',
  assured_date date not null,
  status text not null default 'active' check (status in ('active', 'inactive', 'defunct', 'temporarily closed')),
  updated_at timestamptz not null default now(),
  -- a resident must be able to reach the service somehow
  check (phone is not null or email is not null or website is not null)
);

create index services_organization on services (organization_id);

create table service_category_links (
  service_id text not null references services(id) on delete cascade,
  category_id text not null references service_categories(id),
  sort int not null default 0,
  primary key (service_id, category_id)
);

create index service_category_links_category on service_category_links (category_id);

-- Places where services are given (spreekuur, inloop, loket).
create table locations (
  id text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
  name text not null check (btrim(name) <> ''),
  street text not null check (btrim(street) <> ''),
  postal_code text not null check (postal_code ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
  locality text not null check (btrim(locality) <> ''),
  village_id text not null references villages(id),
  description text
);

-- Where a service is given; sort 0 is the main location.
create table service_locations (
  service_id text not null references services(id) on delete cascade,
  location_id text not null references locations(id),
  sort int not null default 0 check (sort >= 0),
  primary key (service_id, location_id),
  unique (service_id, sort)
);

-- Regular opening hours: ISO weekday (1 = Monday), wall-clock times in the network's zone.
-- location_id null: hours of the service itself (e.g. a telephone line), not of a place.
create table opening_hours (
  service_id text not null references services(id) on delete cascade,
  location_id text references locations(id),
  weekday int not null check (weekday between 1 and 7),
  opens time not null,
  closes time not null,
  note text,
  check (closes > opens),
  unique (service_id, location_id, weekday, opens),
  foreign key (service_id, location_id) references service_locations (service_id, location_id) on delete cascade
);

-- The villages whose residents a service is for.
create table service_areas (
  service_id text not null references services(id) on delete cascade,
  village_id text not null references villages(id),
  primary key (service_id, village_id)
);

-- Named contacts of a service (a desk or a role, seldom a person).
create table service_contacts (
  service_id text not null references services(id) on delete cascade,
  sort int not null check (sort >= 0),
  name text not null check (btrim(name) <> ''),
  role text,
  phone text check (phone is null or phone ~ '^[0-9+][0-9 -]{5,19}$'),
  email text check (email is null or email ~ '^[^@\s]+@[^@\s]+\.[a-z]{2,}$'),
  primary key (service_id, sort)
);

-- Words the network treats as the same when searching, lowercase: one group per row.
create table synonym_groups (
  id serial primary key,
  words text[] not null check (
    cardinality(words) >= 2
    and array_position(words, '') is null
    and array_to_string(words, '|') = lower(array_to_string(words, '|'))
  ),
  sort int not null default 0
);

-- One row: bumped by every change to the map's data, so the social map's `updatedAt`
-- and ETag change only when the data does.
create table social_map_version (
  id int primary key check (id = 1),
  version bigint not null,
  updated_at timestamptz not null
);

insert into social_map_version (id, version, updated_at) values (1, 0, now());

create function social_map_touch() returns trigger language plpgsql as $$
begin update social_map_version set version = version + 1, updated_at = now() where id = 1; return null; end
$$;

create trigger social_map_touch after insert or update or delete on service_categories for each statement execute function social_map_touch();
create trigger social_map_touch after insert or update or delete on services for each statement execute function social_map_touch();
create trigger social_map_touch after insert or update or delete on service_category_links for each statement execute function social_map_touch();
create trigger social_map_touch after insert or update or delete on locations for each statement execute function social_map_touch();
create trigger social_map_touch after insert or update or delete on service_locations for each statement execute function social_map_touch();
create trigger social_map_touch after insert or update or delete on opening_hours for each statement execute function social_map_touch();
create trigger social_map_touch after insert or update or delete on service_areas for each statement execute function social_map_touch();
create trigger social_map_touch after insert or update or delete on service_contacts for each statement execute function social_map_touch();
create trigger social_map_touch after insert or update or delete on synonym_groups for each statement execute function social_map_touch();
-- The map shows organisation names and village names too.
create trigger social_map_touch after insert or update or delete on organizations for each statement execute function social_map_touch();
create trigger social_map_touch after insert or update or delete on villages for each statement execute function social_map_touch();

-- Only two levels in the category tree.
create function service_categories_two_levels() returns trigger language plpgsql as $$
begin if new.parent_id is not null and exists (select 1 from service_categories where id = new.parent_id and parent_id is not null) then raise exception 'category % : its parent % is itself a sub-category', new.id, new.parent_id; end if; if new.parent_id is not null and exists (select 1 from service_categories where parent_id = new.id) then raise exception 'category % has sub-categories and cannot get a parent', new.id; end if; return new; end
$$;

create trigger service_categories_two_levels before insert or update on service_categories for each row execute function service_categories_two_levels();
