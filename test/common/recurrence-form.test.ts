import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { checkModel, endTime, minutesBetween, ordinalOf, ordinalsOf, parseRule, weekdayOf, writeRule, type RecurrenceModel } from '../../common/recurrence-form.ts';

const seedRules = [...new Set([...readFileSync(new URL('../../server/seed/demo-network.ts', import.meta.url), 'utf8').matchAll(/rrule: '([^']*)'/g)].map((m) => m[1]!))];

test('every rule of the demo seed opens in the editor (not as a custom rule) and writes back byte for byte', () => {
  assert.ok(seedRules.length >= 30, `the seed's rules were found (${seedRules.length})`);
  for (const rule of seedRules) {
    const model = parseRule(rule);
    assert.notEqual(model.kind, 'custom', `${rule} is one the editor shows`);
    assert.equal(writeRule(model), rule);
  }
});

test('the seed’s kinds of rule become the choices a person sees', () => {
  assert.deepEqual(parseRule('FREQ=WEEKLY;BYDAY=MO,WE'), { kind: 'weekly', interval: 1, days: ['MO', 'WE'], end: { kind: 'never' } });
  assert.deepEqual(parseRule('FREQ=MONTHLY;BYDAY=-1FR'), { kind: 'monthly', ordinal: -1, day: 'FR', end: { kind: 'never' } });
  assert.deepEqual(parseRule('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270119T235959'), { kind: 'weekly', interval: 1, days: ['TU'], end: { kind: 'until', date: '2027-01-19' } });
  assert.deepEqual(parseRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=WE'), { kind: 'weekly', interval: 2, days: ['WE'], end: { kind: 'never' } });
  assert.deepEqual(parseRule(null), { kind: 'once' });
});

test('"tot en met" writes UNTIL at the end of that day, floating local; "… keer" writes COUNT', () => {
  assert.equal(writeRule({ kind: 'weekly', interval: 1, days: ['TH'], end: { kind: 'until', date: '2027-06-24' } }), 'FREQ=WEEKLY;BYDAY=TH;UNTIL=20270624T235959');
  assert.equal(writeRule({ kind: 'monthly', ordinal: 3, day: 'TH', end: { kind: 'count', count: 10 } }), 'FREQ=MONTHLY;BYDAY=3TH;COUNT=10');
  assert.deepEqual(parseRule('FREQ=MONTHLY;BYDAY=3TH;COUNT=10'), { kind: 'monthly', ordinal: 3, day: 'TH', end: { kind: 'count', count: 10 } });
  assert.equal(writeRule({ kind: 'once' }), null);
});

test('weekdays are written Monday first, whatever order they were ticked in', () => {
  assert.equal(writeRule({ kind: 'weekly', interval: 3, days: ['FR', 'MO'], end: { kind: 'never' } }), 'FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,FR');
});

test('a rule the editor cannot show as it is stays custom and is kept exactly', () => {
  for (const rule of [
    'FREQ=DAILY',
    'FREQ=WEEKLY;BYDAY=WE,MO', // another order: rewriting would change it
    'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO',
    'FREQ=WEEKLY;BYDAY=MO;UNTIL=20270119T120000Z',
    'FREQ=MONTHLY;BYMONTHDAY=15',
    'FREQ=MONTHLY;BYDAY=5TH',
    'FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO',
    'FREQ=WEEKLY;BYDAY=MO;COUNT=5;UNTIL=20270119T235959',
    'FREQ=WEEKLY;WKST=SU;BYDAY=MO',
    'FREQ=WEEKLY;INTERVAL=5;BYDAY=MO',
  ]) {
    const model = parseRule(rule);
    assert.deepEqual(model, { kind: 'custom', rrule: rule }, rule);
    assert.equal(writeRule(model), rule);
  }
});

test('what keeps a choice from being saved is named by its part', () => {
  const weekly = (end: Extract<RecurrenceModel, { kind: 'weekly' }>['end']) => ({ kind: 'weekly', interval: 1, days: ['MO'], end }) as RecurrenceModel;
  assert.deepEqual(checkModel({ kind: 'weekly', interval: 1, days: [], end: { kind: 'never' } }, '2027-01-04'), { days: 'missing' });
  assert.deepEqual(checkModel(weekly({ kind: 'until', date: '2027-01-03' }), '2027-01-04'), { until: 'before-start' });
  assert.deepEqual(checkModel(weekly({ kind: 'until', date: '2027-02-30' }), '2027-01-04'), { until: 'invalid' });
  assert.deepEqual(checkModel(weekly({ kind: 'count', count: 0 }), '2027-01-04'), { count: 'invalid' });
  assert.deepEqual(checkModel(weekly({ kind: 'count', count: 12 }), '2027-01-04'), {});
});

test('a first date suggests its weekday and which of the month it is', () => {
  assert.equal(weekdayOf('2027-01-21'), 'TH');
  assert.equal(ordinalOf('2027-01-21'), 3);
  assert.equal(ordinalOf('2027-01-01'), 1);
  assert.equal(ordinalOf('2027-01-29'), -1); // the fifth Friday: only "the last" fits
});

test('from day 22 a date can be the fourth and the last of its weekday at once: both are offered, the fourth first', () => {
  assert.deepEqual(ordinalsOf('2027-01-21'), [3]);
  assert.deepEqual(ordinalsOf('2027-01-28'), [4, -1]); // the fourth Thursday of January 2027, and its last
  assert.deepEqual(ordinalsOf('2027-01-25'), [4, -1]); // 25 + 7 > 31: no fifth Monday after it
  assert.deepEqual(ordinalsOf('2026-12-24'), [4]); // a fifth Thursday follows on 31 December
  assert.deepEqual(ordinalsOf('2027-01-29'), [-1]);
  assert.equal(ordinalOf('2027-01-28'), 4, 'not "the last" without asking');
});

test('start and end time give the duration; an end before the start gives none', () => {
  assert.equal(minutesBetween('14:00', '16:30'), 150);
  assert.equal(minutesBetween('14:00', '14:00'), undefined);
  assert.equal(minutesBetween('14:00', '09:00'), undefined);
  assert.equal(minutesBetween('', '09:00'), undefined);
  assert.equal(endTime('14:00', 150), '16:30');
});
