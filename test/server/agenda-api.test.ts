// The agenda endpoints as a client sees them, on the seeded demo network.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getJson, testApp } from './test-app.ts';

const offsetOf = (iso: string) => iso.slice(-6);

test('lists the occurrences of the next 30 days by default, sorted by start', async () => {
  const { status, body } = await getJson('/v1/activities');
  assert.equal(status, 200);
  assert.ok(body.items.length > 20, `only ${body.items.length} occurrences`);
  const starts = body.items.map((o: any) => Date.parse(o.start));
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  const days = (Date.parse(body.to) - Date.parse(body.from)) / 86_400_000;
  assert.equal(days, 30);
});

test('gives times in Amsterdam time: +01:00 in winter, +02:00 in summer', async () => {
  const winter = await getJson('/v1/activities?from=2027-01-04&to=2027-01-10');
  assert.ok(winter.body.items.length > 0);
  for (const o of winter.body.items) assert.equal(offsetOf(o.start), '+01:00', o.start);
  const summer = await getJson('/v1/activities?from=2027-06-07&to=2027-06-13');
  assert.ok(summer.body.items.length > 0);
  for (const o of summer.body.items) assert.equal(offsetOf(o.start), '+02:00', o.start);
});

test('a weekly series keeps its wall-clock time across the change to summer time', async () => {
  const { body } = await getJson('/v1/activities?from=2027-03-15&to=2027-04-11&limit=1000');
  const bySeries = new Map<string, string[]>();
  for (const o of body.items.filter((o: any) => o.status === 'scheduled')) {
    bySeries.set(o.activityId, [...(bySeries.get(o.activityId) ?? []), o.start]);
  }
  // Some weekly series has occurrences before and after 28 March 2027, all at the same local time.
  const crossing = [...bySeries.values()].filter(
    (starts) => starts.some((s) => offsetOf(s) === '+01:00') && starts.some((s) => offsetOf(s) === '+02:00'),
  );
  assert.ok(crossing.length > 0, 'no series crosses the DST change');
  for (const starts of crossing) {
    const localTimes = new Set(starts.map((s) => s.slice(11, 16)));
    assert.equal(localTimes.size, 1, `local times differ: ${starts.join(', ')}`);
  }
});

test('filters by category, organisation, audience, village and free text', async () => {
  const all = (await getJson('/v1/activities?limit=1000')).body.items;
  const category = all[0].categories[0].id;
  const byCategory = (await getJson(`/v1/activities?category=${category}&limit=1000`)).body.items;
  assert.ok(byCategory.length > 0 && byCategory.length < all.length);
  for (const o of byCategory) assert.ok(o.categories.some((c: any) => c.id === category));

  const organization = all[0].organizer.id;
  const byOrganization = (await getJson(`/v1/activities?organization=${organization}&limit=1000`)).body.items;
  assert.ok(byOrganization.length > 0);
  for (const o of byOrganization) assert.equal(o.organizer.id, organization);

  const forParents = (await getJson('/v1/activities?audience=jonge-ouders&limit=1000')).body.items;
  assert.ok(forParents.length > 0);
  for (const o of forParents) {
    assert.ok(o.audiences.some((a: any) => a.id === 'jonge-ouders' || a.id === 'iedereen'), o.title);
  }

  const village = all.find((o: any) => o.place.village !== all[0].place.village)?.place.village ?? all[0].place.village;
  const byVillage = (await getJson(`/v1/activities?village=${village}&limit=1000`)).body.items;
  assert.ok(byVillage.length > 0);
  for (const o of byVillage) assert.equal(o.place.village, village);

  const word = all[0].title.split(' ')[0];
  const byText = (await getJson(`/v1/activities?q=${encodeURIComponent(word.toUpperCase())}&limit=1000`)).body.items;
  assert.ok(byText.some((o: any) => o.activityId === all[0].activityId));
});

test('shows a cancelled occurrence as cancelled and a moved one at its new time', async () => {
  const { body } = await getJson('/v1/activities?from=2026-11-23&to=2027-11-22&limit=1000');
  const cancelled = body.items.filter((o: any) => o.status === 'cancelled');
  const moved = body.items.filter((o: any) => o.status === 'moved');
  assert.ok(cancelled.length >= 1, 'no cancelled occurrence');
  assert.ok(moved.length >= 1, 'no moved occurrence');
  for (const o of moved) {
    assert.ok(o.originalStart && o.originalStart !== o.start, 'a moved occurrence names where it was');
  }
});

test('paginates with limit and offset', async () => {
  const first = (await getJson('/v1/activities?limit=5')).body;
  assert.equal(first.items.length, 5);
  assert.equal(first.next, 5);
  const second = (await getJson('/v1/activities?limit=5&offset=5')).body;
  assert.notEqual(second.items[0].id, first.items[0].id);
  assert.equal(second.total, first.total);
});

test('one activity comes with its schedule in Dutch and its next occurrences', async () => {
  const [first] = (await getJson('/v1/activities')).body.items;
  const { status, body } = await getJson(`/v1/activities/${first.activityId}?count=3`);
  assert.equal(status, 200);
  assert.equal(body.id, first.activityId);
  assert.ok(body.upcoming.length >= 1 && body.upcoming.length <= 3);
  assert.match(body.schedule, /\d{1,2}\.\d{2}/);
});

test('answers 304 when the ETag still matches', async () => {
  const first = await getJson('/v1/activities?from=2027-01-04&to=2027-01-10');
  const etag = first.headers.get('etag');
  assert.ok(etag);
  const { app } = await testApp();
  const again = await app.request('/v1/activities?from=2027-01-04&to=2027-01-10', { headers: { 'If-None-Match': etag } });
  assert.equal(again.status, 304);
});

test('allows the configured origins and no others', async () => {
  const { app } = await testApp();
  const allowed = await app.request('/v1/network', { headers: { Origin: 'https://dorpshuis.example' } });
  assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://dorpshuis.example');
  const other = await app.request('/v1/network', { headers: { Origin: 'https://elders.example' } });
  assert.equal(other.headers.get('access-control-allow-origin'), null);
});

for (const [name, path, parameter] of [
  ['from after to', '/v1/activities?from=2027-02-01&to=2027-01-01', 'to'],
  ['a window of more than a year', '/v1/activities?from=2027-01-01&to=2028-06-01', 'to'],
  ['a malformed date', '/v1/activities?from=1-1-2027', 'from'],
  ['a date that does not exist', '/v1/activities?from=2027-02-30', 'from'],
  ['an unknown category', '/v1/activities?category=bestaat-niet', 'category'],
  ['an unknown organisation', '/v1/activities?organization=bestaat-niet', 'organization'],
  ['an unknown audience', '/v1/activities?audience=marsmannetjes', 'audience'],
  ['an unknown village', '/v1/activities?village=atlantis', 'village'],
  ['a misspelt parameter', '/v1/activities?categorie=sport', 'categorie'],
  ['a limit that is not a number', '/v1/activities?limit=veel', 'limit'],
  ['an over-long search', `/v1/activities?q=${'a'.repeat(101)}`, 'q'],
  ['a malformed id', '/v1/activities/NIET%20GOED', 'id'],
  ['a bad window on the feed', '/v1/activities.ics?from=2027-02-01&to=2027-01-01', 'to'],
  ['a malformed occurrence id', '/v1/occurrences/koffie.ics', 'occurrenceId'],
] as const) {
  test(`answers 400 naming the parameter for ${name}`, async () => {
    const { status, body, headers } = await getJson(path);
    assert.equal(status, 400);
    assert.match(headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal(body.type, 'urn:buurtkit:problem:invalid-parameters');
    assert.ok(body.title && body.detail);
    assert.ok(body.errors.some((e: any) => e.name === parameter), JSON.stringify(body.errors));
  });
}

for (const [name, path] of [
  ['an unknown activity', '/v1/activities/bestaat-niet'],
  ['an unknown occurrence', '/v1/occurrences/bestaat-niet-20270101T1000.ics'],
  ['an unknown path', '/v1/nergens'],
] as const) {
  test(`answers 404 problem for ${name}`, async () => {
    const { status, body, headers } = await getJson(path);
    assert.equal(status, 404);
    assert.match(headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal(body.type, 'urn:buurtkit:problem:not-found');
  });
}

test('sends the agenda gzip-compressed to clients that accept it, with the same content', async () => {
  const { gunzipSync } = await import('node:zlib');
  const { app } = await testApp();
  const plain = await app.request('/v1/activities?from=2027-01-04&to=2027-01-10');
  const packed = await app.request('/v1/activities?from=2027-01-04&to=2027-01-10', { headers: { 'Accept-Encoding': 'gzip' } });
  assert.equal(packed.headers.get('content-encoding'), 'gzip');
  assert.match(packed.headers.get('vary') ?? '', /Accept-Encoding/);
  const unpacked = gunzipSync(Buffer.from(await packed.arrayBuffer())).toString('utf8');
  assert.deepEqual(JSON.parse(unpacked), await plain.json());
});

test('sends Brotli to clients that accept it (every browser over HTTPS), with the same content', async () => {
  const { brotliDecompressSync } = await import('node:zlib');
  const { app } = await testApp();
  const path = '/v1/activities?from=2027-01-04&to=2027-03-10';
  const plain = await app.request(path);
  const packed = await app.request(path, { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } });
  assert.equal(packed.headers.get('content-encoding'), 'br');
  assert.match(packed.headers.get('vary') ?? '', /Accept-Encoding/);
  const bytes = Buffer.from(await packed.arrayBuffer());
  assert.ok(bytes.byteLength < Number(plain.headers.get('content-length') ?? Infinity) / 4, 'compressed well');
  assert.deepEqual(JSON.parse(brotliDecompressSync(bytes).toString('utf8')), await plain.json());
});

for (const [header, coding] of [
  ['gzip', 'gzip'],
  ['br;q=0, gzip', 'gzip'],
  ['gzip;q=1, br;q=0.5', 'gzip'],
  ['*', 'br'],
  ['gzip;q=0', null],
  ['identity', null],
  ['br;q=0, gzip;q=0, *', null],
] as const) {
  test(`Accept-Encoding: ${header} gets ${coding ?? 'the plain body'}`, async () => {
    const { app } = await testApp();
    const res = await app.request('/v1/activities?from=2027-01-04&to=2027-01-10', { headers: { 'Accept-Encoding': header } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-encoding'), coding);
  });
}

test('the iCalendar feed parses with a real parser, in Amsterdam time, honouring the filters', async () => {
  const ICAL = (await import('ical.js')).default;
  const { app } = await testApp();
  const all = (await getJson('/v1/activities?from=2027-01-04&to=2027-01-31&limit=1000')).body.items;
  const organization = all[0].organizer.id;
  const res = await app.request(`/v1/activities.ics?organization=${organization}`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/calendar/);
  const root = new ICAL.Component(ICAL.parse(await res.text()));
  const [zone] = root.getAllSubcomponents('vtimezone');
  assert.equal(zone.getFirstPropertyValue('tzid'), 'Europe/Amsterdam');
  ICAL.TimezoneService.register(zone);
  const masters = root.getAllSubcomponents('vevent').filter((v) => !v.hasProperty('recurrence-id'));
  assert.ok(masters.length > 0);
  const expected = all.filter((o: any) => o.organizer.id === organization && o.status === 'scheduled');
  // Every scheduled occurrence of that organisation in January is produced by the feed's rules.
  for (const o of expected) {
    const event = new ICAL.Event(masters.find((m) => String(m.getFirstPropertyValue('uid')).startsWith(`${o.activityId}@`))!);
    const iterator = event.iterator();
    let found = false;
    for (let next = iterator.next(); next && !found; next = iterator.next()) {
      if (next.toJSDate().getTime() === Date.parse(o.start)) found = true;
      if (next.toJSDate().getTime() > Date.parse(o.start)) break;
    }
    assert.ok(found, `${o.title} at ${o.start} is not in the feed`);
  }
  // No series of another organisation.
  const uids = masters.map((m) => String(m.getFirstPropertyValue('uid')).split('@')[0]);
  const others = all.filter((o: any) => o.organizer.id !== organization).map((o: any) => o.activityId);
  assert.ok(!uids.some((uid) => others.includes(uid)));
});

test('one occurrence downloads as an iCalendar file with its own start time', async () => {
  const ICAL = (await import('ical.js')).default;
  const { app } = await testApp();
  const [occurrence] = (await getJson('/v1/activities?from=2027-06-07&to=2027-06-13')).body.items;
  const res = await app.request(occurrence.icsUrl);
  assert.equal(res.status, 200);
  const root = new ICAL.Component(ICAL.parse(await res.text()));
  ICAL.TimezoneService.register(root.getFirstSubcomponent('vtimezone')!);
  const [vevent] = root.getAllSubcomponents('vevent');
  const event = new ICAL.Event(vevent);
  assert.equal(event.summary, occurrence.title);
  assert.equal(event.startDate.toJSDate().getTime(), Date.parse(occurrence.start));
  assert.equal(event.startDate.zone?.tzid, 'Europe/Amsterdam');
  assert.equal(vevent.hasProperty('rrule'), false);
});

test('every answer to an allowed origin carries the CORS headers, problems included, so the widget can read them', async () => {
  const { app } = await testApp();
  const headers = { Origin: 'https://dorpshuis.example' };
  for (const [path, status] of [
    ['/v1/activities?from=2027-01-04&to=2027-01-10', 200],
    ['/v1/activities?from=2027-02-30', 400],
    ['/v1/activities/bestaat-niet', 404],
    ['/v1/niets', 404],
  ] as const) {
    const res = await app.request(path, { headers });
    assert.equal(res.status, status, path);
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://dorpshuis.example', path);
    assert.equal(res.headers.get('access-control-expose-headers'), 'ETag', path);
    assert.match(res.headers.get('vary') ?? '', /\bOrigin\b/, path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
  }
  const other = await app.request('/v1/activities?from=2027-01-04&to=2027-01-10', { headers: { Origin: 'https://elders.example' } });
  assert.equal(other.headers.get('access-control-allow-origin'), null);
  assert.match(other.headers.get('vary') ?? '', /\bOrigin\b/, 'a shared cache must not give one origin\'s answer to another');
});

test('a 304 to another origin keeps the CORS headers, so the browser accepts it', async () => {
  const { app } = await testApp();
  for (const path of ['/v1/network', '/v1/activities?from=2027-01-04&to=2027-01-10']) {
    const headers = { Origin: 'https://dorpshuis.example' };
    const first = await app.request(path, { headers });
    const again = await app.request(path, { headers: { ...headers, 'If-None-Match': first.headers.get('etag')! } });
    assert.equal(again.status, 304, path);
    assert.equal(again.headers.get('access-control-allow-origin'), 'https://dorpshuis.example', path);
  }
});

test('reading activities inside a transaction asks one query at a time (a PostgreSQL client runs one query at a time)', async () => {
  const { findActivities } = await import('../../server/agenda/repository.ts');
  const { db } = await testApp();
  let running = 0;
  let overlapped = 0;
  const found = await db.transaction(async (tx) => {
    const oneAtATime = {
      async query<T>(sql: string, params?: unknown[]) {
        if (running++ > 0) overlapped++;
        try {
          return await tx.query<T>(sql, params);
        } finally {
          running--;
        }
      },
    };
    return findActivities(oneAtATime, {});
  });
  assert.ok(found.length > 0, 'the demo seed has activities');
  assert.ok(found.some((a) => a.series.exceptions.length > 0) && found[0]!.fields.categories.every((c) => c.name), 'with their exceptions and names');
  assert.equal(overlapped, 0, 'no query started before the one before it had answered');
});
