/**
 * Importing an HSDS 3.0 file of 1000 services (the contract's most) into an empty copy of
 * the demo network, in-process on PGlite: the seeded map's export, its services repeated
 * under new ids and names until there are 1000 (the organisations and places stay shared,
 * as in a real regional file). Timed: the dry run (reading and checking only), the import
 * that adds them all, the same file again (all unchanged), and a file that changes every
 * service. Each a median of RUNS, each run on a fresh database; the statements the import
 * sends are counted too. `runHsdsImportBench()` returns printable lines;
 * `npx tsx bench/hsds-import.ts` prints them alone.
 */
import { randomUUID } from 'node:crypto';
import { addAccount } from '../server/accounts/manage.ts';
import { openDatabase, type Database } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { seedIfEmpty } from '../server/seed/seed.ts';
import { loadSocialMap } from '../server/social-map/repository.ts';
import { hsdsExport } from '../server/social-map/hsds.ts';
import { importHsds } from '../server/social-map/hsds-import.ts';

const SERVICES = 1000;
const RUNS = 3;
const NOW = new Date('2026-12-01T09:00:00Z');

type Json = Record<string, any>;

/** The seeded export, its services repeated under new ids and names up to `count`. */
async function bigFile(seeded: Database, count: number): Promise<Json> {
  const base = hsdsExport(await loadSocialMap(seeded), { now: NOW }) as Json;
  const contents = Array.from({ length: count }, (_, i) => {
    const s = structuredClone(base.contents[i % base.contents.length]);
    const round = Math.floor(i / base.contents.length);
    if (round > 0) {
      s.id = randomUUID();
      s.name = `${s.name} ${round + 1}`;
      delete s.buurtkit_id;
    }
    return s;
  });
  return { ...base, total_items: count, size: count, contents };
}

/** A fresh database with the network's row and villages only, a coordinator, and a statement counter. */
async function emptyCopy(of: Database) {
  const raw = await openDatabase({});
  await migrate(raw);
  const [n] = (await of.query<any>('select id, name, description, timezone, phone, email, website from network')).rows;
  await raw.query('insert into network (id, name, description, timezone, phone, email, website) values ($1, $2, $3, $4, $5, $6, $7)', [
    n.id, n.name, n.description, n.timezone, n.phone, n.email, n.website,
  ]);
  for (const v of (await of.query<any>('select id, name, kind, sort from villages')).rows) {
    await raw.query('insert into villages (id, name, kind, sort) values ($1, $2, $3, $4)', [v.id, v.name, v.kind, v.sort]);
  }
  const account = await addAccount(raw, { email: 'bench@elders.example', name: 'Bench Coördinator', role: 'coordinator', password: 'een lang wachtwoord voor de bench' });
  const counter = { statements: 0 };
  const db: Database = {
    ...raw,
    query: (sql, params) => raw.query(sql, params),
    transaction: (fn) => raw.transaction((tx) => fn({ query: (sql, params) => (counter.statements++, tx.query(sql, params)) })),
    close: () => raw.close(),
  };
  return { db, account, counter };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function runHsdsImportBench(): Promise<{ lines: string[] }> {
  const seeded = await openDatabase({});
  await migrate(seeded);
  await seedIfEmpty(seeded);
  const file = await bigFile(seeded, SERVICES);
  const changed = structuredClone(file);
  for (const s of changed.contents) s.name = `${s.name} (bijgewerkt)`;
  const bytes = Buffer.byteLength(JSON.stringify(file));

  const times = { dry: [] as number[], add: [] as number[], same: [] as number[], update: [] as number[] };
  const statements = { dry: 0, add: 0, same: 0, update: 0 };
  for (let run = 0; run < RUNS; run++) {
    const { db, account, counter } = await emptyCopy(seeded);
    const timed = async (key: keyof typeof times, doc: Json, dryRun: boolean) => {
      counter.statements = 0;
      const t0 = performance.now();
      const result = await importHsds(db, account, structuredClone(doc), { dryRun, now: NOW });
      times[key].push(performance.now() - t0);
      statements[key] = counter.statements;
      if (result.problems.length) throw new Error(`the bench file has problems: ${JSON.stringify(result.problems.slice(0, 3))}`);
      return result;
    };
    await timed('dry', file, true);
    const added = await timed('add', file, false);
    if (added.services.added !== SERVICES) throw new Error(`added ${added.services.added} of ${SERVICES}`);
    await timed('same', file, false);
    const updated = await timed('update', changed, false);
    if (updated.services.updated !== SERVICES) throw new Error(`updated ${updated.services.updated} of ${SERVICES}`);
    await db.close();
  }
  await seeded.close();
  const line = (label: string, key: keyof typeof times) =>
    `${label.padEnd(44)} ${median(times[key]).toFixed(0).padStart(6)} ms  (min ${Math.min(...times[key]).toFixed(0)} ms; ${statements[key]} statements)`;
  return {
    lines: [
      `file: ${SERVICES} services, ${(bytes / 1024 / 1024).toFixed(1)} MB; PGlite in memory, in-process; median of ${RUNS} runs`,
      line('dry run (read and check only)', 'dry'),
      line('import into an empty network (all added)', 'add'),
      line('the same file again (all unchanged)', 'same'),
      line('every service changed (all updated)', 'update'),
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const l of (await runHsdsImportBench()).lines) console.log(l);
}
