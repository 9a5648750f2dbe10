-- A volunteer whose shift moved with its activity's new start time is told the new time.
alter table outbox drop constraint outbox_kind_check;
alter table outbox add constraint outbox_kind_check check (kind in (
  'signup-confirmation', 'signup-notice', 'waitlist-moved-up', 'shift-reminder',
  'organization-confirmed', 'organization-cancelled', 'shift-time-changed',
  'ride-received', 'ride-notice', 'ride-confirmed', 'ride-declined', 'ride-cancelled',
  'ride-reminder', 'ride-driver-notice', 'account-invitation'));
