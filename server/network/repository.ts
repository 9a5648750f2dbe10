// The network and its organisations, read from the database in the contract's shapes.
import type { components } from '../../contract/types.ts';
import type { Queryable } from '../db/database.ts';

type Network = components['schemas']['Network'];
type Organization = components['schemas']['Organization'];
type Contact = components['schemas']['Contact'];
type OrganizationPage = components['schemas']['OrganizationPage'];

export function contact(row: { phone: string | null; email: string | null; website: string | null }): Contact {
  return {
    ...(row.phone ? { phone: row.phone } : {}),
    ...(row.email ? { email: row.email } : {}),
    ...(row.website ? { website: row.website } : {}),
  };
}

export async function loadNetwork(db: Queryable): Promise<Network> {
  const [network] = (
    await db.query<{ id: string; name: string; description: string | null; timezone: string; phone: string | null; email: string | null; website: string | null }>(
      'select * from network limit 1',
    )
  ).rows;
  if (!network) throw new Error('The database holds no network: was it seeded?');
  const villages = await db.query<Network['villages'][number]>('select id, name, kind from villages order by sort, name');
  const categories = await db.query<{ id: string; name: string }>('select id, name from activity_categories order by sort, name');
  const audiences = await db.query<{ id: string; name: string }>('select id, name from audiences order by sort, name');
  const volunteerKinds = await db.query<{ id: string; name: string }>('select id, name from volunteer_kinds order by sort, name');
  return {
    id: network.id,
    name: network.name,
    ...(network.description ? { description: network.description } : {}),
    timezone: network.timezone,
    villages: villages.rows,
    contact: contact(network),
    categories: categories.rows,
    audiences: audiences.rows,
    volunteerKinds: volunteerKinds.rows,
  };
}

export interface OrganizationFilter {
  kind?: Organization['kind'];
  village?: string;
  limit: number;
  offset: number;
}

/** One page of organisations, sorted by name. */
export async function listOrganizations(db: Queryable, { kind, village, limit, offset }: OrganizationFilter): Promise<OrganizationPage> {
  const where = 'where ($1::text is null or kind = $1) and ($2::text is null or village_id = $2)';
  const params = [kind ?? null, village ?? null];
  const [{ total }] = (await db.query<{ total: number }>(`select count(*)::int as total from organizations ${where}`, params)).rows as [{ total: number }];
  const rows = (
    await db.query<{ id: string; name: string; kind: Organization['kind']; description: string; village_id: string | null; phone: string | null; email: string | null; website: string | null }>(
      `select * from organizations ${where} order by name limit $3 offset $4`,
      [...params, limit, offset],
    )
  ).rows;
  const items: Organization[] = rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    description: r.description,
    ...(r.village_id ? { village: r.village_id } : {}),
    contact: contact(r),
  }));
  return { items, total, offset, limit, ...(offset + items.length < total ? { next: offset + items.length } : {}) };
}
