import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dutchHolidays, easterSunday, holidaysBetween } from '../../common/holidays.ts';

test('Easter falls on the known dates', () => {
  const known: Record<number, string> = { 2019: '2019-04-21', 2024: '2024-03-31', 2025: '2025-04-20', 2026: '2026-04-05', 2027: '2027-03-28', 2038: '2038-04-25', 2285: '2285-03-22' };
  for (const [year, date] of Object.entries(known)) assert.equal(easterSunday(Number(year)), date, year);
});

test('the Dutch holidays of 2026, in order', () => {
  assert.deepEqual(
    dutchHolidays(2026).map((h) => `${h.date} ${h.key}`),
    [
      '2026-01-01 nieuwjaarsdag',
      '2026-04-03 goede-vrijdag',
      '2026-04-05 eerste-paasdag',
      '2026-04-06 tweede-paasdag',
      '2026-04-27 koningsdag',
      '2026-05-05 bevrijdingsdag',
      '2026-05-14 hemelvaartsdag',
      '2026-05-24 eerste-pinksterdag',
      '2026-05-25 tweede-pinksterdag',
      '2026-12-25 eerste-kerstdag',
      '2026-12-26 tweede-kerstdag',
    ],
  );
});

test('Koningsdag moves to the 26th when the 27th is a Sunday', () => {
  assert.equal(dutchHolidays(2025).find((h) => h.key === 'koningsdag')!.date, '2025-04-26');
  assert.equal(dutchHolidays(2031).find((h) => h.key === 'koningsdag')!.date, '2031-04-26');
  assert.equal(dutchHolidays(2027).find((h) => h.key === 'koningsdag')!.date, '2027-04-27');
});

test('the holidays of the next twelve months run across the new year', () => {
  assert.deepEqual(
    holidaysBetween('2026-12-02', '2027-04-01').map((h) => h.date),
    ['2026-12-25', '2026-12-26', '2027-01-01', '2027-03-26', '2027-03-28', '2027-03-29'],
  );
});
