// Bad input as a hostile visitor sends it: each answer is a Dutch problem naming the
// parameter, never a 500; the headers every response carries; 405 and the preflight.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { getJson, testApp } from './test-app.ts';

async function assertNames(path: string, parameter: string, detail?: RegExp) {
  const { status, body, headers } = await getJson(path);
  assert.equal(status, 400, `${path}: ${JSON.stringify(body)}`);
  assert.match(headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal(body.type, 'urn:buurtkit:problem:invalid-parameters');
  const error = body.errors.find((e: any) => e.name === parameter);
  assert.ok(error, `${path}: ${JSON.stringify(body.errors)}`);
  if (detail) assert.match(error.detail, detail);
  return body;
}

for (const path of ['/v1/activities', '/v1/activities.ics', '/v1/services', '/v1/organizations?kind=volunteer&village=']) {
  test(`a NUL byte in a parameter of ${path} is refused, not a 500`, async () => {
    const name = path.includes('organizations') ? 'village' : 'q';
    const url = path.includes('?') ? `${path}%00` : `${path}?q=%00`;
    await assertNames(url, name, /teken/);
  });
}

test('other control characters are refused in every string parameter, also in the path', async () => {
  await assertNames('/v1/activities?q=koffie%07', 'q', /teken/);
  await assertNames('/v1/services?q=%1B%5B31m', 'q', /teken/);
  await assertNames('/v1/activities/koffie%00', 'id', /teken/);
});

for (const value of ['+5', '0x10', '1e3', '%205', '5%20', '5.0', '']) {
  test(`an integer written as "${decodeURIComponent(value)}" is refused`, async () => {
    await assertNames(`/v1/activities?limit=${value}`, 'limit', /heel getal/);
  });
}

test('a plain decimal integer is accepted', async () => {
  const { status, body } = await getJson('/v1/activities?limit=5&offset=0');
  assert.equal(status, 200);
  assert.equal(body.limit, 5);
});

for (const path of ['/v1/network', '/v1/health', '/v1/categories', '/v1/social-map', '/v1/export/hsds.json']) {
  test(`an unknown parameter on ${path}, which takes none, is refused`, async () => {
    await assertNames(`${path}?x=1`, 'x', /bestaat niet/);
  });
}

for (const [value, parameter] of [
  ['from=0000-01-01', 'from'],
  ['from=1899-12-31', 'from'],
  ['from=9999-11-01', 'from'],
  ['to=9999-12-31', 'to'],
  ['from=2200-12-01&to=2201-01-01', 'to'],
] as const) {
  test(`a date outside 1900–2200 (${value}) is refused with a message that says so`, async () => {
    await assertNames(`/v1/activities?${value}`, parameter, /1900.*2200/);
    await assertNames(`/v1/activities.ics?${value}`, parameter, /1900.*2200/);
  });
}

test('dates at the edges of the range are accepted', async () => {
  assert.equal((await getJson('/v1/activities?from=1900-01-01&to=1900-01-31')).status, 200);
  assert.equal((await getJson('/v1/activities?from=2200-12-01&to=2200-12-31')).status, 200);
});

for (const [method, path, allow] of [
  ['POST', '/v1/activities', 'GET, HEAD'],
  ['DELETE', '/v1/network', 'GET, HEAD'],
  ['PUT', '/v1/services/schuldhulpmaatje', 'GET, HEAD'],
  ['PATCH', '/v1/occurrences/koffieochtend-20261217T1000.ics', 'GET, HEAD'],
  ['POST', '/docs', 'GET, HEAD'],
] as const) {
  test(`${method} ${path} answers 405 with Allow`, async () => {
    const { app } = await testApp();
    const res = await app.request(path, { method });
    assert.equal(res.status, 405);
    assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.deepEqual(res.headers.get('allow')?.split(', ').filter((m) => m !== 'OPTIONS'), allow.split(', '));
    const body = await res.json();
    assert.equal(body.type, 'urn:buurtkit:problem:method-not-allowed');
    assert.match(body.detail, new RegExp(method));
  });
}

test('an unknown path still answers 404, whatever the method', async () => {
  const { app } = await testApp();
  assert.equal((await app.request('/v1/nergens', { method: 'POST' })).status, 404);
});

const securityHeaders = (headers: Headers) => {
  assert.equal(headers.get('x-content-type-options'), 'nosniff');
  assert.equal(headers.get('referrer-policy'), 'strict-origin-when-cross-origin');
};

test('every response carries nosniff and a referrer policy: JSON, problems, 304s, the feed', async () => {
  const { app } = await testApp();
  const ok = await app.request('/v1/network');
  securityHeaders(ok.headers);
  const notModified = await app.request('/v1/network', { headers: { 'If-None-Match': ok.headers.get('etag')! } });
  assert.equal(notModified.status, 304);
  securityHeaders(notModified.headers);
  securityHeaders((await app.request('/v1/activities?from=nooit')).headers);
  securityHeaders((await app.request('/v1/nergens')).headers);
  securityHeaders((await app.request('/v1/activities.ics')).headers);
  securityHeaders((await app.request('/v1/network', { method: 'DELETE' })).headers);
});

test('the reference page has a CSP that forbids framing by other sites and scripts', async () => {
  const { app } = await testApp();
  const res = await app.request('/docs');
  securityHeaders(res.headers);
  const csp = res.headers.get('content-security-policy') ?? '';
  assert.match(csp, /frame-ancestors 'self'/);
  assert.match(csp, /default-src 'none'/);
  assert.doesNotMatch(csp, /unsafe/);
});

test('JSON answers carry no page CSP (it would mean nothing there)', async () => {
  const { app } = await testApp();
  assert.equal((await app.request('/v1/network')).headers.get('content-security-policy'), null);
});

test('the preflight advertises only what exists: GET, HEAD and If-None-Match', async () => {
  const { app } = await testApp();
  const res = await app.request('/v1/activities', {
    method: 'OPTIONS',
    headers: { Origin: 'https://dorpshuis.example', 'Access-Control-Request-Method': 'GET' },
  });
  assert.equal(res.status, 204);
  const methods = (res.headers.get('access-control-allow-methods') ?? '').split(',').map((m) => m.trim());
  assert.deepEqual(methods.sort(), ['GET', 'HEAD', 'OPTIONS']);
  const headers = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(',').map((h) => h.trim());
  assert.ok(headers.includes('if-none-match'));
  assert.ok(!headers.includes('authorization'));
  securityHeaders(res.headers);
});

/** The app serving a demo folder and a widget folder made of the given files. */
async function staticApp(demoFiles: Record<string, string>, widgetFiles: Record<string, string>) {
  const { mkdtemp, mkdir, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { dirname, join } = await import('node:path');
  const { createApp } = await import('../../server/app.ts');
  const { createLogger } = await import('../../server/log.ts');
  const folder = async (prefix: string, files: Record<string, string>) => {
    const dir = await mkdtemp(join(tmpdir(), prefix));
    for (const [name, text] of Object.entries(files)) {
      await mkdir(dirname(join(dir, name)), { recursive: true });
      await writeFile(join(dir, name), text);
    }
    return dir;
  };
  const demo = await folder('buurtkit-demo-', demoFiles);
  const widgets = await folder('buurtkit-lib-', widgetFiles);
  const { db } = await testApp();
  return createApp({ db, config: { corsOrigins: ['*'] }, log: createLogger('silent'), staticDirs: { demo, widgets } });
}

test('the demo pages get a CSP with frame-ancestors; the widgets\' JS stays loadable from other sites', async () => {
  const app = await staticApp(
    { 'index.html': '<!doctype html><title>demo</title><script type="module" src="/a.js"></script>' },
    { 'agenda.js': 'export {};' },
  );
  const page = await app.request('/');
  assert.equal(page.status, 200);
  securityHeaders(page.headers);
  const csp = page.headers.get('content-security-policy') ?? '';
  assert.match(csp, /frame-ancestors 'self'/);
  assert.match(csp, /script-src 'self'/);
  assert.match(csp, /worker-src 'self'/);
  const script = await app.request('/buurtkit/agenda.js', { headers: { Origin: 'https://dorpshuis.example' } });
  assert.equal(script.status, 200);
  assert.equal(script.headers.get('access-control-allow-origin'), '*');
  assert.equal(script.headers.get('content-security-policy'), null);
  securityHeaders(script.headers);
});

test('a widget entry is revalidated within minutes; a hashed chunk is cached for a year', async () => {
  const app = await staticApp(
    { 'assets/index-Ab12_x-Z.js': 'export {};' },
    { 'social-map.js': 'import "./runtime-Mb-fruN1.js";', 'runtime-Mb-fruN1.js': 'export {};' },
  );
  const entry = await app.request('/buurtkit/social-map.js');
  assert.equal(entry.headers.get('cache-control'), 'public, max-age=300');
  for (const path of ['/buurtkit/runtime-Mb-fruN1.js', '/assets/index-Ab12_x-Z.js']) {
    const res = await app.request(path);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable', path);
  }
});

test('answers built per request come compressed to a client that accepts it, and whole to one that does not', async () => {
  const { app } = await testApp();
  for (const path of ['/v1/organizations?limit=500', '/v1/services', '/v1/network']) {
    const zipped = await app.request(path, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    assert.equal(zipped.headers.get('content-encoding'), 'gzip', path);
    assert.match(zipped.headers.get('vary') ?? '', /accept-encoding/i, path);
    const body = Buffer.from(await zipped.arrayBuffer());
    const plain = await app.request(path);
    assert.equal(plain.headers.get('content-encoding'), null, path);
    assert.deepEqual(JSON.parse(gunzipSync(body).toString()), await plain.json(), path);
    // A revalidation still gets its 304.
    const again = await app.request(path, { headers: { 'accept-encoding': 'gzip', 'if-none-match': zipped.headers.get('etag')! } });
    assert.equal(again.status, 304, path);
  }
});
