// The response cache holds a bounded number of bytes, whatever the visitors ask.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { FOR_MANY_KEYS, ResponseCache } from '../../server/http/response-cache.ts';

const body = (n: number, fill = 'a') => fill.repeat(n);

test('holds at most maxBytes, dropping the oldest entries first', async () => {
  const cache = new ResponseCache(60_000, 500, FOR_MANY_KEYS, 1_000);
  let made = 0;
  const make = (fill: string) => () => (made++, { body: body(400, fill), contentType: 'text/plain' });
  for (const key of ['a', 'b', 'c', 'd']) await cache.get(key, make(key));
  assert.ok(cache.bytes <= 1_000, `holds ${cache.bytes} bytes`);
  assert.equal(made, 4);
  await cache.get('d', make('d'));
  assert.equal(made, 4, 'the newest is still held');
  await cache.get('a', make('a'));
  assert.equal(made, 5, 'the oldest was dropped');
});

test('counts the compressed copies too, and they decode to the body', async () => {
  const cache = new ResponseCache(60_000, 500, FOR_MANY_KEYS, 1_000_000);
  const text = JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ i, title: `Koffieochtend ${i % 7}` })));
  const cached = await cache.get('k', () => ({ body: text, contentType: 'application/json' }));
  const plainBytes = cache.bytes;
  const br = await cached.encoded('br');
  const gz = await cached.encoded('gzip');
  assert.equal(brotliDecompressSync(br).toString(), text);
  assert.equal(gunzipSync(gz).toString(), text);
  assert.equal(cache.bytes, plainBytes + br.byteLength + gz.byteLength);
  assert.equal(await cached.encoded('br'), br, 'compressed once');
});

test('a body larger than the whole budget is still answered, and not kept beside others', async () => {
  const cache = new ResponseCache(60_000, 500, FOR_MANY_KEYS, 1_000);
  await cache.get('small', () => ({ body: body(100), contentType: 'text/plain' }));
  const big = await cache.get('big', () => ({ body: body(5_000), contentType: 'text/plain' }));
  assert.equal(big.body.byteLength, 5_000);
  assert.equal(cache.bytes, 5_000);
});

test('a body given as a writer is compressed without being kept, and written out only when a client wants it plain', async () => {
  const cache = new ResponseCache(60_000, 500, FOR_MANY_KEYS, 10_000_000);
  const writer = (text: string) => ({ byteLength: Buffer.byteLength(text), writeTo: (target: Uint8Array) => void Buffer.from(text).copy(target) });
  // Two pages asked at once, one larger than gzip's share of the event loop.
  const small = JSON.stringify({ items: Array.from({ length: 50 }, (_, i) => `klaverjassen ${i}`) });
  const large = JSON.stringify({ items: Array.from({ length: 20_000 }, (_, i) => `repaircafé ${i}`) });
  const [a, b] = await Promise.all([
    cache.get('a', () => ({ body: writer(small), contentType: 'application/json', etag: 'W/"a"' })),
    cache.get('b', () => ({ body: writer(large), contentType: 'application/json', etag: 'W/"b"' })),
  ]);
  const [aBr, bBr, aGz] = await Promise.all([a.encoded('br'), b.encoded('br'), a.encoded('gzip')]);
  assert.equal(brotliDecompressSync(aBr).toString(), small);
  assert.equal(brotliDecompressSync(bBr).toString(), large);
  assert.equal(gunzipSync(aGz).toString(), small);
  const compressedOnly = cache.bytes;
  assert.equal(compressedOnly, aBr.byteLength + bBr.byteLength + aGz.byteLength, 'holds the compressed copies, not the plain bodies');
  assert.equal(Buffer.from(a.body).toString(), small);
  assert.equal(cache.bytes, compressedOnly + Buffer.byteLength(small), 'the plain body is counted once written');
  // gzip of a large body runs in the thread pool, from the plain body.
  assert.equal(gunzipSync(await b.encoded('gzip')).toString(), large);
  assert.equal(a.etag, 'W/"a"');
});
