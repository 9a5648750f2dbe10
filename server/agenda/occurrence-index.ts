/**
 * The occurrence index: every occurrence in the horizon, expanded once with RFC 5545
 * semantics (recurrence.ts) when a series is written, and stored in activity_occurrences,
 * the way calendar servers index time ranges. Requests read it instead of expanding
 * rules (docs/decisions/0008-agenda-occurrence-index.md).
 *
 * Call `materialiseOccurrences(tx, { activityIds })` in the transaction of every write to
 * a series, its exceptions or the network's zone; `ensureHorizon` moves the horizon on as
 * the days pass (and fills the index after the migration on an existing database).
 */
import type { Database, Queryable } from '../db/database.ts';
import { expandSeries } from './recurrence.ts';
import { findActivities } from './repository.ts';
import { addDays, daysBetween, todayIn } from '../../common/zoned-time.ts';

/** Days before today the index keeps: last year's agenda stays as cheap as this year's. */
export const HORIZON_PAST_DAYS = 366;
/** Days after today the index holds: every 366-day window starting within two years. */
export const HORIZON_AHEAD_DAYS = 3 * 366;
/** The horizon moves on once it has fallen this many days behind today. */
export const HORIZON_REFRESH_DAYS = 31;

export interface Horizon {
  from: string;
  to: string;
}

export interface AgendaState {
  version: number;
  horizon: Horizon | null;
  /** The network's zone, or null before seeding. */
  timeZone: string | null;
}

/** One small query: the data version, the horizon and the zone. */
export async function readAgendaState(db: Queryable, lock = false): Promise<AgendaState> {
  const [row] = (
    await db.query<{ version: string | number; horizon_from: string | null; horizon_to: string | null; timezone: string | null }>(
      `select s.version, to_char(s.horizon_from, 'YYYY-MM-DD') as horizon_from, to_char(s.horizon_to, 'YYYY-MM-DD') as horizon_to,
              (select timezone from network limit 1) as timezone
         from agenda_state s where s.id = 1${lock ? ' for update of s' : ''}`,
    )
  ).rows;
  if (!row) throw new Error('agenda_state is empty: did migration 005 run?');
  return {
    version: Number(row.version),
    horizon: row.horizon_from && row.horizon_to ? { from: row.horizon_from, to: row.horizon_to } : null,
    timeZone: row.timezone,
  };
}

export function horizonFor(today: string): Horizon {
  return { from: addDays(today, -HORIZON_PAST_DAYS), to: addDays(today, HORIZON_AHEAD_DAYS) };
}

/** The data version alone: the one query a request makes when nothing changed. */
export async function readAgendaVersion(db: Queryable): Promise<number> {
  const [row] = (await db.query<{ version: string | number }>('select version from agenda_state where id = 1')).rows;
  if (!row) throw new Error('agenda_state is empty: did migration 005 run?');
  return Number(row.version);
}

/** True when the index must be (re)built before it can answer for `today`. */
export function horizonIsStale(state: Pick<AgendaState, 'horizon' | 'timeZone'>, today: string): boolean {
  if (!state.timeZone) return false; // nothing to index before seeding
  return !state.horizon || daysBetween(state.horizon.from, addDays(today, -HORIZON_PAST_DAYS)) >= HORIZON_REFRESH_DAYS || daysBetween(today, state.horizon.from) > 0;
}

/**
 * (Re)writes the index rows of the given series (all series when none are named) and bumps
 * the data version. With `today`, the horizon moves to horizonFor(today) and every series
 * is rewritten. Throws ExpansionLimitError for a rule that needs too many steps: a write
 * route answers that as bad input, in the same transaction, so nothing is stored.
 */
export async function materialiseOccurrences(tx: Queryable, options: { activityIds?: string[]; today?: string } = {}): Promise<void> {
  const state = await readAgendaState(tx, true);
  if (!state.timeZone) return;
  const zone = state.timeZone;
  const rebuild = !options.activityIds || !state.horizon || options.today !== undefined;
  const horizon = rebuild ? horizonFor(options.today ?? todayIn(zone)) : state.horizon!;
  const ids = rebuild ? undefined : options.activityIds;

  const activities = await findActivities(tx, ids ? { ids } : {});
  await tx.query('delete from activity_occurrences where ($1::text[] is null or activity_id = any($1))', [ids ?? null]);
  const rows = activities.flatMap((a) => expandSeries(a.series, horizon, zone));
  // One statement with one array per column: far cheaper to parse than thousands of placeholders.
  const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((o) => o[key] ?? null);
  await tx.query(
    `insert into activity_occurrences (activity_id, occurrence_key, original_starts_at, starts_at, ends_at, local_day, status, note)
     select * from unnest($1::text[], $2::text[], $3::timestamp[], $4::timestamptz[], $5::timestamptz[], $6::date[], $7::text[], $8::text[])`,
    [column('seriesId'), column('occurrenceKey'), column('originalLocalStart'), column('start'), column('end'), rows.map((o) => o.localStart.slice(0, 10)), column('status'), column('note')],
  );
  await tx.query('update agenda_state set horizon_from = $1, horizon_to = $2, version = version + 1, updated_at = now() where id = 1', [horizon.from, horizon.to]);
}

/**
 * Rebuilds the index when its horizon has fallen behind `today` (or was never built, as
 * right after migration 005 on an existing database). Several processes may call it at
 * once: the row lock lets one build, the others then find it fresh.
 * Returns true when it rebuilt.
 */
export async function ensureHorizon(db: Database, now: Date = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const state = await readAgendaState(tx, true);
    if (!state.timeZone) return false;
    const today = todayIn(state.timeZone, now);
    if (!horizonIsStale(state, today)) return false;
    await materialiseOccurrences(tx, { today });
    return true;
  });
}
