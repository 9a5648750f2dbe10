-- The AVG (docs/decisions/0011-avg.md): finding one person's sign-ups by e-mail address or
-- phone number, and the retention job, each by an index rather than by reading every row.

-- A phone number as server/privacy/person.ts compares it: without spaces, dashes and
-- brackets, and +31 or 0031 (with the (0) people write after it, or without) as 0.
-- The expression must stay the same as PHONE_KEY_SQL there, or the index is not used.
create index volunteer_signups_phone_key on volunteer_signups ((regexp_replace(regexp_replace(phone, '[ ()-]', '', 'g'), '^(\+31|0031)0?', '0'))) where phone is not null;
create index volunteer_signups_email_key on volunteer_signups (lower(email)) where email is not null;

-- Retention: cancelled sign-ups by the time they were cancelled.
create index volunteer_signups_cancelled on volunteer_signups (cancelled_at) where cancelled_at is not null;

-- Messages to an address that belong to no sign-up (none are written today; kept findable).
create index outbox_recipient_key on outbox (lower(recipient)) where signup_id is null;
