// The safe fetch of organisations' calendars: a real HTTP server on 127.0.0.1, loopback
// allowed explicitly where a test needs it, refused everywhere else.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FeedFetchError, fetchFeed, feedUrl, type FetchPolicy } from '../../server/feeds/fetch.ts';
import { isPublicAddress } from '../../server/feeds/address.ts';

const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//NL\r\nEND:VCALENDAR\r\n';
const requests: IncomingMessage[] = [];
let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end(ICS);
const server = createServer((req, res) => {
  requests.push(req);
  handler(req, res);
});
let base = '';
before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const loopbackAllowed: FetchPolicy = { timeoutMs: 2000, maxBytes: 100_000, allowPrivateAddresses: true, allowedUrls: [] };
const publicOnly: FetchPolicy = { ...loopbackAllowed, allowPrivateAddresses: false };
const rejectsWith = (promise: Promise<unknown>, pattern: RegExp) =>
  assert.rejects(promise, (error: unknown) => error instanceof FeedFetchError && pattern.test(error.message));

test('a feed is fetched when loopback is allowed, with its validators', async () => {
  handler = (_req, res) => res.writeHead(200, { 'content-type': 'text/calendar', etag: '"v1"', 'last-modified': 'Tue, 01 Dec 2026 08:00:00 GMT' }).end(ICS);
  const result = await fetchFeed(`${base}/feed.ics`, {}, loopbackAllowed);
  assert.deepEqual(result, { kind: 'ok', text: ICS, etag: '"v1"', lastModified: 'Tue, 01 Dec 2026 08:00:00 GMT' });
});

test('loopback is refused when the configuration does not allow it: by address and by name, before any request', async () => {
  handler = (_req, res) => res.end(ICS);
  const count = requests.length;
  await rejectsWith(fetchFeed(`${base}/feed.ics`, {}, publicOnly), /intern netwerk/);
  await rejectsWith(fetchFeed(`${base.replace('127.0.0.1', 'localhost')}/feed.ics`, {}, publicOnly), /intern netwerk/);
  await rejectsWith(fetchFeed(`http://[::ffff:127.0.0.1]:${new URL(base).port}/feed.ics`, {}, publicOnly), /intern netwerk/);
  assert.equal(requests.length, count, 'the server was never asked');
});

test('a redirect to a private address is refused, even from a URL that may be fetched', async () => {
  handler = (req, res) => {
    if (req.url === '/voorbeelden/feed.ics') res.writeHead(302, { location: `${base}/intern/geheim` }).end();
    else if (req.url === '/voorbeelden/naar-10') res.writeHead(301, { location: 'http://10.0.0.1/agenda.ics' }).end();
    else res.end(ICS);
  };
  const policy = { ...publicOnly, allowedUrls: [`${base}/voorbeelden/`] };
  assert.equal((await fetchFeed(`${base}/voorbeelden/ok.ics`, {}, policy)).kind, 'ok', 'the allowed prefix itself is fetched');
  const count = requests.length;
  await rejectsWith(fetchFeed(`${base}/voorbeelden/feed.ics`, {}, policy), /intern netwerk/);
  await rejectsWith(fetchFeed(`${base}/voorbeelden/naar-10`, {}, policy), /intern netwerk/);
  assert.equal(requests.length, count + 2, 'only the redirecting answers were asked for, not their targets');
  // '..' in the URL does not escape the allowed prefix
  await rejectsWith(fetchFeed(`${base}/voorbeelden/../intern/geheim`, {}, policy), /intern netwerk/);
});

test('at most 3 redirects', async () => {
  handler = (req, res) => {
    const n = Number(req.url!.slice(1));
    if (n < 10) res.writeHead(302, { location: `/${n + 1}` }).end();
    else res.end(ICS);
  };
  assert.equal((await fetchFeed(`${base}/7`, {}, loopbackAllowed)).kind, 'ok', '3 redirects are followed');
  await rejectsWith(fetchFeed(`${base}/6`, {}, loopbackAllowed), /meer dan 3 keer door/);
});

test('conditional GET: the stored ETag and Last-Modified are sent, a 304 is "not modified"', async () => {
  handler = (req, res) => {
    if (req.headers['if-none-match'] === '"v1"' && req.headers['if-modified-since'] === 'Tue, 01 Dec 2026 08:00:00 GMT') res.writeHead(304).end();
    else res.end(ICS);
  };
  assert.deepEqual(await fetchFeed(`${base}/feed.ics`, { etag: '"v1"', lastModified: 'Tue, 01 Dec 2026 08:00:00 GMT' }, loopbackAllowed), { kind: 'not-modified' });
  assert.equal((await fetchFeed(`${base}/feed.ics`, {}, loopbackAllowed)).kind, 'ok');
});

test('a 50 MB answer is stopped at the size limit while it streams, with or without Content-Length', async () => {
  let written = 0;
  handler = (req, res) => {
    if (req.url === '/declared') return res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) }).end();
    res.writeHead(200, { 'content-type': 'text/calendar' });
    const chunk = Buffer.alloc(64 * 1024, 'A');
    const pump = () => {
      while (written < 50 * 1024 * 1024 && !res.destroyed) {
        written += chunk.byteLength;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    pump();
  };
  const started = Date.now();
  await rejectsWith(fetchFeed(`${base}/endless`, {}, loopbackAllowed), /groter dan 0,1 MB/);
  assert.ok(written < 5 * 1024 * 1024, `stopped early, after ${written} bytes`);
  assert.ok(Date.now() - started < 2000);
  await rejectsWith(fetchFeed(`${base}/declared`, {}, loopbackAllowed), /groter dan/);
});

test('a slow server: the whole fetch has one timeout, in plain Dutch', async () => {
  handler = (_req, res) => {
    res.writeHead(200);
    res.write('BEGIN:VCALENDAR\r\n'); // and then nothing more
  };
  const started = Date.now();
  await rejectsWith(fetchFeed(`${base}/slow`, {}, { ...loopbackAllowed, timeoutMs: 300 }), /antwoordde niet binnen 0,3 seconden/);
  assert.ok(Date.now() - started < 1500);
  await rejectsWith(fetchFeed(`${base}/slow`, {}, { ...loopbackAllowed, timeoutMs: 10_000, maxBytes: 10 }), /groter/); // (the limit still counts)
});

test('an error status is said in plain Dutch', async () => {
  handler = (_req, res) => res.writeHead(404).end('nope');
  await rejectsWith(fetchFeed(`${base}/weg.ics`, {}, loopbackAllowed), /foutcode 404 \(niet gevonden\)/);
});

test('only http(s); webcal:// is https://', () => {
  assert.equal(feedUrl('webcal://calendar.google.com/calendar/ical/x/public/basic.ics').href, 'https://calendar.google.com/calendar/ical/x/public/basic.ics');
  for (const bad of ['ftp://example.nl/a.ics', 'file:///etc/passwd', 'javascript:alert(1)', 'geen adres', 'https://user:pw@example.nl/a.ics']) {
    assert.throws(() => feedUrl(bad), FeedFetchError, bad);
  }
});

test('private, loopback, link-local, ULA, CGNAT, multicast and unspecified addresses are not public (IPv4, IPv6, IPv4-mapped)', () => {
  for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '100.64.0.1', '169.254.169.254', '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fd12::1', 'fe80::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '::ffff:7f00:1']) {
    assert.equal(isPublicAddress(address), false, address);
  }
  for (const address of ['8.8.8.8', '145.97.39.155', '2a00:1450:400e:80c::200e', '::ffff:8.8.8.8']) assert.equal(isPublicAddress(address), true, address);
});

test('a private or loopback IPv4 address wrapped in IPv6 is not public: compatible, mapped or translated, in dots or in hex, NAT64 and 6to4', () => {
  for (const address of [
    '::127.0.0.1', '::7f00:1', '0:0:0:0:0:0:10.0.0.1', '::a00:1', // IPv4-compatible
    '::ffff:0a00:0001', '0:0:0:0:0:ffff:c0a8:101', '::FFFF:7F00:1', // IPv4-mapped in hex
    '::ffff:0:7f00:1', '::ffff:0:10.0.0.1', // SIIT (IPv4-translated)
    '64:ff9b::7f00:1', '64:ff9b::10.0.0.1', '64:ff9b::a9fe:a9fe', '64:ff9b:1::a00:1', // NAT64
    '2002:7f00:1::', '2002:c0a8:101::1', '2002:a9fe:a9fe::', // 6to4
    '2001:0:4136:e378:8000:63bf:3fff:fdd2', // Teredo
    'fe80::1%eth0',
  ]) {
    assert.equal(isPublicAddress(address), false, address);
  }
  // the same forms around a public IPv4 address are public
  for (const address of ['64:ff9b::808:808', '64:ff9b::8.8.8.8', '2002:808:808::1']) assert.equal(isPublicAddress(address), true, address);
});

test('FEED_ALLOWED_URLS allows its own origin and path only, not whatever starts with the same letters', async () => {
  handler = (_req, res) => res.end(ICS);
  const port = new URL(base).port;
  const count = requests.length;
  // 'http://127.0.0.1:4000' is the start of 'http://127.0.0.1:40001/...' as a string
  await rejectsWith(fetchFeed(`${base}/feed.ics`, {}, { ...publicOnly, allowedUrls: [`http://127.0.0.1:${port.slice(0, -1)}`] }), /intern netwerk/);
  await rejectsWith(fetchFeed(`${base}/voorbeelden-intern/geheim`, {}, { ...publicOnly, allowedUrls: [`${base}/voorbeelden`] }), /intern netwerk/);
  await rejectsWith(fetchFeed(`${base}/voorbeelden/feed.ics`, {}, { ...publicOnly, allowedUrls: [`https://127.0.0.1:${port}/voorbeelden/`] }), /intern netwerk/);
  assert.equal(requests.length, count, 'the server was never asked');
  // written with or without the last '/', the path itself and what is under it are allowed
  assert.equal((await fetchFeed(`${base}/voorbeelden/feed.ics`, {}, { ...publicOnly, allowedUrls: [`${base}/voorbeelden`] })).kind, 'ok');
  assert.equal((await fetchFeed(`${base}/voorbeelden/feed.ics`, {}, { ...publicOnly, allowedUrls: [`http://127.0.0.1:${port}/voorbeelden/`] })).kind, 'ok');
});
