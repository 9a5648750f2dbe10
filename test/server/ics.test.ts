import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { buildCalendar, buildOccurrenceCalendar, escapeText, foldLine, type IcsEvent } from '../../server/agenda/ics.ts';
import { expandSeries, type SeriesInput } from '../../server/agenda/recurrence.ts';

const TZ = 'Europe/Amsterdam';
const NOW = new Date('2026-02-01T12:00:00Z');

function event(uid: string, series: SeriesInput, extra: Partial<IcsEvent> = {}): IcsEvent {
  return {
    uid,
    series,
    title: 'Koffieochtend',
    description: 'Gezellig samen koffie drinken.',
    location: 'Dorpshuis De Kulk, Beesd',
    organizerName: 'Stichting Welzijn',
    categories: ['ontmoeten'],
    ...extra,
  };
}

const weekly: SeriesInput = {
  id: 'koffie',
  startsAt: '2026-01-06T14:00',
  durationMinutes: 90,
  rrule: 'FREQ=WEEKLY;BYDAY=TU',
  exceptions: [
    { originalStartsAt: '2026-03-10T14:00', kind: 'skipped' },
    { originalStartsAt: '2026-03-17T14:00', kind: 'cancelled', note: 'Zaal bezet' },
    // Moved across the window's end (31 March -> 1 April) and across DST.
    { originalStartsAt: '2026-03-24T14:00', kind: 'moved', newStartsAt: '2026-04-01T10:00' },
  ],
};
const monthly: SeriesInput = {
  id: 'bingo',
  startsAt: '2025-01-31T19:30',
  durationMinutes: 120,
  rrule: 'FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20261231T000000',
  exceptions: [{ originalStartsAt: '2026-03-27T19:30', kind: 'moved', newStartsAt: '2026-03-20T19:30' }],
};
const biweeklyInGap: SeriesInput = { id: 'nacht', startsAt: '2026-03-15T02:30', durationMinutes: 60, rrule: 'FREQ=WEEKLY;INTERVAL=2', exceptions: [] };
const oneOff: SeriesInput = { id: 'markt', startsAt: '2026-03-28T10:00', durationMinutes: 240, rrule: null, exceptions: [] };

const feed = () =>
  buildCalendar({
    name: 'Agenda Beesd',
    timeZone: TZ,
    now: NOW,
    events: [event('koffie@beesd', weekly), event('bingo@beesd', monthly), event('nacht@beesd', biweeklyInGap), event('markt@beesd', oneOff)],
  });

/** Parses ICS with ical.js, registering its VTIMEZONE, and returns the VEVENTs grouped by UID. */
function parse(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  const byUid = new Map<string, ICAL.Component[]>();
  for (const vevent of root.getAllSubcomponents('vevent')) {
    const uid = String(vevent.getFirstPropertyValue('uid'));
    byUid.set(uid, [...(byUid.get(uid) ?? []), vevent]);
  }
  return { root, byUid };
}

/** What a calendar app would show in a window: ical.js expansion with EXDATE and overrides. */
function icalOccurrences(components: ICAL.Component[], from: string, to: string) {
  const master = new ICAL.Event(components.find((c) => !c.hasProperty('recurrence-id')));
  for (const c of components.filter((c) => c.hasProperty('recurrence-id'))) master.relateException(new ICAL.Event(c));
  const out: { start: number; end: number; cancelled: boolean }[] = [];
  const it = master.iterator();
  // Iterate a little past the window: a later occurrence may have been moved into it.
  for (let t = it.next(); t && t.toString().slice(0, 10) <= '2027-12-31'; t = it.next()) {
    const details = master.getOccurrenceDetails(t);
    const startDay = details.startDate.toString().slice(0, 10);
    if (startDay < from || startDay > to) continue;
    out.push({
      start: details.startDate.toUnixTime(),
      end: details.endDate.toUnixTime(),
      cancelled: details.item.component.getFirstPropertyValue('status') === 'CANCELLED',
    });
    if (!master.isRecurring()) break;
  }
  return out.sort((a, b) => a.start - b.start);
}

test('round trip: ical.js expands the feed to exactly what expandSeries gives', () => {
  const { byUid } = parse(feed());
  const windows = [
    ['2026-03-01', '2026-03-31'],
    ['2026-04-01', '2026-04-30'],
    ['2026-10-01', '2026-11-30'],
  ] as const;
  const cases: [string, SeriesInput][] = [['koffie@beesd', weekly], ['bingo@beesd', monthly], ['nacht@beesd', biweeklyInGap], ['markt@beesd', oneOff]];
  for (const [uid, series] of cases) {
    for (const [from, to] of windows) {
      // ical.js reads times in the DST gap and overlap differently; see the dedicated test.
      if (uid === 'nacht@beesd' && from !== '2026-04-01') continue;
      const ours = expandSeries(series, { from, to }, TZ).map((o) => ({
        start: Date.parse(o.start) / 1000,
        end: Date.parse(o.end) / 1000,
        cancelled: o.status === 'cancelled',
      }));
      assert.deepEqual(icalOccurrences(byUid.get(uid)!, from, to), ours, `${uid} in ${from}..${to}`);
    }
  }
});

test('the round trip sees the DST change, the skip, the cancel and both moves', () => {
  const { byUid } = parse(feed());
  const march = icalOccurrences(byUid.get('koffie@beesd')!, '2026-03-01', '2026-03-31').map((o) => [new Date(o.start * 1000).toISOString(), o.cancelled]);
  assert.deepEqual(march, [
    ['2026-03-03T13:00:00.000Z', false],
    ['2026-03-17T13:00:00.000Z', true],
    ['2026-03-31T12:00:00.000Z', false], // 14:00 CEST
  ]);
  const april = icalOccurrences(byUid.get('koffie@beesd')!, '2026-04-01', '2026-04-01');
  assert.deepEqual(april.map((o) => new Date(o.start * 1000).toISOString()), ['2026-04-01T08:00:00.000Z']);
});

test('rule times in the DST gap and overlap: we follow RFC 5545 3.3.5, ical.js does not', () => {
  // RFC 5545 3.3.5: a local time in the gap is read with the offset from *before* the gap,
  // so 02:30 on 29 March 2026 is 03:30 CEST (01:30Z). That is what expandSeries gives.
  const [ours] = expandSeries(biweeklyInGap, { from: '2026-03-29', to: '2026-03-29' }, TZ);
  assert.equal(ours?.start, '2026-03-29T03:30:00+02:00');
  // The feed writes the rule's own wall time; a conforming reader derives the same instant.
  assert.match(feed(), /\r\nDTSTART;TZID=Europe\/Amsterdam:20260315T023000\r\n/);
  // ical.js 2.2 uses the offset from *after* the gap instead (02:30+02:00 = 00:30Z).
  // If this starts failing, ical.js has been fixed: fold this case into the round trip.
  const { byUid } = parse(feed());
  const theirs = icalOccurrences(byUid.get('nacht@beesd')!, '2026-03-29', '2026-03-29');
  assert.deepEqual(theirs.map((o) => new Date(o.start * 1000).toISOString()), ['2026-03-29T00:30:00.000Z']);

  // RFC 5545 3.3.5: a local time that happens twice means the first one: 02:30 CEST.
  const [oursAutumn] = expandSeries(biweeklyInGap, { from: '2026-10-25', to: '2026-10-25' }, TZ);
  assert.equal(oursAutumn?.start, '2026-10-25T02:30:00+02:00');
  // ical.js takes the second one (02:30 CET = 01:30Z).
  const theirsAutumn = icalOccurrences(byUid.get('nacht@beesd')!, '2026-10-25', '2026-10-25');
  assert.deepEqual(theirsAutumn.map((o) => new Date(o.start * 1000).toISOString()), ['2026-10-25T01:30:00.000Z']);
});

test('feed structure: calendar properties, zone, rule, exceptions', () => {
  const ics = feed();
  const unfolded = ics.replace(/\r\n /g, '');
  for (const line of [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Buurtkit//Buurtkit 1.0//NL',
    'X-WR-CALNAME:Agenda Beesd',
    'X-WR-TIMEZONE:Europe/Amsterdam',
    'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
    'TZID:Europe/Amsterdam',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'DTSTART;TZID=Europe/Amsterdam:20260106T140000',
    'DURATION:PT1H30M',
    'RRULE:FREQ=WEEKLY;BYDAY=TU',
    'EXDATE;TZID=Europe/Amsterdam:20260310T140000',
    'RECURRENCE-ID;TZID=Europe/Amsterdam:20260317T140000',
    'RECURRENCE-ID;TZID=Europe/Amsterdam:20260324T140000',
    'DTSTART;TZID=Europe/Amsterdam:20260401T100000',
    'STATUS:CANCELLED',
    'DTSTAMP:20260201T120000Z',
    // Local UNTIL becomes UTC, as RFC 5545 requires with a zoned DTSTART.
    'RRULE:FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20261230T230000Z',
    'LOCATION:Dorpshuis De Kulk\\, Beesd',
    'END:VCALENDAR',
  ]) {
    assert.ok(unfolded.split('\r\n').includes(line), `missing line: ${line}`);
  }
  assert.ok(ics.endsWith('\r\n'));
  assert.doesNotMatch(ics.replace(/\r\n/g, ''), /[\r\n]/, 'only CRLF line endings');
  // One master per series plus one override per moved/cancelled occurrence.
  assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, 4 + 2 + 1);
  assert.equal(parse(ics).byUid.get('koffie@beesd')!.length, 3);
});

test('every line is at most 75 octets and unfolds to the original, with ë and ö intact', () => {
  const description =
    'Wekelijkse ontmoeting voor oudere inwoners van Beesd en omstreken: koffie, een praatje en af en toe een lezing over gezondheid, de coöperatie of het eetcafé. ' +
    'Iedereen is welkom; ook als u slecht ter been bent, regelen wij vervoer met de Beesd op stap-bus. Reünie van de zangvereniging: één keer per jaar! 🎉';
  const ics = buildCalendar({ name: 'Agenda', timeZone: TZ, now: NOW, events: [event('lang@beesd', weekly, { description })] });
  for (const line of ics.split('\r\n')) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `too long (${Buffer.byteLength(line, 'utf8')}): ${line}`);
    assert.ok(!line.includes('\uFFFD'));
  }
  const bytes = Buffer.from(ics, 'utf8');
  assert.equal(bytes.toString('utf8'), ics, 'valid UTF-8 throughout');
  const master = parse(ics).byUid.get('lang@beesd')!.find((c) => !c.hasProperty('recurrence-id'))!;
  assert.equal(master.getFirstPropertyValue('description'), description);
});

test('folding splits between characters, never inside one', () => {
  const line = `DESCRIPTION:${'ë'.repeat(100)}`;
  const folded = foldLine(line);
  const parts = folded.split('\r\n');
  assert.ok(parts.length > 1);
  assert.equal(Buffer.byteLength(parts[0]!, 'utf8'), 74); // 12 ASCII + 31 × 2 bytes: 'ë' no longer fits in 75
  for (const part of parts.slice(1)) assert.ok(part.startsWith(' ') && Buffer.byteLength(part, 'utf8') <= 75);
  assert.equal(folded.replace(/\r\n /g, ''), line);
  assert.equal(foldLine('SUMMARY:kort'), 'SUMMARY:kort');
});

test('TEXT values are escaped and read back unchanged', () => {
  assert.equal(escapeText('a\\b;c,d\ne\r\nf'), 'a\\\\b\\;c\\,d\\ne\\nf');
  const title = 'Koffie; thee, en \\ koekjes\nOok voor mantelzorgers';
  const ics = buildCalendar({ name: 'Agenda', timeZone: TZ, now: NOW, events: [event('esc@beesd', oneOff, { title, categories: ['ontmoeten', 'eten, drinken'] })] });
  const [vevent] = parse(ics).byUid.get('esc@beesd')!;
  assert.equal(vevent!.getFirstPropertyValue('summary'), title);
  assert.deepEqual(vevent!.getFirstProperty('categories')!.getValues(), ['ontmoeten', 'eten, drinken']);
  assert.equal(vevent!.getFirstPropertyValue('contact'), 'Stichting Welzijn');
});

test('a single occurrence gets its own event with its own UID and no rule', () => {
  const [occurrence] = expandSeries(weekly, { from: '2026-04-01', to: '2026-04-01' }, TZ);
  const { series: _s, ...details } = event('koffie@beesd', weekly, { url: 'https://beesd.example/agenda/koffie' });
  const ics = buildOccurrenceCalendar({ timeZone: TZ, event: details, occurrence: occurrence!, now: NOW });
  const { byUid } = parse(ics);
  assert.deepEqual([...byUid.keys()], ['koffie@beesd-20260324T1400']);
  const vevent = byUid.get('koffie@beesd-20260324T1400')![0]!;
  assert.equal(vevent.hasProperty('rrule'), false);
  assert.equal(vevent.hasProperty('recurrence-id'), false);
  const e = new ICAL.Event(vevent);
  assert.equal(e.startDate.toUnixTime(), Date.parse('2026-04-01T10:00:00+02:00') / 1000);
  assert.equal(e.endDate.toUnixTime(), Date.parse('2026-04-01T11:30:00+02:00') / 1000);
  assert.equal(vevent.getFirstPropertyValue('url'), 'https://beesd.example/agenda/koffie');
  assert.match(ics, /BEGIN:VTIMEZONE/);
});

test('a cancelled single occurrence says so', () => {
  const [occurrence] = expandSeries(weekly, { from: '2026-03-17', to: '2026-03-17' }, TZ);
  const { series: _s, ...details } = event('koffie@beesd', weekly);
  const ics = buildOccurrenceCalendar({ timeZone: TZ, event: details, occurrence: occurrence!, now: NOW });
  assert.match(ics, /\r\nSTATUS:CANCELLED\r\n/);
});

test('zones without a hand-written VTIMEZONE are refused clearly', () => {
  assert.throws(() => buildCalendar({ name: 'x', timeZone: 'Europe/Brussels', events: [] }), /VTIMEZONE.*Europe\/Brussels/);
});
