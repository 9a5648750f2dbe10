// Migration 020 (decision 0014 point 8): organisations and places get `updated_at`, backfilled
// from the audit log's last change, else their oldest service, else the migration's time;
// afterwards every update that changes a row moves it on, whichever write path makes it.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { addAccount } from '../../server/accounts/manage.ts';
import { migrate } from '../../server/db/migrate.ts';
import { seedIfEmpty } from '../../server/seed/seed.ts';
import { openTestDatabase } from './test-app.ts';

const db = await openTestDatabase();
after(() => db.close());
await migrate(db);
await seedIfEmpty(db);
const rows = async <T = any>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows;
const at = async (table: string, id: string) => new Date((await rows(`select updated_at from ${table} where id = $1`, [id]))[0].updated_at).toISOString();

test('the backfill takes the audit log\'s last change, else the oldest service, else the time of the migration', async () => {
  // The database as it was before 020, with a history behind it.
  await db.query('drop trigger organizations_updated_at on organizations');
  await db.query('drop trigger locations_updated_at on locations');
  await db.query('drop function touch_updated_at()');
  await db.query('alter table organizations drop column updated_at');
  await db.query('alter table locations drop column updated_at');
  await db.query(`delete from schema_migrations where name = '020_record_updated_at.sql'`);
  const anna = await addAccount(db, { email: 'anna@elders.example', name: 'Anna', role: 'coordinator', password: 'een wachtwoord van de migratie' });
  const [org] = await rows<{ id: string }>('select organization_id as id from services group by organization_id having count(*) > 1 limit 1');
  const [place] = await rows<{ id: string }>('select location_id as id from service_locations group by location_id having count(*) > 1 limit 1');
  await db.query(`update services set updated_at = '2026-05-01T10:00:00Z' where organization_id = $1`, [org!.id]);
  await db.query(`update services set updated_at = '2026-04-01T08:00:00Z' where id = (select min(id) from services where organization_id = $1)`, [org!.id]);
  await db.query(`update services set updated_at = '2026-03-15T12:00:00Z' where id in (select service_id from service_locations where location_id = $1)`, [place!.id]);
  const [edited] = await rows<{ id: string }>('select id from organizations where id <> $1 order by id limit 1', [org!.id]);
  await db.query(`insert into audit_log (at, account_id, action, record_type, record_id) values
    ('2026-11-20T10:00:00Z', $1, 'update', 'organization', $2), ('2026-11-25T10:00:00Z', $1, 'view', 'organization', $2),
    ('2026-10-02T09:00:00Z', $1, 'import', 'location', 'plek-uit-bestand')`, [anna.id, edited!.id]);
  await db.query(`insert into organizations (id, name, kind, description) values ('zonder-diensten', 'Zonder diensten', 'volunteer', '')`);
  await db.query(`insert into locations (id, name, street, postal_code, locality, village_id) values
    ('plek-uit-bestand', 'Plek', 'Dijk 1', '4151 AA', 'Linde', 'linde'), ('losse-plek', 'Los', 'Dijk 2', '4151 AA', 'Linde', 'linde')`);

  const before = Date.now();
  assert.deepEqual(await migrate(db), ['020_record_updated_at.sql']);
  assert.equal(await at('organizations', edited!.id), '2026-11-20T10:00:00.000Z', 'the last change the audit log names (a view is none)');
  assert.equal(await at('organizations', org!.id), '2026-04-01T08:00:00.000Z', 'the oldest of its services');
  assert.equal(await at('locations', 'plek-uit-bestand'), '2026-10-02T09:00:00.000Z');
  assert.equal(await at('locations', place!.id), '2026-03-15T12:00:00.000Z');
  for (const [table, id] of [['organizations', 'zonder-diensten'], ['locations', 'losse-plek']] as const) {
    assert.ok(Date.parse(await at(table, id)) >= before - 1000, `${id}: no evidence, the migration's time`);
  }
});

test('every update that changes an organisation or a place moves its updated_at on; one that changes nothing, or sets it, does not', async () => {
  const org = (await rows<{ id: string }>('select id from organizations order by id limit 1'))[0]!.id;
  await db.query(`update organizations set updated_at = '2026-01-01T00:00:00Z' where id = $1`, [org]);
  assert.equal(await at('organizations', org), '2026-01-01T00:00:00.000Z', 'a time set on purpose (the import) is kept');
  await db.query('update organizations set description = description where id = $1', [org]);
  assert.equal(await at('organizations', org), '2026-01-01T00:00:00.000Z', 'nothing changed');
  const before = Date.now();
  await db.query(`update organizations set description = 'Nieuw.' where id = $1`, [org]);
  assert.ok(Date.parse(await at('organizations', org)) >= before - 1000);
  await db.query(`update locations set updated_at = '2026-01-01T00:00:00Z' where id = 'losse-plek'`);
  await db.query(`update locations set street = 'Dijk 3' where id = 'losse-plek'`);
  assert.ok(Date.parse(await at('locations', 'losse-plek')) >= before - 1000);
  const [{ n }] = await rows<{ n: number }>(`select count(*)::int as n from organizations where updated_at is null`);
  assert.equal(n, 0);
});
