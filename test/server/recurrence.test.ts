import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { expandSeries, nextOccurrences, type ExceptionInput, type SeriesInput } from '../../server/agenda/recurrence.ts';

const TZ = 'Europe/Amsterdam';

function series(startsAt: string, rrule: string | null, exceptions: ExceptionInput[] = [], durationMinutes = 90): SeriesInput {
  return { id: 's1', startsAt, durationMinutes, rrule, exceptions };
}

const starts = (s: SeriesInput, from: string, to: string) => expandSeries(s, { from, to }, TZ).map((o) => o.start);

test('a weekly series gives one occurrence per week on its weekday', () => {
  assert.deepEqual(starts(series('2026-01-06T10:00', 'FREQ=WEEKLY;BYDAY=TU'), '2026-01-01', '2026-01-31'), [
    '2026-01-06T10:00:00+01:00',
    '2026-01-13T10:00:00+01:00',
    '2026-01-20T10:00:00+01:00',
    '2026-01-27T10:00:00+01:00',
  ]);
});

test('end = start + duration, with the offset', () => {
  const [o] = expandSeries(series('2026-01-06T10:00', 'FREQ=WEEKLY', [], 90), { from: '2026-01-06', to: '2026-01-06' }, TZ);
  assert.equal(o?.end, '2026-01-06T11:30:00+01:00');
  assert.equal(o?.status, 'scheduled');
  assert.equal(o?.occurrenceKey, '20260106T1000');
});

test('every two weeks keeps the rhythm of the first date', () => {
  assert.deepEqual(starts(series('2026-01-06T10:00', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'), '2026-01-01', '2026-02-28'), [
    '2026-01-06T10:00:00+01:00',
    '2026-01-20T10:00:00+01:00',
    '2026-02-03T10:00:00+01:00',
    '2026-02-17T10:00:00+01:00',
  ]);
});

test('third Thursday of the month', () => {
  assert.deepEqual(starts(series('2026-01-15T14:00', 'FREQ=MONTHLY;BYDAY=3TH'), '2026-01-01', '2026-04-30'), [
    '2026-01-15T14:00:00+01:00',
    '2026-02-19T14:00:00+01:00',
    '2026-03-19T14:00:00+01:00',
    '2026-04-16T14:00:00+02:00',
  ]);
});

test('last Friday of the month (BYDAY=-1FR)', () => {
  assert.deepEqual(starts(series('2026-01-30T19:30', 'FREQ=MONTHLY;BYDAY=-1FR'), '2026-01-01', '2026-05-31'), [
    '2026-01-30T19:30:00+01:00',
    '2026-02-27T19:30:00+01:00',
    '2026-03-27T19:30:00+01:00',
    '2026-04-24T19:30:00+02:00',
    '2026-05-29T19:30:00+02:00',
  ]);
});

test('UNTIL (local time) is inclusive and ends the series', () => {
  const s = series('2026-06-02T10:00', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20260630T100000');
  assert.deepEqual(starts(s, '2026-06-01', '2026-08-31'), ['2026-06-02T10:00:00+02:00', '2026-06-16T10:00:00+02:00', '2026-06-30T10:00:00+02:00']);
});

test('UNTIL in UTC is read as an instant', () => {
  // 2026-06-30T08:00Z is 10:00 in Amsterdam (CEST): the 30 June occurrence is included.
  const s = series('2026-06-23T10:00', 'FREQ=WEEKLY;UNTIL=20260630T080000Z');
  assert.deepEqual(starts(s, '2026-06-01', '2026-08-31'), ['2026-06-23T10:00:00+02:00', '2026-06-30T10:00:00+02:00']);
  const earlier = series('2026-06-23T10:00', 'FREQ=WEEKLY;UNTIL=20260630T075900Z');
  assert.deepEqual(starts(earlier, '2026-06-01', '2026-08-31'), ['2026-06-23T10:00:00+02:00']);
});

test('COUNT limits the number of occurrences, counted from the first', () => {
  const s = series('2026-01-05T09:00', 'FREQ=WEEKLY;BYDAY=MO;COUNT=3');
  assert.deepEqual(starts(s, '2026-01-01', '2026-12-31'), ['2026-01-05T09:00:00+01:00', '2026-01-12T09:00:00+01:00', '2026-01-19T09:00:00+01:00']);
  assert.deepEqual(starts(s, '2026-01-13', '2026-12-31'), ['2026-01-19T09:00:00+01:00']);
});

test('a skipped occurrence (EXDATE) is left out entirely', () => {
  const s = series('2026-01-06T10:00', 'FREQ=WEEKLY', [{ originalStartsAt: '2026-01-13T10:00', kind: 'skipped' }]);
  assert.deepEqual(starts(s, '2026-01-06', '2026-01-20'), ['2026-01-06T10:00:00+01:00', '2026-01-20T10:00:00+01:00']);
});

test('a cancelled occurrence is listed with status cancelled and its note', () => {
  const s = series('2026-01-06T10:00', 'FREQ=WEEKLY', [{ originalStartsAt: '2026-01-13T10:00', kind: 'cancelled', note: 'Zaal bezet' }]);
  const list = expandSeries(s, { from: '2026-01-06', to: '2026-01-20' }, TZ);
  assert.deepEqual(list.map((o) => o.status), ['scheduled', 'cancelled', 'scheduled']);
  assert.equal(list[1]?.note, 'Zaal bezet');
  assert.equal(list[1]?.start, '2026-01-13T10:00:00+01:00');
});

test('a moved occurrence appears at its new time only, keeping its original key', () => {
  const s = series('2026-01-06T10:00', 'FREQ=WEEKLY', [{ originalStartsAt: '2026-01-13T10:00', kind: 'moved', newStartsAt: '2026-01-15T13:30' }]);
  const list = expandSeries(s, { from: '2026-01-06', to: '2026-01-20' }, TZ);
  assert.deepEqual(list.map((o) => [o.start, o.status]), [
    ['2026-01-06T10:00:00+01:00', 'scheduled'],
    ['2026-01-15T13:30:00+01:00', 'moved'],
    ['2026-01-20T10:00:00+01:00', 'scheduled'],
  ]);
  assert.equal(list[1]?.occurrenceKey, '20260113T1000');
  assert.equal(list[1]?.originalStart, '2026-01-13T10:00:00+01:00');
  assert.equal(list[1]?.localStart, '2026-01-15T13:30');
  assert.equal(list[1]?.end, '2026-01-15T15:00:00+01:00');
});

test('a move across the window boundary follows the new date', () => {
  const s = series('2026-01-06T10:00', 'FREQ=WEEKLY', [{ originalStartsAt: '2026-01-27T10:00', kind: 'moved', newStartsAt: '2026-02-02T10:00' }]);
  // Original date inside January, new date in February: gone from January...
  assert.deepEqual(starts(s, '2026-01-21', '2026-01-31'), []);
  // ...and shown in February, though the rule itself has nothing there before the 3rd.
  assert.deepEqual(starts(s, '2026-02-01', '2026-02-03'), ['2026-02-02T10:00:00+01:00', '2026-02-03T10:00:00+01:00']);
});

test('a "moved" exception that matches no occurrence is ignored', () => {
  const s = series('2026-01-06T10:00', 'FREQ=WEEKLY', [{ originalStartsAt: '2026-01-14T10:00', kind: 'moved', newStartsAt: '2026-01-16T10:00' }]);
  assert.deepEqual(starts(s, '2026-01-16', '2026-01-16'), []);
});

test('DST: a weekly 14:00 series stays at 14:00 local across the March change', () => {
  const list = expandSeries(series('2026-03-01T14:00', 'FREQ=WEEKLY'), { from: '2026-03-20', to: '2026-04-06' }, TZ);
  assert.deepEqual(list.map((o) => o.start), ['2026-03-22T14:00:00+01:00', '2026-03-29T14:00:00+02:00', '2026-04-05T14:00:00+02:00']);
  assert.deepEqual(list.map((o) => new Date(o.start).toISOString()), ['2026-03-22T13:00:00.000Z', '2026-03-29T12:00:00.000Z', '2026-04-05T12:00:00.000Z']);
});

test('DST: and back to +01:00 across the October change', () => {
  assert.deepEqual(starts(series('2026-10-04T14:00', 'FREQ=WEEKLY'), '2026-10-18', '2026-11-01'), [
    '2026-10-18T14:00:00+02:00',
    '2026-10-25T14:00:00+01:00',
    '2026-11-01T14:00:00+01:00',
  ]);
});

test('an occurrence in the spring gap moves forward by the gap', () => {
  const [o] = expandSeries(series('2026-03-22T02:30', 'FREQ=WEEKLY', [], 60), { from: '2026-03-29', to: '2026-03-29' }, TZ);
  assert.equal(o?.start, '2026-03-29T03:30:00+02:00');
  assert.equal(o?.localStart, '2026-03-29T03:30');
  assert.equal(o?.originalLocalStart, '2026-03-29T02:30');
  assert.equal(o?.occurrenceKey, '20260329T0230');
  assert.equal(o?.end, '2026-03-29T04:30:00+02:00');
});

test('an occurrence in the autumn overlap takes the first (summer-time) instant', () => {
  const [o] = expandSeries(series('2026-10-18T02:30', 'FREQ=WEEKLY', [], 60), { from: '2026-10-25', to: '2026-10-25' }, TZ);
  assert.equal(o?.start, '2026-10-25T02:30:00+02:00');
  assert.equal(o?.end, '2026-10-25T02:30:00+01:00'); // an hour of elapsed time later
});

test('window days are inclusive at both ends, in local time', () => {
  // 00:15 and 23:45 local sit on the window's own days even though in UTC they do not.
  const early = series('2026-01-01T00:15', 'FREQ=DAILY', [], 15);
  assert.deepEqual(starts(early, '2026-01-10', '2026-01-11'), ['2026-01-10T00:15:00+01:00', '2026-01-11T00:15:00+01:00']);
  const late = series('2026-01-01T23:45', 'FREQ=DAILY', [], 15);
  assert.deepEqual(starts(late, '2026-01-10', '2026-01-11'), ['2026-01-10T23:45:00+01:00', '2026-01-11T23:45:00+01:00']);
  assert.deepEqual(starts(late, '2026-01-10', '2026-01-10'), ['2026-01-10T23:45:00+01:00']);
  assert.deepEqual(starts(late, '2026-01-11', '2026-01-10'), []);
});

test('a series that started years before the window is still on its grid', () => {
  // Every two weeks from Tuesday 7 January 2025: 2027-01-05 is 104 weeks later.
  assert.deepEqual(starts(series('2025-01-07T10:00', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU'), '2027-01-01', '2027-01-31'), [
    '2027-01-05T10:00:00+01:00',
    '2027-01-19T10:00:00+01:00',
  ]);
  assert.deepEqual(starts(series('2025-01-16T14:00', 'FREQ=MONTHLY;BYDAY=3TH'), '2027-03-01', '2027-03-31'), ['2027-03-18T14:00:00+01:00']);
});

test('a one-off event appears once, only inside the window', () => {
  const s = series('2026-12-12T10:00', null);
  assert.deepEqual(starts(s, '2026-12-01', '2026-12-31'), ['2026-12-12T10:00:00+01:00']);
  assert.deepEqual(starts(s, '2026-12-13', '2026-12-31'), []);
});

test('nextOccurrences gives the next n from a day, including moved-in ones in order', () => {
  const s = series('2026-01-15T14:00', 'FREQ=MONTHLY;BYDAY=3TH', [
    { originalStartsAt: '2026-03-19T14:00', kind: 'skipped' },
    { originalStartsAt: '2026-04-16T14:00', kind: 'moved', newStartsAt: '2026-04-09T14:00' },
  ]);
  assert.deepEqual(
    nextOccurrences(s, '2026-02-20', 3, TZ).map((o) => [o.localStart, o.status]),
    [
      ['2026-04-09T14:00', 'moved'],
      ['2026-05-21T14:00', 'scheduled'],
      ['2026-06-18T14:00', 'scheduled'],
    ],
  );
  assert.deepEqual(nextOccurrences(series('2026-01-05T09:00', 'FREQ=WEEKLY;COUNT=2'), '2026-01-01', 5, TZ).length, 2);
});

// Fast-forwarding must not change anything: compare with a plain ical.js iteration from
// the very first start, for shapes where we jump and where we do not.
test('expansion equals a plain ical.js iteration for many rules and windows', () => {
  const rules: [string, string][] = [
    ['2023-01-03T10:00', 'FREQ=WEEKLY;BYDAY=TU'],
    ['2023-01-04T10:00', 'FREQ=WEEKLY;INTERVAL=3;BYDAY=WE,FR'],
    ['2023-01-08T10:00', 'FREQ=WEEKLY;INTERVAL=2;WKST=SU;BYDAY=SU,TU'],
    ['2023-01-02T09:00', 'FREQ=DAILY;INTERVAL=5'],
    ['2023-01-02T09:00', 'FREQ=DAILY;BYDAY=MO,WE'],
    ['2023-01-19T14:00', 'FREQ=MONTHLY;BYDAY=3TH'],
    ['2023-01-27T14:00', 'FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR'],
    ['2023-01-31T14:00', 'FREQ=MONTHLY'],
    ['2023-01-05T14:00', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=5,-1'],
    ['2023-01-31T14:00', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1'],
    ['2023-02-28T14:00', 'FREQ=MONTHLY;BYMONTH=2,5;BYDAY=-1TU'],
    ['2023-01-29T14:00', 'FREQ=MONTHLY;BYDAY=5SU'],
    ['2023-03-26T10:00', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'],
    ['2023-01-03T10:00', 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270101T000000'],
  ];
  const windows = [
    ['2023-01-01', '2023-02-15'],
    ['2025-06-01', '2025-07-15'],
    ['2026-12-20', '2027-02-10'],
    ['2029-02-01', '2029-03-31'],
  ] as const;
  for (const [startsAt, rrule] of rules) {
    for (const [from, to] of windows) {
      const expected: string[] = [];
      const it = ICAL.Recur.fromString(rrule).iterator(ICAL.Time.fromDateTimeString(`${startsAt}:00`));
      for (let t = it.next(); t; t = it.next()) {
        const local = t.toString().slice(0, 16);
        if (local.slice(0, 10) > to) break;
        if (local.slice(0, 10) >= from) expected.push(local);
      }
      const actual = expandSeries(series(startsAt, rrule), { from, to }, TZ).map((o) => o.localStart);
      assert.deepEqual(actual, expected, `${rrule} from ${startsAt}, window ${from}..${to}`);
    }
  }
});

test('expanding 100 long-running series for 30 days stays fast', () => {
  const s = [series('2020-01-16T14:00', 'FREQ=MONTHLY;BYDAY=3TH'), series('2020-01-07T10:00', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU')];
  const t0 = performance.now();
  for (let i = 0; i < 50; i++) for (const x of s) expandSeries(x, { from: '2027-05-01', to: '2027-05-30' }, TZ);
  // Generous bound (iterating from 2020 took ~10 ms per monthly series); catches a lost fast-forward.
  assert.ok(performance.now() - t0 < 400, `took ${performance.now() - t0} ms`);
});

test('a rule whose dates lie decades apart (29 February on a Monday) is stopped on the clock, not expanded for seconds', async () => {
  const { ExpansionLimitError } = await import('../../server/agenda/recurrence.ts');
  const series: SeriesInput = { id: 'zeldzaam', startsAt: '2027-01-21T14:00', durationMinutes: 60, rrule: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO', exceptions: [] };
  const started = performance.now();
  assert.throws(() => nextOccurrences(series, '2027-01-21', 50, 'Europe/Amsterdam'), ExpansionLimitError);
  assert.ok(performance.now() - started < 2500, `stopped after ${Math.round(performance.now() - started)} ms`);
});

test('the clock counts only the work of the rule: a caller slow between two dates does not stop a weekly series', async () => {
  const { ruleStarts, MAX_RULE_MS } = await import('../../server/agenda/recurrence.ts');
  const series: SeriesInput = { id: 'koffie', startsAt: '2026-01-01T10:00', durationMinutes: 60, rrule: 'FREQ=WEEKLY;BYDAY=TH', exceptions: [] };
  const dates: string[] = [];
  // As the seed or a busy machine does: more than the whole clock passes between the dates.
  for (const p of ruleStarts(series, '2026-01-01', 'Europe/Amsterdam')) {
    dates.push(`${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`);
    if (dates.length === 3) break;
    const until = performance.now() + MAX_RULE_MS / 2 + 50;
    while (performance.now() < until);
  }
  assert.deepEqual(dates, ['2026-01-01', '2026-01-08', '2026-01-15']);
});
