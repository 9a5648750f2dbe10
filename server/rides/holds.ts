// Seats and wheelchair places held per time block (docs/decisions/0012-village-bus.md).
// Every request that is not declined or cancelled holds its places in `ride_blocks`; the
// transaction that stores, declines or cancels a request changes them, so what the
// availability shows stays true and no block ever holds more than the bus has.
import type { Queryable } from '../db/database.ts';

/** What one trip (outward or return) holds in one block. */
export interface Hold {
  /** The start of the time block. */
  block: Date;
  seats: number;
  wheelchairPlaces: number;
}

export interface Capacity {
  seats: number;
  wheelchairPlaces: number;
}

/** The places of one block: the active vehicles together. */
export async function blockCapacity(db: Queryable): Promise<Capacity> {
  const { rows } = await db.query<{ seats: number | string; wheelchair: number | string }>(
    'select coalesce(sum(seats), 0) as seats, coalesce(sum(wheelchair_places), 0) as wheelchair from ride_vehicles where active',
  );
  return { seats: Number(rows[0]!.seats), wheelchairPlaces: Number(rows[0]!.wheelchair) };
}

// Blocks in time order: two transactions holding the same two blocks lock them in the same
// order, so they wait for each other instead of deadlocking.
const inOrder = (holds: Hold[]) => [...holds].sort((a, b) => a.block.getTime() - b.block.getTime());

/**
 * Holds the places of every trip, or reports the first block without room (and holds
 * nothing there). Call it inside the request's transaction and roll back (throw) when it
 * returns a block: an outward trip is never held without its return trip.
 */
export async function holdPlaces(tx: Queryable, holds: Hold[], capacity: Capacity): Promise<Date | undefined> {
  for (const h of inOrder(holds)) {
    const at = h.block.toISOString();
    await tx.query('insert into ride_blocks (starts_at) values ($1::timestamptz) on conflict (starts_at) do nothing', [at]);
    // The conditional update takes the row lock: concurrent requests for one block queue here.
    const { rows } = await tx.query(
      `update ride_blocks set seats_held = seats_held + $2, wheelchair_held = wheelchair_held + $3
        where starts_at = $1::timestamptz and seats_held + $2 <= $4 and wheelchair_held + $3 <= $5
        returning 1`,
      [at, h.seats, h.wheelchairPlaces, capacity.seats, capacity.wheelchairPlaces],
    );
    if (!rows.length) return h.block;
  }
  return undefined;
}

/** Gives the places back (a request declined or cancelled), in the same transaction. */
export async function releasePlaces(tx: Queryable, holds: Hold[]): Promise<void> {
  for (const h of inOrder(holds)) {
    await tx.query(
      `update ride_blocks set seats_held = greatest(seats_held - $2, 0), wheelchair_held = greatest(wheelchair_held - $3, 0)
        where starts_at = $1::timestamptz`,
      [h.block.toISOString(), h.seats, h.wheelchairPlaces],
    );
  }
}

/** The holds of a stored request (its `ride_requests` row). */
export function holdsOfRow(row: { seats: number; wheelchair_places: number; outward_block: Date | string; return_block: Date | string | null }): Hold[] {
  const hold = (block: Date | string): Hold => ({ block: new Date(block), seats: row.seats, wheelchairPlaces: row.wheelchair_places });
  return row.return_block ? [hold(row.outward_block), hold(row.return_block)] : [hold(row.outward_block)];
}

/** Places held per block in a window, for the availability (blocks with nothing held are absent). */
export async function heldInWindow(db: Queryable, from: Date, to: Date): Promise<Map<number, Capacity>> {
  const { rows } = await db.query<{ starts_at: Date | string; seats_held: number; wheelchair_held: number }>(
    'select starts_at, seats_held, wheelchair_held from ride_blocks where starts_at >= $1::timestamptz and starts_at < $2::timestamptz',
    [from.toISOString(), to.toISOString()],
  );
  return new Map(rows.map((r) => [new Date(r.starts_at).getTime(), { seats: r.seats_held, wheelchairPlaces: r.wheelchair_held }]));
}
