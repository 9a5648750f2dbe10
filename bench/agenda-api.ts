/**
 * The agenda API when the response cache cannot help: every request asks something new,
 * as any visitor (or attacker) can force. Three loads on the seeded demo network, the
 * server in its own process (bench/serve-agenda.ts), 50 connections, 10 s each, gzip
 * accepted as browsers do:
 *   - the same URL every time (the cached path, for comparison);
 *   - a new `q` that matches, on a shifting 30-day window: a new cache key each request;
 *   - a new 366-day window on every request.
 * `runAgendaApiBench()` returns printable lines and the targets missed;
 * `npx tsx bench/agenda-api.ts` prints them alone.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const TARGET_NEW_KEY_P99_MS = 50;
const TARGET_YEAR_P99_MS = 100;
const CONNECTIONS = 50;
const DURATION_S = 10;
const browserLike = { 'accept-encoding': 'gzip, deflate, br' };
let bareUrl = '';

const day = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** Search words that occur in the agenda: every 3- to 6-letter piece of every title word. */
function matchingQueries(titles: string[]): string[] {
  const pieces = new Set<string>();
  for (const word of titles.join(' ').toLowerCase().split(/[^\p{L}]+/u)) {
    for (let length = 3; length <= 6; length++) {
      for (let at = 0; at + length <= word.length; at++) pieces.add(word.slice(at, at + length));
    }
  }
  return [...pieces].sort();
}

async function load(url: string, nextPath?: () => string) {
  const cpu = async () => {
    const { user, system } = await (await fetch(`${bareUrl}/cpu`)).json();
    return (user + system) / 1000;
  };
  const cpuBefore = await cpu();
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: browserLike,
    ...(nextPath ? { requests: [{ setupRequest: (req: any) => ({ ...req, path: nextPath() }) }] } : {}),
  });
  const cpuMs = (await cpu()) - cpuBefore;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
    cpuPerRequest: cpuMs / Math.max(1, result.requests.total),
  };
}

export async function runAgendaApiBench(): Promise<{ lines: string[]; failures: string[] }> {
  const lines: string[] = [];
  const failures: string[] = [];
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./serve-agenda.ts', import.meta.url))], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
    const { app, bare } = JSON.parse(line) as { app: string; bare: string };
    bareUrl = bare;
    const today = new Date();
    const year = await (await fetch(`${app}/v1/activities?from=${day(today, 0)}&to=${day(today, 366)}&limit=1000`)).json();
    const queries = matchingQueries(year.items.map((o: { title: string }) => o.title));

    // Request i asks queries[i % n] on a window that moves one day every n requests, so no
    // two requests share a cache key within the run.
    let i = 0;
    const newQuery = () => {
      const n = i++;
      const from = day(today, Math.floor(n / queries.length) % 300);
      return `/v1/activities?from=${from}&to=${day(new Date(from), 30)}&q=${encodeURIComponent(queries[n % queries.length]!)}`;
    };
    // 330 start days times 31 lengths (336 to 366 days): a new window for each of 10,230 requests.
    let j = 0;
    const newYear = () => {
      const n = j++;
      const from = day(today, (n % 330) - 30);
      return `/v1/activities?from=${from}&to=${day(new Date(from), 366 - (Math.floor(n / 330) % 31))}`;
    };

    const before = loadavg();
    const cached = await load(`${app}/v1/activities`);
    const fresh = await load(app, newQuery);
    const yearly = await load(app, newYear);
    const after = loadavg();

    const row = (label: string, r: Awaited<ReturnType<typeof load>>) =>
      `${label.padEnd(44)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(5)} ms  errors ${r.errors}  server CPU ${r.cpuPerRequest.toFixed(2)} ms/request`;
    lines.push(`${queries.length} matching search words; ${year.total} occurrences in the coming 366 days`);
    lines.push(row('same URL every time (cached)', cached));
    lines.push(row('new q every request, 30-day window', fresh));
    lines.push(row('new 366-day window every request', yearly));
    lines.push(`targets: new key p99 ≤ ${TARGET_NEW_KEY_P99_MS} ms, new 366-day window p99 ≤ ${TARGET_YEAR_P99_MS} ms`);
    lines.push('server CPU per request is the load-robust figure: at 50 connections on one core, p99 ≈ 50 × that (plus gzip in the thread pool)');
    lines.push(`machine load (1-minute average) ${before[0]!.toFixed(1)} before, ${after[0]!.toFixed(1)} after, on ${(await import('node:os')).cpus().length} cores`);
    if (fresh.p99 > TARGET_NEW_KEY_P99_MS) failures.push(`agenda API with a new q each request: p99 ${fresh.p99} ms (target ≤ ${TARGET_NEW_KEY_P99_MS} ms)`);
    if (yearly.p99 > TARGET_YEAR_P99_MS) failures.push(`agenda API with a new 366-day window each request: p99 ${yearly.p99} ms (target ≤ ${TARGET_YEAR_P99_MS} ms)`);
    for (const [name, r] of [['cached', cached], ['new q', fresh], ['new window', yearly]] as const) {
      if (r.errors) failures.push(`agenda API (${name}) had ${r.errors} errors under load`);
    }
  } finally {
    child.kill('SIGTERM');
  }
  return { lines, failures };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log('## Agenda API, a new cache key on every request: 50 connections, 10 s each, gzip, loopback');
  console.log('   (npx tsx bench/agenda-api.ts; server in its own process: bench/serve-agenda.ts)');
  const { lines, failures } = await runAgendaApiBench();
  for (const l of lines) console.log(`   ${l}`);
  for (const f of failures) console.log(`   OVER: ${f}`);
  if (failures.length) process.exitCode = 1;
}
