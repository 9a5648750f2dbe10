// "Open now" from wall-clock opening hours, always in the network's zone (common/, used
// by the widget and the API alike). Run under several machine zones by test:timezones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoursOn, isOpenAt, localClock, sortHours } from '../../common/opening-hours.ts';

const zone = 'Europe/Amsterdam';
const hours = [
  { weekday: 2, opens: '09:00', closes: '12:00' },
  { weekday: 2, opens: '13:00', closes: '16:30' },
  { weekday: 7, opens: '10:00', closes: '12:00' },
];

test('isOpenAt: the opening minute counts, the closing minute does not', () => {
  assert.equal(isOpenAt(hours, { weekday: 2, time: '09:00' }), true);
  assert.equal(isOpenAt(hours, { weekday: 2, time: '11:59' }), true);
  assert.equal(isOpenAt(hours, { weekday: 2, time: '12:00' }), false);
  assert.equal(isOpenAt(hours, { weekday: 2, time: '12:30' }), false);
  assert.equal(isOpenAt(hours, { weekday: 2, time: '16:29' }), true);
  assert.equal(isOpenAt(hours, { weekday: 3, time: '10:00' }), false);
  assert.equal(isOpenAt(hours, { weekday: 7, time: '10:00' }), true);
  assert.equal(isOpenAt([], { weekday: 2, time: '10:00' }), false);
});

test('localClock reads Amsterdam wall time, in winter and in summer, whatever the machine zone', () => {
  assert.deepEqual(localClock(new Date('2026-12-15T09:00:00Z'), zone), { weekday: 2, time: '10:00' });
  assert.deepEqual(localClock(new Date('2027-06-15T08:00:00Z'), zone), { weekday: 2, time: '10:00' });
  // Sunday 23:30 in Amsterdam is still Sunday there, though Monday in UTC+2-and-later zones' terms.
  assert.deepEqual(localClock(new Date('2026-12-20T22:30:00Z'), zone), { weekday: 7, time: '23:30' });
  // Monday 00:30 in Amsterdam is Sunday 23:30 UTC.
  assert.deepEqual(localClock(new Date('2026-12-20T23:30:00Z'), zone), { weekday: 1, time: '00:30' });
  // Across the change to summer time (28 March 2027, 02:00 -> 03:00).
  assert.deepEqual(localClock(new Date('2027-03-28T01:30:00Z'), zone), { weekday: 7, time: '03:30' });
});

test('sortHours orders by weekday, then time; hoursOn keeps the blocks of that day', () => {
  assert.deepEqual(sortHours([hours[2]!, hours[1]!, hours[0]!]), hours);
  assert.deepEqual(hoursOn(hours, { weekday: 2, time: '20:00' }), hours.slice(0, 2));
  assert.deepEqual(hoursOn(hours, { weekday: 1, time: '10:00' }), []);
});
