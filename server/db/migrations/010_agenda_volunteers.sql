-- The agenda shows "Help mee" on activities whose occurrences are volunteer shifts with
-- sign-ups open, so a change to the opportunities is a change to the agenda's data version.
create trigger agenda_touch after insert or update or delete on volunteer_opportunities for each statement execute function agenda_touch();
