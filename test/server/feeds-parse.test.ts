// Organisations' calendars as Google Calendar, Outlook / Exchange and Nextcloud export
// them (fixtures written by us from RFC 5545 and their documentation), read into the
// network's wall-clock time (Europe/Amsterdam).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FeedParseError, parseFeed, type FeedEvent } from '../../server/feeds/parse.ts';
import { expandSeries } from '../../server/agenda/recurrence.ts';

const ZONE = 'Europe/Amsterdam';
const WINDOW = { from: '2025-12-01', to: '2028-12-31' };
const fixture = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}.ics`, import.meta.url), 'utf8');
const read = (name: string) => parseFeed(fixture(name), { timeZone: ZONE, window: WINDOW });
const byTitle = (events: FeedEvent[], title: string) => {
  const found = events.find((e) => e.title === title);
  assert.ok(found, `${title} is imported`);
  return found;
};
const occurrences = (e: FeedEvent, from: string, to: string) =>
  expandSeries({ id: e.uid, startsAt: e.startsAt, durationMinutes: e.durationMinutes, rrule: e.rrule, exceptions: e.exceptions }, { from, to }, ZONE);

test('Google: a weekly series across the DST change keeps 19:00, with an EXDATE, a moved and a cancelled occurrence', () => {
  const { events, warnings } = read('google-voetbal');
  assert.deepEqual(warnings, []);
  const training = byTitle(events, 'Veteranentraining');
  assert.equal(training.startsAt, '2027-03-04T19:00');
  assert.equal(training.durationMinutes, 90);
  const shown = occurrences(training, '2027-03-01', '2027-05-31');
  assert.deepEqual(
    shown.map((o) => [o.start, o.status]),
    [
      ['2027-03-04T19:00:00+01:00', 'scheduled'],
      ['2027-03-11T19:00:00+01:00', 'scheduled'],
      ['2027-03-18T19:00:00+01:00', 'scheduled'],
      // 25 March: EXDATE, left out; 28 March: summer time starts, the wall-clock stays 19:00
      ['2027-04-01T19:00:00+02:00', 'scheduled'],
      ['2027-04-09T20:00:00+02:00', 'moved'], // RECURRENCE-ID 8 April, now on Friday at 20:00
      ['2027-04-15T19:00:00+02:00', 'cancelled'],
      ['2027-04-22T19:00:00+02:00', 'scheduled'],
      // UNTIL=20270429T165959Z is 18:59:59 local on 29 April: that day's 19:00 is past it
    ],
  );
  assert.equal(training.rrule, 'FREQ=WEEKLY;BYDAY=TH;UNTIL=20270429T185959', 'UNTIL in UTC is stored as local time');
  assert.ok(training.exceptions.every((e) => e.note === undefined), 'no note unless the override has one');
  // HTML in Google's DESCRIPTION becomes plain text
  assert.equal(training.description, 'Training voor de veteranen. \nNeem je eigen bidon mee.\n\nVragen? Bel de trainer.');
  assert.equal(training.location, 'Sportpark Lindeweide, Weideweg 1, Linde');
});

test('Google: an all-day event of two days starts at 00:00 and lasts whole days; a UTC time is shown in Amsterdam time', () => {
  const { events } = read('google-voetbal');
  const tournament = byTitle(events, 'Jeugdtoernooi');
  assert.equal(tournament.allDay, true);
  assert.equal(tournament.startsAt, '2027-04-24T00:00');
  assert.equal(tournament.durationMinutes, 2 * 24 * 60);
  assert.equal(byTitle(events, 'Open dag').startsAt, '2027-03-20T14:00'); // 13:00Z in winter time
});

test('Google: floating times are in the calendar\'s X-WR-TIMEZONE', () => {
  const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'X-WR-TIMEZONE:Europe/London', 'BEGIN:VEVENT', 'UID:f', 'DTSTART:20270110T100000', 'SUMMARY:Fietstocht', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
  assert.equal(parseFeed(ics, { timeZone: ZONE }).events[0]!.startsAt, '2027-01-10T11:00');
  // without X-WR-TIMEZONE a floating time is the network's own
  assert.equal(parseFeed(ics.replace('X-WR-TIMEZONE:Europe/London\r\n', ''), { timeZone: ZONE }).events[0]!.startsAt, '2027-01-10T10:00');
});

test('Outlook: Windows zone names (with and without their VTIMEZONE) and a custom TZID; the series keeps 14:00 across the end of summer time', () => {
  const { events, warnings } = read('outlook-dorpshuis');
  assert.deepEqual(warnings, []);
  const koersbal = byTitle(events, 'Koersbal');
  assert.match(koersbal.uid, /^040000008200E00074C5B7101A82E008.*DDEEFF$/, 'the folded UID is read whole');
  assert.deepEqual(
    occurrences(koersbal, '2026-10-01', '2026-11-30').map((o) => o.start),
    ['2026-10-14T14:00:00+02:00', '2026-10-21T14:00:00+02:00', '2026-11-04T14:00:00+01:00', '2026-11-11T14:00:00+01:00', '2026-11-18T14:00:00+01:00'],
  );
  assert.equal(byTitle(events, 'Repair Café').startsAt, '2026-12-05T10:00'); // "Romance Standard Time", no VTIMEZONE
  assert.equal(byTitle(events, 'Kerstmarkt').startsAt, '2026-12-19T15:00'); // "(UTC+01:00) Amsterdam, …"
  const closed = byTitle(events, 'Dorpshuis gesloten (kerstvakantie)');
  assert.deepEqual([closed.startsAt, closed.durationMinutes, closed.allDay, closed.location], ['2026-12-28T00:00', 1440, true, null]);
});

test('Nextcloud: an event in America/New_York is shown at the right Amsterdam time; a monthly "third Thursday" keeps its rule', () => {
  const { events } = read('nextcloud-bibliotheek');
  const lecture = byTitle(events, 'Online lezing: schrijven over je dorp');
  assert.equal(lecture.startsAt, '2027-01-15T19:00'); // 13:00 EST = 18:00Z = 19:00 CET
  assert.equal(lecture.durationMinutes, 60);
  const club = byTitle(events, 'Leesclub');
  assert.equal(club.rrule, 'FREQ=MONTHLY;COUNT=6;BYDAY=3TH');
  assert.deepEqual(
    occurrences(club, '2027-01-01', '2027-12-31').map((o) => o.localStart),
    ['2027-01-21T19:30', '2027-02-18T19:30', '2027-03-18T19:30', '2027-04-15T19:30', '2027-05-20T19:30', '2027-06-17T19:30'],
  );
});

test('a hostile feed: unreadable events are left out with a Dutch warning, markup stays text, the rest is imported, in bounded time', () => {
  const started = performance.now();
  const { events, warnings, skippedCount } = read('hostile');
  assert.ok(performance.now() - started < 5000, 'bounded');
  assert.deepEqual(events.map((e) => e.uid).sort(), ['series-from-1980', 'until-far', 'xss-1']);
  assert.equal(skippedCount, 4);
  assert.deepEqual(warnings.sort(), [
    'De begintijd ligt te ver in het verleden of de toekomst: Tienduizend jaar',
    'Geen begintijd: Zomerfeest',
    'Herhaalt vaker dan eens per dag: Elke zeven minuten',
    'Onleesbaar: Rare herhaling',
  ]);
  const xss = events.find((e) => e.uid === 'xss-1')!;
  assert.equal(xss.title, "<img src=x onerror=alert(1)><script>alert('agenda')</script>", 'kept as text: the widgets and feeds show it inert');
});

test('a rule budget: when checking rules takes too long, the remaining series are left out with a warning', () => {
  const { events, warnings } = parseFeed(fixture('google-voetbal'), { timeZone: ZONE, window: WINDOW, budgetMs: -1 });
  assert.deepEqual(events.map((e) => e.title).sort(), ['Dorpsfeest', 'Jeugdtoernooi', 'Open dag'], 'one-off events still come in');
  assert.ok(warnings.includes('Te veel herhalingen om te berekenen: Veteranentraining'));
});

test('not iCalendar (an HTML page, a login screen, garbage) is refused as a whole, in plain Dutch', () => {
  for (const text of ['<!doctype html><html><body>Inloggen</body></html>', '', 'BEGIN:VCARD\r\nEND:VCARD', 'BEGIN:VCALENDAR\r\n\u0000\u0001garbage']) {
    assert.throws(() => parseFeed(text, { timeZone: ZONE }), (error: unknown) => error instanceof FeedParseError && /geen iCalendar-bestand/.test(error.message));
  }
});

test("the demo's example feed (demo/public/voorbeelden/) reads without warnings, with its exception and its moved date", () => {
  const text = readFileSync(new URL('../../demo/public/voorbeelden/voetbalvereniging.ics', import.meta.url), 'utf8');
  const { events, warnings } = parseFeed(text, { timeZone: ZONE, window: WINDOW });
  assert.deepEqual(warnings, []);
  assert.deepEqual(events.map((e) => e.title).sort(), ['Clubavond in de kantine', 'Jeugdtoernooi', 'Veteranentraining', 'Voetbaltraining voor kinderen van 6 tot 10 jaar']);
  const training = byTitle(events, 'Veteranentraining');
  assert.deepEqual(training.exceptions.find((e) => e.kind === 'moved'), {
    originalStartsAt: '2027-04-01T19:00',
    kind: 'moved',
    newStartsAt: '2027-04-02T19:00',
    note: 'Het veld is donderdag bezet door het jeugdtoernooi.',
  });
});

test('an event whose dates lie decades apart (29 February on a Monday) is left out with a warning; the others come in', () => {
  const event = (uid: string, rule: string) => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTART;TZID=Europe/Amsterdam:20270104T140000', `RRULE:${rule}`, `SUMMARY:${uid}`, 'END:VEVENT'];
  const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', ...event('Zeldzaam', 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO'), ...event('Wekelijks', 'FREQ=WEEKLY;BYDAY=MO'), 'END:VCALENDAR', ''].join('\r\n');
  const started = performance.now();
  const { events, warnings } = parseFeed(ics, { timeZone: ZONE, window: WINDOW });
  assert.deepEqual(events.map((e) => e.title), ['Wekelijks']);
  assert.equal(warnings.length, 1, JSON.stringify(warnings));
  assert.match(warnings[0]!, /Zeldzaam/);
  assert.ok(performance.now() - started < 4000, `took ${Math.round(performance.now() - started)} ms`);
});
