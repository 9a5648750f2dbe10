import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, daysBetween, localToInstant, localToIso, offsetMinutesAt, todayIn } from '../../common/zoned-time.ts';

const AMS = 'Europe/Amsterdam';

test('local wall time -> ISO with the zone offset, winter and summer', () => {
  assert.equal(localToIso('2026-01-15T14:00', AMS), '2026-01-15T14:00:00+01:00');
  assert.equal(localToIso('2026-03-29T14:00', AMS), '2026-03-29T14:00:00+02:00');
  assert.equal(localToIso('2026-07-01T00:00', AMS), '2026-07-01T00:00:00+02:00');
  assert.equal(localToIso('2026-07-01T09:00', 'America/New_York'), '2026-07-01T09:00:00-04:00');
  assert.equal(localToIso('2026-07-01T09:00', 'Asia/Kathmandu'), '2026-07-01T09:00:00+05:45');
  assert.equal(localToIso('2026-07-01T09:00', 'UTC'), '2026-07-01T09:00:00+00:00');
});

test('the instant is right, not just the text', () => {
  assert.equal(new Date(localToInstant('2026-03-29T14:00', AMS)).toISOString(), '2026-03-29T12:00:00.000Z');
  assert.equal(new Date(localToInstant('2026-12-31T23:30', AMS)).toISOString(), '2026-12-31T22:30:00.000Z');
});

test('spring gap: a wall time that does not exist moves forward by the gap', () => {
  assert.equal(localToIso('2026-03-29T02:00', AMS), '2026-03-29T03:00:00+02:00');
  assert.equal(localToIso('2026-03-29T02:30', AMS), '2026-03-29T03:30:00+02:00');
  assert.equal(localToIso('2026-03-29T01:59', AMS), '2026-03-29T01:59:00+01:00');
  assert.equal(localToIso('2026-03-29T03:00', AMS), '2026-03-29T03:00:00+02:00');
  assert.equal(localToIso('2026-03-08T02:30', 'America/New_York'), '2026-03-08T03:30:00-04:00');
});

test('autumn overlap: a wall time that happens twice takes the first instant', () => {
  assert.equal(localToIso('2026-10-25T02:30', AMS), '2026-10-25T02:30:00+02:00');
  assert.equal(new Date(localToInstant('2026-10-25T02:30', AMS)).toISOString(), '2026-10-25T00:30:00.000Z');
  assert.equal(localToIso('2026-10-25T03:00', AMS), '2026-10-25T03:00:00+01:00');
  assert.equal(localToIso('2026-11-01T01:30', 'America/New_York'), '2026-11-01T01:30:00-04:00');
});

test('offset in minutes at an instant', () => {
  assert.equal(offsetMinutesAt(Date.UTC(2026, 0, 1), AMS), 60);
  assert.equal(offsetMinutesAt(Date.UTC(2026, 6, 1), AMS), 120);
  // The change itself: 01:00 UTC on 29 March 2026.
  assert.equal(offsetMinutesAt(Date.UTC(2026, 2, 29, 0, 59), AMS), 60);
  assert.equal(offsetMinutesAt(Date.UTC(2026, 2, 29, 1, 0), AMS), 120);
});

test('today in a zone depends on the zone, not on the machine', () => {
  const lateEvening = new Date('2026-06-30T22:30:00Z'); // 00:30 on 1 July in Amsterdam
  assert.equal(todayIn(AMS, lateEvening), '2026-07-01');
  assert.equal(todayIn('UTC', lateEvening), '2026-06-30');
  assert.equal(todayIn('America/New_York', lateEvening), '2026-06-30');
  assert.match(todayIn(AMS), /^\d{4}-\d{2}-\d{2}$/);
});

test('adding days is calendar arithmetic, across month, year and DST changes', () => {
  assert.equal(addDays('2026-03-28', 1), '2026-03-29');
  assert.equal(addDays('2026-03-29', 1), '2026-03-30');
  assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  assert.equal(addDays('2028-02-28', 1), '2028-02-29');
  assert.equal(addDays('2026-03-01', -1), '2026-02-28');
  assert.equal(addDays('2026-01-01', 365), '2027-01-01');
  assert.equal(daysBetween('2026-03-01', '2026-04-01'), 31);
});

test('rejects malformed input instead of guessing', () => {
  assert.throws(() => localToIso('2026-02-30T10:00', AMS), RangeError);
  assert.throws(() => localToIso('2026-01-01 10:00', AMS), RangeError);
  assert.throws(() => addDays('2026-13-01', 1), RangeError);
  assert.throws(() => localToIso('2026-01-01T10:00', 'Mars/Olympus_Mons'), RangeError);
});

test("Amsterdam's offset without Intl agrees with Intl at every transition from 1996 to 2200", () => {
  const intl = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' });
  const intlOffset = (ms: number) => {
    const name = intl.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')!.value; // "GMT+02:00"
    const [, sign, h, m] = /GMT([+-])(\d{2}):(\d{2})/.exec(name)!;
    return (sign === '-' ? -1 : 1) * (Number(h) * 60 + Number(m));
  };
  const quarter = 15 * 60_000;
  let checked = 0;
  let seed = 7;
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  for (let year = 1996; year <= 2200; year++) {
    // Around both changes (last Sundays of March and October, 01:00 UTC), and four other moments.
    for (const month of [2, 9]) {
      const last = new Date(Date.UTC(year, month + 1, 0, 1));
      const change = last.getTime() - last.getUTCDay() * 86_400_000;
      for (let q = -4; q <= 4; q++) {
        const at = change + q * quarter;
        assert.equal(offsetMinutesAt(at, 'Europe/Amsterdam'), intlOffset(at), new Date(at).toISOString());
        checked++;
      }
    }
    for (let i = 0; i < 4; i++) {
      const at = Date.UTC(year, 0, 1) + Math.floor(random() * 365 * 96) * quarter;
      assert.equal(offsetMinutesAt(at, 'Europe/Amsterdam'), intlOffset(at), new Date(at).toISOString());
      checked++;
    }
  }
  assert.ok(checked > 4000);
});
