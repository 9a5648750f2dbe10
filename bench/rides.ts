/**
 * The village bus under load: GET /v1/rides/availability (the four weeks the widget shows) at
 * 50 connections for 10 s, then POST /v1/ride-requests the same way, each with its own
 * Idempotency-Key and spread over the open blocks, then the availability GET again while
 * nothing is written. The server runs in its own process (bench/serve-rides.ts), write limit
 * off, the bus at 50 seats. Afterwards the requests stored are compared with the 201s (no
 * fewer: lost; no more than sent: duplicates) and every block's held seats with its requests.
 * `runRideBench()` returns printable lines and the targets missed; `npx tsx bench/rides.ts`
 * prints them alone. Figures on a shared machine are indicative.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const CONNECTIONS = 50;
const DURATION_S = 10;
const BENCH_NAME = 'Bench passagier'; // as bench/serve-rides.ts counts them

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

export async function runRideBench(): Promise<{ lines: string[]; failures: string[] }> {
  const lines: string[] = [];
  const failures: string[] = [];
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./serve-rides.ts', import.meta.url))], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
    const { app, side, database } = JSON.parse(line) as { app: string; side: string; database: string };
    const service = await (await fetch(`${app}/v1/rides`)).json();
    const { days } = await (await fetch(`${app}/v1/rides/availability?from=${service.leadTime.earliestDate}&to=${service.bookingUntil}`)).json();
    const slots = days
      .filter((d: { status: string }) => d.status === 'open')
      .flatMap((d: { date: string; blocks: { start: string }[] }) => d.blocks.map((b) => ({ date: d.date, time: b.start.slice(11, 16) })));
    const bodyFor = (i: number) => {
      const slot = slots[i % slots.length];
      return JSON.stringify({
        passenger: { name: BENCH_NAME, phone: '0345 654321', address: { postalCode: '4199 XA', houseNumber: '12', street: 'Dorpsstraat' }, mobility: { rollator: true, wheelchair: 'none', helpAtDoor: false }, companions: 0 },
        destination: { placeId: 'huisartsen-linde' },
        trip: { date: slot.date, timeKind: 'arrive-by', time: slot.time },
        consent: { privacyVersion: service.privacy.version },
      });
    };

    const before = loadavg();
    const availabilityUrl = `${app}/v1/rides/availability`;
    const reads = await load(availabilityUrl, side, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    let n = 0;
    const posts = await load(`${app}/v1/ride-requests`, side, {
      method: 'POST',
      requests: [
        {
          method: 'POST',
          // A new request each time, spread over the blocks, as many residents asking at once.
          setupRequest: (req: any) => ({ ...req, headers: { ...req.headers, 'content-type': 'application/json', 'idempotency-key': randomUUID() }, body: bodyFor(n++) }),
        },
      ],
    });
    const rows = async () => (await (await fetch(`${side}/rows`)).json()) as { n: number; mismatchedBlocks: number };
    let stored = await rows();
    for (let last = -1; stored.n !== last; ) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      [last, stored] = [stored.n, await rows()];
    }
    const readsAfter = await load(availabilityUrl, side, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    const after = loadavg();

    const row = (label: string, r: Awaited<ReturnType<typeof load>>) =>
      `${label.padEnd(44)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(5)} ms  errors ${r.errors}  server CPU ${r.cpuPerRequest.toFixed(2)} ms/request`;
    lines.push(`database: ${database}; ${CONNECTIONS} connections, ${DURATION_S} s each, loopback; ${slots.length} open blocks`);
    lines.push(row('GET /v1/rides/availability (4 weeks)', reads));
    lines.push(row('POST ride request (new Idempotency-Key each)', posts));
    lines.push(row('GET /v1/rides/availability, after the POSTs', readsAfter));
    const unanswered = posts.sent - posts.ok - posts.non2xx;
    lines.push(`ride requests: ${posts.sent} sent, ${posts.ok} answered 201, ${posts.non2xx} other answers, ${unanswered} unanswered, ${stored.n} stored; ${stored.mismatchedBlocks} blocks whose held seats differ from their requests`);
    lines.push(`machine load (1-minute average) ${before[0]!.toFixed(1)} before, ${after[0]!.toFixed(1)} after, on ${cpus().length} cores: indicative figures while the machine is shared`);
    if (stored.n < posts.ok || stored.n > posts.sent) failures.push(`ride requests under load: ${posts.ok} answered 201 of ${posts.sent} sent, but ${stored.n} stored`);
    if (stored.mismatchedBlocks) failures.push(`ride requests under load: ${stored.mismatchedBlocks} blocks hold other seats than their requests`);
    if (posts.non2xx) failures.push(`ride requests under load: ${posts.non2xx} answers other than 201`);
    if (reads.errors || readsAfter.errors) failures.push(`availability under load: ${reads.errors + readsAfter.errors} errors`);
  } finally {
    child.kill('SIGTERM');
  }
  return { lines, failures };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log('## The village bus under load: availability and ride requests, 50 connections, 10 s each, loopback');
  console.log('   (npx tsx bench/rides.ts; server in its own process: bench/serve-rides.ts)');
  const { lines, failures } = await runRideBench();
  for (const l of lines) console.log(`   ${l}`);
  for (const f of failures) console.log(`   OVER: ${f}`);
  if (failures.length) process.exitCode = 1;
}
