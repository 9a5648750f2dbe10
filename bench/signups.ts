/**
 * Signing up under load, beside a read in the same run: GET /v1/volunteer-opportunities at
 * 50 connections for 10 s, then POST /v1/volunteer-signups the same way, each request with
 * its own Idempotency-Key (autocannon's setupRequest), to an ongoing role (a place for
 * everyone). The server runs in its own process
 * (bench/serve-signups.ts) with the write limit off. Afterwards the sign-ups stored are
 * counted and compared with the 201s received: no fewer (lost), and no more than the
 * requests sent (duplicates; some are still running when the run stops, and finish).
 * `runSignupBench()` returns printable lines and the targets missed;
 * `npx tsx bench/signups.ts` prints them alone.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const CONNECTIONS = 50;
const DURATION_S = 10;
const OPPORTUNITY = 'taalmaatje';
const BENCH_NAME = 'Bench vrijwilliger'; // as bench/serve-signups.ts counts them

async function load(url: string, side: string, options: Partial<autocannon.Options> = {}) {
  const cpu = async () => {
    const { user, system } = await (await fetch(`${side}/cpu`)).json();
    return (user + system) / 1000;
  };
  const cpuBefore = await cpu();
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, ...options });
  const cpuMs = (await cpu()) - cpuBefore;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    sent: result.requests.sent,
    non2xx: result.non2xx,
    errors: result.errors + result.non2xx + result.timeouts,
    cpuPerRequest: cpuMs / Math.max(1, result.requests.total),
  };
}

export async function runSignupBench(): Promise<{ lines: string[]; failures: string[] }> {
  const lines: string[] = [];
  const failures: string[] = [];
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./serve-signups.ts', import.meta.url))], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
    const { app, side, database } = JSON.parse(line) as { app: string; side: string; database: string };
    const role = await (await fetch(`${app}/v1/volunteer-opportunities/${OPPORTUNITY}`)).json();
    const body = JSON.stringify({ opportunityId: OPPORTUNITY, name: BENCH_NAME, email: 'bench@example.org', consent: { privacyVersion: role.privacy.version } });

    const before = loadavg();
    const reads = await load(`${app}/v1/volunteer-opportunities`, side, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    const signups = await load(`${app}/v1/volunteer-signups`, side, {
      method: 'POST',
      requests: [
        {
          method: 'POST',
          // A new submission each time, as 50 residents signing up at once would send.
          setupRequest: (req: any) => ({ ...req, headers: { ...req.headers, 'content-type': 'application/json', 'idempotency-key': randomUUID() }, body }),
        },
      ],
    });
    const after = loadavg();
    // Requests still running when autocannon stopped finish on the server: wait until the count holds still.
    const rows = async () => (await (await fetch(`${side}/rows`)).json()).n as number;
    let stored = await rows();
    for (let last = -1; stored !== last; ) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      [last, stored] = [stored, await rows()];
    }

    const row = (label: string, r: Awaited<ReturnType<typeof load>>) =>
      `${label.padEnd(40)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(5)} ms  errors ${r.errors}  server CPU ${r.cpuPerRequest.toFixed(2)} ms/request`;
    lines.push(`database: ${database}; ${CONNECTIONS} connections, ${DURATION_S} s each, loopback`);
    lines.push(row('POST sign-up (new Idempotency-Key each)', signups));
    lines.push(row('GET /v1/volunteer-opportunities', reads));
    const unanswered = signups.sent - signups.ok - signups.non2xx;
    lines.push(`sign-ups: ${signups.sent} sent, ${signups.ok} answered 201, ${signups.non2xx} other answers, ${unanswered} unanswered (timed out, or still running when the run stopped), ${stored} stored`);
    lines.push('stored must lie between the 201s and the requests sent: fewer is a lost sign-up, more a duplicate');
    lines.push(`machine load (1-minute average) ${before[0]!.toFixed(1)} before, ${after[0]!.toFixed(1)} after, on ${(await import('node:os')).cpus().length} cores: indicative figures`);
    if (stored < signups.ok || stored > signups.sent) failures.push(`sign-ups under load: ${signups.ok} answered 201 of ${signups.sent} sent, but ${stored} stored`);
    if (signups.non2xx) failures.push(`sign-ups under load: ${signups.non2xx} answers other than 201`);
    if (reads.errors) failures.push(`opportunities under load: ${reads.errors} errors`);
  } finally {
    child.kill('SIGTERM');
  }
  return { lines, failures };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log('## Sign-ups under load, beside a read: 50 connections, 10 s each, loopback');
  console.log('   (npx tsx bench/signups.ts; server in its own process: bench/serve-signups.ts)');
  const { lines, failures } = await runSignupBench();
  for (const l of lines) console.log(`   ${l}`);
  for (const f of failures) console.log(`   OVER: ${f}`);
  if (failures.length) process.exitCode = 1;
}
