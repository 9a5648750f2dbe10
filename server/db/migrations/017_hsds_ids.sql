-- The HSDS id a record came with, when it was imported from another system's HSDS 3.0 file
-- (docs/decisions/0014-hsds-import.md). The export uses it instead of the UUIDv5 derived
-- from the readable id, so a re-import of the same file finds the same record, and a file
-- exported, imported elsewhere and exported again keeps its ids. Null: derived as before.
alter table services add column hsds_id uuid unique;
alter table organizations add column hsds_id uuid unique;
alter table locations add column hsds_id uuid unique;
