// Readable ids for records added in /beheer ("koffieochtend", then "koffieochtend-2"): one
// loop for every table that makes its ids from a name, so activities, organisations,
// services and places number their namesakes the same way.
import type { Queryable } from './database.ts';

/** The tables whose ids are slugs; named here, never taken from input, as they go into the SQL. */
export type SlugTable = 'activities' | 'organizations' | 'services' | 'places';

/** An insert that lost every id to concurrent inserts this often is a fault, not bad luck. */
const MAX_LOST = 100;

/**
 * Inserts a row under `slug`, or under the first free `slug-2`, `slug-3`…, and returns the id
 * it got. `insert(id)` is the table's own `insert … on conflict (id) do nothing returning id`,
 * answering whether the row went in; when another transaction took that id meanwhile it is
 * tried with the next number.
 */
export async function insertWithFreeId(tx: Queryable, table: SlugTable, slug: string, insert: (id: string) => Promise<boolean>): Promise<string> {
  // Only the slug and its numbered namesakes, so this stays one small read however large the table.
  const { rows } = await tx.query<{ id: string }>(`select id from ${table} where id = $1 or id ~ ('^' || $1 || '-[0-9]+$')`, [slug]);
  const taken = new Set(rows.map((r) => r.id));
  let n = 1;
  const candidate = () => (n === 1 ? slug : `${slug}-${n}`);
  while (taken.has(candidate())) n++;
  for (let lost = 0; lost < MAX_LOST; lost++, n++) {
    const id = candidate();
    if (await insert(id)) return id;
  }
  throw new Error(`no free id for ${slug} in ${table} after ${MAX_LOST} tries`);
}
