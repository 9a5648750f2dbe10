// No request can make the agenda do unbounded work: far-away windows and occurrence ids
// answer quickly (a 4xx or a correct 200), and the server keeps answering afterwards.
// The server runs in its own process, so a request that blocks it fails on a timeout
// here instead of hanging the test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

const ANSWER_WITHIN_MS = 15_000;
let child: ChildProcess;
let url: string;
let series: { weekly: string; any: string[] };

before(async () => {
  child = spawn(process.execPath, ['--import', 'tsx', 'test/server/serve-test-app.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`test server exited with ${code}`)));
  });
  url = JSON.parse(line).url;
  const page = await (await fetch(`${url}/v1/activities?from=2027-01-04&to=2027-02-28&limit=1000`)).json();
  const ids = [...new Set<string>(page.items.map((o: any) => o.activityId))];
  const details = await Promise.all(ids.map(async (id) => (await fetch(`${url}/v1/activities/${id}`)).json()));
  series = { weekly: details.find((d) => /FREQ=WEEKLY/.test(d.rrule ?? ''))!.id, any: ids };
});

after(() => {
  child?.kill('SIGKILL');
});

async function get(path: string) {
  const res = await fetch(url + path, { signal: AbortSignal.timeout(ANSWER_WITHIN_MS) });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
}

async function stillHealthy() {
  assert.equal((await get('/v1/health')).status, 200, 'health check after the request');
  const agenda = await get('/v1/activities?from=2027-01-04&to=2027-01-10');
  assert.equal(agenda.status, 200, `the agenda after the request: ${agenda.body}`);
}

/** A quick 200 or a Dutch problem naming `parameter`; never a 500. */
function assertBounded(answer: { status: number; type: string; body: string }, parameter: string) {
  if (answer.status === 200) return;
  assert.ok(answer.status >= 400 && answer.status < 500, `status ${answer.status}: ${answer.body}`);
  assert.match(answer.type, /^application\/problem\+json/);
  const problem = JSON.parse(answer.body);
  if (answer.status === 400) assert.ok(problem.errors.some((e: any) => e.name === parameter), answer.body);
}

for (const [name, path, parameter] of [
  ['a window in the year 9999', '/v1/activities?from=9999-11-01', 'from'],
  ['a window ending on 9999-12-31', '/v1/activities?to=9999-12-31', 'to'],
  ['a window in 2199', '/v1/activities?from=2199-12-01&to=2199-12-31', 'from'],
  ['the feed in the year 9999', '/v1/activities.ics?from=9999-11-01', 'from'],
] as const) {
  test(`${name} answers quickly and leaves the server working`, { timeout: 4 * ANSWER_WITHIN_MS }, async () => {
    assertBounded(await get(path), parameter);
    await stillHealthy();
  });
}

test('a year-2199 window lists what the weekly series really has then', { timeout: 4 * ANSWER_WITHIN_MS }, async () => {
  const answer = await get(`/v1/activities?from=2199-12-01&to=2199-12-31&limit=1000`);
  assert.equal(answer.status, 200, answer.body);
  const starts = JSON.parse(answer.body).items.filter((o: any) => o.activityId === series.weekly).map((o: any) => o.start);
  assert.ok(starts.length >= 4 && starts.length <= 5, starts.join(', '));
  for (const s of starts) assert.match(s, /^2199-12-/);
});

test('occurrence ids far away answer quickly, for every series', { timeout: 8 * ANSWER_WITHIN_MS }, async () => {
  for (const id of series.any) {
    for (const key of ['99991231T1200', '21991231T1200']) {
      const answer = await get(`/v1/occurrences/${id}-${key}.ics`);
      assertBounded(answer, 'occurrenceId');
      if (answer.status === 200) assert.match(answer.body, /BEGIN:VEVENT/);
    }
  }
  await stillHealthy();
});

for (const [name, key] of [
  ['month 13 and hour 99', '20261399T9999'],
  ['30 February', '20260230T1200'],
  ['25 o’clock', '20270104T2500'],
] as const) {
  test(`an occurrence id with ${name} is a Dutch problem naming occurrenceId, not a 500`, async () => {
    const answer = await get(`/v1/occurrences/${series.weekly}-${key}.ics`);
    assert.ok(answer.status === 400 || answer.status === 404, `status ${answer.status}: ${answer.body}`);
    assert.match(answer.type, /^application\/problem\+json/);
    const problem = JSON.parse(answer.body);
    assert.ok(problem.errors?.some((e: any) => e.name === 'occurrenceId'), answer.body);
    assert.match(problem.errors.find((e: any) => e.name === 'occurrenceId').detail, /datum|tijd|bestaat/i);
  });
}
