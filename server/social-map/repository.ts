// The sociale kaart as one in-memory model, loaded from the database once per data
// version. The map is small (a village has a few hundred services at most) and every
// request asks about the whole of it (search, filters, "open now"), so answering from
// memory is simpler and faster than a query per filter. `social_map_version` is bumped by
// a trigger on every change, so one cheap query per request tells whether the model is
// still current, also when another server process changed the data.
import type { components } from '../../contract/types.ts';
import type { Queryable } from '../db/database.ts';
import { formatIsoInZone } from '../../common/zoned-time.ts';
import { sortHours, type HoursBlock } from '../../common/opening-hours.ts';

type Schemas = components['schemas'];
type ServiceCategory = Schemas['ServiceCategory'];
type OrganizationRef = Schemas['ServiceOrganizationRef'];
type ServiceFields = Schemas['ServiceFields'];
export type HelpKind = Schemas['HelpKind'];
export type OrganizationKind = Schemas['OrganizationKind'];
/** The database's statuses (HSDS); the API shows only 'active' services and has no field for it. */
export type ServiceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

/** A category row: the contract's fields, with the parent and the display order. */
export interface CategoryRecord extends Pick<ServiceCategory, 'id' | 'name'> {
  description: string;
  parentId: string | null;
  sort: number;
}

export type VillageRecord = Schemas['Village'];

/** An organisation row: the contract's reference, with its description and nullable contact columns. */
export interface OrganizationRecord extends OrganizationRef {
  description: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  /** The HSDS id it was imported with (migration 017); null: the export derives one. */
  hsdsId: string | null;
  /** When it last changed (migration 020), ISO 8601 in the network's zone. */
  updatedAt: string;
}

export interface LocationRecord {
  id: string;
  /** The HSDS id it was imported with; null: derived. */
  hsdsId: string | null;
  name: string;
  street: string;
  postalCode: string;
  locality: string;
  villageId: string;
  description: string | null;
  /** WGS84 decimal degrees; both null when the place has no pin yet. */
  latitude: number | null;
  longitude: number | null;
  /** When the place last changed (migration 020), ISO 8601 in the network's zone. */
  updatedAt: string;
  /** This service's hours at this location, sorted. */
  hours: HoursBlock[];
}

export interface ContactRecord {
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
}

/** A service: the contract's fields as they are, plus what the API shapes from (rows, nullable contacts). */
export interface ServiceRecord extends Pick<
  ServiceFields,
  'id' | 'name' | 'description' | 'kind' | 'eligibility' | 'fees' | 'free' | 'referralRequired' | 'byAppointment' | 'applicationProcess' | 'languages' | 'assuredDate'
> {
  organization: OrganizationRecord;
  longDescription: Schemas['ServiceDetail']['longDescription'];
  phone: string | null;
  email: string | null;
  website: string | null;
  keywords: string[];
  /** The HSDS id it was imported with; null: derived. */
  hsdsId: string | null;
  status: ServiceStatus;
  /** ISO 8601 in the network's zone. */
  updatedAt: string;
  /** Linked categories, most specific first, then the parents of linked sub-categories. */
  categories: CategoryRecord[];
  /** Village ids, in the villages' display order. */
  villages: string[];
  /** The main location first. */
  locations: LocationRecord[];
  /** Hours of the service itself, not of a place (e.g. a telephone line), sorted. */
  serviceHours: HoursBlock[];
  contacts: ContactRecord[];
}

export interface SocialMapModel {
  /** social_map_version.version: changes whenever the data does. */
  version: number;
  /** When the data last changed, ISO 8601 in the network's zone. */
  updatedAt: string;
  network: { id: string; name: string; timezone: string };
  villages: VillageRecord[];
  /** Every category, in display order (top-level by sort, each followed by nothing: see categoryTree). */
  categories: CategoryRecord[];
  synonyms: string[][];
  /** Every service whatever its status, sorted by name. */
  services: ServiceRecord[];
}

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name.localeCompare(b.name, 'nl') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function readVersion(db: Queryable): Promise<{ version: number; updatedAt: Date }> {
  const [row] = (await db.query<{ version: string | number; updated_at: Date | string }>('select version, updated_at from social_map_version where id = 1')).rows;
  if (!row) throw new Error('social_map_version is empty: did migration 002 run?');
  return { version: Number(row.version), updatedAt: new Date(row.updated_at) };
}

/** Reads the whole map from the database. */
export async function loadSocialMap(db: Queryable): Promise<SocialMapModel> {
  const { version, updatedAt } = await readVersion(db);
  const [network] = (await db.query<{ id: string; name: string; timezone: string }>('select id, name, timezone from network limit 1')).rows;
  if (!network) throw new Error('The database holds no network: was it seeded?');
  const zone = network.timezone;

  const villages = (await db.query<VillageRecord>('select id, name, kind from villages order by sort, name, id')).rows;
  const villageOrder = new Map(villages.map((v, i) => [v.id, i]));

  const categoryRows = (
    await db.query<{ id: string; parent_id: string | null; name: string; description: string; sort: number }>(
      'select id, parent_id, name, description, sort from service_categories order by sort, name, id',
    )
  ).rows;
  const categories: CategoryRecord[] = categoryRows.map((r) => ({ id: r.id, parentId: r.parent_id, name: r.name, description: r.description, sort: r.sort }));
  const categoryById = new Map(categories.map((c) => [c.id, c]));

  const organizations = new Map(
    (
      await db.query<Omit<OrganizationRecord, 'updatedAt'> & { updated_at: Date | string }>(
        'select id, name, kind, description, phone, email, website, hsds_id as "hsdsId", updated_at from organizations',
      )
    ).rows.map(({ updated_at, ...o }) => [o.id, { ...o, updatedAt: formatIsoInZone(new Date(updated_at).getTime(), zone) }]),
  );

  const serviceRows = (
    await db.query<{
      id: string; organization_id: string; name: string; description: string; long_description: string; kind: HelpKind;
      eligibility: string; fees: string; free: boolean; referral_required: boolean; by_appointment: boolean;
      application_process: string; phone: string | null; email: string | null; website: string | null;
      languages: string[]; keywords: string[]; assured_date: string; status: ServiceStatus; updated_at: Date | string;
      hsds_id: string | null;
    }>(
      `select id, organization_id, name, description, long_description, kind, eligibility, fees, free,
              referral_required, by_appointment, application_process, phone, email, website, languages, keywords,
              to_char(assured_date, 'YYYY-MM-DD') as assured_date, status, updated_at, hsds_id
         from services`,
    )
  ).rows;

  const links = (await db.query<{ service_id: string; category_id: string }>('select service_id, category_id from service_category_links order by service_id, sort, category_id')).rows;
  const locationRows = (
    await db.query<{
      service_id: string; id: string; name: string; street: string; postal_code: string; locality: string; village_id: string;
      description: string | null; latitude: number | null; longitude: number | null; hsds_id: string | null; updated_at: Date | string;
    }>(
      `select sl.service_id, l.id, l.name, l.street, l.postal_code, l.locality, l.village_id, l.description, l.latitude, l.longitude, l.hsds_id, l.updated_at
         from service_locations sl join locations l on l.id = sl.location_id
        order by sl.service_id, sl.sort, l.id`,
    )
  ).rows;
  const hourRows = (
    await db.query<{ service_id: string; location_id: string | null; weekday: number; opens: string; closes: string; note: string | null }>(
      `select service_id, location_id, weekday, to_char(opens, 'HH24:MI') as opens, to_char(closes, 'HH24:MI') as closes, note
         from opening_hours`,
    )
  ).rows;
  const areaRows = (await db.query<{ service_id: string; village_id: string }>('select service_id, village_id from service_areas')).rows;
  const contactRows = (
    await db.query<ContactRecord & { service_id: string }>('select service_id, name, role, phone, email from service_contacts order by service_id, sort')
  ).rows;
  const synonyms = (await db.query<{ words: string[] }>('select words from synonym_groups order by sort, id')).rows.map((r) => r.words);

  const group = <T extends { service_id: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.service_id, [...(map.get(row.service_id) ?? []), row]);
    return map;
  };
  const linksOf = group(links);
  const locationsOf = group(locationRows);
  const hoursOf = group(hourRows);
  const areasOf = group(areaRows);
  const contactsOf = group(contactRows);

  const block = (h: (typeof hourRows)[number]): HoursBlock => ({ weekday: h.weekday, opens: h.opens, closes: h.closes, ...(h.note ? { note: h.note } : {}) });

  const services: ServiceRecord[] = serviceRows.map((s) => {
    const organization = organizations.get(s.organization_id)!;
    const linked = (linksOf.get(s.id) ?? []).map((l) => categoryById.get(l.category_id)!);
    const parents = linked.filter((c) => c.parentId).map((c) => categoryById.get(c.parentId!)!);
    const ordered = [...linked.filter((c) => c.parentId), ...linked.filter((c) => !c.parentId), ...parents];
    const serviceCategories = ordered.filter((c, i) => ordered.findIndex((o) => o.id === c.id) === i);
    const hours = hoursOf.get(s.id) ?? [];
    return {
      id: s.id,
      organization,
      name: s.name,
      description: s.description,
      longDescription: s.long_description,
      kind: s.kind,
      eligibility: s.eligibility,
      fees: s.fees,
      free: s.free,
      referralRequired: s.referral_required,
      byAppointment: s.by_appointment,
      applicationProcess: s.application_process,
      phone: s.phone,
      email: s.email,
      website: s.website,
      languages: s.languages,
      keywords: s.keywords,
      hsdsId: s.hsds_id,
      assuredDate: s.assured_date,
      status: s.status,
      updatedAt: formatIsoInZone(new Date(s.updated_at).getTime(), zone),
      categories: serviceCategories,
      villages: (areasOf.get(s.id) ?? []).map((a) => a.village_id).sort((a, b) => villageOrder.get(a)! - villageOrder.get(b)!),
      locations: (locationsOf.get(s.id) ?? []).map((l) => ({
        id: l.id,
        hsdsId: l.hsds_id,
        name: l.name,
        street: l.street,
        postalCode: l.postal_code,
        locality: l.locality,
        villageId: l.village_id,
        description: l.description,
        latitude: l.latitude,
        longitude: l.longitude,
        updatedAt: formatIsoInZone(new Date(l.updated_at).getTime(), zone),
        hours: sortHours(hours.filter((h) => h.location_id === l.id).map(block)),
      })),
      serviceHours: sortHours(hours.filter((h) => h.location_id === null).map(block)),
      contacts: (contactsOf.get(s.id) ?? []).map(({ name, role, phone, email }) => ({ name, role, phone, email })),
    };
  });
  services.sort(byName);

  return {
    version,
    updatedAt: formatIsoInZone(updatedAt.getTime(), zone),
    network,
    villages,
    categories,
    synonyms,
    services,
  };
}

/**
 * Holds the model of the current data version. `current()` costs one small query when
 * nothing changed, and reloads the whole map when something did.
 */
export class SocialMapStore {
  #loaded: { version: number; model: Promise<SocialMapModel> } | undefined;

  constructor(readonly db: Queryable) {}

  async current(): Promise<SocialMapModel> {
    const { version } = await readVersion(this.db);
    if (this.#loaded?.version !== version) {
      const model = loadSocialMap(this.db);
      this.#loaded = { version, model };
      model.catch(() => {
        if (this.#loaded?.model === model) this.#loaded = undefined;
      });
    }
    return this.#loaded.model;
  }
}
