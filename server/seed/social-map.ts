// Seeds the sociale kaart of the demo network (tables of migrations/002_social_map.sql):
// a few extra organisations, the category tree, locations, 128 services with their
// categories, locations, opening hours, areas and contacts, and the synonym groups.
// The data lives in ./social-map/; this module turns the compact tuples into rows.
import type { components } from '../../contract/types.ts';
import type { Queryable } from '../db/database.ts';
import { demoNetwork, type OrganizationRow } from './demo-network.ts';
import {
  categories, extraOrganizations, locations, synonymGroups, type KindCode, type ServiceTuple,
} from './social-map/base.ts';
import { helpServices } from './social-map/services-help.ts';
import { lifeServices } from './social-map/services-life.ts';

export { categories, extraOrganizations, locations, synonymGroups };

export interface ServiceRow {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  long_description: string;
  kind: components['schemas']['HelpKind'];
  eligibility: string;
  fees: string;
  free: boolean;
  referral_required: boolean;
  by_appointment: boolean;
  application_process: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  languages: string[];
  keywords: string[];
  assured_date: string;
}

export interface SocialMap {
  organizations: OrganizationRow[];
  categories: typeof categories;
  locations: typeof locations;
  services: ServiceRow[];
  categoryLinks: { service_id: string; category_id: string; sort: number }[];
  serviceLocations: { service_id: string; location_id: string; sort: number }[];
  openingHours: { service_id: string; location_id: string | null; weekday: number; opens: string; closes: string }[];
  areas: { service_id: string; village_id: string }[];
  contacts: { service_id: string; sort: number; name: string; role: string | null; phone: string | null; email: string | null }[];
  synonyms: { words: string[]; sort: number }[];
}

const kinds: Record<KindCode, ServiceRow['kind']> = { i: 'informal', p: 'professional', b: 'both' };
const weekdays = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const villageIds = demoNetwork.villages.map((v) => v.id);
const words = (s: string, sep = ' ') => s.split(sep).map((w) => w.trim()).filter(Boolean);

/** '9' → '09:00', '19:30' → '19:30'. */
function time(t: string): string {
  const [h, m = '00'] = t.split(':');
  return `${h.padStart(2, '0')}:${m}`;
}

/** 'ma-vr' → [1..5], 'di,do' → [2, 4]. */
function days(spec: string): number[] {
  return spec.split(',').flatMap((part) => {
    const [from, to = from] = part.split('-').map((d) => weekdays.indexOf(d) + 1);
    if (from < 1 || to < from) throw new Error(`bad weekdays: ${spec}`);
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });
}

/** A date in 2026 (1 Jan – 15 Nov) that depends on the service's position in the list. */
function defaultAssured(i: number): string {
  const month = 1 + ((i * 7) % 11);
  let day = 1 + ((i * 13) % 28);
  if (month === 11) day = Math.min(day, 15);
  return `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function buildSocialMap(tuples: readonly ServiceTuple[] = [...helpServices, ...lifeServices]): SocialMap {
  const organizations = new Map([...demoNetwork.organizations, ...extraOrganizations].map((o) => [o.id, o]));
  const map: SocialMap = {
    organizations: extraOrganizations, categories, locations, services: [], categoryLinks: [],
    serviceLocations: [], openingHours: [], areas: [], contacts: [],
    synonyms: synonymGroups.map((group, i) => ({ words: group, sort: i + 1 })),
  };
  tuples.forEach(([id, org, kind, cats, name, description, long, eligibility, fees, keywords, how, locs, hours, opts = {}], i) => {
    const o = organizations.get(org);
    if (!o) throw new Error(`${id}: unknown organisation ${org}`);
    map.services.push({
      id, organization_id: org, name, description, long_description: long, kind: kinds[kind], eligibility, fees,
      free: opts.free ?? fees.startsWith('Gratis'),
      referral_required: opts.r ?? false,
      by_appointment: opts.a ?? false,
      application_process: how,
      phone: opts.ph !== undefined ? opts.ph : o.phone,
      email: opts.em !== undefined ? opts.em : o.email,
      website: opts.web !== undefined ? opts.web : o.website,
      languages: words(opts.l ?? 'nl'),
      keywords: words(keywords, ','),
      assured_date: opts.d ?? defaultAssured(i),
    });
    words(cats).forEach((category_id, sort) => map.categoryLinks.push({ service_id: id, category_id, sort }));
    const where = words(locs);
    where.forEach((location_id, sort) => map.serviceLocations.push({ service_id: id, location_id, sort }));
    for (const segment of words(hours, ';')) {
      const match = /^(\S+) (\d{1,2}(?::\d\d)?)-(\d{1,2}(?::\d\d)?)(?:@(tel|2))?$/.exec(segment);
      if (!match) throw new Error(`${id}: bad opening hours ${segment}`);
      const [, d, opens, closes, at] = match;
      const location_id = at === 'tel' ? null : (where[at === '2' ? 1 : 0] ?? null);
      for (const weekday of days(d)) {
        map.openingHours.push({ service_id: id, location_id, weekday, opens: time(opens), closes: time(closes) });
      }
    }
    for (const village_id of opts.area ? words(opts.area) : villageIds) map.areas.push({ service_id: id, village_id });
    (opts.c ?? []).forEach(([cname, role, phone, email], sort) =>
      map.contacts.push({ service_id: id, sort, name: cname, role, phone, email }));
  });
  return map;
}

/**
 * Inserts the sociale kaart, inside the caller's transaction. Does nothing when the
 * database has no social-map tables (an agenda-only schema).
 */
export async function insertSocialMap(tx: Queryable, map: SocialMap = buildSocialMap()): Promise<void> {
  const present = await tx.query<{ present: boolean }>(`select to_regclass('service_categories') is not null as present`);
  if (!present.rows[0]?.present) return;
  await insertRows(tx, 'organizations', map.organizations, ['id', 'name', 'kind', 'description', 'village_id', 'phone', 'email', 'website']);
  // Top-level categories first: the trigger checks a sub-category's parent.
  const sorted = [...map.categories].sort((a, b) => Number(a.parent_id !== null) - Number(b.parent_id !== null));
  await insertRows(tx, 'service_categories', sorted, ['id', 'parent_id', 'name', 'description', 'sort']);
  await insertRows(tx, 'locations', map.locations, ['id', 'name', 'street', 'postal_code', 'locality', 'village_id', 'description', 'latitude', 'longitude']);
  await insertRows(tx, 'services', map.services, [
    'id', 'organization_id', 'name', 'description', 'long_description', 'kind', 'eligibility', 'fees', 'free',
    'referral_required', 'by_appointment', 'application_process', 'phone', 'email', 'website', 'languages',
    'keywords', 'assured_date',
  ]);
  await insertRows(tx, 'service_category_links', map.categoryLinks, ['service_id', 'category_id', 'sort']);
  await insertRows(tx, 'service_locations', map.serviceLocations, ['service_id', 'location_id', 'sort']);
  await insertRows(tx, 'opening_hours', map.openingHours, ['service_id', 'location_id', 'weekday', 'opens', 'closes']);
  await insertRows(tx, 'service_areas', map.areas, ['service_id', 'village_id']);
  await insertRows(tx, 'service_contacts', map.contacts, ['service_id', 'sort', 'name', 'role', 'phone', 'email']);
  await insertRows(tx, 'synonym_groups', map.synonyms, ['words', 'sort']);
}

/** Multi-row parameterised inserts, 100 rows per statement (as in ./seed.ts). */
async function insertRows<Row extends object, Column extends keyof Row & string>(
  tx: Queryable, table: string, rows: readonly Row[], columns: readonly Column[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += 100) {
    const params: unknown[] = [];
    const tuples = rows.slice(start, start + 100).map((row) =>
      `(${columns.map((column) => { params.push(row[column]); return `$${params.length}`; }).join(', ')})`);
    await tx.query(`insert into ${table} (${columns.join(', ')}) values ${tuples.join(', ')}`, params);
  }
}
