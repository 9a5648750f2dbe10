// The demo network's volunteer work: enough of it, from many organisations, and every role
// at shifts has shifts to sign up for in the coming eight weeks, whatever day the demo runs.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { getJson, testApp } from './test-app.ts';
import { volunteerOpportunities, privacyNotices, volunteerKinds } from '../../server/seed/volunteering.ts';

it('has at least 20 opportunities from at least 10 organisations, ongoing ones and ones at shifts', async () => {
  const { body } = await getJson('/v1/volunteer-opportunities?limit=500');
  const all = volunteerOpportunities.length;
  assert.ok(all >= 20, `${all} opportunities`);
  assert.ok(new Set(volunteerOpportunities.map((o) => o.organization_id)).size >= 10);
  assert.ok(volunteerOpportunities.filter((o) => o.ongoing).length >= 5);
  assert.ok(volunteerOpportunities.filter((o) => !o.ongoing).length >= 10);
  // Every open one is listed.
  assert.equal(body.total, volunteerOpportunities.filter((o) => o.signups_open).length);
});

it('every role at shifts has shifts in the coming eight weeks (the real clock)', async () => {
  const { body } = await getJson('/v1/volunteer-opportunities?limit=500');
  const withoutShifts = body.items.filter((o: any) => !o.ongoing && !o.nextShift).map((o: any) => o.id);
  assert.deepEqual(withoutShifts, []);
});

it('ties shifts only to recurring activities without an end, so the demo never runs dry', async () => {
  const { db } = await testApp();
  const ids = volunteerOpportunities.flatMap((o) => (o.activity_id ? [o.activity_id] : []));
  const activities = (await db.query<{ id: string; rrule: string | null }>('select id, rrule from activities where id = any($1)', [ids])).rows;
  for (const id of new Set(ids)) {
    const activity = activities.find((a) => a.id === id);
    assert.ok(activity?.rrule && !/UNTIL|COUNT/.test(activity.rrule), `${id} recurs without end`);
  }
});

it('the koffieochtend asks 3 volunteers per morning; the village bus driver needs a licence, a VOG and 21 years', async () => {
  const coffee = (await getJson('/v1/volunteer-opportunities/koffie-schenken-koffieochtend')).body;
  assert.equal(coffee.activityId, 'koffieochtend-dorpshuis');
  assert.ok(coffee.shifts.length > 0 && coffee.shifts.every((s: any) => s.capacity === 3));
  const driver = (await getJson('/v1/volunteer-opportunities/chauffeur-dorpsbus')).body;
  assert.deepEqual(driver.requirements, { vog: true, drivingLicence: true, minimumAge: 21 });
});

it('the network lists the kinds of work, each used by some opportunity', async () => {
  const { body } = await getJson('/v1/network');
  assert.deepEqual(body.volunteerKinds.map((k: any) => k.id), volunteerKinds.map((k) => k.id));
  for (const kind of volunteerKinds) assert.ok(volunteerOpportunities.some((o) => o.kind_id === kind.id), `${kind.id} is used`);
});

it('has one privacy text, saying why, who and how long, in Dutch', async () => {
  assert.equal(privacyNotices.length, 1);
  const { body } = await getJson('/v1/volunteer-opportunities/taalmaatje');
  assert.equal(body.privacy.version, 'vrijwilligers-2026-11');
  assert.match(body.privacy.why, /contact met u/);
  assert.match(body.privacy.who, /organisatie/);
  assert.match(body.privacy.howLong, /maanden/);
});
