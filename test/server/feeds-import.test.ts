// Organisations' calendars imported into the agenda, as a coordinator uses /beheer: add a
// feed, see its state, fetch it again, remove it; and what a visitor then sees in the
// public agenda. The feeds come from a real HTTP server on 127.0.0.1 (loopback allowed
// explicitly in this app's configuration).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/app.ts';
import { createLogger } from '../../server/log.ts';
import { refreshDueFeeds } from '../../server/feeds/schedule.ts';
import { CONTACT_PASSWORD, doorFixture, ORIGIN, PASSWORD, type DoorFixture } from './accounts-fixture.ts';
import { sessionOf, type Session } from './beheer-signups-fixture.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}.ics`, import.meta.url), 'utf8');

// path -> what the feed server answers; the ETag is the content's version
const feeds = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
const served: { path: string; ifNoneMatch?: string }[] = [];
const ics = (text: string, etag: string) => (req: IncomingMessage, res: ServerResponse) => {
  if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
  res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', etag }).end(text);
};
const feedServer = createServer((req, res) => {
  served.push({ path: req.url!, ...(req.headers['if-none-match'] ? { ifNoneMatch: String(req.headers['if-none-match']) } : {}) });
  (feeds.get(req.url!) ?? ((_q, r) => r.writeHead(404).end()))(req, res);
});
let base = '';
before(async () => {
  await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
});
after(() => {
  feedServer.closeAllConnections();
  feedServer.close();
});

// A fetch may take a while on a busy CI machine: 3 s before "too slow".
const SETTINGS = { intervalMinutes: 60, timeoutMs: 3000, maxBytes: 200_000, allowPrivateAddresses: true, allowedUrls: [] };
let f: DoorFixture;
let app: ReturnType<typeof createApp>;
let anna: Session;
let piet: Session;
const NOW = new Date('2026-12-01T09:00:00Z');
before(async () => {
  f = await doorFixture();
  anna = await sessionOf(f, 'anna@samenlinde.example', PASSWORD);
  piet = await sessionOf(f, 'piet@dorpshuis.example', CONTACT_PASSWORD);
  app = createApp({ db: f.db, config: { corsOrigins: ['*'], feeds: SETTINGS }, log: createLogger('silent'), accountSessions: f.sessions, now: () => NOW });
});

async function call(path: string, { who = anna, method = 'GET', body, to = app }: { who?: Session; method?: string; body?: unknown; to?: { request: typeof app.request } } = {}) {
  const res = await to.request(new URL(path, ORIGIN).toString(), {
    method,
    headers: {
      cookie: who.cookie,
      ...(method === 'GET' ? {} : { 'x-csrf-token': who.csrfToken, origin: ORIGIN }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
}
const addFeed = (organizationId: string, url: string, to?: { request: typeof app.request }) => call('/v1/beheer/calendar-feeds', { method: 'POST', body: { organizationId, url }, ...(to ? { to } : {}) });
type Shown = { title: string; start: string; status: string; place: { name: string }; organizer: { id: string } };
/** Every occurrence in the window, page by page, as a visitor's widget gets them. */
const agenda = async (from: string, to: string) => {
  const items: Shown[] = [];
  for (let offset: number | undefined = 0; offset !== undefined; ) {
    const res = await app.request(`/v1/activities?from=${from}&to=${to}&limit=500&offset=${offset}`);
    assert.equal(res.status, 200);
    const page = (await res.json()) as { items: Shown[]; next?: number };
    items.push(...page.items);
    offset = page.next;
  }
  return items;
};
const titled = async (title: string, from = '2026-12-01', to = '2027-11-30') => (await agenda(from, to)).filter((o) => o.title === title);

let google = '';
let nextcloud = '';

test('a coordinator adds a Google feed: its events are in the agenda at once, at the right times; a hand-made duplicate is shown once', async () => {
  feeds.set('/google.ics', ics(fixture('google-voetbal'), '"g1"'));
  const res = await addFeed('vv-lindewaard', `${base}/google.ics`);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  google = res.body.id;
  assert.equal(res.body.state, 'ok');
  assert.equal(res.body.organization.id, 'vv-lindewaard');
  assert.equal(res.body.eventCount, 4, 'Veteranentraining, Jeugdtoernooi, Open dag, Dorpsfeest');
  assert.equal(res.body.duplicateCount, 1, 'the children\'s training is in the agenda already (same title, start and place)');
  assert.ok(res.body.lastSuccessAt && res.body.lastFetchedAt);

  const april = (await agenda('2027-04-01', '2027-04-30')).filter((o) => o.title === 'Veteranentraining');
  assert.deepEqual(
    april.map((o) => [o.start, o.status]),
    [
      ['2027-04-01T19:00:00+02:00', 'scheduled'],
      ['2027-04-09T20:00:00+02:00', 'moved'],
      ['2027-04-15T19:00:00+02:00', 'cancelled'],
      ['2027-04-22T19:00:00+02:00', 'scheduled'],
    ],
  );
  assert.equal(april[0]!.place.name, 'Sportpark Lindeweide', 'LOCATION matched an existing place');
  assert.equal(april[0]!.organizer.id, 'vv-lindewaard');
  const march = (await titled('Veteranentraining', '2027-03-01', '2027-03-31')).map((o) => o.start);
  assert.deepEqual(march, ['2027-03-04T19:00:00+01:00', '2027-03-11T19:00:00+01:00', '2027-03-18T19:00:00+01:00'], 'winter time, and no 25 March (EXDATE)');
  const [tournament] = await titled('Jeugdtoernooi');
  assert.equal(tournament!.start, '2027-04-24T00:00:00+02:00');
  const [openDay] = await titled('Open dag');
  assert.equal(openDay!.place.name, 'Kantine VV Lindewaard', 'a new place from LOCATION');
  assert.equal((await titled('Voetbaltraining voor kinderen van 6 tot 10 jaar', '2027-01-06', '2027-01-06')).length, 1, 'shown once');

  const feed = await app.request('/v1/activities.ics?from=2027-04-01&to=2027-04-30');
  assert.equal(feed.status, 200);
  assert.match(await feed.text(), /SUMMARY:Veteranentraining/);

  const list = await call('/v1/beheer/calendar-feeds');
  assert.deepEqual(list.body.items.map((i: { id: string }) => i.id), [google]);
});

test('an imported event is for everyone (the feed says nothing of its audience): a visitor who filters on one still sees it', async () => {
  const res = await app.request('/v1/activities?from=2027-04-01&to=2027-04-30&audience=ouderen&limit=500');
  assert.equal(res.status, 200);
  const titles = ((await res.json()) as { items: { title: string; audiences: { id: string }[] }[] }).items.filter((o) => o.title === 'Veteranentraining');
  assert.equal(titles.length, 4);
  assert.deepEqual(titles[0]!.audiences.map((a) => a.id), ['iedereen']);
});

test('duplicates across two feeds (same UID) and with a hand-made activity that carries the UID are shown once', async () => {
  await f.db.query(`update activities set ical_uid = 'boekenmarkt-floating' where id = 'koffieochtend-dorpshuis'`);
  feeds.set('/nextcloud.ics', ics(fixture('nextcloud-bibliotheek'), '"n1"'));
  const res = await addFeed('bibliotheek-linde', `${base}/nextcloud.ics`);
  assert.equal(res.status, 201);
  nextcloud = res.body.id;
  assert.deepEqual([res.body.state, res.body.eventCount, res.body.duplicateCount], ['ok', 2, 2]);
  assert.equal((await titled('Dorpsfeest')).length, 1);
  assert.equal((await titled('Dorpsfeest'))[0]!.organizer.id, 'vv-lindewaard', 'the feed that had it first keeps it');
  assert.equal((await titled('Boekenmarkt')).length, 0);
  const [lecture] = await titled('Online lezing: schrijven over je dorp');
  assert.equal(lecture!.start, '2027-01-15T19:00:00+01:00', '13:00 in New York');
});

test('fetching again sends the ETag; a 304 changes nothing but the time it was fetched', async () => {
  const version = (await f.db.query<{ version: string }>('select version from agenda_state')).rows[0]!.version;
  served.length = 0;
  const res = await call(`/v1/beheer/calendar-feeds/${google}/refresh`, { method: 'POST' });
  assert.equal(res.status, 200);
  assert.deepEqual(served, [{ path: '/google.ics', ifNoneMatch: '"g1"' }]);
  assert.deepEqual([res.body.state, res.body.eventCount, res.body.duplicateCount], ['ok', 4, 1]);
  assert.equal((await f.db.query<{ version: string }>('select version from agenda_state')).rows[0]!.version, version, 'the agenda was not rewritten');
  assert.equal((await titled('Veteranentraining', '2027-04-01', '2027-04-30')).length, 4);
});

test('a hidden imported activity stays hidden when the feed changes; an event gone from the feed leaves the agenda', async () => {
  await f.db.query(`update activities set hidden = true where feed_id = $1 and ical_uid = '7opendag2027@google.com'`, [google]);
  const changed = fixture('google-voetbal').replace(/BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270424[\s\S]*?END:VEVENT\r\n/, '').replace('SUMMARY:Open dag', 'SUMMARY:Open dag (nieuw)');
  feeds.set('/google.ics', ics(changed, '"g2"'));
  const res = await call(`/v1/beheer/calendar-feeds/${google}/refresh`, { method: 'POST' });
  assert.deepEqual([res.body.state, res.body.eventCount], ['ok', 3]);
  assert.equal((await titled('Jeugdtoernooi')).length, 0, 'removed from the feed: gone');
  assert.equal((await titled('Open dag (nieuw)')).length, 0, 'still hidden');
  const { rows } = await f.db.query<{ hidden: boolean; title: string }>(`select hidden, title from activities where ical_uid = '7opendag2027@google.com'`);
  assert.deepEqual(rows, [{ hidden: true, title: 'Open dag (nieuw)' }]);
});

test('a hidden imported event that drops out of the feed once and comes back is still hidden', async () => {
  const shown = fixture('google-voetbal').replace(/BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270424[\s\S]*?END:VEVENT\r\n/, '').replace('SUMMARY:Open dag', 'SUMMARY:Open dag (nieuw)');
  const without = shown.replace(/BEGIN:VEVENT\r\nDTSTART:20270320T130000Z[\s\S]*?END:VEVENT\r\n/, '');
  assert.ok(!without.includes('7opendag2027'));
  feeds.set('/google.ics', ics(without, '"g2a"'));
  assert.equal((await call(`/v1/beheer/calendar-feeds/${google}/refresh`, { method: 'POST' })).body.state, 'ok');
  feeds.set('/google.ics', ics(shown, '"g2b"'));
  const res = await call(`/v1/beheer/calendar-feeds/${google}/refresh`, { method: 'POST' });
  assert.deepEqual([res.body.state, res.body.eventCount], ['ok', 3]);
  assert.equal((await titled('Open dag (nieuw)')).length, 0, 'back in the feed, still hidden');
  const { rows } = await f.db.query<{ hidden: boolean }>(`select hidden from activities where ical_uid = '7opendag2027@google.com'`);
  assert.deepEqual(rows, [{ hidden: true }]);
});

test('a broken or hostile feed: state error in plain Dutch, the last good import stays, the agenda keeps working', async () => {
  const cases: [string, (req: IncomingMessage, res: ServerResponse) => void, RegExp][] = [
    ['not iCalendar', (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Log in</body></html>'), /geen iCalendar-bestand/],
    ['50 MB', (_q, r) => r.writeHead(200, { 'content-length': String(50 * 1024 * 1024) }).end(), /groter dan 0,2 MB/],
    ['slow', (_q, r) => void r.writeHead(200).write('BEGIN:VCALENDAR\r\n'), /antwoordde niet binnen 3 seconden\./],
    ['gone', (_q, r) => r.writeHead(404).end(), /foutcode 404/],
  ];
  for (const [what, answer, message] of cases) {
    feeds.set('/google.ics', answer);
    const res = await call(`/v1/beheer/calendar-feeds/${google}/refresh`, { method: 'POST' });
    assert.equal(res.status, 200, what);
    assert.equal(res.body.state, 'error', what);
    assert.match(res.body.error, message, what);
    assert.equal(res.body.eventCount, 3, `${what}: the last good counts stay`);
    assert.equal((await titled('Veteranentraining', '2027-04-01', '2027-04-30')).length, 4, `${what}: the last good import stays`);
  }
});

test('a hostile feed that can be read: unreadable events are warned about, markup in SUMMARY is plain text in the agenda', async () => {
  feeds.set('/hostile.ics', ics(fixture('hostile'), '"h1"'));
  const res = await addFeed('reparatiecafe-linde', `${base}/hostile.ics`);
  assert.equal(res.status, 201);
  assert.equal(res.body.state, 'ok');
  assert.equal(res.body.skippedCount, 4, JSON.stringify(res.body.warnings));
  assert.ok(res.body.warnings.includes('Geen begintijd: Zomerfeest'), res.body.warnings);
  const [xss] = (await agenda('2027-01-10', '2027-01-10')).filter((o) => o.organizer.id === 'reparatiecafe-linde');
  assert.equal(xss!.title, "<img src=x onerror=alert(1)><script>alert('agenda')</script>");
  const ical = await (await app.request('/v1/activities.ics?from=2027-01-10&to=2027-01-10&organization=reparatiecafe-linde')).text();
  assert.match(ical, /SUMMARY:<img src=x onerror=alert\(1\)><script>alert\('agenda'\)<\/script>/, 'text in the ICS, where nothing runs');
  await call(`/v1/beheer/calendar-feeds/${res.body.id}`, { method: 'DELETE' });
});

const FOREIGN_ZONES = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//NL',
  'BEGIN:VEVENT', 'UID:utc-weekly@test', 'SUMMARY:Training in UTC', 'DTSTART:20270107T180000Z', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=20', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:ny-weekly@test', 'SUMMARY:Gesprek met New York', 'DTSTART;TZID=America/New_York:20270104T200000', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20270420T000000Z', 'END:VEVENT',
  'END:VCALENDAR', '',
].join('\r\n');

test('a series in UTC or in New York keeps its own clock (RFC 5545), shown in Amsterdam time: another hour after a clock change, and on the weekday it falls on here', async () => {
  feeds.set('/zones.ics', ics(FOREIGN_ZONES, '"z1"'));
  const res = await addFeed('harmonie-lindeklank', `${base}/zones.ics`);
  assert.deepEqual([res.status, res.body.state, res.body.eventCount], [201, 'ok', 2], JSON.stringify(res.body));
  // 18:00 UTC is 19:00 in winter and 20:00 in summer time (from 28 March 2027)
  assert.deepEqual(
    (await titled('Training in UTC', '2027-03-18', '2027-04-08')).map((o) => o.start),
    ['2027-03-18T19:00:00+01:00', '2027-03-25T19:00:00+01:00', '2027-04-01T20:00:00+02:00', '2027-04-08T20:00:00+02:00'],
  );
  // Monday 20:00 in New York is Tuesday 02:00 here; between the American (14 March) and the
  // European (28 March) clock change it is 01:00
  assert.deepEqual(
    (await titled('Gesprek met New York', '2027-03-01', '2027-04-30')).map((o) => o.start),
    [
      '2027-03-02T02:00:00+01:00', '2027-03-09T02:00:00+01:00', '2027-03-16T01:00:00+01:00', '2027-03-23T01:00:00+01:00',
      '2027-03-30T02:00:00+02:00', '2027-04-06T02:00:00+02:00', '2027-04-13T02:00:00+02:00', '2027-04-20T02:00:00+02:00',
    ],
  );
  assert.equal((await titled('Gesprek met New York', '2027-01-01', '2027-12-31')).length, 16, 'UNTIL (in UTC) ends it on 19 April in New York');
  // the subscribable feed gives calendar programs the rule in its own zone, so they show the same times
  const exported = await (await app.request('/v1/activities.ics?from=2027-03-01&to=2027-04-30&organization=harmonie-lindeklank')).text();
  assert.match(exported, /DTSTART:20270107T180000Z\r\nDURATION:PT1H\r\nRRULE:FREQ=WEEKLY;COUNT=20;BYDAY=TH\r\n/);
  assert.match(exported, /DTSTART;TZID=America\/New_York:20270104T200000\r\nDURATION:PT1H\r\nRRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20270420T000000Z\r\n/);
  await call(`/v1/beheer/calendar-feeds/${res.body.id}`, { method: 'DELETE' });
});

const vevent = (uid: string, title: string, start: string, location?: string) => [
  'BEGIN:VEVENT', `UID:${uid}`, `SUMMARY:${title}`, `DTSTART;TZID=Europe/Amsterdam:${start}`, 'DURATION:PT1H', ...(location ? [`LOCATION:${location}`] : []), 'END:VEVENT',
];
const calendarOf = (events: string[][]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//NL', ...events.flat(), 'END:VCALENDAR', ''].join('\r\n');
const placeNames = async () => (await f.db.query<{ name: string }>('select name from places order by name')).rows.map((r) => r.name);
const added = (before: string[], after: string[]) => after.filter((name) => !before.includes(name));

test('places from unknown LOCATIONs: one per feed and text, a bounded number, and gone when no activity uses them', async () => {
  const before = await placeNames();
  const refresh = async (events: string[][], etag: string) => {
    feeds.set('/plaatsen.ics', ics(calendarOf(events), etag));
    return (await call(`/v1/beheer/calendar-feeds/${id}/refresh`, { method: 'POST' })).body;
  };
  const schuur = 'Schuur van Jansen\\, Dorpsstraat 1\\, Linde';
  const first = [vevent('p1', 'Repetitie', '20270111T200000', schuur), vevent('p2', 'Concert', '20270118T200000', schuur), vevent('p3', 'Open repetitie', '20270125T200000', 'Molen De Hoop')];
  feeds.set('/plaatsen.ics', ics(calendarOf(first), '"p1"'));
  const res = await addFeed('harmonie-lindeklank', `${base}/plaatsen.ics`);
  assert.deepEqual([res.body.state, res.body.eventCount], ['ok', 3]);
  const id: string = res.body.id;
  assert.deepEqual(added(before, await placeNames()), ['Molen De Hoop', 'Schuur van Jansen'], 'the same LOCATION twice is one place');
  await refresh(first, '"p2"');
  assert.deepEqual(added(before, await placeNames()), ['Molen De Hoop', 'Schuur van Jansen'], 'the next import uses them again');

  await refresh([...first.slice(0, 2), vevent('p3', 'Open repetitie', '20270125T200000', 'Kerk')], '"p3"');
  assert.deepEqual(added(before, await placeNames()), ['Kerk', 'Schuur van Jansen'], 'no activity is at the mill any more: it is gone');

  const many = Array.from({ length: 40 }, (_, i) => vevent(`m${i}`, `Optreden ${i}`, `202702${String((i % 28) + 1).padStart(2, '0')}T200000`, `Zaal ${i}`));
  const body = await refresh(many, '"p4"');
  assert.equal(body.eventCount, 40, 'every event is imported');
  assert.ok(added(before, await placeNames()).length <= 26, `at most 25 places and the organisation's own: ${added(before, await placeNames()).length}`);
  assert.ok(body.warnings.some((w: string) => /Meer dan 25 plaatsen/.test(w)), body.warnings);
  assert.equal((await titled('Optreden 39', '2027-02-01', '2027-02-28')).length, 1);

  await call(`/v1/beheer/calendar-feeds/${id}`, { method: 'DELETE' });
  assert.deepEqual(await placeNames(), before, 'removing the feed removes its places');
});

test('a removed feed leaves an activity with volunteer shifts behind, hidden and without its UID: added again, the feed brings the event back', async () => {
  const events = [vevent('repetitie-weekly@harmonie', 'Repetitie harmonie', '20270112T200000', 'Dorpshuis De Linde')];
  feeds.set('/harmonie.ics', ics(calendarOf(events), '"r1"'));
  const first = await addFeed('harmonie-lindeklank', `${base}/harmonie.ics`);
  assert.equal(first.body.eventCount, 1);
  const [imported] = (await f.db.query<{ id: string }>(`select id from activities where ical_uid = 'repetitie-weekly@harmonie'`)).rows;
  await f.db.query(
    `insert into volunteer_opportunities (id, organization_id, title, summary, description, kind_id, where_text, frequency, for_whom, activity_id, capacity_per_shift, ongoing)
     select 'stoelen-klaarzetten', 'harmonie-lindeklank', 'Stoelen klaarzetten', 'Zet de stoelen klaar.', 'Zet de stoelen klaar.', id, 'Dorpshuis', 'Iedere week', 'Iedereen', $1, 2, false
       from volunteer_kinds order by sort limit 1`,
    [imported!.id],
  );
  const removed = await call(`/v1/beheer/calendar-feeds/${first.body.id}`, { method: 'DELETE' });
  assert.deepEqual([removed.status, removed.body], [200, { keptActivities: [] }], 'shifts but nobody signed up: nothing kept');
  assert.deepEqual(
    (await f.db.query('select hidden, source, feed_id, ical_uid from activities where id = $1', [imported!.id])).rows,
    [{ hidden: true, source: 'manual', feed_id: null, ical_uid: null }],
    'left behind for its shifts, hidden, unlinked',
  );
  const again = await addFeed('harmonie-lindeklank', `${base}/harmonie.ics`);
  assert.deepEqual([again.body.state, again.body.eventCount, again.body.duplicateCount], ['ok', 1, 0], 'not a duplicate of the hidden one');
  assert.equal((await titled('Repetitie harmonie', '2027-01-12', '2027-01-12')).length, 1, 'shown again');
  await call(`/v1/beheer/calendar-feeds/${again.body.id}`, { method: 'DELETE' });
  await f.db.query(`delete from volunteer_opportunities where id = 'stoelen-klaarzetten'`);
});

test('an event that drops out of the feed while volunteers are signed up stays in the agenda, and the feed tells the coordinator to look at it', async () => {
  const events = [vevent('concert@harmonie', 'Kerstconcert', '20261219T200000', 'Dorpshuis De Linde'), vevent('repetitie@harmonie', 'Repetitie', '20261215T200000', 'Dorpshuis De Linde')];
  feeds.set('/kerst.ics', ics(calendarOf(events), '"c1"'));
  const feed = await addFeed('harmonie-lindeklank', `${base}/kerst.ics`);
  assert.deepEqual([feed.body.state, feed.body.eventCount], ['ok', 2]);
  assert.equal(feed.body.keptActivities, undefined, 'nothing to look at yet');
  const [concert] = (await f.db.query<{ id: string }>(`select id from activities where ical_uid = 'concert@harmonie'`)).rows;
  await f.db.query(
    `insert into volunteer_opportunities (id, organization_id, title, summary, description, kind_id, where_text, frequency, for_whom, activity_id, capacity_per_shift, ongoing)
     select 'koffie-kerstconcert', 'harmonie-lindeklank', 'Koffie schenken', 'Schenk koffie.', 'Schenk koffie in de pauze.', id, 'Dorpshuis', 'Eenmalig', 'Iedereen', $1, 2, false
       from volunteer_kinds order by sort limit 1`,
    [concert!.id],
  );
  await f.db.query(
    `insert into volunteer_signups (reference, token_hash, opportunity_id, occurrence_key, name, phone, privacy_version, status, created_at)
     select 'VW-KERS-T001', $1, 'koffie-kerstconcert', '20261219T2000', 'Truus', '0345 123456', version, 'confirmed', $2 from privacy_notices limit 1`,
    ['b'.repeat(64), NOW.toISOString()],
  );

  // The organisation takes both events out of its calendar: the rehearsal goes, the concert stays.
  feeds.set('/kerst.ics', ics(calendarOf([]), '"c2"'));
  const refreshed = await call(`/v1/beheer/calendar-feeds/${feed.body.id}/refresh`, { method: 'POST' });
  assert.deepEqual([refreshed.body.state, refreshed.body.eventCount], ['ok', 0]);
  assert.deepEqual(refreshed.body.keptActivities, [{ id: concert!.id, title: 'Kerstconcert' }], 'named for the coordinator');
  assert.equal((await titled('Repetitie', '2026-12-15', '2026-12-15')).length, 0, 'no sign-ups: gone from the agenda');
  assert.deepEqual((await titled('Kerstconcert', '2026-12-19', '2026-12-19')).map((o) => o.start), ['2026-12-19T20:00:00+01:00'], 'Truus still has her shift on its date');
  assert.deepEqual((await f.db.query('select hidden from activities where id = $1', [concert!.id])).rows, [{ hidden: false }]);
  const [listed] = (await call('/v1/beheer/calendar-feeds')).body.items.filter((i: { id: string }) => i.id === feed.body.id);
  assert.deepEqual(listed.keptActivities, [{ id: concert!.id, title: 'Kerstconcert' }], 'the list says it too');

  // Her sign-up is cancelled: the next import takes the concert out of the agenda.
  await f.db.query(`update volunteer_signups set status = 'cancelled', cancelled_at = $1 where reference = 'VW-KERS-T001'`, [NOW.toISOString()]);
  feeds.set('/kerst.ics', ics(calendarOf([]), '"c3"'));
  const later = await call(`/v1/beheer/calendar-feeds/${feed.body.id}/refresh`, { method: 'POST' });
  assert.equal(later.body.keptActivities, undefined);
  assert.equal((await titled('Kerstconcert', '2026-12-19', '2026-12-19')).length, 0);
  await call(`/v1/beheer/calendar-feeds/${feed.body.id}`, { method: 'DELETE' });
  await f.db.query(`delete from volunteer_signups where reference = 'VW-KERS-T001'`);
  await f.db.query(`delete from volunteer_opportunities where id = 'koffie-kerstconcert'`);
  await f.db.query(`delete from activities where id = $1`, [concert!.id]);
});

test('a feed event that moves to a new time takes its volunteers along to the shift at that time, and tells them', async () => {
  feeds.set('/nieuwjaar.ics', ics(calendarOf([vevent('nieuwjaar@harmonie', 'Nieuwjaarsconcert', '20270109T200000', 'Dorpshuis De Linde')]), '"n1"'));
  const feed = await addFeed('harmonie-lindeklank', `${base}/nieuwjaar.ics`);
  assert.deepEqual([feed.body.state, feed.body.eventCount], ['ok', 1]);
  const [concert] = (await f.db.query<{ id: string }>(`select id from activities where ical_uid = 'nieuwjaar@harmonie'`)).rows;
  await f.db.query(
    `insert into volunteer_opportunities (id, organization_id, title, summary, description, kind_id, where_text, frequency, for_whom, activity_id, capacity_per_shift, ongoing)
     select 'kaartjes-nieuwjaar', 'harmonie-lindeklank', 'Kaartjes scheuren', 'Bij de deur.', 'Scheur de kaartjes bij de deur.', id, 'Dorpshuis', 'Eenmalig', 'Iedereen', $1, 2, false
       from volunteer_kinds order by sort limit 1`,
    [concert!.id],
  );
  await f.db.query(
    `insert into volunteer_signups (reference, token_hash, opportunity_id, occurrence_key, name, email, privacy_version, status, created_at)
     select 'VW-NWJR-T001', $1, 'kaartjes-nieuwjaar', '20270109T2000', 'Kees', 'kees@example.org', version, 'confirmed', $2 from privacy_notices limit 1`,
    ['c'.repeat(64), NOW.toISOString()],
  );

  // The harmonie starts half an hour later.
  feeds.set('/nieuwjaar.ics', ics(calendarOf([vevent('nieuwjaar@harmonie', 'Nieuwjaarsconcert', '20270109T203000', 'Dorpshuis De Linde')]), '"n2"'));
  const refreshed = await call(`/v1/beheer/calendar-feeds/${feed.body.id}/refresh`, { method: 'POST' });
  assert.deepEqual([refreshed.body.state, refreshed.body.eventCount], ['ok', 1]);
  assert.deepEqual((await f.db.query(`select occurrence_key from volunteer_signups where reference = 'VW-NWJR-T001'`)).rows, [{ occurrence_key: '20270109T2030' }], 'Kees is on the shift at 20.30');
  const told = (await f.db.query<{ recipient: string; body: string }>(`select recipient, body from outbox where kind = 'shift-time-changed' and recipient = 'kees@example.org'`)).rows;
  assert.equal(told.length, 1);
  assert.match(told[0]!.body, /om 20\.30 uur, niet meer om 20\.00 uur/);

  // The same feed again changes nothing and tells nobody again.
  feeds.set('/nieuwjaar.ics', ics(calendarOf([vevent('nieuwjaar@harmonie', 'Nieuwjaarsconcert', '20270109T203000', 'Dorpshuis De Linde')]), '"n3"'));
  await call(`/v1/beheer/calendar-feeds/${feed.body.id}/refresh`, { method: 'POST' });
  assert.equal((await f.db.query(`select 1 from outbox where kind = 'shift-time-changed' and recipient = 'kees@example.org'`)).rows.length, 1);

  await f.db.query(`delete from outbox where recipient = 'kees@example.org'`);
  await f.db.query(`delete from volunteer_signups where reference = 'VW-NWJR-T001'`);
  await call(`/v1/beheer/calendar-feeds/${feed.body.id}`, { method: 'DELETE' });
  await f.db.query(`delete from volunteer_opportunities where id = 'kaartjes-nieuwjaar'`);
  await f.db.query(`delete from activities where id = $1`, [concert!.id]);
});

test('removing a feed keeps an activity volunteers are signed up for in the agenda, as a hand-made one, and says which; the others go', async () => {
  const events = [vevent('markt@harmonie', 'Kerstmarkt', '20261220T140000', 'Dorpshuis De Linde'), vevent('proef@harmonie', 'Proefles', '20261216T190000', 'Dorpshuis De Linde')];
  feeds.set('/markt.ics', ics(calendarOf(events), '"m1"'));
  const feed = await addFeed('harmonie-lindeklank', `${base}/markt.ics`);
  assert.deepEqual([feed.body.state, feed.body.eventCount], ['ok', 2]);
  const [markt] = (await f.db.query<{ id: string }>(`select id from activities where ical_uid = 'markt@harmonie'`)).rows;
  await f.db.query(
    `insert into volunteer_opportunities (id, organization_id, title, summary, description, kind_id, where_text, frequency, for_whom, activity_id, capacity_per_shift, ongoing)
     select 'kraam-kerstmarkt', 'harmonie-lindeklank', 'Kraam bemannen', 'Sta bij de kraam.', 'Sta een uur bij de kraam.', id, 'Dorpshuis', 'Eenmalig', 'Iedereen', $1, 2, false
       from volunteer_kinds order by sort limit 1`,
    [markt!.id],
  );
  await f.db.query(
    `insert into volunteer_signups (reference, token_hash, opportunity_id, occurrence_key, name, phone, privacy_version, status, created_at)
     select 'VW-MRKT-T001', $1, 'kraam-kerstmarkt', '20261220T1400', 'Kees', '0345 654321', version, 'confirmed', $2 from privacy_notices limit 1`,
    ['c'.repeat(64), NOW.toISOString()],
  );

  const removed = await call(`/v1/beheer/calendar-feeds/${feed.body.id}`, { method: 'DELETE' });
  assert.equal(removed.status, 200, JSON.stringify(removed.body));
  assert.deepEqual(removed.body, { keptActivities: [{ id: markt!.id, title: 'Kerstmarkt' }] }, 'the answer names what stays');
  assert.deepEqual((await titled('Kerstmarkt', '2026-12-20', '2026-12-20')).map((o) => o.start), ['2026-12-20T14:00:00+01:00'], 'Kees still has his shift on its date');
  assert.equal((await titled('Proefles', '2026-12-16', '2026-12-16')).length, 0, 'nobody signed up: gone');
  assert.deepEqual(
    (await f.db.query('select hidden, source, feed_id, ical_uid from activities where id = $1', [markt!.id])).rows,
    [{ hidden: false, source: 'manual', feed_id: null, ical_uid: 'markt@harmonie' }],
    'a hand-made activity now, with its UID',
  );
  assert.equal((await call('/v1/beheer/calendar-feeds')).body.items.some((i: { id: string }) => i.id === feed.body.id), false, 'the feed is gone');
  const hide = await call(`/v1/beheer/activities/${markt!.id}/visibility`, { method: 'PUT', body: { hidden: true } });
  assert.equal(hide.status, 409, "Verbergen still waits for Kees's sign-up");

  const again = await addFeed('harmonie-lindeklank', `${base}/markt.ics`);
  assert.deepEqual([again.body.eventCount, again.body.duplicateCount], [1, 1], 'added again: the kept market is not shown twice');
  assert.equal((await titled('Kerstmarkt', '2026-12-20', '2026-12-20')).length, 1);
  await call(`/v1/beheer/calendar-feeds/${again.body.id}`, { method: 'DELETE' });
  await f.db.query(`delete from volunteer_signups where reference = 'VW-MRKT-T001'`);
  await f.db.query(`delete from volunteer_opportunities where id = 'kraam-kerstmarkt'`);
  await f.db.query(`delete from activities where id = $1`, [markt!.id]);
});

test('the duplicate check by title, start and place is per organisation and skips hidden activities', async () => {
  // the harmonie's own hand-made event, and another organisation's at the same hour and place
  const [koffie] = (await f.db.query<{ title: string; starts_at: string; place_id: string; place: string }>(
    `select a.title, to_char(a.starts_at, 'YYYYMMDD"T"HH24MISS') as starts_at, a.place_id, p.name as place from activities a join places p on p.id = a.place_id where a.id = 'koffieochtend-dorpshuis'`,
  )).rows;
  const events = [vevent('koffie@harmonie', koffie!.title, koffie!.starts_at, koffie!.place)];
  feeds.set('/koffie.ics', ics(calendarOf(events), '"k1"'));
  const other = await addFeed('harmonie-lindeklank', `${base}/koffie.ics`);
  assert.deepEqual([other.body.eventCount, other.body.duplicateCount], [1, 0], 'another organisation: not a duplicate');
  await call(`/v1/beheer/calendar-feeds/${other.body.id}`, { method: 'DELETE' });

  const [org] = (await f.db.query<{ organization_id: string }>(`select organization_id from activities where id = 'koffieochtend-dorpshuis'`)).rows;
  const own = await addFeed(org!.organization_id, `${base}/koffie.ics`);
  assert.deepEqual([own.body.eventCount, own.body.duplicateCount], [0, 1], 'the same organisation: a duplicate');
  await f.db.query(`update activities set hidden = true where id = 'koffieochtend-dorpshuis'`);
  feeds.set('/koffie.ics', ics(calendarOf(events), '"k2"'));
  const refreshed = await call(`/v1/beheer/calendar-feeds/${own.body.id}/refresh`, { method: 'POST' });
  assert.deepEqual([refreshed.body.eventCount, refreshed.body.duplicateCount], [1, 0], 'the hand-made one is hidden: the imported one is shown');
  await call(`/v1/beheer/calendar-feeds/${own.body.id}`, { method: 'DELETE' });
  await f.db.query(`update activities set hidden = false where id = 'koffieochtend-dorpshuis'`);
});

test('the periodic fetch: due feeds one at a time, and two processes at once never fetch the same feed twice', async () => {
  feeds.set('/google.ics', ics(fixture('google-voetbal'), '"g3"'));
  await f.db.query(`update calendar_feeds set next_fetch_at = '2026-12-01T08:00:00Z'`);
  served.length = 0;
  const runs = await Promise.all([refreshDueFeeds(f.db, SETTINGS, { now: () => NOW }), refreshDueFeeds(f.db, SETTINGS, { now: () => NOW })]);
  assert.equal(runs[0]! + runs[1]!, 2, 'each of the two feeds once');
  assert.deepEqual(served.map((s) => s.path).sort(), ['/google.ics', '/nextcloud.ics']);
  assert.equal(await refreshDueFeeds(f.db, SETTINGS, { now: () => NOW }), 0, 'nothing is due now');
  const list = (await call('/v1/beheer/calendar-feeds')).body.items;
  assert.ok(list.every((i: { state: string }) => i.state === 'ok'), JSON.stringify(list));
});

test('loopback is refused by the default configuration: the feed is added with a Dutch error, nothing is fetched', async () => {
  served.length = 0;
  const res = await addFeed('harmonie-lindeklank', `${base}/google.ics`, f.app);
  assert.equal(res.status, 201);
  assert.equal(res.body.state, 'error');
  assert.match(res.body.error, /intern netwerk/);
  assert.deepEqual(served, []);
  await call(`/v1/beheer/calendar-feeds/${res.body.id}`, { method: 'DELETE' });
});

test('bad input gets a problem naming the field, in Dutch; the same address twice is 409', async () => {
  const bad = await addFeed('vv-lindewaard', 'ftp://example.nl/agenda.ics');
  assert.equal(bad.status, 422);
  assert.match(bad.type, /application\/problem\+json/);
  assert.ok(JSON.stringify(bad.body.errors).includes('url'));
  const unknown = await addFeed('bestaat-niet', 'https://example.nl/agenda.ics');
  assert.equal(unknown.status, 422);
  assert.equal(unknown.body.errors[0].name, 'organizationId');
  const twice = await addFeed('vv-lindewaard', `${base}/google.ics`);
  assert.equal(twice.status, 409);
  const webcal = await addFeed('bibliotheek-linde', 'webcal://127.0.0.1:1/agenda.ics');
  assert.equal(webcal.status, 201, 'webcal:// is taken as https://');
  assert.equal(webcal.body.url, 'https://127.0.0.1:1/agenda.ics');
  await call(`/v1/beheer/calendar-feeds/${webcal.body.id}`, { method: 'DELETE' });
  assert.equal((await call('/v1/beheer/calendar-feeds/00000000-0000-4000-8000-000000000000/refresh', { method: 'POST' })).status, 404);
});

test('only coordinators: an organisation contact gets 403 on every feed route', async () => {
  assert.equal((await call('/v1/beheer/calendar-feeds', { who: piet })).status, 403);
  assert.equal((await call('/v1/beheer/calendar-feeds', { who: piet, method: 'POST', body: { organizationId: 'dorpshuis-de-linde', url: 'https://example.nl/a.ics' } })).status, 403);
  assert.equal((await call(`/v1/beheer/calendar-feeds/${google}/refresh`, { who: piet, method: 'POST' })).status, 403);
  assert.equal((await call(`/v1/beheer/calendar-feeds/${google}`, { who: piet, method: 'DELETE' })).status, 403);
  assert.equal((await f.db.query('select 1 from calendar_feeds')).rows.length, 2, 'nothing changed');
});

test('removing a feed takes its activities out of the agenda, and is in the audit log', async () => {
  assert.equal((await titled('Online lezing: schrijven over je dorp')).length, 1);
  const res = await call(`/v1/beheer/calendar-feeds/${nextcloud}`, { method: 'DELETE' });
  assert.deepEqual([res.status, res.body], [200, { keptActivities: [] }]);
  assert.equal((await titled('Online lezing: schrijven over je dorp')).length, 0);
  assert.equal((await call(`/v1/beheer/calendar-feeds/${nextcloud}`, { method: 'DELETE' })).status, 404);
  const { rows } = await f.db.query<{ action: string }>(`select action from audit_log where record_type = 'calendar-feed' and record_id = $1 order by id`, [nextcloud]);
  assert.deepEqual(rows.map((r) => r.action), ['add', 'remove']);
});
