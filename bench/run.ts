// npm run bench: prints the figures the issues ask for, each with the command behind it.
//   bundle weight (min+gzip per entry), the agenda API under load beside a bare route,
//   the time to expand a year of every seeded series, and sign-ups under load beside a read
//   (`npm run bench -- --signups` for those alone), and the village bus under load (`-- --rides`).
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { openDatabase } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { seedIfEmpty } from '../server/seed/seed.ts';
import { findActivities } from '../server/agenda/repository.ts';
import { expandSeries } from '../server/agenda/recurrence.ts';
import { runSearchBench } from './search/search-bench.ts';
import { runBundleBench } from './bundles.ts';
import { runAgendaApiBench } from './agenda-api.ts';
import { runSignupBench } from './signups.ts';
import { runRideBench } from './rides.ts';
import { runHsdsImportBench } from './hsds-import.ts';

const failures: string[] = [];
const heading = (title: string, command: string) => console.log(`\n## ${title}\n   (${command})`);

async function load(url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections: 50, duration: 10, headers });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function apiUnderLoad() {
  heading('Agenda API under load: 30-day window, 50 connections, 10 s, loopback', 'autocannon -c 50 -d 10 [-H accept-encoding:gzip] <url>/v1/activities; server in its own process (bench/serve-agenda.ts)');
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/serve-agenda.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
  const { app, bare, items } = JSON.parse(line);
  try {
    const path = '/v1/activities';
    // Browsers always send Accept-Encoding: gzip; the bare route ignores it and sends plain JSON.
    const browserLike = { 'accept-encoding': 'gzip, deflate, br' };
    const real = await load(app + path, browserLike);
    const plain = await load(app + path);
    const yardstick = await load(bare + path, browserLike);
    const ratio = real.rps / yardstick.rps;
    console.log(`   response: ${items} occurrences`);
    console.log(`   agenda API (gzip, as browsers ask) ${real.rps.toFixed(0).padStart(6)} req/s  p99 ${real.p99} ms  errors ${real.errors}`);
    console.log(`   agenda API (no compression)        ${plain.rps.toFixed(0).padStart(6)} req/s  p99 ${plain.p99} ms  errors ${plain.errors}`);
    console.log(`   bare route, same JSON from memory  ${yardstick.rps.toFixed(0).padStart(6)} req/s  p99 ${yardstick.p99} ms  errors ${yardstick.errors}`);
    console.log(`   ratio ${ratio.toFixed(2)} (target ≥ 0.50), p99 target < 50 ms`);
    if (ratio < 0.5) failures.push(`agenda API reaches ${(ratio * 100).toFixed(0)}% of the bare route (target 50%)`);
    if (real.p99 >= 50) failures.push(`agenda API p99 ${real.p99} ms (target < 50 ms)`);
    if (real.errors) failures.push(`agenda API had ${real.errors} errors under load`);
    heading('HSDS export of the sociale kaart: 50 connections, 10 s, loopback', 'autocannon -c 50 -d 10 -H accept-encoding:gzip [-H if-none-match:<etag>] <url>/v1/export/hsds.json');
    const exportUrl = `${app}/v1/export/hsds.json`;
    const first = await fetch(exportUrl);
    const etag = first.headers.get('etag') ?? '';
    const kbytes = (await first.arrayBuffer()).byteLength / 1024;
    const fresh = await load(exportUrl, browserLike);
    const conditional = await load(exportUrl, { ...browserLike, 'if-none-match': etag });
    console.log(`   export: ${kbytes.toFixed(0)} KB of JSON, ETag ${etag}`);
    console.log(`   without ETag (200, gzip)      ${fresh.rps.toFixed(0).padStart(6)} req/s  p99 ${fresh.p99} ms  errors ${fresh.errors}`);
    // autocannon counts 304 as non-2xx: here it is the expected answer.
    console.log(`   with matching ETag (304)      ${conditional.rps.toFixed(0).padStart(6)} req/s  p99 ${conditional.p99} ms`);
    if (fresh.errors) failures.push(`HSDS export had ${fresh.errors} errors under load`);
  } finally {
    child.kill('SIGTERM');
  }
}

async function yearExpansion() {
  heading('Expanding one year of every seeded series', 'expandSeries over all series for 366 days, median of 20 runs, in-process');
  const db = await openDatabase({});
  await migrate(db);
  await seedIfEmpty(db);
  const activities = await findActivities(db, {});
  const window = { from: '2026-11-23', to: '2027-11-23' };
  const times: number[] = [];
  let count = 0;
  for (let run = 0; run < 20; run++) {
    const t0 = performance.now();
    count = activities.reduce((n, a) => n + expandSeries(a.series, window, 'Europe/Amsterdam').length, 0);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`   ${activities.length} series -> ${count} occurrences in ${times[10].toFixed(1)} ms (median; min ${times[0].toFixed(1)} ms)`);
  await db.close();
}

console.log(`Buurtkit benchmarks, ${new Date().toISOString()}, Node ${process.version}, ${(await import('node:os')).cpus().length} cores`);
async function signupsUnderLoad() {
  heading('Sign-ups under load, beside a read: 50 connections, 10 s each, loopback', 'npx tsx bench/signups.ts; server in its own process (bench/serve-signups.ts), write limit off');
  const r = await runSignupBench();
  for (const l of r.lines) console.log(`   ${l}`);
  failures.push(...r.failures);
}
async function ridesUnderLoad() {
  heading('The village bus under load: availability GET and ride-request POST, 50 connections, 10 s each, loopback', 'npx tsx bench/rides.ts; server in its own process (bench/serve-rides.ts), write limit off, 50 seats');
  const r = await runRideBench();
  for (const l of r.lines) console.log(`   ${l}`);
  failures.push(...r.failures);
}
async function hsdsImport() {
  heading('HSDS import of a 1000-service file, in batches in one transaction', 'npx tsx bench/hsds-import.ts; in-process, PGlite in memory');
  for (const l of (await runHsdsImportBench()).lines) console.log(`   ${l}`);
}
// npm run bench -- --hsds: only the HSDS import figures.
if (process.argv.includes('--hsds')) {
  await hsdsImport();
  process.exit(0);
}
// npm run bench -- --rides: only the village bus figures.
if (process.argv.includes('--rides')) {
  await ridesUnderLoad();
  if (failures.length) console.log(`\nOver budget:\n${failures.map((f) => `   - ${f}`).join('\n')}`);
  process.exit(failures.length ? 1 : 0);
}
// npm run bench -- --signups: only the sign-up figures.
if (process.argv.includes('--signups')) {
  await signupsUnderLoad();
  if (failures.length) console.log(`\nOver budget:\n${failures.map((f) => `   - ${f}`).join('\n')}`);
  process.exit(failures.length ? 1 : 0);
}
if (!process.argv.includes('--api')) {
  heading('Bundle weight, min+gzip (gzip -9): runtime + one widget ≤ 20 KB, each further ≤ 8 KB, four ≤ 40 KB', 'npx tsx bench/bundles.ts');
  const bundles = await runBundleBench();
  for (const line of bundles.lines) console.log(`   ${line}`);
  failures.push(...bundles.failures);
}
await yearExpansion();
heading('Sociale kaart search in Chromium: 5,000 generated services', 'npx tsx bench/search/cli.ts');
{
  const search = await runSearchBench();
  for (const line of search.lines) console.log(`   ${line}`);
  failures.push(...search.failures);
}
failures.push(...(await (await import('./lighthouse.ts')).runLighthouseBench()).failures);
await apiUnderLoad();
heading('Agenda API, a new cache key on every request', 'npx tsx bench/agenda-api.ts'); { const r = await runAgendaApiBench(); for (const l of r.lines) console.log(`   ${l}`); failures.push(...r.failures); }
await signupsUnderLoad();
await ridesUnderLoad();
await hsdsImport();
if (failures.length) {
  console.log(`\nOver budget:\n${failures.map((f) => `   - ${f}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('\nAll figures within budget.');
}
