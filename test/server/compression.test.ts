// Every public read a widget makes comes compressed when the browser offers it: a phone on a
// slow connection waits for every byte (Lighthouse's uses-text-compression found the volunteer
// list, 22 KB, sent plain). Some routes compress per request, some once in their cache: the
// visitor only sees the encoding, so that is what is checked, with the body intact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { volunteerApp } from './volunteer-app.ts';

const READS = [
  '/v1/network',
  '/v1/organizations',
  '/v1/categories',
  '/v1/services',
  '/v1/social-map',
  '/v1/activities?from=2026-12-01&to=2026-12-31',
  '/v1/volunteer-opportunities?limit=500',
  '/v1/volunteer-opportunities/chauffeur-dorpsbus',
];

for (const path of READS) {
  test(`GET ${path} is compressed for a browser that accepts it, and reads the same`, async () => {
    const { app } = await volunteerApp();
    const plain = await app.request(path);
    assert.equal(plain.status, 200);
    const body = await plain.text();
    assert.ok(body.length > 1024, `${body.length} bytes: too small to need compression, pick another read`);

    const res = await app.request(path, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    assert.equal(res.status, 200);
    const coding = res.headers.get('content-encoding');
    assert.ok(coding === 'gzip' || coding === 'br', `content-encoding ${coding}`);
    assert.match(res.headers.get('vary') ?? '', /accept-encoding/i);
    const bytes = Buffer.from(await res.arrayBuffer());
    assert.ok(bytes.length < body.length, `${bytes.length} of ${body.length} bytes`);
    assert.equal((coding === 'br' ? brotliDecompressSync(bytes) : gunzipSync(bytes)).toString('utf8'), body);
  });
}
