// The retention job (docs/decisions/0011-avg.md): ride requests are kept RIDE_RETENTION_DAYS
// after their day (or after they were cancelled or declined), their anonymous counts for
// the funders' report for good. Sign-up data is kept RETENTION_DAYS after
// the shift it was for ended, or after the volunteer stopped (cancelled), and is then
// deleted with its messages. An ongoing role nobody stopped is kept: it is still going on.
// Stored Idempotency-Key answers past their 24 hours go in the same run, so they do not
// outlive their promise when no writes come to sweep them.
//
// Bounded work: a run deletes at most maxBatches × batchSize sign-ups, each batch in its
// own short transaction (the next run, an hour later, goes on). Logs hold counts only.
import type { Database } from '../db/database.ts';
import { holdsOfRow, releasePlaces } from '../rides/holds.ts';
import type { Logger } from '../log.ts';

const DAY_MS = 86_400_000;
/** RIDE_RETENTION_DAYS when not set: the seeded ride privacy text promises 30 days. */
export const DEFAULT_RIDE_RETENTION_DAYS = 30;

export interface RemovalOptions {
  days: number;
  /** RIDE_RETENTION_DAYS: days a ride request is kept after its day (or after it was cancelled or declined). */
  rideDays?: number;
  now: Date;
  /** Sign-ups per transaction. */
  batchSize?: number;
  /** Transactions per run. */
  maxBatches?: number;
}

export interface Removed {
  signups: number;
  /** Ride requests deleted; their anonymous counts for the report stay. */
  rides: number;
  messages: number;
  idempotencyKeys: number;
}

/**
 * When a shift sign-up's time is up: RETENTION_DAYS after the shift ended. A shift no
 * longer in the occurrence index ends, at the latest, a day after its key's start.
 */
const EXPIRED = `
  (s.cancelled_at is not null and s.cancelled_at < $1::timestamptz)
  or (s.occurrence_key is not null and coalesce(
        (select ao.ends_at from volunteer_opportunities o
           join activity_occurrences ao on ao.activity_id = o.activity_id and ao.occurrence_key = s.occurrence_key
          where o.id = s.opportunity_id),
        to_timestamp(s.occurrence_key, 'YYYYMMDD"T"HH24MI') + interval '1 day') < $1::timestamptz)`;

/**
 * When a ride request's time is up: RIDE_RETENTION_DAYS after its day (the day counted as
 * ended at its last moment in UTC, a few hours late at most: never early), or after it was
 * cancelled or declined.
 */
const RIDE_EXPIRED = `
  (r.ride_date + 1)::timestamp at time zone 'UTC' < $1::timestamptz
  or r.cancelled_at < $1::timestamptz or r.declined_at < $1::timestamptz`;

export async function removeExpired(db: Database, { days, rideDays = DEFAULT_RIDE_RETENTION_DAYS, now, batchSize = 200, maxBatches = 10 }: RemovalOptions): Promise<Removed> {
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  const removed: Removed = { signups: 0, rides: 0, messages: 0, idempotencyKeys: 0 };
  for (let batch = 0; batch < maxBatches; batch++) {
    const done = await db.transaction(async (tx) => {
      // skip locked: a sign-up being changed right now is left for the next run.
      const { rows } = await tx.query<{ id: number }>(
        `select s.id::int as id from volunteer_signups s where ${EXPIRED} order by s.id limit $2 for update skip locked`,
        [cutoff, batchSize],
      );
      const ids = rows.map((r) => r.id);
      if (!ids.length) return 0;
      removed.messages += (await tx.query('delete from outbox where signup_id = any($1::bigint[]) returning 1', [ids])).rows.length;
      await tx.query('delete from volunteer_signups where id = any($1::bigint[])', [ids]);
      return ids.length;
    });
    removed.signups += done;
    if (done < batchSize) break;
  }
  const rideCutoff = new Date(now.getTime() - rideDays * DAY_MS).toISOString();
  for (let batch = 0; batch < maxBatches; batch++) {
    const done = await db.transaction(async (tx) => {
      // Locked as the dispatch locks them; one being changed right now waits for the next run.
      const { rows } = await tx.query<{ id: string; status: string; seats: number; wheelchair_places: number; outward_block: Date | string; return_block: Date | string | null }>(
        `select r.id::text as id, r.status, r.seats, r.wheelchair_places, r.outward_block, r.return_block
           from ride_requests r where ${RIDE_EXPIRED} order by r.id limit $2 for update skip locked`,
        [rideCutoff, batchSize],
      );
      if (!rows.length) return 0;
      // An open request of a day long past still holds its (past) block: given back, so the counts stay true.
      for (const r of rows) if (r.status === 'requested' || r.status === 'confirmed') await releasePlaces(tx, holdsOfRow(r));
      const ids = rows.map((r) => r.id);
      removed.messages += (await tx.query('delete from outbox where ride_request_id = any($1::bigint[]) returning 1', [ids])).rows.length;
      // ride_stats keep their row: the link becomes null (migration 013).
      await tx.query('delete from ride_requests where id = any($1::bigint[])', [ids]);
      return ids.length;
    });
    removed.rides += done;
    if (done < batchSize) break;
  }
  removed.idempotencyKeys = (
    await db.query(
      `delete from idempotency_keys where (scope, key) in
         (select scope, key from idempotency_keys where expires_at <= $1::timestamptz limit $2)
         and expires_at <= $1::timestamptz returning 1`,
      [now.toISOString(), batchSize * maxBatches],
    )
  ).rows.length;
  return removed;
}

export interface RetentionJobOptions {
  db: Database;
  days: number;
  /** RIDE_RETENTION_DAYS; default 30. */
  rideDays?: number;
  log: Logger;
  now?: () => Date;
  /** Pause between runs: an hour. */
  intervalMs?: number;
  batchSize?: number;
  maxBatches?: number;
}

/** Runs removeExpired at start and then every intervalMs, until stopped. */
export class RetentionJob {
  readonly #o: RetentionJobOptions & { now: () => Date; intervalMs: number };
  #timer: NodeJS.Timeout | undefined;
  #current: Promise<unknown> | undefined;
  #stopping = false;

  constructor(options: RetentionJobOptions) {
    this.#o = { now: () => new Date(), intervalMs: 3_600_000, ...options };
  }

  async run(): Promise<Removed> {
    const { db, days, rideDays, log, now, batchSize, maxBatches } = this.#o;
    const removed = await removeExpired(db, { days, now: now(), ...(rideDays ? { rideDays } : {}), ...(batchSize ? { batchSize } : {}), ...(maxBatches ? { maxBatches } : {}) });
    if (removed.signups || removed.rides || removed.messages || removed.idempotencyKeys) log.info('retention removed', { ...removed });
    return removed;
  }

  start(): this {
    const loop = async () => {
      this.#current = this.run().catch((error: Error & { code?: string }) => {
        this.#o.log.error('retention run failed', { error: error?.name, code: error?.code });
      });
      await this.#current;
      this.#current = undefined;
      if (!this.#stopping) this.#timer = setTimeout(loop, this.#o.intervalMs).unref();
    };
    void loop(); // the first run at once, so a server that was down catches up at start
    return this;
  }

  /** No new run; resolves when the run in progress has finished. */
  async stop(): Promise<void> {
    this.#stopping = true;
    clearTimeout(this.#timer);
    await this.#current;
  }
}

/** The server's job: RETENTION_DAYS and RIDE_RETENTION_DAYS from the configuration, hourly. */
export function startRetention({ db, config, log }: { db: Database; config: { retentionDays: number; rideRetentionDays?: number }; log: Logger }): RetentionJob {
  const rideDays = config.rideRetentionDays ?? DEFAULT_RIDE_RETENTION_DAYS;
  log.info('sign-up data is kept for a limited time', { retentionDays: config.retentionDays, rideRetentionDays: rideDays });
  return new RetentionJob({ db, days: config.retentionDays, rideDays, log }).start();
}
