-- Where a place is on the map: WGS84 decimal degrees, as HSDS 3.0's location.latitude and
-- location.longitude (docs/decisions/0005-sociale-kaart-hsds.md). Optional, because a
-- place entered by hand may not have them yet; but never one without the other.
alter table locations
  add column latitude double precision check (latitude between -90 and 90),
  add column longitude double precision check (longitude between -180 and 180),
  add constraint locations_coordinates_together check ((latitude is null) = (longitude is null));
