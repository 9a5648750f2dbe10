// The seeded village bus: the rules the issue asks for, the drivers (one not eligible) and the
// demo driver account linked to its driver, printed with the other demo logins.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoLoginNotice, seedDemoAccounts } from '../../server/seed/demo-accounts.ts';
import { DEMO_DRIVER_ID } from '../../server/seed/rides.ts';
import { testApp } from './test-app.ts';

test('the bus has seats, a wheelchair place, weekday hours, blocked holidays and three drivers', async () => {
  const { db } = await testApp();
  const { rows: service } = await db.query('select lead_working_days, booking_days, cost_kind, cost_cents, privacy_version from ride_service');
  assert.deepEqual(service, [{ lead_working_days: 2, booking_days: 56, cost_kind: 'fixed', cost_cents: 250, privacy_version: 'vervoer-2026-12' }]);
  const { rows: blocked } = await db.query<{ reason: string }>('select reason from ride_blocked_days order by day');
  assert.deepEqual(blocked.map((b) => b.reason), ['Eerste Kerstdag', 'Tweede Kerstdag', 'Nieuwjaarsdag']);
  // Eligible on 1 December 2026: active, licence valid, VOG at most three years old.
  const { rows: eligible } = await db.query<{ first_name: string }>(
    `select first_name from ride_drivers where active and licence_valid_until >= date '2026-12-01' and vog_received_on > date '2026-12-01' - interval '3 years' order by first_name`,
  );
  assert.deepEqual(eligible.map((d) => d.first_name), ['Henk', 'Marijke']);
  assert.equal((await db.query('select 1 from ride_drivers')).rows.length, 3);
});

test('the demo accounts include a driver, linked to the seeded driver and printed with the others', async () => {
  const { db } = await testApp();
  const made = await seedDemoAccounts(db);
  const driver = made.find((l) => l.email === 'chauffeur@demo.buurtkit.nl');
  assert.equal(driver?.role, 'driver');
  const { rows } = await db.query<{ email: string; role: string }>('select a.email, a.role from ride_drivers d join accounts a on a.id = d.account_id where d.id = $1', [DEMO_DRIVER_ID]);
  assert.deepEqual(rows, [{ email: 'chauffeur@demo.buurtkit.nl', role: 'driver' }]);
  assert.match(demoLoginNotice(made), /chauffeur@demo\.buurtkit\.nl\s+\S+\s+\(driver\)/);
});
