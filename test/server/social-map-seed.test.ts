// The seeded sociale kaart (server/seed/social-map.ts) on the real schema: PGlite by
// default, PostgreSQL with DATABASE_URL (test/with-postgres.sh).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { seedIfEmpty } from '../../server/seed/seed.ts';
import { openTestDatabase } from './test-app.ts';
import { socialMapQuestions } from './social-map-questions.ts';

const count = async (db: Database, sql: string) => (await db.query<{ n: number }>(sql)).rows[0].n;

describe('the seeded sociale kaart', () => {
  let db: Database;
  let seeded: boolean;

  before(async () => {
    db = await openTestDatabase();
    await migrate(db);
    seeded = await seedIfEmpty(db);
  });

  after(async () => {
    await db.close();
  });

  it('is seeded with the network', () => {
    assert.equal(seeded, true);
  });

  it('has at least 120 services, of all three kinds in a sensible mix', async () => {
    const { rows } = await db.query<{ kind: string; n: number }>('select kind, count(*)::int as n from services group by kind');
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, r.n]));
    const total = rows.reduce((sum, r) => sum + r.n, 0);
    assert.ok(total >= 120, `services: ${total}`);
    assert.ok(byKind.informal / total > 0.35 && byKind.informal / total < 0.55, `informal: ${byKind.informal}`);
    assert.ok(byKind.professional / total > 0.3 && byKind.professional / total < 0.5, `professional: ${byKind.professional}`);
    assert.ok(byKind.both / total > 0.08 && byKind.both / total < 0.25, `both: ${byKind.both}`);
  });

  it('has ten top categories, each with 2 to 5 sub-categories and with services', async () => {
    const { rows } = await db.query<{ id: string; subs: number; services: number }>(
      `select t.id,
              (select count(*)::int from service_categories s where s.parent_id = t.id) as subs,
              (select count(distinct l.service_id)::int from service_category_links l
                 join service_categories c on c.id = l.category_id
                where c.id = t.id or c.parent_id = t.id) as services
         from service_categories t where t.parent_id is null`,
    );
    assert.equal(rows.length, 10);
    for (const r of rows) {
      assert.ok(r.subs >= 2 && r.subs <= 5, `${r.id}: ${r.subs} sub-categories`);
      assert.ok(r.services >= 5, `${r.id}: ${r.services} services`);
    }
    assert.equal(await count(db, `select count(*)::int as n from services s
      where not exists (select 1 from service_category_links l where l.service_id = s.id)`), 0);
  });

  it('gives every service one or two locations or none, and mostly opening hours', async () => {
    assert.equal(await count(db, 'select count(*)::int as n from (select service_id from service_locations group by service_id having count(*) > 2) x'), 0);
    assert.equal(await count(db, 'select count(*)::int as n from service_locations where sort = 0'),
      await count(db, 'select count(distinct service_id)::int as n from service_locations'));
    const withHours = await count(db, 'select count(distinct service_id)::int as n from opening_hours');
    assert.ok(withHours >= 80, `services with hours: ${withHours}`);
    assert.ok(await count(db, 'select count(*)::int as n from opening_hours where location_id is null') > 0, 'telephone lines');
    assert.ok(await count(db, `select count(*)::int as n from services s where by_appointment
      and not exists (select 1 from opening_hours h where h.service_id = s.id)`) >= 3, 'by appointment only');
    const locations = await count(db, 'select count(*)::int as n from locations');
    assert.ok(locations >= 10 && locations <= 15, `locations: ${locations}`);
  });

  it('serves all villages, with some services for one buurtschap only', async () => {
    const villages = await count(db, 'select count(*)::int as n from villages');
    const everywhere = await count(db, `select count(*)::int as n from (select service_id from service_areas group by service_id having count(*) = ${villages}) x`);
    const services = await count(db, 'select count(*)::int as n from services');
    assert.ok(everywhere / services > 0.8, `for all villages: ${everywhere}`);
    assert.ok(await count(db, `select count(*)::int as n from (select service_id from service_areas group by service_id having count(*) = 1) x`) >= 5);
    assert.deepEqual((await db.query<{ village_id: string }>(`select village_id from service_areas where service_id = 'burenhulp-hoogwaard'`)).rows, [{ village_id: 'hoogwaard' }]);
    assert.equal(await count(db, 'select count(*)::int as n from services s where not exists (select 1 from service_areas a where a.service_id = s.id)'), 0);
  });

  it('has an answer for every question at the inloop desk', async () => {
    assert.ok(socialMapQuestions.length >= 25);
    const ids = new Set((await db.query<{ id: string }>('select id from services')).rows.map((r) => r.id));
    for (const q of socialMapQuestions) assert.ok(ids.has(q.expected), `${q.question}: ${q.expected}`);
    const cooperatie = await count(db, `select count(*)::int as n from services where name ilike '%coöperatie%'`);
    assert.ok(cooperatie >= 1, 'a name with "coöperatie"');
  });

  it('has at least 25 synonym groups', async () => {
    assert.ok(await count(db, 'select count(*)::int as n from synonym_groups') >= 25);
  });

  it('has about ten services whose information may be outdated', async () => {
    const old = await count(db, `select count(*)::int as n from services where assured_date < date '2025-11-15'`);
    assert.ok(old >= 8 && old <= 14, `older than a year: ${old}`);
    assert.equal(await count(db, `select count(*)::int as n from services where assured_date > date '2026-11-15'`), 0);
  });

  it('gives every service contact data, a description and keywords', async () => {
    assert.equal(await count(db, `select count(*)::int as n from services
      where coalesce(phone, email, website) is null or cardinality(keywords) < 3 or cardinality(keywords) > 8`), 0);
    assert.ok(await count(db, 'select count(*)::int as n from service_contacts') >= 5);
    const { rows } = await db.query<{ phone: string | null; email: string | null; website: string | null }>(
      'select phone, email, website from services union all select phone, email, null from service_contacts',
    );
    for (const r of rows) {
      if (r.phone) assert.match(r.phone, /^(0345-0000\d\d|06-00000\d{3})$/);
      if (r.email) assert.match(r.email, /@(example\.org|voorbeeld\.nl)$/);
      if (r.website) assert.match(r.website, /^https:\/\/[a-z0-9-]+\.example\.org$/);
    }
  });

  it('tells professionals and volunteers apart in the long descriptions', async () => {
    assert.ok(await count(db, `select count(*)::int as n from services where kind = 'professional' and long_description ilike '%werk voor professionals%'`) >= 8);
    assert.ok(await count(db, `select count(*)::int as n from services where kind = 'informal' and long_description ~* '(vrijwilliger|buren|buurt).*\\m(niet|geen)\\M'`) >= 20, 'what volunteers do not do');
  });

  it('does not seed twice', async () => {
    const total = () => count(db, 'select (select count(*) from services)::int + (select count(*) from synonym_groups)::int + (select count(*) from opening_hours)::int as n');
    const before = await total();
    assert.equal(await seedIfEmpty(db), false);
    assert.equal(await total(), before);
  });
});
