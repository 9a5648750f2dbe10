// The activity editor's server side as a coordinator and an organisation contact use it:
// adding, saving, hiding and removing activities, and the change at once in the public
// agenda, its ICS feed and its activity page, on this app and on a second one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activitiesFixture, activityBody, type ActivitiesFixture } from './beheer-activities-fixture.ts';

let shared: Promise<ActivitiesFixture> | undefined;
const door = () => (shared ??= activitiesFixture());

// Dorpshuis De Linde's activities only: all of the network's would pass one page.
const WINDOW = '/v1/activities?from=2027-01-01&to=2027-06-30&organization=dorpshuis-de-linde&limit=500';

async function publicOccurrences(get: (path: string) => Promise<Response>, id: string) {
  const res = await get(WINDOW);
  assert.equal(res.status, 200);
  return ((await res.json()) as { items: any[] }).items.filter((o) => o.activityId === id);
}

test('a coordinator adds a recurring activity; it is in the agenda at once, on this app and another', async () => {
  const f = await door();
  const before = await publicOccurrences((p) => f.request(p), 'soos-voor-ouderen');
  assert.equal(before.length, 0);
  const made = await f.change(f.anna, 'POST', '/v1/beheer/activities', activityBody({
    exceptions: [
      { originalStartsAt: '2027-04-15T14:00', kind: 'cancelled', note: 'Dorpshuis gesloten voor onderhoud' },
      { originalStartsAt: '2027-05-20T14:00', kind: 'moved', newStartsAt: '2027-05-27T14:00', note: 'Hemelvaart' },
      { originalStartsAt: '2027-02-18T14:00', kind: 'skipped', note: 'Voorjaarsvakantie' },
    ],
  }));
  assert.equal(made.status, 201, JSON.stringify(made.body));
  assert.equal(made.body.id, 'soos-voor-ouderen');
  assert.equal(made.headers.get('location'), '/v1/beheer/activities/soos-voor-ouderen');
  assert.match(made.headers.get('etag') ?? '', /^"a\d+"$/);
  assert.equal(made.body.schedule, 'Iedere derde donderdag van de maand, 14.00 tot 16.00 uur');
  assert.equal(made.body.editable, true);
  assert.equal(made.body.source, 'manual');
  assert.deepEqual(made.body.exceptions.map((e: any) => e.originalStartsAt), ['2027-02-18T14:00', '2027-04-15T14:00', '2027-05-20T14:00']);

  for (const get of [(p: string) => f.request(p), (p: string) => f.other(p)]) {
    const items = await publicOccurrences(get, 'soos-voor-ouderen');
    const days = items.map((o) => o.start.slice(0, 10));
    assert.deepEqual(days, ['2027-01-21', '2027-03-18', '2027-04-15', '2027-05-27', '2027-06-17'], 'February skipped, May moved');
    const cancelled = items.find((o) => o.start.startsWith('2027-04-15'));
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.note, 'Dorpshuis gesloten voor onderhoud');
    const moved = items.find((o) => o.start.startsWith('2027-05-27'));
    assert.equal(moved.status, 'moved');
    assert.equal(moved.originalStart, '2027-05-20T14:00:00+02:00');
    const ics = await (await get('/v1/activities.ics')).text();
    assert.match(ics, /UID:soos-voor-ouderen@buurtkit/);
    assert.match(ics, /RECURRENCE-ID[^\r\n]*20270415T140000[\s\S]*?STATUS:CANCELLED/);
    const page = await get('/v1/activities/soos-voor-ouderen');
    assert.equal(page.status, 200);
    assert.equal(((await page.json()) as any).title, 'Soos voor ouderen');
  }
  const audit = await f.rows("select action, record_id from audit_log where record_type = 'activity' and record_id = 'soos-voor-ouderen'");
  assert.deepEqual(audit, [{ action: 'create', record_id: 'soos-voor-ouderen' }]);
});

test('the same title again gets a readable id of its own; accents and signs are left out of it', async () => {
  const f = await door();
  const again = await f.change(f.anna, 'POST', '/v1/beheer/activities', activityBody());
  const third = await f.change(f.anna, 'POST', '/v1/beheer/activities', activityBody());
  assert.deepEqual([again.status, third.status], [201, 201]);
  assert.notEqual(again.body.id, third.body.id);
  assert.match(again.body.id, /^soos-voor-ouderen-\d+$/);
  const cafe = await f.change(f.anna, 'POST', '/v1/beheer/activities', activityBody({ title: '  Café “Het Veer” — één keer!  ', rrule: null }));
  assert.equal(cafe.status, 201);
  assert.equal(cafe.body.id, 'cafe-het-veer-een-keer');
  assert.equal(cafe.body.title, 'Café “Het Veer” — één keer!', 'the title is stored trimmed');
  assert.match(cafe.body.schedule, /^Eenmalig op donderdag 21 januari 2027/);
});

test('saving: the change is visible at once; a stale If-Match is refused with 412 and nothing is stored', async () => {
  const f = await door();
  const made = await f.change(f.anna, 'POST', '/v1/beheer/activities', activityBody({ title: 'Bingo', rrule: 'FREQ=WEEKLY;BYDAY=TH' }));
  const path = `/v1/beheer/activities/${made.body.id}`;
  const opened = await f.get(f.anna, path);
  assert.equal(opened.status, 200);
  const etag = opened.headers.get('etag')!;
  assert.equal(etag, made.headers.get('etag'));
  const { id: _id, schedule: _s, source: _src, feed: _feed, hidden: _h, editable: _e, organization: _o, placeName: _p, volunteerOpportunities: _v, updatedAt: _u, ...input } = opened.body;

  const saveAs = (body: unknown, tag: string) =>
    f.request(path, { method: 'PUT', headers: { cookie: f.anna.cookie, 'x-csrf-token': f.anna.csrfToken, 'content-type': 'application/json', 'if-match': tag }, body: JSON.stringify(body) });
  const saved = await saveAs({ ...input, title: 'Bingoavond', exceptions: [{ originalStartsAt: '2027-01-28T14:00', kind: 'cancelled', note: 'Zaal bezet' }] }, etag);
  assert.equal(saved.status, 200, await saved.clone().text());
  const newTag = saved.headers.get('etag');
  assert.notEqual(newTag, etag);
  const items = await publicOccurrences((p) => f.other(p), made.body.id);
  assert.equal(items[0].title, 'Bingoavond');
  assert.equal(items.find((o) => o.start.startsWith('2027-01-28')).status, 'cancelled');

  const before = await f.snapshot();
  const stale = await saveAs({ ...input, title: 'Over een nieuwere wijziging heen' }, etag);
  assert.equal(stale.status, 412);
  assert.equal(((await stale.json()) as any).type, 'urn:buurtkit:problem:edit-conflict');
  assert.equal(await f.snapshot(), before, 'nothing stored');
  const audit = await f.rows("select action from audit_log where record_type = 'activity' and record_id = $1 order by id", [made.body.id]);
  assert.deepEqual(audit.map((r) => r.action), ['create', 'update']);
});

test('bad activities get a 422 naming each field, in Dutch, and nothing is stored', async () => {
  const f = await door();
  const cases: [Record<string, unknown>, string][] = [
    [{ title: '   ' }, 'title'],
    [{ summary: ' \n ' }, 'summary'],
    [{ cost: { free: false } }, 'cost.amount'],
    [{ cost: { free: true, amount: 2 } }, 'cost.amount'],
    [{ organizationId: 'bestaat-niet' }, 'organizationId'],
    [{ placeId: 'bestaat-niet' }, 'placeId'],
    [{ categories: ['ontmoeting', 'bestaat-niet'] }, 'categories[1]'],
    [{ audiences: ['bestaat-niet'] }, 'audiences[0]'],
    [{ rrule: 'FREQ=HOURLY' }, 'rrule'],
    [{ rrule: 'FREQ=SECONDLY' }, 'rrule'],
    [{ rrule: 'FREQ=FOO' }, 'rrule'],
    [{ rrule: 'FREQ=WEEKLY;BYDAY=XX' }, 'rrule'],
    [{ rrule: 'FREQ=WEEKLY;INTERVAL=0' }, 'rrule'],
    [{ rrule: 'FREQ=WEEKLY;COUNT=0' }, 'rrule'],
    [{ rrule: 'FREQ=WEEKLY;COUNT=1001' }, 'rrule'],
    [{ rrule: 'FREQ=WEEKLY;UNTIL=20270101' }, 'rrule'],
    // too many steps to reach the agenda's horizon (ExpansionLimitError)
    [{ startsAt: '1901-01-01T10:00', rrule: 'FREQ=DAILY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12' }, 'rrule'],
    // 30 February: a rule ical.js takes seconds per date for, or gives a wrong date
    [{ rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;BYDAY=MO;BYSETPOS=1' }, 'rrule'],
    [{ rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30' }, 'rrule'],
    // 29 February on a Monday: a real date, but decades apart; ical.js scans every day in between
    [{ startsAt: '2027-01-21T14:00', rrule: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO' }, 'rrule'],
    [{ startsAt: '2027-02-30T14:00' }, 'startsAt'],
    [{ startsAt: '2033-01-20T14:00' }, 'startsAt'],
    [{ exceptions: [{ originalStartsAt: '2027-01-22T14:00', kind: 'skipped' }] }, 'exceptions[0].originalStartsAt'],
    [{ exceptions: [{ originalStartsAt: '2027-01-21T14:00', kind: 'skipped' }, { originalStartsAt: '2027-02-18T14:00', kind: 'moved' }] }, 'exceptions[1].newStartsAt'],
    [{ exceptions: [{ originalStartsAt: '2027-01-21T14:00', kind: 'cancelled', newStartsAt: '2027-01-22T14:00' }] }, 'exceptions[0].newStartsAt'],
    [{ exceptions: [{ originalStartsAt: '2027-01-21T14:00', kind: 'skipped' }, { originalStartsAt: '2027-01-21T14:00', kind: 'cancelled' }] }, 'exceptions[1].originalStartsAt'],
  ];
  const before = await f.snapshot();
  for (const [extra, field] of cases) {
    const started = Date.now();
    const res = await f.change(f.anna, 'POST', '/v1/beheer/activities', activityBody(extra));
    assert.ok(Date.now() - started < 5000, `${JSON.stringify(extra)} took ${Date.now() - started} ms`);
    assert.equal(res.status, 422, `${JSON.stringify(extra)}: ${JSON.stringify(res.body)}`);
    assert.equal(res.body.type, 'urn:buurtkit:problem:invalid-body');
    const names = res.body.errors.map((e: any) => e.name);
    assert.ok(names.includes(field), `${JSON.stringify(extra)} names ${field}: ${JSON.stringify(res.body.errors)}`);
    for (const e of res.body.errors) assert.doesNotMatch(e.detail, /\b(invalid|must|expected|the)\b/i, 'said in Dutch');
  }
  assert.equal(await f.snapshot(), before);
});

test('the year 9999 is refused by the schema; a start five years ahead by the rule, in Dutch', async () => {
  const f = await door();
  const far = await f.change(f.anna, 'POST', '/v1/beheer/activities', activityBody({ startsAt: '9999-01-01T10:00' }));
  assert.equal(far.status, 422);
  const ahead = await f.change(f.anna, 'POST', '/v1/beheer/activities', activityBody({ startsAt: '2032-06-01T10:00', rrule: null }));
  assert.equal(ahead.status, 422);
  assert.match(ahead.body.errors[0].detail, /vijf jaar/);
});

test('imported activities cannot be saved or removed here (409), but can be hidden and shown', async () => {
  const f = await door();
  await f.db.query(
    `insert into calendar_feeds (id, organization_id, url, created_at) values ('6f1d2c3b-0000-4000-8000-000000000001', 'dorpshuis-de-linde', 'https://agenda.example/linde.ics', now())`,
  );
  await f.db.query(
    `insert into activities (id, title, summary, description, organization_id, place_id, starts_at, duration_minutes, rrule, source, feed_id, ical_uid)
     values ('klaverjassen-import', 'Klaverjassen', 'Kaarten in het dorpshuis.', '', 'dorpshuis-de-linde', 'dorpshuis-de-linde', '2027-01-08T20:00', 180,
             'FREQ=WEEKLY;BYDAY=FR', 'feed', '6f1d2c3b-0000-4000-8000-000000000001', 'abc@agenda.example')`,
  );
  const path = '/v1/beheer/activities/klaverjassen-import';
  const got = await f.get(f.piet, path);
  assert.equal(got.status, 200);
  assert.equal(got.body.editable, false);
  assert.deepEqual(got.body.feed, { id: '6f1d2c3b-0000-4000-8000-000000000001', url: 'https://agenda.example/linde.ics' });
  const put = await f.change(f.anna, 'PUT', path, activityBody({ title: 'Klaverjassen' }));
  assert.equal(put.status, 409);
  assert.match(put.body.detail, /Pas dit aan in de eigen agenda van de organisatie, of verberg het\./);
  assert.equal((await f.change(f.anna, 'DELETE', path)).status, 409);

  const hidden = await f.change(f.piet, 'PUT', `${path}/visibility`, { hidden: true });
  assert.equal(hidden.status, 200);
  assert.equal(hidden.body.hidden, true);
  assert.equal((await publicOccurrences((p) => f.other(p), 'klaverjassen-import')).length, 0);
  assert.equal((await f.other('/v1/activities/klaverjassen-import')).status, 404);
  assert.doesNotMatch(await (await f.other('/v1/activities.ics')).text(), /klaverjassen-import/);
  const list = await f.get(f.piet, '/v1/beheer/activities?q=klaverjassen');
  assert.deepEqual(list.body.items.map((i: any) => [i.id, i.hidden]), [['klaverjassen-import', true]], 'hidden ones stay listed in /beheer');
  const shown = await f.change(f.anna, 'PUT', `${path}/visibility`, { hidden: false });
  assert.equal(shown.body.hidden, false);
  assert.ok((await publicOccurrences((p) => f.other(p), 'klaverjassen-import')).length > 20);
  const audit = await f.rows("select action from audit_log where record_type = 'activity' and record_id = 'klaverjassen-import' order by id");
  assert.deepEqual(audit.map((r) => r.action), ['hide', 'show']);
});

test('removing: 409 while volunteer work or ride requests refer to it; otherwise gone with all its dates', async () => {
  const f = await door();
  const [withVolunteers] = await f.rows('select activity_id from volunteer_opportunities where activity_id is not null limit 1');
  assert.ok(withVolunteers, 'the demo seed has volunteer work at an activity');
  const refused = await f.change(f.anna, 'DELETE', `/v1/beheer/activities/${withVolunteers.activity_id}`);
  assert.equal(refused.status, 409);
  assert.match(refused.body.detail, /vrijwilligerswerk/);
  const one = await f.get(f.anna, `/v1/beheer/activities/${withVolunteers.activity_id}`);
  assert.equal(one.status, 200, 'still there');
  assert.ok(one.body.volunteerOpportunities.length >= 1);
  const made = await f.change(f.anna, 'POST', '/v1/beheer/activities', activityBody({ title: 'Eenmalige rommelmarkt', rrule: null, exceptions: [] }));
  const path = `/v1/beheer/activities/${made.body.id}`;
  assert.equal((await publicOccurrences((p) => f.other(p), made.body.id)).length, 1);
  const removed = await f.change(f.anna, 'DELETE', path);
  assert.equal(removed.status, 204);
  assert.equal((await f.get(f.anna, path)).status, 404);
  assert.equal((await publicOccurrences((p) => f.other(p), made.body.id)).length, 0);
  assert.deepEqual(await f.rows('select 1 from activity_occurrences where activity_id = $1', [made.body.id]), []);
  assert.equal((await f.change(f.anna, 'DELETE', path)).status, 404);
});

test('hiding: 409 in plain Dutch while volunteers are signed up for coming shifts, naming how many; the shifts and sign-ups stay', async () => {
  const f = await door();
  const opportunityId = 'koffie-schenken-koffieochtend';
  const shifts = await f.shifts(opportunityId);
  for (const [i, shift] of shifts.slice(0, 2).entries()) {
    const res = await f.signUp({ opportunityId, occurrenceId: shift.occurrenceId, name: `Vrijwilliger ${i}`, email: `verbergen${i}@example.org` });
    assert.equal(res.status, 201, JSON.stringify(res.body));
  }
  const before = await f.snapshot();
  const refused = await f.change(f.anna, 'PUT', '/v1/beheer/activities/koffieochtend-dorpshuis/visibility', { hidden: true });
  assert.equal(refused.status, 409);
  assert.match(refused.headers.get('content-type') ?? '', /problem\+json/);
  assert.match(refused.body.detail, /2 aanmeldingen van vrijwilligers/);
  assert.equal(await f.snapshot(), before, 'nothing changed: still shown, with all its dates');
  assert.deepEqual((await f.shifts(opportunityId)).map((s) => s.occurrenceId), shifts.map((s) => s.occurrenceId), 'the shifts are still there');
  // without sign-ups it can be hidden
  const made = await f.change(f.anna, 'POST', '/v1/beheer/activities', activityBody({ title: 'Verborgen bingo', rrule: null, exceptions: [] }));
  assert.equal((await f.change(f.anna, 'PUT', `/v1/beheer/activities/${made.body.id}/visibility`, { hidden: true })).status, 200);
});

test('the list: a coordinator sees all, a contact their own; search, organisation, pages and the next date', async () => {
  const f = await door();
  const all = await f.get(f.anna, '/v1/beheer/activities?limit=500');
  assert.equal(all.status, 200);
  const orgs = new Set(all.body.items.map((i: any) => i.organization.id));
  assert.ok(orgs.size > 3);
  const titles = all.body.items.map((i: any) => i.title.toLowerCase());
  assert.deepEqual(titles, [...titles].sort((a: string, b: string) => a.localeCompare(b, 'en')), 'sorted by title');
  const own = await f.get(f.piet, '/v1/beheer/activities?limit=500');
  assert.ok(own.body.items.length > 0);
  assert.ok(own.body.items.every((i: any) => i.organization.id === 'dorpshuis-de-linde'));
  const others = await f.get(f.piet, '/v1/beheer/activities?organization=gymvereniging-vlug-en-lenig');
  assert.equal(others.body.total, 0);
  const gym = await f.get(f.anna, '/v1/beheer/activities?organization=gymvereniging-vlug-en-lenig');
  assert.ok(gym.body.items.length >= 1 && gym.body.items.every((i: any) => i.organization.id === 'gymvereniging-vlug-en-lenig'));
  const coffee = await f.get(f.anna, '/v1/beheer/activities?q=KOFFIE%20dorpshuis');
  assert.deepEqual(coffee.body.items.map((i: any) => i.id), ['koffieochtend-dorpshuis']);
  const item = coffee.body.items[0];
  assert.equal(item.nextStart, '2026-12-01T10:00:00+01:00', 'today, Tuesday 1 December at 10.00, starts at the very moment of the clock (09:00 UTC)');
  assert.match(item.schedule, /^Iedere week op dinsdag/);
  const first = await f.get(f.anna, '/v1/beheer/activities?limit=2');
  assert.equal(first.body.items.length, 2);
  assert.equal(first.body.next, 2);
  const second = await f.get(f.anna, '/v1/beheer/activities?limit=2&offset=2');
  assert.notDeepEqual(second.body.items.map((i: any) => i.id), first.body.items.map((i: any) => i.id));
});

test('the editor options: a contact gets only their own organisation; everyone the places and terms', async () => {
  const f = await door();
  const anna = await f.get(f.anna, '/v1/beheer/activity-options');
  const piet = await f.get(f.piet, '/v1/beheer/activity-options');
  assert.ok(anna.body.organizations.length > 3);
  assert.deepEqual(piet.body.organizations.map((o: any) => o.id), ['dorpshuis-de-linde']);
  assert.equal(piet.body.timeZone, 'Europe/Amsterdam');
  assert.ok(piet.body.places.some((p: any) => p.id === 'dorpshuis-de-linde' && p.address.postalCode === '4199 XA'));
  assert.ok(piet.body.categories.some((c: any) => c.id === 'ontmoeting'));
});

test('the preview lists the next dates the agenda will show, skipped ones marked, and stores nothing', async () => {
  const f = await door();
  const before = await f.snapshot();
  const res = await f.change(f.piet, 'POST', '/v1/beheer/schedule-preview', {
    startsAt: '2027-01-21T14:00',
    durationMinutes: 120,
    rrule: 'FREQ=MONTHLY;BYDAY=3TH',
    exceptions: [
      { originalStartsAt: '2027-02-18T14:00', kind: 'skipped', note: 'Vakantie' },
      { originalStartsAt: '2027-03-18T14:00', kind: 'cancelled', note: 'Zaal bezet' },
      { originalStartsAt: '2027-04-15T14:00', kind: 'moved', newStartsAt: '2027-04-22T14:00' },
    ],
  });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.schedule, 'Iedere derde donderdag van de maand, 14.00 tot 16.00 uur');
  assert.equal(res.body.occurrences.length, 10);
  const [jan, feb, mar, apr] = res.body.occurrences;
  assert.deepEqual([jan.status, feb.status, mar.status, apr.status], ['scheduled', 'skipped', 'cancelled', 'moved']);
  assert.equal(feb.note, 'Vakantie');
  assert.equal(apr.startsAt, '2027-04-22T14:00');
  assert.equal(apr.originalStartsAt, '2027-04-15T14:00');
  assert.equal(jan.start, '2027-01-21T14:00:00+01:00');
  assert.equal(apr.start, '2027-04-22T14:00:00+02:00', 'summer time after the clock change');
  const from = await f.change(f.anna, 'POST', '/v1/beheer/schedule-preview', { startsAt: '2027-01-21T14:00', durationMinutes: 60, rrule: 'FREQ=WEEKLY;BYDAY=TH', exceptions: [], from: '2027-03-01', count: 3 });
  assert.deepEqual(from.body.occurrences.map((o: any) => o.startsAt), ['2027-03-04T14:00', '2027-03-11T14:00', '2027-03-18T14:00']);
  const today = await f.change(f.anna, 'POST', '/v1/beheer/schedule-preview', { startsAt: '2026-01-01T10:00', durationMinutes: 60, rrule: 'FREQ=DAILY', exceptions: [] });
  assert.equal(today.body.occurrences[0].startsAt, '2026-12-01T10:00', 'from today in the network zone when absent');
  const bad = await f.change(f.anna, 'POST', '/v1/beheer/schedule-preview', { startsAt: '2027-01-21T14:00', durationMinutes: 60, rrule: 'FREQ=MINUTELY', exceptions: [] });
  assert.equal(bad.status, 422);
  assert.equal(bad.body.errors[0].name, 'rrule');
  assert.equal(await f.snapshot(), before);
});

test('round trip: every activity of the demo seed opens and saves unchanged', async () => {
  const f = await door();
  const ids = (await f.rows("select id from activities where source = 'manual' order by id")).map((r) => r.id as string);
  assert.ok(ids.length >= 10);
  const stored = (id: string) =>
    Promise.all([
      f.rows('select rrule, starts_at, duration_minutes, title, summary, description, cost_amount, cost_note, categories, audiences from activities where id = $1', [id]),
      f.rows('select original_starts_at, kind, new_starts_at, note from activity_exceptions where activity_id = $1 order by original_starts_at', [id]),
      f.rows('select occurrence_key, original_starts_at, starts_at, ends_at, local_day, status, note from activity_occurrences where activity_id = $1 order by occurrence_key', [id]),
    ]).then((x) => JSON.stringify(x));
  for (const id of ids) {
    const before = await stored(id);
    const opened = await f.get(f.anna, `/v1/beheer/activities/${id}`);
    assert.equal(opened.status, 200);
    const { id: _id, schedule: _s, source: _src, feed: _feed, hidden: _h, editable: _e, organization: _o, placeName: _p, volunteerOpportunities: _v, updatedAt: _u, ...input } = opened.body;
    const saved = await f.change(f.anna, 'PUT', `/v1/beheer/activities/${id}`, input);
    assert.equal(saved.status, 200, `${id}: ${JSON.stringify(saved.body)}`);
    assert.equal(await stored(id), before, `${id} is stored as it was`);
  }
});

/** Opens an activity as the editor does and gives back its body to send and its ETag. */
async function openForEdit(f: ActivitiesFixture, id: string) {
  const opened = await f.get(f.anna, `/v1/beheer/activities/${id}`);
  assert.equal(opened.status, 200);
  const { id: _id, schedule: _s, source: _src, feed: _feed, hidden: _h, editable: _e, organization: _o, placeName: _p, volunteerOpportunities: _v, updatedAt: _u, ...input } = opened.body;
  return { input, etag: opened.headers.get('etag')! };
}
const put = (f: ActivitiesFixture, id: string, body: unknown, etag: string) =>
  f.request(`/v1/beheer/activities/${id}`, { method: 'PUT', headers: { cookie: f.anna.cookie, 'x-csrf-token': f.anna.csrfToken, 'content-type': 'application/json', 'if-match': etag }, body: JSON.stringify(body) });

test('an evening past midnight and an all-day activity are saved, opened and saved again unchanged', async () => {
  const f = await door();
  for (const [startsAt, durationMinutes] of [['2027-01-21T22:00', 180], ['2027-01-21T00:00', 1440]] as const) {
    const made = await f.change(f.anna, 'POST', '/v1/beheer/activities', activityBody({ title: `Nacht ${durationMinutes}`, startsAt, durationMinutes, exceptions: [] }));
    assert.equal(made.status, 201, JSON.stringify(made.body));
    const { input, etag } = await openForEdit(f, made.body.id);
    assert.deepEqual([input.startsAt, input.durationMinutes], [startsAt, durationMinutes]);
    const again = await put(f, made.body.id, input, etag);
    assert.equal(again.status, 200, await again.clone().text());
    const saved = (await again.json()) as any;
    assert.deepEqual([saved.startsAt, saved.durationMinutes], [startsAt, durationMinutes]);
  }
});

test('a new start time carries the cancelled, moved and skipped dates along to the new time', async () => {
  const f = await door();
  const made = await f.change(f.anna, 'POST', '/v1/beheer/activities', activityBody({
    title: 'Soos verschuift',
    exceptions: [
      { originalStartsAt: '2027-04-15T14:00', kind: 'cancelled', note: 'Dorpshuis gesloten' },
      { originalStartsAt: '2027-05-20T14:00', kind: 'moved', newStartsAt: '2027-05-27T14:00', note: 'Hemelvaart' },
      { originalStartsAt: '2027-02-18T14:00', kind: 'skipped' },
    ],
  }));
  assert.equal(made.status, 201, JSON.stringify(made.body));
  const { input, etag } = await openForEdit(f, made.body.id);
  // The editor sends the exceptions back as it got them: keyed on 14.00.
  const saved = await put(f, made.body.id, { ...input, startsAt: '2027-01-21T14:30' }, etag);
  assert.equal(saved.status, 200, await saved.clone().text());
  const body = (await saved.json()) as any;
  assert.deepEqual(
    body.exceptions.map((e: any) => [e.originalStartsAt, e.kind]),
    [['2027-02-18T14:30', 'skipped'], ['2027-04-15T14:30', 'cancelled'], ['2027-05-20T14:30', 'moved']],
  );
  const items = await publicOccurrences((p) => f.request(p), made.body.id);
  assert.deepEqual(items.map((o) => o.start.slice(0, 16)), ['2027-01-21T14:30', '2027-03-18T14:30', '2027-04-15T14:30', '2027-05-27T14:00', '2027-06-17T14:30']);
  assert.equal(items.find((o) => o.start.startsWith('2027-04-15')).status, 'cancelled');
});

test('an exception the new start can no longer match is named with its old date, and nothing is stored', async () => {
  const f = await door();
  const made = await f.change(f.anna, 'POST', '/v1/beheer/activities', activityBody({
    title: 'Soos op vrijdag',
    exceptions: [{ originalStartsAt: '2027-04-15T14:00', kind: 'cancelled', note: 'Dorpshuis gesloten' }],
  }));
  const { input, etag } = await openForEdit(f, made.body.id);
  const before = await f.snapshot();
  const refused = await put(f, made.body.id, { ...input, startsAt: '2027-01-22T15:00', rrule: 'FREQ=MONTHLY;BYDAY=3FR' }, etag);
  assert.equal(refused.status, 422);
  const problem = (await refused.json()) as any;
  const fault = problem.errors.find((e: any) => e.name === 'exceptions[0].originalStartsAt');
  assert.match(fault.detail, /Deze uitzondering was voor de keer van 15-4-2027 om 14\.00 uur\. .*Haal de uitzondering weg/);
  assert.equal(await f.snapshot(), before, 'nothing stored');
});

test('a new start time takes the volunteers along to the same shifts at the new time; a change that drops their dates waits (409) until they are cancelled', async () => {
  const f = await activitiesFixture();
  const opportunityId = 'koffie-schenken-koffieochtend';
  const path = '/v1/beheer/activities/koffieochtend-dorpshuis';
  const shifts = await f.shifts(opportunityId);
  const refs: string[] = [];
  for (const [i, shift] of shifts.slice(0, 2).entries()) {
    const res = await f.signUp({ opportunityId, occurrenceId: shift.occurrenceId, name: `Vrijwilliger ${i}`, email: `tijd${i}@example.org` });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    refs.push(res.body.reference);
  }
  const signedUp = shifts.slice(0, 2).map((s) => s.occurrenceId);
  assert.match(signedUp[0]!, /T1000$/);
  const open = async () => {
    const opened = await f.get(f.anna, path);
    const { id: _id, schedule: _s, source: _src, feed: _feed, hidden: _h, editable: _e, organization: _o, placeName: _p, volunteerOpportunities: _v, updatedAt: _u, ...input } = opened.body;
    return { input, etag: opened.headers.get('etag')! };
  };
  const save = (body: unknown, etag: string) =>
    f.request(path, { method: 'PUT', headers: { cookie: f.anna.cookie, 'x-csrf-token': f.anna.csrfToken, 'content-type': 'application/json', 'if-match': etag }, body: JSON.stringify(body) });
  const keysOf = async () => (await f.rows('select occurrence_key from volunteer_signups where reference = any($1) order by occurrence_key', [refs])).map((r) => r.occurrence_key);

  // A reminder already written for the first shift, not sent yet, names 10.00.
  const [{ id: signupId }] = await f.rows('select id from volunteer_signups where reference = $1', [refs[0]]);
  await f.db.query(
    `insert into outbox (kind, signup_id, recipient, subject, body, message_id, created_at) values ('shift-reminder', $1, 'tijd0@example.org', 'Morgen', 'om 10.00 uur', '<herinnering@test>', now())`,
    [signupId],
  );

  // 10.00 becomes 10.30: the same Tuesdays, the same volunteers.
  let { input, etag } = await open();
  const later = await save({ ...input, startsAt: input.startsAt.replace('T10:00', 'T10:30') }, etag);
  assert.equal(later.status, 200, await later.clone().text());
  assert.deepEqual(await keysOf(), signedUp.map((id) => id.slice(-13).replace('T1000', 'T1030')));
  const moved = await f.shifts(opportunityId);
  for (const id of signedUp) {
    const shift = moved.find((s) => s.occurrenceId === id.replace(/T1000$/, 'T1030'));
    assert.ok(shift, `the shift ${id} is now at 10.30`);
  }
  // (the file's other tests share this database: only this test's volunteers are looked at)
  assert.deepEqual(await f.rows("select 1 from outbox where kind = 'shift-reminder' and signup_id = $1", [signupId]), [], 'the reminder with the old time is gone, to be written anew');
  const told = await f.rows("select recipient, subject, body from outbox where kind = 'shift-time-changed' and recipient like 'tijd%' order by recipient");
  assert.deepEqual(told.map((m) => m.recipient), ['tijd0@example.org', 'tijd1@example.org'], 'each volunteer is told, once');
  assert.equal(told[0].subject, 'Nieuwe tijd: Koffie schenken bij de Koffieochtend');
  assert.match(told[0].body, /^Beste Vrijwilliger 0,/);
  assert.match(told[0].body, /begint nu op dinsdag \d+ december 2026 om 10\.30 uur, niet meer om 10\.00 uur\. U blijft aangemeld\./);
  const list = await f.get(f.anna, `/v1/beheer/volunteer-opportunities/${opportunityId}/signups`);
  assert.equal(list.status, 200);
  assert.match(JSON.stringify(list.body), /T10:30|T1030/, 'the coordinator sees them on the new time');

  // Tuesday becomes Wednesday: their Tuesdays would go, so it waits.
  ({ input, etag } = await open());
  const toldBefore = (await f.rows("select 1 from outbox where kind = 'shift-time-changed'")).length;
  const before = await f.snapshot();
  const wednesday = await save({ ...input, rrule: 'FREQ=WEEKLY;BYDAY=WE', startsAt: input.startsAt.replace('2025-09-02', '2025-09-03'), exceptions: [] }, etag);
  assert.equal(wednesday.status, 409, await wednesday.clone().text());
  assert.match(wednesday.headers.get('content-type') ?? '', /problem\+json/);
  const detail = ((await wednesday.json()) as any).detail as string;
  assert.match(detail, /vrijwilligers/);
  assert.match(detail, /dinsdag \d+ december 2026/);
  // (the fixture's database is shared by this file's tests: others may have signed up too)
  const coming = await f.rows("select reference from volunteer_signups where opportunity_id = $1 and status <> 'cancelled' and occurrence_key >= '20261201T0000'", [opportunityId]);
  assert.ok(coming.length >= 2);
  assert.match(detail, new RegExp(`\\(${coming.length} aanmeldingen\\)`));
  assert.equal(await f.snapshot(), before, 'nothing stored');
  assert.equal((await f.rows("select 1 from outbox where kind = 'shift-time-changed'")).length, toldBefore, 'nobody told of a change that was refused');
  assert.deepEqual(await keysOf(), signedUp.map((id) => id.slice(-13).replace('T1000', 'T1030')), 'the sign-ups are untouched');

  // Once the sign-ups are cancelled, the new weekday is saved.
  for (const { reference } of coming) assert.equal((await f.change(f.anna, 'POST', `/v1/beheer/volunteer-signups/${reference}/cancel`, {})).status, 200);
  const saved = await save({ ...input, rrule: 'FREQ=WEEKLY;BYDAY=WE', startsAt: input.startsAt.replace('2025-09-02', '2025-09-03'), exceptions: [] }, etag);
  assert.equal(saved.status, 200, await saved.clone().text());
});
