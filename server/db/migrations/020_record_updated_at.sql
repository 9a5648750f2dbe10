-- When an organisation or a place last changed, as services.updated_at has it from the
-- start: an HSDS import skips a record whose file is older than our last change, instead
-- of undoing a later edit (docs/decisions/0014-hsds-import.md). Kept current by a trigger
-- on every update, whichever write path makes it; a new row gets the time it was added.
alter table organizations add column updated_at timestamptz;
alter table locations add column updated_at timestamptz;

-- Backfill from what we know: the last change the audit log names (the /beheer editor and
-- the import log every write of theirs), else the oldest of the record's services (the
-- seed and the first import add both together), else now (no evidence: rather skip an
-- older file, which the import reports, than undo an edit we cannot see).
update organizations o set updated_at = coalesce(
  (select max(a.at) from audit_log a where a.record_type = 'organization' and a.record_id = o.id and a.action in ('create', 'update', 'import')),
  (select min(s.updated_at) from services s where s.organization_id = o.id),
  now());
update locations l set updated_at = coalesce(
  (select max(a.at) from audit_log a where a.record_type = 'location' and a.record_id = l.id and a.action in ('create', 'update', 'import')),
  (select min(s.updated_at) from service_locations sl join services s on s.id = sl.service_id where sl.location_id = l.id),
  now());

alter table organizations alter column updated_at set default now(), alter column updated_at set not null;
alter table locations alter column updated_at set default now(), alter column updated_at set not null;

-- An update that changes the row and does not set updated_at itself moves it on (the
-- import sets it to the file's time): always later than before, as the service editor does.
create function touch_updated_at() returns trigger language plpgsql as $$
begin if new.updated_at is not distinct from old.updated_at then new.updated_at := greatest(clock_timestamp(), old.updated_at + interval '1 microsecond'); end if; return new; end
$$;

create trigger organizations_updated_at before update on organizations for each row when (old.* is distinct from new.*) execute function touch_updated_at();
create trigger locations_updated_at before update on locations for each row when (old.* is distinct from new.*) execute function touch_updated_at();
