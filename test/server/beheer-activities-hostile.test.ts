// Attacks on the activity editor's write routes: bodies of noise, valid bodies broken in one
// field, schema-valid bodies with random rules and ids, NUL and 100 kB strings. Never a
// 5xx, and a refused request stores nothing. XSS payloads are kept as text and come out
// of the ICS feed escaped. fast-check with a FIXED seed, so a run judges the code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { listOperations } from '../../server/contract.ts';
import { contractAccepts, mutatedBody, noiseBody, validBody } from './bad-bodies.ts';
import { activitiesFixture, activityBody, type ActivitiesFixture } from './beheer-activities-fixture.ts';

const SEED = 9009;
let shared: Promise<ActivitiesFixture> | undefined;
const door = () => (shared ??= activitiesFixture());

/** The write operations here, with the path to send each to and its body schema. */
const writes = listOperations()
  .filter((op) => ['beheerCreateActivity', 'beheerUpdateActivity', 'beheerSetActivityVisibility', 'beheerPreviewSchedule'].includes(op.operationId))
  .map((op) => {
    const media = op.requestBody!.content['application/json'] as { schema: Record<string, unknown>; example?: unknown };
    return {
      id: op.operationId,
      method: op.method.toUpperCase(),
      path: op.path.replace('{id}', 'koffieochtend-dorpshuis'),
      schema: media.schema,
      example: op.operationId === 'beheerUpdateActivity' ? activityBody() : (media.example ?? activityBody()),
    };
  });

/** What a write would change: the agenda's version moves with every stored change. */
async function state(f: ActivitiesFixture) {
  return JSON.stringify(
    await f.rows(
      `select (select version from agenda_state) as version, (select count(*)::int from activities) as activities,
              (select count(*)::int from activity_exceptions) as exceptions, (select count(*)::int from audit_log) as audit`,
    ),
  );
}

async function attack(f: ActivitiesFixture, method: string, path: string, body: unknown) {
  const res = await f.request(path, {
    method,
    headers: { cookie: f.anna.cookie, 'x-csrf-token': f.anna.csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  assert.ok(res.status < 500, `${method} ${path} answered ${res.status}: ${text.slice(0, 300)}\nbody: ${JSON.stringify(body).slice(0, 500)}`);
  return { status: res.status, text };
}

test('the routes attacked are the four write operations with a body', () => {
  assert.equal(writes.length, 4);
});

for (const w of writes) {
  test(`${w.id}: noise and valid bodies broken in one field are refused with a 4xx, and nothing is stored`, async () => {
    const f = await door();
    const before = await state(f);
    const accepts = contractAccepts(w.schema);
    // As sent: a field set on an array (audiences.u) is not in the JSON, and that body is valid.
    const bodies = [...fc.sample(noiseBody(w.schema), { seed: SEED, numRuns: 60 }), ...fc.sample(mutatedBody(w.schema, w.example), { seed: SEED, numRuns: 60 }).map((m) => m.body)]
      .filter((body) => body === undefined || !accepts(JSON.parse(JSON.stringify(body))));
    for (const body of bodies) {
      const { status } = await attack(f, w.method, w.path, body);
      assert.ok(status >= 400, `${w.id} accepted ${JSON.stringify(body).slice(0, 300)}`);
    }
    assert.equal(await state(f), before);
  });
}

test('schema-valid bodies with random rules, dates and ids never get a 5xx; a refused one stores nothing', async () => {
  const f = await door();
  for (const w of writes.filter((x) => x.id !== 'beheerSetActivityVisibility')) {
    for (const body of fc.sample(validBody(w.schema, w.example), { seed: SEED, numRuns: 40 })) {
      const before = await state(f);
      const { status } = await attack(f, w.method, w.path, body);
      if (status >= 400) assert.equal(await state(f), before, `${w.id} ${status} stored something`);
    }
  }
});

// Rules built from the parts RFC 5545 has, in random combinations and values.
const rulePart = fc.oneof(
  fc.constantFrom('FREQ=DAILY', 'FREQ=WEEKLY', 'FREQ=MONTHLY', 'FREQ=YEARLY', 'FREQ=HOURLY', 'FREQ=MINUTELY', 'FREQ=SECONDLY', 'FREQ=', 'WKST=SU', 'UNTIL=20270101', 'UNTIL=20270101T000000Z', 'UNTIL=1'),
  fc.integer({ min: -1000, max: 100_000 }).map((n) => `INTERVAL=${n}`),
  fc.integer({ min: -5, max: 5000 }).map((n) => `COUNT=${n}`),
  fc.array(fc.constantFrom('MO', 'TU', '1TH', '-1FR', '3TH', '5SU', '53MO', 'XX'), { minLength: 1, maxLength: 3 }).map((d) => `BYDAY=${d.join(',')}`),
  fc.array(fc.integer({ min: -40, max: 40 }), { minLength: 1, maxLength: 3 }).map((d) => `BYMONTHDAY=${d.join(',')}`),
  fc.array(fc.integer({ min: -1, max: 14 }), { minLength: 1, maxLength: 3 }).map((d) => `BYMONTH=${d.join(',')}`),
  fc.integer({ min: -400, max: 400 }).map((n) => `BYSETPOS=${n}`),
  fc.integer({ min: -1, max: 60 }).map((n) => `BYWEEKNO=${n}`),
  fc.integer({ min: -1, max: 400 }).map((n) => `BYYEARDAY=${n}`),
  fc.integer({ min: -1, max: 25 }).map((n) => `BYHOUR=${n}`),
);
const rule = fc.array(rulePart, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(';'));

test('random recurrence rules are stored or refused as 422 naming rrule, never a 5xx', async () => {
  const f = await door();
  for (const rrule of fc.sample(rule, { seed: SEED, numRuns: 60 })) {
    if (rrule.length < 6) continue;
    const before = await state(f);
    const started = Date.now();
    const made = await attack(f, 'POST', '/v1/beheer/activities', activityBody({ title: 'Regeltest', rrule }));
    assert.ok(Date.now() - started < 15_000, `${rrule} took ${Date.now() - started} ms`);
    if (made.status !== 201) {
      assert.equal(made.status, 422, `${rrule}: ${made.text}`);
      assert.ok(JSON.parse(made.text).errors.some((e: { name: string }) => e.name === 'rrule' || e.name.startsWith('exceptions')), `${rrule}: ${made.text}`);
      assert.equal(await state(f), before);
    }
    const preview = await attack(f, 'POST', '/v1/beheer/schedule-preview', { startsAt: '2027-01-21T14:00', durationMinutes: 60, rrule, exceptions: [] });
    assert.ok([200, 422].includes(preview.status), `${rrule}: ${preview.text}`);
  }
});

test('NUL characters and 100 kB strings are refused, and nothing is stored', async () => {
  const f = await door();
  const before = await state(f);
  const huge = 'x'.repeat(100_000);
  for (const extra of [{ title: 'Koffie\u0000' }, { description: `a\u0000b` }, { title: huge }, { description: huge }, { cost: { free: true, note: huge } }]) {
    const { status } = await attack(f, 'POST', '/v1/beheer/activities', activityBody(extra));
    assert.ok(status === 413 || status === 422, `${JSON.stringify(extra).slice(0, 60)}: ${status}`);
    const put = await attack(f, 'PUT', '/v1/beheer/activities/koffieochtend-dorpshuis', activityBody(extra));
    assert.ok(put.status === 413 || put.status === 422);
  }
  assert.equal(await state(f), before);
});

test('XSS payloads are stored as text and come out of the ICS feed escaped, one line each', async () => {
  const f = await door();
  const xss = '<script>alert("x")</script>';
  const made = await f.change(f.anna, 'POST', '/v1/beheer/activities', activityBody({
    title: `${xss}; Bingo, avond`,
    summary: `<img src=x onerror=alert(1)>\nATTENDEE:mailto:kwaad@example.com`,
    description: `"><svg onload=alert(1)>\r\nEND:VEVENT\r\nBEGIN:VEVENT`,
    rrule: null,
  }));
  assert.equal(made.status, 201);
  const opened = await f.get(f.anna, `/v1/beheer/activities/${made.body.id}`);
  assert.equal(opened.body.title, `${xss}; Bingo, avond`, 'kept as the text it was');
  const ics = await (await f.other('/v1/activities.ics')).text();
  const unfolded = ics.replace(/\r\n /g, '');
  assert.ok(unfolded.includes(`SUMMARY:${xss}\\; Bingo\\, avond`), 'the title escaped as RFC 5545 TEXT');
  assert.doesNotMatch(ics, /^ATTENDEE:/m, 'a line break in a text does not start a new property');
  assert.equal(ics.match(/^BEGIN:VEVENT/gm)?.length, ics.match(/^END:VEVENT/gm)?.length);
  assert.ok(unfolded.includes('END:VEVENT\\nBEGIN:VEVENT'), 'the injected lines are inside the DESCRIPTION, escaped');
});
