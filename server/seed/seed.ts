// Fills an empty database with the demo network "Samen Linde" (./demo-network.ts).
// Everything goes in one transaction: either the whole network is stored, or nothing.
import type { Database, Queryable } from '../db/database.ts';
import { demoNetwork, type DemoNetwork } from './demo-network.ts';
import { insertSocialMap } from './social-map.ts';
import { materialiseOccurrences } from '../agenda/occurrence-index.ts';
import { privacyNotices, volunteerKinds, volunteerOpportunities } from './volunteering.ts';
import { insertRides } from './rides.ts';

/**
 * Seeds the demo network when the `network` table is empty.
 * Returns true when it seeded, false when there was a network already.
 */
export async function seedIfEmpty(db: Database, data: DemoNetwork = demoNetwork): Promise<boolean> {
  return db.transaction(async (tx) => {
    const existing = await tx.query('select 1 from network limit 1');
    if (existing.rows.length > 0) return false;
    await insertAll(tx, data);
    await insertSocialMap(tx);
    // The agenda is read from its occurrence index: fill it, as every write of a series does.
    await materialiseOccurrences(tx);
    return true;
  });
}

async function insertAll(tx: Queryable, data: DemoNetwork): Promise<void> {
  await insertRows(tx, 'network', [data.network], [
    'id', 'name', 'description', 'timezone', 'phone', 'email', 'website',
  ]);
  await insertRows(tx, 'villages', data.villages, ['id', 'name', 'kind', 'sort']);
  await insertRows(tx, 'activity_categories', data.categories, ['id', 'name', 'sort']);
  await insertRows(tx, 'audiences', data.audiences, ['id', 'name', 'sort']);
  await insertRows(tx, 'organizations', data.organizations, [
    'id', 'name', 'kind', 'description', 'village_id', 'phone', 'email', 'website',
  ]);
  await insertRows(tx, 'places', data.places, [
    'id', 'name', 'street', 'postal_code', 'locality', 'village_id',
  ]);
  await insertRows(tx, 'activities', data.activities, [
    'id', 'title', 'summary', 'description', 'organization_id', 'place_id', 'starts_at',
    'duration_minutes', 'rrule', 'categories', 'audiences', 'cost_amount', 'cost_note',
    'wheelchair', 'hearing_loop', 'accessibility_note', 'registration_required', 'capacity',
    'registration_how', 'village_bus',
  ]);
  await insertRows(tx, 'activity_exceptions', data.exceptions, [
    'activity_id', 'original_starts_at', 'kind', 'new_starts_at', 'note',
  ]);
  await insertRows(tx, 'activity_registrations', data.registrations, [
    'activity_id', 'original_starts_at', 'places_taken',
  ]);
  await insertRows(tx, 'volunteer_kinds', volunteerKinds, ['id', 'name', 'sort']);
  await insertRows(tx, 'volunteer_opportunities', volunteerOpportunities, [
    'id', 'organization_id', 'title', 'summary', 'description', 'kind_id', 'where_text', 'place_id',
    'frequency', 'for_whom', 'day_parts', 'vog', 'driving_licence', 'minimum_age', 'activity_id',
    'capacity_per_shift', 'ongoing', 'signups_open',
  ]);
  await insertRows(tx, 'privacy_notices', privacyNotices, ['version', 'why', 'who', 'how_long', 'published_at']);
  await insertRides(tx);
}

/** Rows per statement: keeps each statement well under Postgres' 65,535 parameters. */
const batchSize = 100;

/**
 * One multi-row insert per batch, with parameters only ($1, $2 …). Table and column
 * names come from this module, never from outside.
 */
async function insertRows<Row extends object, Column extends keyof Row & string>(
  tx: Queryable,
  table: string,
  rows: readonly Row[],
  columns: readonly Column[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const params: unknown[] = [];
    const tuples = batch.map((row) => {
      const placeholders = columns.map((column) => {
        params.push(row[column]);
        return `$${params.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await tx.query(`insert into ${table} (${columns.join(', ')}) values ${tuples.join(', ')}`, params);
  }
}
