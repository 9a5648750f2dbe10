import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeSchedule } from '../../server/agenda/schedule-text.ts';

const say = (startsAt: string, rrule: string | null, durationMinutes = 90) =>
  describeSchedule({ id: 'x', startsAt, durationMinutes, rrule, exceptions: [] });

test('weekly and every other week', () => {
  assert.equal(say('2026-03-03T10:00', 'FREQ=WEEKLY;BYDAY=TU'), 'Iedere week op dinsdag, 10.00 tot 11.30 uur');
  assert.equal(say('2026-03-03T10:00', 'FREQ=WEEKLY'), 'Iedere week op dinsdag, 10.00 tot 11.30 uur');
  assert.equal(say('2026-03-03T10:00', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'), 'Om de week op dinsdag, 10.00 tot 11.30 uur');
  assert.equal(say('2026-03-03T10:00', 'FREQ=WEEKLY;INTERVAL=3;BYDAY=TU'), 'Iedere 3 weken op dinsdag, 10.00 tot 11.30 uur');
});

test('several days are joined with "en"', () => {
  assert.equal(say('2026-03-02T09:30', 'FREQ=WEEKLY;BYDAY=MO,TH', 60), 'Iedere week op maandag en donderdag, 9.30 tot 10.30 uur');
  assert.equal(say('2026-03-02T09:30', 'FREQ=WEEKLY;BYDAY=MO,WE,FR', 60), 'Iedere week op maandag, woensdag en vrijdag, 9.30 tot 10.30 uur');
});

test('nth and last weekday of the month', () => {
  assert.equal(say('2026-03-19T14:00', 'FREQ=MONTHLY;BYDAY=3TH', 120), 'Iedere derde donderdag van de maand, 14.00 tot 16.00 uur');
  assert.equal(say('2026-03-27T14:00', 'FREQ=MONTHLY;BYDAY=-1FR', 120), 'Iedere laatste vrijdag van de maand, 14.00 tot 16.00 uur');
  assert.equal(say('2026-03-03T14:00', 'FREQ=MONTHLY;BYDAY=1TU,3TU', 120), 'Iedere eerste dinsdag en derde dinsdag van de maand, 14.00 tot 16.00 uur');
  assert.equal(say('2026-03-03T14:00', 'FREQ=MONTHLY;INTERVAL=2;BYDAY=1TU', 120), 'Om de maand op de eerste dinsdag, 14.00 tot 16.00 uur');
});

test('day of the month, daily and yearly', () => {
  assert.equal(say('2026-03-05T10:00', 'FREQ=MONTHLY', 60), 'Iedere maand op de 5e, 10.00 tot 11.00 uur');
  assert.equal(say('2026-03-05T10:00', 'FREQ=MONTHLY;BYMONTHDAY=-1', 60), 'Iedere maand op de laatste dag, 10.00 tot 11.00 uur');
  assert.equal(say('2026-03-05T10:00', 'FREQ=DAILY', 60), 'Iedere dag, 10.00 tot 11.00 uur');
  assert.equal(say('2026-03-05T10:00', 'FREQ=DAILY;INTERVAL=2', 60), 'Om de dag, 10.00 tot 11.00 uur');
  assert.equal(say('2026-04-27T10:00', 'FREQ=YEARLY', 60), 'Ieder jaar op 27 april, 10.00 tot 11.00 uur');
  assert.equal(say('2026-03-29T10:00', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 60), 'Ieder jaar op de laatste zondag van maart, 10.00 tot 11.00 uur');
});

test('a one-off activity names its date', () => {
  assert.equal(say('2026-12-12T10:00', null), 'Eenmalig op zaterdag 12 december 2026, 10.00 tot 11.30 uur');
});

test('the end of a series is stated as the last possible day', () => {
  // UNTIL at midnight of 1 July: the last Tuesday it can fall on is in June.
  assert.equal(
    say('2026-03-03T10:00', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270701T000000'),
    'Om de week op dinsdag, 10.00 tot 11.30 uur, tot en met woensdag 30 juni 2027',
  );
  assert.equal(say('2026-03-03T10:00', 'FREQ=WEEKLY;UNTIL=20270629T100000'), 'Iedere week op dinsdag, 10.00 tot 11.30 uur, tot en met dinsdag 29 juni 2027');
  assert.equal(say('2026-03-03T10:00', 'FREQ=WEEKLY;COUNT=6'), 'Iedere week op dinsdag, 10.00 tot 11.30 uur, 6 keer');
});

test('no duration: just the start time', () => {
  assert.equal(say('2026-03-03T19:00', 'FREQ=WEEKLY', 0), 'Iedere week op dinsdag, om 19.00 uur');
});

test('exotic or broken rules get an honest fallback', () => {
  const fallback = 'Herhaalt volgens een vast schema, vanaf dinsdag 3 maart 2026, 10.00 tot 11.30 uur';
  assert.equal(say('2026-03-03T10:00', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1'), fallback);
  assert.equal(say('2026-03-03T10:00', 'FREQ=YEARLY;BYWEEKNO=20'), fallback);
  assert.equal(say('2026-03-03T10:00', 'FREQ=HOURLY'), fallback);
  assert.equal(say('2026-03-03T10:00', 'not a rule'), fallback);
});
