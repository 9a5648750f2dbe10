// One feed, fetched and imported: the events become activities of the feed's organisation,
// in ONE transaction with the occurrence index (materialiseOccurrences), so the agenda of
// every process sees all of the new import at once or none of it. A fetch or read that
// fails leaves the activities of the last good import as they were and says why on the
// feed, in plain Dutch.
import { createHash } from 'node:crypto';
import type { Database, Queryable } from '../db/database.ts';
import type { Logger } from '../log.ts';
import { carrySignups, comingSignups } from '../agenda/coming-signups.ts';
import { localTimestamp } from '../agenda/repository.ts';
import { tellShiftTimeChanged } from '../volunteering/shift-changes.ts';
import { networkZone } from '../agenda/editing/read.ts';
import { horizonFor, materialiseOccurrences, readAgendaState } from '../agenda/occurrence-index.ts';
import { todayIn } from '../../common/zoned-time.ts';
import { FeedFetchError, fetchFeed, type FetchPolicy } from './fetch.ts';
import { FeedParseError, parseFeed, type FeedEvent } from './parse.ts';

export interface FeedSettings extends FetchPolicy {
  /** Minutes between two fetches of one feed. */
  intervalMinutes: number;
}

export interface FeedRow {
  id: string;
  organization_id: string;
  url: string;
  etag: string | null;
  last_modified: string | null;
}

const MAX_WARNINGS = 20;
/** At most this many places one feed may make from LOCATIONs the network does not know; the rest go to the organisation's own place. */
export const MAX_FEED_PLACES = 25;

/** Short, stable ids from a UID or a place's name: `<prefix>-<10 hex>`, at most 64 characters. */
function stableId(prefix: string, key: string): string {
  return `${prefix.slice(0, 53).replace(/-+$/, '')}-${createHash('sha256').update(key).digest('hex').slice(0, 10)}`;
}

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Fetches the feed now and imports it (or records why not). Never throws for what the feed
 * does; the returned state is the feed's new state.
 */
export async function refreshFeed(db: Database, feedId: string, settings: FeedSettings, { now = new Date(), log }: { now?: Date; log?: Logger } = {}): Promise<'ok' | 'error' | 'gone'> {
  const [feed] = (await db.query<FeedRow>('select id, organization_id, url, etag, last_modified from calendar_feeds where id = $1', [feedId])).rows;
  if (!feed) return 'gone';
  const next = new Date(now.getTime() + settings.intervalMinutes * 60_000).toISOString();
  try {
    const fetched = await fetchFeed(feed.url, { etag: feed.etag, lastModified: feed.last_modified }, settings);
    if (fetched.kind === 'not-modified') {
      await db.query(
        `update calendar_feeds set last_fetched_at = $2, next_fetch_at = $3,
                state = case when last_success_at is null then state else 'ok' end,
                error = case when last_success_at is null then error else null end
          where id = $1`,
        [feed.id, now.toISOString(), next],
      );
      return 'ok';
    }
    const state = await readAgendaState(db);
    const zone = state.timeZone ?? 'Europe/Amsterdam';
    const parsed = parseFeed(fetched.text, { timeZone: zone, window: state.horizon ?? horizonFor(todayIn(zone, now)) });
    await db.transaction(async (tx) => {
      const imported = await importEvents(tx, feed, parsed.events, now, zone);
      const warnings = [...imported.warnings, ...parsed.warnings].slice(0, MAX_WARNINGS);
      await tx.query(
        `update calendar_feeds set state = 'ok', error = null, etag = $2, last_modified = $3, last_fetched_at = $4,
                last_success_at = $4, next_fetch_at = $5, event_count = $6, duplicate_count = $7, skipped_count = $8, warnings = $9,
                kept_activity_ids = $10
          where id = $1`,
        [feed.id, fetched.etag ?? null, fetched.lastModified ?? null, now.toISOString(), next, imported.eventCount, imported.duplicateCount, parsed.skippedCount, warnings, imported.keptForSignups],
      );
    });
    return 'ok';
  } catch (error) {
    const known = error instanceof FeedFetchError || error instanceof FeedParseError;
    if (!known) log?.error('feed import failed', { feed: feed.id, error: (error as Error).message });
    const message = known ? (error as Error).message : 'De agenda kon niet worden verwerkt. Probeer het later opnieuw of neem contact op met de beheerder van de server.';
    await db.query(`update calendar_feeds set state = 'error', error = $2, last_fetched_at = $3, next_fetch_at = $4 where id = $1`, [
      feed.id,
      message.slice(0, 500),
      now.toISOString(),
      next,
    ]);
    return 'error';
  }
}

interface PlaceRow {
  id: string;
  name: string;
  feed_id?: string | null;
}

/**
 * Replaces the feed's activities by these events, leaving out what the agenda shows
 * already (same UID anywhere, then same title, first start and place of the same
 * organisation; hidden activities do not count), and rewrites the occurrence index for
 * every activity it touched. An event the coordinator hid stays hidden, also when it
 * drops out of the feed for a while. One that drops out while volunteers are signed up for
 * a coming shift stays as it was, in the agenda (`keptForSignups`). Places the feed made
 * that no activity uses any more are removed.
 */
export async function importEvents(
  tx: Queryable,
  feed: Pick<FeedRow, 'id' | 'organization_id'>,
  events: FeedEvent[],
  now: Date,
  zone: string,
): Promise<{ eventCount: number; duplicateCount: number; warnings: string[]; keptForSignups: string[] }> {
  // One import at a time in the whole network: the duplicate checks below see every
  // other feed's finished import (materialiseOccurrences takes this lock too).
  await tx.query('select 1 from agenda_state where id = 1 for update');
  await tx.query('select 1 from calendar_feeds where id = $1 for update', [feed.id]);

  const [org] = (
    await tx.query<{ village_id: string | null; first_village: string; village_name: string }>(
      `select o.village_id, v.id as first_village, v.name as village_name
         from organizations o
         join villages v on v.id = coalesce(o.village_id, (select id from villages order by sort, id limit 1))
        where o.id = $1`,
      [feed.organization_id],
    )
  ).rows;
  if (!org) throw new Error(`organisation ${feed.organization_id} has no village`);

  const uids = events.map((e) => e.uid);
  // A UID names one event everywhere (RFC 5545): a shared event (the village fête in two
  // organisations' calendars) is shown once, by whoever had it first.
  const elsewhere = new Set(
    (
      await tx.query<{ ical_uid: string }>('select ical_uid from activities where ical_uid = any($1::text[]) and feed_id is distinct from $2 and not hidden', [uids, feed.id])
    ).rows.map((r) => r.ical_uid),
  );
  // Title, start and place only within the organisation: two organisations may well hold
  // a "Spreekuur" in the dorpshuis at the same hour.
  const sameEvent = new Set(
    (
      await tx.query<{ key: string }>(
        `select lower(regexp_replace(trim(title), '\\s+', ' ', 'g')) || '|' || to_char(starts_at, 'YYYY-MM-DD"T"HH24:MI') || '|' || place_id as key
           from activities where feed_id is distinct from $1 and organization_id = $2 and not hidden`,
        [feed.id, feed.organization_id],
      )
    ).rows.map((r) => r.key),
  );
  // Ids another row holds (an activity a removed feed left behind, hidden): a new one is made.
  const taken = new Set(
    (
      await tx.query<{ id: string }>('select id from activities where id = any($1::text[]) and feed_id is distinct from $2', [uids.map((uid) => stableId(feed.organization_id, uid)), feed.id])
    ).rows.map((r) => r.id),
  );
  const activityId = (uid: string) => {
    const id = stableId(feed.organization_id, uid);
    return taken.has(id) ? stableId(feed.organization_id, `${feed.id}|${uid}`) : id;
  };
  const places = (await tx.query<PlaceRow>('select id, name, feed_id from places where feed_id is null or feed_id = $1 order by id', [feed.id])).rows;
  const ownPlaceIds = new Set(places.filter((p) => p.feed_id === feed.id).map((p) => p.id));
  const placeFor = (location: string | null): PlaceRow | undefined => {
    const wanted = normalise(location ?? '');
    return places.find((p) => {
      const name = normalise(p.name);
      return wanted === name || wanted.startsWith(`${name},`);
    });
  };

  const kept: { event: FeedEvent; id: string; placeId: string }[] = [];
  const newPlaces: { id: string; name: string; street: string }[] = [];
  const ownPlaces = new Set<string>();
  const warnings: string[] = [];
  let duplicateCount = 0;
  const seenHere = new Set<string>();
  for (const event of events) {
    if (elsewhere.has(event.uid)) {
      duplicateCount++;
      continue;
    }
    let location = event.location ?? (await orgName(tx, feed.organization_id));
    let place = placeFor(location);
    if (!place && ownPlaces.size >= MAX_FEED_PLACES) {
      // Enough new places from this feed: the rest is at the organisation's own.
      if (!warnings.length) warnings.push(`Meer dan ${MAX_FEED_PLACES} plaatsen die het netwerk niet kent: de andere activiteiten staan bij de organisatie zelf.`);
      location = await orgName(tx, feed.organization_id);
      place = placeFor(location);
    }
    const key = `${normalise(event.title)}|${event.startsAt}|`;
    if (place && (sameEvent.has(key + place.id) || seenHere.has(key + place.id))) {
      duplicateCount++;
      continue;
    }
    if (!place) {
      // A place the network does not know yet, one per (feed, LOCATION): its name is what
      // LOCATION says before the first comma.
      const [name, ...rest] = location.split(',');
      place = { id: stableId(`${feed.organization_id}-plek`, `${feed.id}|${normalise(location)}`), name: name!.trim() || location };
      places.push(place);
      newPlaces.push({ id: place.id, name: place.name, street: rest.join(',').trim() });
    }
    if (newPlaces.some((p) => p.id === place!.id) || ownPlaceIds.has(place.id)) ownPlaces.add(place.id);
    seenHere.add(key + place.id);
    kept.push({ event, id: activityId(event.uid), placeId: place.id });
  }

  if (newPlaces.length) {
    await tx.query(
      `insert into places (id, name, street, postal_code, locality, village_id, feed_id)
       select id, name, street, '', $4, $5, $6::uuid from unnest($1::text[], $2::text[], $3::text[]) as n(id, name, street)
       on conflict (id) do nothing`,
      [newPlaces.map((p) => p.id), newPlaces.map((p) => p.name), newPlaces.map((p) => p.street), org.village_name, org.first_village, feed.id],
    );
  }

  const before = (await tx.query<{ id: string }>('select id from activities where feed_id = $1', [feed.id])).rows.map((r) => r.id);
  const keptIds = new Set(kept.map((k) => k.id));
  const removed = before.filter((id) => !keptIds.has(id));
  // Gone from the feed, but volunteers are signed up for a coming shift: hiding it would take
  // the dates of their shifts away (the rule of "Verbergen" in /beheer, which refuses then).
  // It stays in the agenda as it was, and the feed's state names it for the coordinator.
  const signedUp = await comingSignups(tx, removed, zone, now);
  const visible = new Set((await tx.query<{ id: string }>('select id from activities where id = any($1::text[]) and not hidden', [[...signedUp.keys()]])).rows.map((r) => r.id));
  const dropped = removed.filter((id) => !visible.has(id));
  if (dropped.length) {
    // An activity a volunteer shift or a ride points at cannot go: it is hidden instead.
    // One the coordinator hid stays too (hidden, without dates): should its UID come back,
    // it is still hidden.
    await tx.query(
      `delete from activities a where a.id = any($1::text[]) and not a.hidden
          and not exists (select 1 from volunteer_opportunities v where v.activity_id = a.id)
          and not exists (select 1 from ride_requests r where r.activity_id = a.id)`,
      [dropped],
    );
    await tx.query('update activities set hidden = true where id = any($1::text[])', [dropped]);
  }

  // The series with volunteer shifts, and their start before this import: a new time of day
  // takes the sign-ups along, as a save in the editor does (agenda/coming-signups.ts).
  const shiftsBefore = new Map(
    (
      await tx.query<{ id: string; starts_at: string }>(
        'select a.id, a.starts_at from activities a where a.id = any($1::text[]) and exists (select 1 from volunteer_opportunities v where v.activity_id = a.id)',
        [[...keptIds]],
      )
    ).rows.map((r) => [r.id, localTimestamp(r.starts_at)]),
  );

  if (kept.length) {
    const col = <T>(f: (k: (typeof kept)[number]) => T) => kept.map(f);
    // `hidden` is left as it was: an event the coordinator hid stays hidden at every import.
    await tx.query(
      // A feed says nothing of an event's audience: it is for everyone (when the network has that
      // audience), so a visitor filtering on one still sees it.
      `insert into activities (id, title, summary, description, organization_id, place_id, starts_at, duration_minutes, rrule,
                               source, feed_id, ical_uid, updated_at, audiences, rule_zone)
       select id, title, summary, description, $10, place_id, starts_at, duration_minutes, rrule, 'feed', $11::uuid, ical_uid, $12::timestamptz,
              array(select a.id from audiences a where a.id = 'iedereen'), rule_zone
         from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamp[], $7::int[], $8::text[], $9::text[], $13::text[])
           as e(id, title, summary, description, place_id, starts_at, duration_minutes, rrule, ical_uid, rule_zone)
       on conflict (id) do update set
         title = excluded.title, summary = excluded.summary, description = excluded.description, place_id = excluded.place_id,
         starts_at = excluded.starts_at, duration_minutes = excluded.duration_minutes, rrule = excluded.rrule, rule_zone = excluded.rule_zone,
         source = 'feed', feed_id = excluded.feed_id, ical_uid = excluded.ical_uid, updated_at = excluded.updated_at`,
      [
        col((k) => k.id),
        col((k) => k.event.title),
        col((k) => k.event.summary),
        col((k) => k.event.description),
        col((k) => k.placeId),
        col((k) => k.event.startsAt),
        col((k) => k.event.durationMinutes),
        col((k) => k.event.rrule),
        col((k) => k.event.uid),
        feed.organization_id,
        feed.id,
        now.toISOString(),
        col((k) => k.event.ruleZone),
      ],
    );
    const exceptions = kept.flatMap((k) => k.event.exceptions.map((e) => ({ id: k.id, ...e })));
    await tx.query('delete from activity_exceptions where activity_id = any($1::text[])', [[...keptIds]]);
    if (exceptions.length) {
      await tx.query(
        `insert into activity_exceptions (activity_id, original_starts_at, kind, new_starts_at, note)
         select * from unnest($1::text[], $2::timestamp[], $3::text[], $4::timestamp[], $5::text[])`,
        [
          exceptions.map((e) => e.id),
          exceptions.map((e) => e.originalStartsAt),
          exceptions.map((e) => e.kind),
          exceptions.map((e) => e.newStartsAt ?? null),
          exceptions.map((e) => e.note ?? null),
        ],
      );
    }
  }

  await removeUnusedPlaces(tx, feed.id);
  await materialiseOccurrences(tx, { activityIds: [...keptIds, ...removed] });
  for (const k of kept) {
    const old = shiftsBefore.get(k.id);
    if (!old) continue;
    const moved = await carrySignups(tx, k.id, old, localTimestamp(k.event.startsAt), todayIn(zone, now));
    await tellShiftTimeChanged(tx, k.id, moved, old, now);
  }
  return { eventCount: kept.length, duplicateCount, warnings, keptForSignups: removed.filter((id) => visible.has(id)) };
}

/** Removes the places this feed made that no activity uses any more. */
async function removeUnusedPlaces(tx: Queryable, feedId: string): Promise<void> {
  await tx.query('delete from places p where p.feed_id = $1 and not exists (select 1 from activities a where a.place_id = p.id)', [feedId]);
}

const orgNames = new WeakMap<Queryable, Map<string, string>>();
async function orgName(tx: Queryable, id: string): Promise<string> {
  let names = orgNames.get(tx);
  if (!names) orgNames.set(tx, (names = new Map()));
  let name = names.get(id);
  if (name === undefined) {
    name = (await tx.query<{ name: string }>('select name from organizations where id = $1', [id])).rows[0]?.name ?? id;
    names.set(id, name);
  }
  return name;
}

/** An activity a removed feed left in the agenda for its volunteers. */
export interface KeptActivity {
  id: string;
  title: string;
}

/**
 * Removes a feed and its activities; undefined when there is no such feed. An activity with
 * volunteers signed up for a coming shift stays in the agenda, as a hand-made activity (the
 * rule of the import and of "Verbergen": its shifts keep their dates); those are returned.
 * Others a shift or ride points at are hidden and unlinked; the rest is deleted.
 */
export async function removeFeed(tx: Queryable, feedId: string, now: Date): Promise<{ kept: KeptActivity[] } | undefined> {
  // The same lock order as importEvents (agenda first, then the feed): never a deadlock.
  await tx.query('select 1 from agenda_state where id = 1 for update');
  const { rows } = await tx.query<{ id: string }>('select id from calendar_feeds where id = $1 for update', [feedId]);
  if (!rows.length) return undefined;
  const activities = (await tx.query<{ id: string; title: string; hidden: boolean }>('select id, title, hidden from activities where feed_id = $1 order by starts_at, id', [feedId])).rows;
  const ids = activities.map((a) => a.id);
  const signedUp = await comingSignups(tx, ids, await networkZone(tx), now);
  const kept = activities.filter((a) => !a.hidden && signedUp.has(a.id)).map(({ id, title }) => ({ id, title }));
  // Kept: visible, now a hand-made activity the coordinator can change or hide (once nobody
  // is signed up). Its UID stays, so the feed added again sees it as already in the agenda.
  await tx.query(`update activities set source = 'manual', feed_id = null where id = any($1::text[])`, [kept.map((a) => a.id)]);
  await tx.query(
    `delete from activities a where a.feed_id = $1
        and not exists (select 1 from volunteer_opportunities v where v.activity_id = a.id)
        and not exists (select 1 from ride_requests r where r.activity_id = a.id)`,
    [feedId],
  );
  // What is left is pointed at: it stays, hidden, as a hand-made activity without a feed,
  // and without the feed's UID (the feed added again brings the event back, not a duplicate).
  await tx.query(`update activities set hidden = true, source = 'manual', feed_id = null, ical_uid = null where feed_id = $1`, [feedId]);
  await removeUnusedPlaces(tx, feedId);
  await tx.query('delete from calendar_feeds where id = $1', [feedId]);
  await materialiseOccurrences(tx, { activityIds: ids });
  return { kept };
}
