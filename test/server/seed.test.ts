import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import type { Database } from '../../server/db/database.ts';
import { openEmptyPGlite } from './test-app.ts';
import { seedIfEmpty } from '../../server/seed/seed.ts';
import { migrate } from '../../server/db/migrate.ts';

const idPattern = /^[a-z0-9][a-z0-9-]{0,63}$/;

interface ActivityRecord {
  id: string;
  starts_at: string;
  rrule: string | null;
  categories: string[];
  audiences: string[];
  organization_id: string;
  place_id: string;
}

interface OccurrenceRecord {
  activity_id: string;
  original_starts_at: string;
}

interface ExceptionRecord extends OccurrenceRecord {
  kind: 'skipped' | 'cancelled' | 'moved';
  new_starts_at: string | null;
  note: string | null;
}

/** Timestamps are read back as text, so the check is the same on every driver. */
const ts = (column: string, alias = column) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS') as ${alias}`;

const weekdays = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** Parses a local 'YYYY-MM-DDTHH:MM:SS' as a calendar date (the zone plays no part). */
function calendarDate(local: string): Date {
  return new Date(`${local.slice(0, 10)}T00:00:00Z`);
}

function daysInMonth(date: Date): number {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
}

/** Every occurrence (local wall-clock, 'YYYY-MM-DDTHH:MM:SS') of a rule, up to a limit. */
function expand(startsAt: string, rrule: string, until = '2028-01-01T00:00:00'): Set<string> {
  const dtstart = ICAL.Time.fromDateTimeString(startsAt);
  const iterator = ICAL.Recur.fromString(rrule).iterator(dtstart);
  const result = new Set<string>();
  for (let next = iterator.next(); next; next = iterator.next()) {
    const local = next.toString();
    if (local >= until) break;
    result.add(local);
  }
  return result;
}

describe('seedIfEmpty', () => {
  let db: Database;
  let seededFirst: boolean;
  let activities: ActivityRecord[];

  before(async () => {
    db = await openEmptyPGlite();
    await migrate(db);
    seededFirst = await seedIfEmpty(db);
    activities = (
      await db.query<ActivityRecord>(
        `select id, ${ts('starts_at')}, rrule, categories, audiences, organization_id, place_id from activities`,
      )
    ).rows;
  });

  after(async () => {
    await db.close();
  });

  it('seeds an empty database and reports it', () => {
    assert.equal(seededFirst, true);
  });

  it('does nothing the second time', async () => {
    const count = async () =>
      (await db.query<{ n: number }>('select (select count(*) from organizations)::int + (select count(*) from activities)::int as n'))
        .rows[0].n;
    const before = await count();
    assert.equal(await seedIfEmpty(db), false);
    assert.equal(await count(), before);
    const networks = await db.query<{ n: number }>('select count(*)::int as n from network');
    assert.equal(networks.rows[0].n, 1);
  });

  it('has one kern and three or four buurtschappen', async () => {
    const { rows } = await db.query<{ kind: string; n: number }>(
      'select kind, count(*)::int as n from villages group by kind',
    );
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, r.n]));
    assert.equal(byKind.kern, 1);
    assert.ok(byKind.buurtschap >= 3 && byKind.buurtschap <= 4, `buurtschappen: ${byKind.buurtschap}`);
  });

  it('has at least 30 organisations, of all three kinds', async () => {
    const { rows } = await db.query<{ kind: string; n: number }>(
      'select kind, count(*)::int as n from organizations group by kind',
    );
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, r.n]));
    const total = rows.reduce((sum, r) => sum + r.n, 0);
    assert.ok(total >= 30, `organisations: ${total}`);
    for (const kind of ['professional', 'volunteer', 'resident-initiative']) {
      assert.ok(byKind[kind] >= 5, `${kind}: ${byKind[kind]}`);
    }
  });

  it('has 6 to 10 places', async () => {
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from places');
    assert.ok(rows[0].n >= 6 && rows[0].n <= 10, `places: ${rows[0].n}`);
  });

  it('has at least 40 activities, with every kind of recurrence and at least 6 one-off events', () => {
    assert.ok(activities.length >= 40, `activities: ${activities.length}`);
    const rules = activities.map((a) => a.rrule);
    const oneOffs = activities.filter((a) => a.rrule === null);
    assert.ok(oneOffs.length >= 6, `one-offs: ${oneOffs.length}`);
    for (const a of oneOffs) {
      assert.ok(a.starts_at >= '2026-11-25' && a.starts_at < '2027-07-01', `${a.id} starts ${a.starts_at}`);
    }
    const has = (re: RegExp) => rules.some((r) => r !== null && re.test(r));
    assert.ok(has(/^FREQ=WEEKLY;BYDAY=[A-Z]{2}$/), 'weekly');
    assert.ok(has(/^FREQ=WEEKLY;INTERVAL=2;BYDAY=/), 'every two weeks');
    assert.ok(has(/^FREQ=MONTHLY;BYDAY=3TH$/), 'every third Thursday');
    assert.ok(has(/^FREQ=MONTHLY;BYDAY=-1FR$/), 'last Friday of the month');
    assert.ok(has(/^FREQ=MONTHLY;BYDAY=1MO$/), 'first Monday of the month');
    assert.ok(has(/;UNTIL=\d{8}T\d{6}$/), 'a series that ends');
  });

  it('starts every series on one of its own occurrences, some before the spring DST change', () => {
    const series = activities.filter((a) => a.rrule !== null);
    for (const a of series) {
      assert.ok(a.starts_at >= '2025-09-01' && a.starts_at < '2026-11-02', `${a.id} starts ${a.starts_at}`);
      assert.ok(expand(a.starts_at, a.rrule!).has(a.starts_at), `${a.id}: ${a.starts_at} is not an occurrence of ${a.rrule}`);
    }
    assert.ok(series.some((a) => a.starts_at < '2026-03-29'));
  });

  it('gives every exception the start of a real occurrence of its rule', async () => {
    const { rows } = await db.query<ExceptionRecord>(
      `select activity_id, ${ts('original_starts_at')}, kind, ${ts('new_starts_at')}, note from activity_exceptions`,
    );
    const byId = new Map(activities.map((a) => [a.id, a]));
    for (const e of rows) {
      const a = byId.get(e.activity_id)!;
      assert.ok(a.rrule, `${e.activity_id} is not a series`);
      const original = calendarDate(e.original_starts_at);
      assert.equal(e.original_starts_at.slice(11), a.starts_at.slice(11), `${e.activity_id} ${e.original_starts_at}: time of day`);
      assert.ok(e.original_starts_at >= a.starts_at, `${e.activity_id} ${e.original_starts_at}: before the series starts`);
      // The simple checks: the weekday, and the week of the month.
      const byday = /BYDAY=([^;]+)/.exec(a.rrule!)![1].split(',');
      const day = weekdays[original.getUTCDay()];
      const match = byday.find((d) => d.endsWith(day));
      assert.ok(match, `${e.activity_id} ${e.original_starts_at}: ${day} is not in ${byday}`);
      const ordinal = match.slice(0, -2);
      const dom = original.getUTCDate();
      if (ordinal === '-1') assert.ok(dom > daysInMonth(original) - 7, `${e.activity_id} ${e.original_starts_at}: not the last ${day}`);
      else if (ordinal) {
        const n = Number(ordinal);
        assert.ok(dom > (n - 1) * 7 && dom <= n * 7, `${e.activity_id} ${e.original_starts_at}: not ${day} number ${n} of the month`);
      }
      // The full check: RFC 5545 expansion.
      assert.ok(expand(a.starts_at, a.rrule!).has(e.original_starts_at), `${e.activity_id} ${e.original_starts_at}: no occurrence`);
      assert.equal(e.new_starts_at !== null, e.kind === 'moved');
      assert.ok(e.note, `${e.activity_id} ${e.original_starts_at}: a note says why`);
    }
    const count = (kind: string) => rows.filter((e) => e.kind === kind);
    assert.ok(new Set(count('skipped').map((e) => e.activity_id)).size >= 3, 'skipped in 3 series');
    assert.ok(count('cancelled').length >= 2, 'cancelled');
    assert.ok(count('moved').length >= 2, 'moved');
    assert.ok(rows.some((e) => e.original_starts_at >= '2026-11-23' && e.original_starts_at < '2027-01-23'), 'exceptions soon');
  });

  it('registers places only for real occurrences of activities with a capacity', async () => {
    const { rows } = await db.query<OccurrenceRecord & { places_taken: number; capacity: number | null }>(
      `select r.activity_id, ${ts('r.original_starts_at', 'original_starts_at')}, r.places_taken, a.capacity
         from activity_registrations r join activities a on a.id = r.activity_id`,
    );
    assert.ok(rows.some((r) => r.original_starts_at.startsWith('2026-12')), 'registrations in December 2026');
    const byId = new Map(activities.map((a) => [a.id, a]));
    const dropped = new Set(
      (
        await db.query<OccurrenceRecord>(
          `select activity_id, ${ts('original_starts_at')} from activity_exceptions where kind in ('skipped', 'cancelled')`,
        )
      ).rows.map((e) => `${e.activity_id} ${e.original_starts_at}`),
    );
    for (const r of rows) {
      assert.ok(!dropped.has(`${r.activity_id} ${r.original_starts_at}`), `${r.activity_id} ${r.original_starts_at} does not take place`);
      const a = byId.get(r.activity_id)!;
      assert.ok(r.capacity !== null && r.places_taken <= r.capacity, `${r.activity_id}: places within capacity`);
      const real = a.rrule ? expand(a.starts_at, a.rrule).has(r.original_starts_at) : r.original_starts_at === a.starts_at;
      assert.ok(real, `${r.activity_id} ${r.original_starts_at}: no occurrence`);
    }
  });

  it('uses readable ids everywhere', async () => {
    for (const table of ['network', 'villages', 'activity_categories', 'audiences', 'organizations', 'places', 'activities']) {
      const { rows } = await db.query<{ id: string }>(`select id from ${table}`);
      for (const { id } of rows) assert.match(id, idPattern, `${table}: ${id}`);
    }
  });

  it('refers only to categories and audiences that exist', async () => {
    const ids = async (table: string) => new Set((await db.query<{ id: string }>(`select id from ${table}`)).rows.map((r) => r.id));
    const categories = await ids('activity_categories');
    const audiences = await ids('audiences');
    for (const a of activities) {
      assert.ok(a.categories.length > 0 && a.audiences.length > 0, `${a.id} has categories and audiences`);
      for (const c of a.categories) assert.ok(categories.has(c), `${a.id}: category ${c}`);
      for (const au of a.audiences) assert.ok(audiences.has(au), `${a.id}: audience ${au}`);
    }
    // Every category and audience is used at least once.
    for (const c of categories) assert.ok(activities.some((a) => a.categories.includes(c)), `category ${c} unused`);
    for (const au of audiences) assert.ok(activities.some((a) => a.audiences.includes(au)), `audience ${au} unused`);
  });

  it('keeps contact details clearly fictional', async () => {
    const { rows } = await db.query<{ phone: string | null; email: string | null; website: string | null }>(
      'select phone, email, website from organizations union all select phone, email, website from network',
    );
    for (const r of rows) {
      if (r.phone) assert.match(r.phone, /^(0345-0000\d\d|06-00000\d{3})$/);
      if (r.email) assert.match(r.email, /@(example\.org|voorbeeld\.nl)$/);
      if (r.website) assert.match(r.website, /^https:\/\/[a-z0-9-]+\.example\.org$/);
    }
  });
});
