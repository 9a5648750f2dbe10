// Request bodies validated against the operation's requestBody, ready for the first POST:
// the contract has none yet, so these tests give the validator a small document of their own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import fc from 'fast-check';
import { ProblemError, respondProblem } from '../../server/http/problem.ts';
import { createContractValidator, validatedBody } from '../../server/http/validate.ts';

const document = {
  openapi: '3.1.0',
  info: { title: 'fixture', version: '1' },
  paths: {
    '/v1/signups': {
      post: {
        operationId: 'createSignup',
        parameters: [{ name: 'dry_run', in: 'query', schema: { type: 'boolean' } }],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Signup' } } },
        },
        responses: { '201': { description: 'made' } },
      },
    },
    '/v1/notes': {
      post: {
        operationId: 'createNote',
        requestBody: {
          content: { 'application/json': { schema: { type: 'object', properties: { text: { type: 'string', maxLength: 500 } } } } },
        },
        responses: { '201': { description: 'made' } },
      },
    },
  },
  components: {
    schemas: {
      Signup: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'contact', 'shifts'],
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 100 },
          message: { type: 'string', maxLength: 1000 },
          seats: { type: 'integer', minimum: 1, maximum: 8, default: 1 },
          contact: {
            type: 'object',
            additionalProperties: false,
            properties: { email: { type: 'string', format: 'email', maxLength: 200 }, phone: { type: 'string', maxLength: 20 } },
          },
          shifts: {
            type: 'array',
            maxItems: 5,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['day'],
              properties: { day: { type: 'string', format: 'date', formatMinimum: '1900-01-01', formatMaximum: '2200-12-31', maxLength: 10 } },
            },
          },
        },
      },
    },
  },
};

function fixtureApp(bodyLimit: number) {
  const validator = createContractValidator(document, { bodyLimit });
  const app = new Hono();
  app.use('*', validator.middleware);
  app.post('/v1/signups', (c) => c.json({ body: validatedBody(c), query: validator.parameters('createSignup')(c) }, 201));
  app.post('/v1/notes', (c) => c.json({ body: validatedBody(c) ?? null }, 201));
  app.onError((error, c) => {
    if (error instanceof ProblemError) return respondProblem(c, error.problemType, error.message, error.errors);
    return respondProblem(c, 'internal', error.message);
  });
  return app;
}
const LIMIT = 4096;
const app = fixtureApp(LIMIT);
const wideApp = fixtureApp(64 * 1024);

const good = { name: 'Anna de Vries', contact: { email: 'anna@example.nl' }, shifts: [{ day: '2027-03-01' }] };

async function post(body: BodyInit | null, headers: Record<string, string> = { 'content-type': 'application/json' }, path = '/v1/signups', to = app) {
  const res = await to.request(path, { method: 'POST', body, headers, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit);
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: await res.json() };
}

async function assertProblem(res: Awaited<ReturnType<typeof post>>, status: number, type: string) {
  assert.equal(res.status, status, JSON.stringify(res.body));
  assert.match(res.contentType, /^application\/problem\+json/);
  assert.equal(res.body.type, `urn:buurtkit:problem:${type}`);
  assert.ok(res.body.title && res.body.detail);
}

test('a valid body reaches the route, with the schema\'s defaults filled in', async () => {
  const res = await post(JSON.stringify(good));
  assert.equal(res.status, 201);
  assert.deepEqual(res.body.body, { ...good, seats: 1 });
});

test('the media type may carry a charset', async () => {
  const res = await post(JSON.stringify(good), { 'content-type': 'application/json; charset=utf-8' });
  assert.equal(res.status, 201);
});

test('parameters of an operation with a body are validated as well', async () => {
  assert.equal((await post(JSON.stringify(good), { 'content-type': 'application/json' }, '/v1/signups?dry_run=true')).body.query.dry_run, true);
  const res = await post(JSON.stringify(good), { 'content-type': 'application/json' }, '/v1/signups?dry_run=ja');
  await assertProblem(res, 400, 'invalid-parameters');
  assert.equal(res.body.errors[0].name, 'dry_run');
});

test('each field at fault is named as a path, in Dutch, with 422', async () => {
  const res = await post(
    JSON.stringify({ name: '', seats: 12, contact: { email: 'geen-adres', fax: '0345' }, shifts: [{ day: '2027-03-01' }, { day: '0000-01-01' }, {}], extra: 1 }),
  );
  await assertProblem(res, 422, 'invalid-body');
  const byName = Object.fromEntries(res.body.errors.map((e: any) => [e.name, e]));
  assert.deepEqual(Object.keys(byName).sort(), ['contact.email', 'contact.fax', 'extra', 'name', 'seats', 'shifts[1].day', 'shifts[2].day'].sort());
  for (const e of res.body.errors) assert.equal(e.in, 'body');
  assert.match(byName.name.detail, /niet leeg/);
  assert.match(byName.seats.detail, /hoogstens 8/);
  assert.match(byName['contact.email'].detail, /e-mailadres/);
  assert.match(byName['contact.fax'].detail, /bestaat niet/);
  assert.match(byName['shifts[1].day'].detail, /1900-01-01 en 2200-12-31/);
  assert.match(byName['shifts[2].day'].detail, /ontbreekt/);
});

test('a missing required field at the top is named', async () => {
  const res = await post(JSON.stringify({ name: 'Anna', contact: {} }));
  await assertProblem(res, 422, 'invalid-body');
  assert.deepEqual(res.body.errors.map((e: any) => e.name), ['shifts']);
});

test('a body of the wrong JSON type is refused as a whole', async () => {
  for (const body of ['[]', '"tekst"', '12', 'null', 'true']) {
    const res = await post(body);
    await assertProblem(res, 422, 'invalid-body');
    assert.equal(res.body.errors[0].name, '');
  }
});

for (const [what, body] of [
  ['a NUL byte', 'Anna\u0000'],
  ['an escape sequence', '\u001b[31mAnna'],
  ['a lone surrogate', 'Anna\ud800'],
  ['a C1 control', 'Anna\u0085'],
] as const) {
  test(`${what} in a string is refused, naming the field`, async () => {
    const res = await post(JSON.stringify({ ...good, name: body }));
    await assertProblem(res, 422, 'invalid-body');
    assert.deepEqual(res.body.errors.map((e: any) => e.name), ['name']);
    assert.match(res.body.errors[0].detail, /teken/);
  });
}

test('line breaks and tabs in text are fine (a message from a textarea)', async () => {
  const res = await post(JSON.stringify({ ...good, message: 'Regel 1\r\nRegel 2\tmet tab' }));
  assert.equal(res.status, 201);
});

test('a control character in a property name is refused too', async () => {
  const res = await post(JSON.stringify({ ...good, contact: { 'e\u0000mail': 'x' } }));
  await assertProblem(res, 422, 'invalid-body');
  assert.equal(res.body.errors[0].name, 'contact.e\u0000mail');
});

for (const [what, body] of [
  ['malformed JSON', '{"name": '],
  ['invalid UTF-8', new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
  ['an empty body', null],
] as const) {
  test(`${what} answers 400 malformed-body`, async () => {
    await assertProblem(await post(body as BodyInit | null), 400, 'malformed-body');
  });
}

test('an optional body may be left out', async () => {
  const res = await post(null, {}, '/v1/notes');
  assert.equal(res.status, 201);
  assert.equal(res.body.body, null);
});

for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
  test(`a body sent as "${type || 'no content type'}" answers 415`, async () => {
    // Without a content type: bytes, since a string body would be sent as text/plain.
    const res = await post(type ? JSON.stringify(good) : new TextEncoder().encode(JSON.stringify(good)), type ? { 'content-type': type } : {});
    await assertProblem(res, 415, 'unsupported-media-type');
    assert.match(res.body.detail, /application\/json/);
  });
}

test('a body over the limit answers 413, whether or not it says its length', async () => {
  const big = JSON.stringify({ ...good, message: 'x'.repeat(LIMIT) });
  await assertProblem(await post(big), 413, 'body-too-large');
  let sent = 0;
  // A stream without Content-Length that would never end: reading must stop at the limit.
  const endless = new ReadableStream<Uint8Array>({
    pull(controller) {
      sent += 1024;
      controller.enqueue(new TextEncoder().encode(' '.repeat(1024)));
    },
  });
  await assertProblem(await post(endless), 413, 'body-too-large');
  assert.ok(sent < LIMIT * 4, `read ${sent} bytes`);
});

test('a deeply nested body is answered, not a stack overflow', async () => {
  const depth = 30_000;
  const deep = `${'['.repeat(depth)}"\\u0000"${']'.repeat(depth)}`;
  const started = performance.now();
  const res = await post(JSON.stringify(good).replace(/}$/, `,"x":${deep}}`), undefined, '/v1/signups', wideApp);
  assert.ok(performance.now() - started < 1000, 'took over a second');
  await assertProblem(res, 422, 'invalid-body');
  // The unknown field, and the NUL deep inside it (its long name cut short).
  assert.ok(res.body.errors.some((e: any) => e.name === 'x'));
  assert.ok(res.body.errors.every((e: any) => e.name.startsWith('x') && e.name.length <= 101));
});

test('a body with thousands of wrong fields names only the first twenty', async () => {
  const res = await post(JSON.stringify({ ...good, ...Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`f${i}`, i])) }));
  await assertProblem(res, 413, 'body-too-large'); // over 4 kB already
  const many = await post(JSON.stringify({ ...good, ...Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`f${i}`, i])) }), undefined, '/v1/signups', wideApp);
  await assertProblem(many, 422, 'invalid-body');
  assert.equal(many.body.errors.length, 20);
});

// Property-based: whatever JSON arrives, the answer is 201 for a valid signup or a
// 4xx problem naming fields, never a 500 and never a crash.
test('any JSON value gives 201 or a 4xx problem, never a 500', async () => {
  await fc.assert(
    fc.asyncProperty(fc.jsonValue(), async (value) => {
      const res = await post(JSON.stringify(value));
      assert.ok(res.status === 201 || (res.status >= 400 && res.status < 500), `${res.status} for ${JSON.stringify(value)}`);
      if (res.status !== 201) assert.match(res.contentType, /^application\/problem\+json/);
    }),
    { numRuns: 300 },
  );
});

test('a valid signup with one field replaced by anything names that field, or passes', async () => {
  const fields = ['name', 'message', 'seats', 'contact', 'shifts'] as const;
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...fields), fc.jsonValue(), async (field, value) => {
      const res = await post(JSON.stringify({ ...good, [field]: value }));
      if (res.status === 201) return;
      assert.equal(res.status, 422, JSON.stringify(res.body));
      assert.ok(
        res.body.errors.every((e: any) => e.name === field || e.name.startsWith(`${field}.`) || e.name.startsWith(`${field}[`)),
        `${field}=${JSON.stringify(value)}: ${JSON.stringify(res.body.errors)}`,
      );
    }),
    { numRuns: 300 },
  );
});

test('arbitrary bytes as a body give a 4xx problem, never a 500', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
      const res = await post(bytes);
      assert.ok(res.status >= 400 && res.status < 500 || res.status === 201, `${res.status}`);
    }),
    { numRuns: 200 },
  );
});
