// "Open now" from wall-clock opening hours, always in the network's zone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeBlock, isOpenAt, localClock, rfc5545Day, sortHours } from '../../server/social-map/opening-hours.ts';
import { uuidv5, hsdsId, BUURTKIT_HSDS_NAMESPACE } from '../../server/social-map/uuid.ts';

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

test('sortHours orders by weekday, then time; describeBlock and rfc5545Day', () => {
  assert.deepEqual(sortHours([hours[2]!, hours[1]!, hours[0]!]), hours);
  assert.equal(describeBlock({ weekday: 2, opens: '09:00', closes: '12:30' }), 'Dinsdag 9.00 tot 12.30 uur');
  assert.equal(rfc5545Day(1), 'MO');
  assert.equal(rfc5545Day(7), 'SU');
});

test('uuidv5 matches the RFC 9562 / Python uuid.uuid5 vector, and hsdsId is stable', () => {
  assert.equal(uuidv5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
  assert.equal(uuidv5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), '886313e1-3b8a-5372-9b90-0c9aee199e5d');
  const a = hsdsId('samen-linde', 'service/wijkteam');
  assert.equal(a, uuidv5('samen-linde/service/wijkteam', BUURTKIT_HSDS_NAMESPACE));
  assert.equal(hsdsId('samen-linde', 'service/wijkteam'), a);
  assert.notEqual(hsdsId('samen-beesd', 'service/wijkteam'), a);
  assert.match(a, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.throws(() => uuidv5('x', 'not-a-uuid'), RangeError);
});
