-- Only web addresses in link columns: a 'javascript:' or 'data:' link runs code when a
-- resident clicks it. services.website has had this check since 002; the network's and
-- the organisations' websites get the same one.
-- A value that breaks it cannot be shown as a link anyway, so it is cleared rather than
-- letting the migration, and with it the server's start, fail on an existing database.

update network set website = null where website !~ '^https?://[^\s]+$';

alter table network add constraint network_website_http
  check (website is null or website ~ '^https?://[^\s]+$');

update organizations set website = null where website !~ '^https?://[^\s]+$';

alter table organizations add constraint organizations_website_http
  check (website is null or website ~ '^https?://[^\s]+$');
