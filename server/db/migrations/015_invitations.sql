-- Inviting people to /beheer by a link that expires (issue 9), and blocking accounts.
-- The link holds a random token; only its SHA-256 is stored (as for sessions), so a copy
-- of the database cannot be used to take an invitation. An invitation is used once:
-- accepted_at and account_id are set in the transaction that makes the account.
create table invitations (
  id uuid primary key,
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  email text not null check (length(email) between 3 and 254),
  name text not null check (length(name) between 1 and 200),
  role text not null check (role in ('coordinator', 'organization-contact')),
  organization_id text references organizations(id),
  invited_by uuid not null references accounts(id),
  created_at timestamptz not null,
  expires_at timestamptz not null check (expires_at > created_at),
  accepted_at timestamptz,
  account_id uuid references accounts(id),
  withdrawn_at timestamptz,
  check ((role = 'organization-contact') = (organization_id is not null)),
  check ((accepted_at is null) = (account_id is null)),
  check (accepted_at is null or withdrawn_at is null)
);

-- The open invitations, newest first ("Mensen" in /beheer), and those of one address.
create index invitations_open on invitations (created_at desc) where accepted_at is null and withdrawn_at is null;
create index invitations_email on invitations (lower(email));

-- The e-mail with the link goes through the outbox like every other message.
alter table outbox drop constraint outbox_kind_check;
alter table outbox add constraint outbox_kind_check check (kind in (
  'signup-confirmation', 'signup-notice', 'waitlist-moved-up', 'shift-reminder',
  'organization-confirmed', 'organization-cancelled',
  'ride-received', 'ride-notice', 'ride-confirmed', 'ride-declined', 'ride-cancelled',
  'ride-reminder', 'ride-driver-notice', 'account-invitation'));
