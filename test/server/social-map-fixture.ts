// A small sociale kaart of our own, inserted next to whatever the seed holds, so the
// services tests don't depend on the seeded map. Every id starts with `zw-` and every
// service name holds the word "Zwaluw", so a test can pick out exactly these.
import { after } from 'node:test';
import { createApp } from '../../server/app.ts';
import type { Database, Queryable } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { createLogger } from '../../server/log.ts';
import { seedIfEmpty } from '../../server/seed/seed.ts';
import { openTestDatabase } from './test-app.ts';

export const FIXTURE_SERVICES = ['zw-schuldhulpmaatje', 'zw-wijkteam-spreekuur', 'zw-cafe-ontmoeting', 'zw-mantelzorglijn', 'zw-oud-loket'] as const;

/** Instants in Amsterdam wall time (winter, +01:00 / summer, +02:00). */
export const moments = {
  tuesday10: new Date('2026-12-15T10:00:00+01:00'),
  tuesday14: new Date('2026-12-15T14:00:00+01:00'),
  sunday22: new Date('2026-12-20T22:00:00+01:00'),
  sunday11: new Date('2026-12-20T11:00:00+01:00'),
  summerTuesday10: new Date('2027-06-15T10:00:00+02:00'),
};

export async function insertFixture(db: Queryable): Promise<void> {
  await db.query(`insert into service_categories (id, parent_id, name, description, sort) values
    ('zw-geld', null, 'Zwaluw geld', 'Rond komen, rekeningen en schulden.', 900),
    ('zw-schulden', 'zw-geld', 'Zwaluw schulden', 'Hulp als de rekeningen zich opstapelen.', 1),
    ('zw-ontmoeting', null, 'Zwaluw ontmoeting', 'Mensen ontmoeten, er samen op uit.', 901),
    ('zw-inloop', 'zw-ontmoeting', 'Zwaluw inloop', 'Zonder afspraak binnenlopen voor koffie en een praatje.', 1),
    ('zw-mantelzorg', null, 'Zwaluw mantelzorg', 'Steun voor wie voor een ander zorgt.', 902)`);
  await db.query(`insert into locations (id, name, street, postal_code, locality, village_id, description) values
    ('zw-dorpshuis', 'Zwaluw Dorpshuis', 'Lindeplein 1', '4151 AB', 'Linde', 'linde', 'Ingang aan de kant van het plein.'),
    ('zw-gezondheidscentrum', 'Zwaluw Gezondheidscentrum', 'Kerkstraat 12', '4151 CD', 'Linde', 'linde', null),
    ('zw-kapel', 'Zwaluw Kapel', 'Dijkweg 3', '4152 EF', 'Hoogwaard', 'hoogwaard', null)`);
  const service = `insert into services (id, organization_id, name, description, long_description, kind, eligibility, fees, free,
      referral_required, by_appointment, application_process, phone, email, website, languages, keywords, assured_date, status)
    values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`;
  await db.query(service, ['zw-schuldhulpmaatje', 'schuldhulp-linde', 'Zwaluw Schuldhulpmaatje', 'Een vrijwilliger helpt je met je papieren en schulden.',
    'Een getrainde vrijwilliger kijkt samen met je naar de post.\n\nSamen maak je een plan.', 'informal', 'Voor iedereen in Linde met geldzorgen.', 'Gratis', true,
    false, false, 'Bel of loop binnen op het spreekuur.', '0345-000100', 'maatje@example.org', null, '{nl,en}', '{administratie,post}', '2026-11-02', 'active']);
  await db.query(service, ['zw-wijkteam-spreekuur', 'sociaal-wijkteam-linde', 'Zwaluw Wijkteam spreekuur', 'Het wijkteam helpt bij zorg, wonen en meedoen.',
    'Kom langs op het spreekuur.', 'professional', 'Voor alle inwoners.', 'Gratis', true,
    true, true, 'Vraag een verwijzing aan de huisarts.', '0345-000101', null, 'https://wijkteam.example.org', '{nl}', '{}', '2026-10-31', 'active']);
  await db.query(service, ['zw-cafe-ontmoeting', 'welzijn-linde', 'Zwaluw Café Ontmoeting', 'Koffie, thee en een praatje op zondag.',
    'Iedere zondag staat de koffie klaar.', 'both', 'Voor iedereen die graag mensen ontmoet.', '€ 1 per kopje', false,
    false, false, 'Gewoon binnenlopen.', null, 'cafe@example.org', null, '{nl}', '{koffie}', '2026-09-01', 'active']);
  await db.query(service, ['zw-mantelzorglijn', 'welzijn-linde', 'Zwaluw Mantelzorglijn', 'Een telefoonlijn voor mantelzorgers.',
    'Bel voor advies of een luisterend oor.', 'professional', 'Voor wie voor een naaste zorgt.', 'Gratis', true,
    false, true, 'Bel de lijn op werkdagen.', '0345-000102', null, null, '{nl,ar}', '{}', '2026-01-15', 'active']);
  await db.query(service, ['zw-oud-loket', 'welzijn-linde', 'Zwaluw Oud loket', 'Dit loket is gesloten.',
    'Het loket is opgeheven.', 'professional', 'Niemand meer.', 'Gratis', true,
    false, false, 'Niet meer mogelijk.', null, null, 'https://oud.example.org', '{nl}', '{}', '2025-06-30', 'defunct']);

  await db.query(`insert into service_category_links (service_id, category_id, sort) values
    ('zw-schuldhulpmaatje', 'zw-schulden', 0),
    ('zw-wijkteam-spreekuur', 'zw-mantelzorg', 0), ('zw-wijkteam-spreekuur', 'zw-geld', 1),
    ('zw-cafe-ontmoeting', 'zw-inloop', 0),
    ('zw-mantelzorglijn', 'zw-mantelzorg', 0),
    ('zw-oud-loket', 'zw-geld', 0)`);
  await db.query(`insert into service_locations (service_id, location_id, sort) values
    ('zw-schuldhulpmaatje', 'zw-dorpshuis', 0),
    ('zw-wijkteam-spreekuur', 'zw-dorpshuis', 0), ('zw-wijkteam-spreekuur', 'zw-gezondheidscentrum', 1),
    ('zw-cafe-ontmoeting', 'zw-kapel', 0)`);
  await db.query(`insert into opening_hours (service_id, location_id, weekday, opens, closes, note) values
    ('zw-schuldhulpmaatje', 'zw-dorpshuis', 4, '13:00', '16:00', null),
    ('zw-schuldhulpmaatje', 'zw-dorpshuis', 2, '09:00', '12:00', 'Niet in de schoolvakanties'),
    ('zw-wijkteam-spreekuur', 'zw-dorpshuis', 1, '09:00', '12:00', null),
    ('zw-wijkteam-spreekuur', 'zw-gezondheidscentrum', 2, '13:00', '15:00', null),
    ('zw-cafe-ontmoeting', 'zw-kapel', 7, '10:00', '12:00', null),
    ('zw-mantelzorglijn', null, 1, '09:00', '17:00', null),
    ('zw-mantelzorglijn', null, 2, '09:00', '17:00', null),
    ('zw-mantelzorglijn', null, 3, '09:00', '17:00', null),
    ('zw-mantelzorglijn', null, 4, '09:00', '17:00', null),
    ('zw-mantelzorglijn', null, 5, '09:00', '17:00', null)`);
  await db.query(`insert into service_areas (service_id, village_id) values
    ('zw-schuldhulpmaatje', 'linde'),
    ('zw-wijkteam-spreekuur', 'hoogwaard'), ('zw-wijkteam-spreekuur', 'linde'),
    ('zw-cafe-ontmoeting', 'hoogwaard'),
    ('zw-mantelzorglijn', 'linde'), ('zw-mantelzorglijn', 'hoogwaard'), ('zw-mantelzorglijn', 'rietakker')`);
  await db.query(`insert into service_contacts (service_id, sort, name, role, phone, email) values
    ('zw-schuldhulpmaatje', 0, 'Coördinator schuldhulpmaatjes', 'Coördinator', '0345-000103', 'coordinator@example.org'),
    ('zw-schuldhulpmaatje', 1, 'Inloopspreekuur', null, null, null)`);
  await db.query(`insert into synonym_groups (words, sort) values
    ('{zwaluwschulden,rekeningen-zw,zwaluwgeld}', 900),
    ('{zwaluwzorg,zorgen voor zwaluw}', 901)`);
}

let shared: Promise<{ db: Database; app: ReturnType<typeof createApp> }> | undefined;
let clock = moments.tuesday10;

after(async () => {
  if (shared) await (await shared).db.close();
});

/** Sets the clock the app reads for "open now". */
export function setNow(moment: Date): void {
  clock = moment;
}

/** The seeded network plus the fixture behind an app with an injectable clock; one per test file. */
export function mapTestApp() {
  shared ??= (async () => {
    const db = await openTestDatabase();
    await migrate(db);
    await seedIfEmpty(db);
    await insertFixture(db);
    const app = createApp({ db, config: { corsOrigins: ['https://dorpshuis.example'] }, log: createLogger('silent'), now: () => clock });
    return { db, app };
  })();
  return shared;
}

/** GET a path from the fixture app; parses JSON bodies. */
export async function get<T = any>(path: string, init?: RequestInit): Promise<{ status: number; body: T; headers: Headers; text: string }> {
  const { app } = await mapTestApp();
  const res = await app.request(path, init);
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, headers: res.headers, text, body: text && type.includes('json') ? JSON.parse(text) : undefined };
}

