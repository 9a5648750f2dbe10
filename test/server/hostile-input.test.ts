// The safety net: every GET operation of the contract, every one of its parameters (and
// one it does not have), each given values a hostile visitor would send. Every answer must
// be a 200 or a 4xx problem+json naming the parameter (a 404 for an id that merely does not
// exist), never a 500, and never slower than a second. Generated from the contract, so a
// new operation or parameter is attacked without anyone writing a line here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listOperations, type OpenApiParameter } from '../../server/contract.ts';
import { addAccount } from '../../server/accounts/manage.ts';
import { testApp } from './test-app.ts';

/** Hostile values, already encoded for a URL (so %FF stays an invalid UTF-8 byte). */
const HOSTILE: [label: string, encoded: string][] = [
  ['100 KB of text', 'a'.repeat(100_000)],
  ['a NUL byte', '%00'],
  ['an invalid UTF-8 byte', '%FF'],
  ['a broken escape', '%E0%A4%A'],
  ['an escape sequence', '%1B%5B2J'],
  ['a date far ahead', '9999-12-31'],
  ['the year zero', '0000-01-01'],
  ['a five-digit year', '10000-01-05'],
  ['the last day allowed', '2200-12-31'],
  ['the first day allowed', '1900-01-01'],
  ['a day that does not exist', '2026-02-30'],
  ['a plus sign', '%2B5'],
  ['an exponent', '1e3'],
  ['hexadecimal', '0x10'],
  ['a leading space', '%205'],
  ['a negative number', '-1'],
  ['a huge number', '99999999999999999999999'],
  ['an empty value', ''],
  ['10,000 values in a list', Array.from({ length: 10_000 }, (_, i) => `a${i}`).join(',')],
  ['HTML', encodeURIComponent('<script>alert(1)</script>')],
  ['SQL', encodeURIComponent("' or 1=1 --")],
  ['a path', '..%2F..%2Fetc%2Fpasswd'],
];

/** A well-formed value for a path parameter, so the attack reaches the other parameters. */
function example(p: OpenApiParameter): string {
  return p.name === 'occurrenceId' ? 'koffieochtend-20261217T1000' : 'dorpshuis-de-linde';
}

const operations = listOperations().filter((op) => op.method === 'get');

// What an operation needs besides the parameter under attack, so that the attack reaches
// it: a coordinator asks for a day sheet of one driver (without one the answer is a 400
// naming `driver`, whatever the other parameters hold).
const BASE_QUERY: Record<string, Record<string, string>> = {
  beheerGetRideSheet: { driver: '6b1f3c2e-8d4a-4f7b-9c1e-2a5d7e9f0b11' },
};
const baseQuery = (operationId: string, attacked: string) =>
  Object.entries(BASE_QUERY[operationId] ?? {})
    .filter(([name]) => name !== attacked)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}&`)
    .join('');

interface Attack {
  operation: string;
  parameter: string;
  label: string;
  url: string;
}

function attacks(): Attack[] {
  const list: Attack[] = [];
  for (const op of operations) {
    const pathParams = op.parameters.filter((p) => p.in === 'path');
    const fill = (except?: string, value?: string) =>
      op.path.replace(/\{([^}]+)\}/g, (_, name) =>
        name === except ? value! : encodeURIComponent(example(pathParams.find((p) => p.name === name)!)),
      );
    const targets = [...op.parameters.filter((p) => p.in === 'query' || p.in === 'path'), { name: 'onbekend', in: 'query' } as OpenApiParameter];
    for (const p of targets) {
      for (const [label, encoded] of HOSTILE) {
        const url = p.in === 'path' ? fill(p.name, encoded) : `${fill()}?${baseQuery(op.operationId, p.name)}${p.name}=${encoded}`;
        list.push({ operation: op.operationId, parameter: p.name, label, url });
      }
      if (p.in === 'query') {
        // The parameter given 10,000 times.
        const repeated = Array.from({ length: 10_000 }, () => `${p.name}=x`).join('&');
        list.push({ operation: op.operationId, parameter: p.name, label: 'given 10,000 times', url: `${fill()}?${baseQuery(op.operationId, p.name)}${repeated}` });
      }
    }
  }
  return list;
}

test('the contract has GET operations with parameters to attack', () => {
  assert.ok(operations.length >= 10);
  assert.ok(attacks().length > 900, `${attacks().length} attacks`);
});

test('no hostile parameter gets a 500 or a slow answer: each is a 200 or a problem naming it', async () => {
  const { app, db } = await testApp();
  // Behind the coordinator's door as a coordinator, so the attack reaches the parameters.
  await addAccount(db, { email: 'hostile@example.org', name: 'Coördinator', role: 'coordinator', password: 'een lange zin als wachtwoord' });
  const login = await app.request('/v1/beheer/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost' },
    body: JSON.stringify({ email: 'hostile@example.org', password: 'een lange zin als wachtwoord' }),
  });
  assert.equal(login.status, 200);
  const session = { cookie: login.headers.get('set-cookie')!.split(';')[0]! };
  const failures: string[] = [];
  for (const attack of attacks()) {
    const started = performance.now();
    const res = await app.request(attack.url, attack.url.startsWith('/v1/beheer/') ? { headers: session } : {});
    const text = await res.text();
    const ms = performance.now() - started;
    const where = `${attack.operation} ${attack.parameter} = ${attack.label} (${attack.url.slice(0, 120)})`;
    // Unbounded work took minutes (the 9999 dates) or ran out of memory; a bounded answer
    // takes well under a second on a quiet machine. The margin is for a loaded CI machine:
    // how fast is the benchmarks' business, this only catches work without a bound.
    if (ms > 5000) failures.push(`${where}: took ${Math.round(ms)} ms`);
    if (res.status === 200 || res.status === 304) continue;
    if (res.status >= 500 || res.status < 400) {
      failures.push(`${where}: status ${res.status} ${text.slice(0, 200)}`);
      continue;
    }
    if (!/^application\/problem\+json/.test(res.headers.get('content-type') ?? '')) {
      failures.push(`${where}: ${res.status} without problem+json`);
      continue;
    }
    const problem = JSON.parse(text);
    const named = (problem.errors ?? []).some((e: { name: string }) => e.name === attack.parameter);
    const missing = res.status === 404 && problem.type === 'urn:buurtkit:problem:not-found';
    if (!named && !missing) failures.push(`${where}: ${res.status} does not name ${attack.parameter}: ${text.slice(0, 200)}`);
    if (text.length > 20_000) failures.push(`${where}: a problem of ${text.length} characters`);
  }
  assert.deepEqual(failures, []);
});
