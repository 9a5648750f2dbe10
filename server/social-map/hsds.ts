// The sociale kaart as Open Referral HSDS 3.0: one HSDS API `Page` whose `contents` are
// fully nested services (docs/decisions/0005-sociale-kaart-hsds.md; every service is
// checked against Open Referral's own compiled service.json, test/contract/hsds-official/).
// Every id is a UUIDv5 of a readable path, so the same data in the same season gives the
// same document, byte for byte, and so the same ETag.
import { addDays, formatLocalDate, instantToLocalParts, offsetMinutesAt } from '../../common/zoned-time.ts';
import type { HoursBlock } from '../../common/opening-hours.ts';
import { describeBlock, rfc5545Day } from './opening-hours.ts';
import { hsdsId } from './uuid.ts';
import type { CategoryRecord, ServiceRecord, SocialMapModel } from './repository.ts';

type Json = Record<string, unknown>;

export interface HsdsOptions {
  /** The moment of the export: the schedules cover the zone's offset period then, and the next one. */
  now: Date;
  /** HSDS requires `state_province` on an address; the network's province. */
  province?: string;
}

const taxonomies = {
  'sociale-kaart': {
    name: 'Sociale kaart',
    description: 'De categorieën van de sociale kaart: waar de hulp over gaat. Twee niveaus: hoofdcategorieën en subcategorieën.',
  },
  hulpvorm: {
    name: 'Hulpvorm',
    description: 'Informele hulp (vrijwilligers, buren, bewonersinitiatieven) of professionele hulp (betaalde beroepskrachten).',
  },
  toegang: {
    name: 'Toegang',
    description: 'Wat je nodig hebt om de hulp te krijgen: een verwijzing, of een afspraak.',
  },
} as const;

type TaxonomyId = keyof typeof taxonomies;

const fixedTerms = {
  informeel: { taxonomy: 'hulpvorm', name: 'Informele hulp', description: 'Hulp van vrijwilligers, buren of bewonersinitiatieven.' },
  professioneel: { taxonomy: 'hulpvorm', name: 'Professionele hulp', description: 'Hulp van betaalde beroepskrachten, zoals het wijkteam of maatschappelijk werk.' },
  'verwijzing-nodig': { taxonomy: 'toegang', name: 'Verwijzing nodig', description: 'Je hebt een verwijzing nodig, bijvoorbeeld van de huisarts of het wijkteam.' },
  'op-afspraak': { taxonomy: 'toegang', name: 'Op afspraak', description: 'Je kunt (ook) op afspraak komen.' },
} as const;

/** A price the fees text starts with, as the seed and the coordinators write it: "€ 6,50 per maaltijd". */
const PRICE = /^€ ?(\d+)(?:,(\d\d))? (.+)$/;

/** HSDS cost options: free, or a price in euros; any other fee text stays in fees_description only. */
function costOptions(s: ServiceRecord): { option: string; amount: number; currency: 'EUR'; amount_description?: string }[] {
  if (s.free) return [{ option: 'Gratis', amount: 0, currency: 'EUR' }];
  const price = PRICE.exec(s.fees);
  if (!price) return [];
  return [{ option: s.fees, amount: Number(`${price[1]}.${price[2] ?? '00'}`), currency: 'EUR', amount_description: price[3]! }];
}

const languageNames = new Intl.DisplayNames(['nl'], { type: 'language' });

function languageName(code: string): string {
  const name = languageNames.of(code) ?? code;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * HSDS's `last_modified`: "when the service, or any related information about the service,
 * has changed". So the latest of the service, its organisation and its places (HSDS 3.0 has
 * no such field on an organisation or a location); an import reads it as the time of the
 * nested organisation and places too (server/social-map/hsds-import.ts).
 */
export function lastModified(s: ServiceRecord): string {
  const times = [s.updatedAt, s.organization.updatedAt, ...s.locations.map((l) => l.updatedAt)];
  return times.reduce((latest, t) => (Date.parse(t) > Date.parse(latest) ? t : latest));
}

/** The HSDS export of the whole map (every service, whatever its status, sorted by name). */
export function hsdsExport(model: SocialMapModel, options: HsdsOptions): Json {
  const networkId = model.network.id;
  const zone = model.network.timezone;
  const province = options.province ?? 'Gelderland';
  const id = (path: string) => hsdsId(networkId, path);
  const periods = offsetPeriods(zone, options.now);
  const villageName = new Map(model.villages.map((v) => [v.id, v.name]));
  const categoryById = new Map(model.categories.map((c) => [c.id, c]));

  const taxonomyDetail = (t: TaxonomyId) => ({ id: id(`taxonomy/${t}`), name: taxonomies[t].name, description: taxonomies[t].description, buurtkit_id: t });

  const term = (t: TaxonomyId, code: string, name: string, description: string, parent?: string | null) => ({
    id: id(`taxonomy/${t}/term/${code}`),
    code,
    name,
    description,
    ...(parent ? { parent_id: id(`taxonomy/${t}/term/${parent}`) } : {}),
    taxonomy_id: id(`taxonomy/${t}`),
    // HSDS's `taxonomy` is free text naming an established taxonomy; ours are our own.
    taxonomy_detail: taxonomyDetail(t),
    language: 'nl',
  });

  // A record imported from another system keeps the HSDS id it came with (migration 017).
  const serviceId = (s: ServiceRecord) => s.hsdsId ?? id(`service/${s.id}`);
  const locationId = (s: ServiceRecord, loc: string) => s.locations.find((l) => l.id === loc)?.hsdsId ?? id(`location/${loc}`);

  const attribute = (s: ServiceRecord, linkType: 'category' | 'kind_of_help' | 'access', taxonomyTerm: ReturnType<typeof term>) => {
    const svc = s.id;
    const t = taxonomyTerm.taxonomy_detail.buurtkit_id;
    return {
      id: id(`service/${svc}/attribute/${t}/${taxonomyTerm.code}`),
      link_id: serviceId(s),
      link_entity: 'service',
      link_type: linkType,
      taxonomy_term_id: taxonomyTerm.id,
      taxonomy_term: taxonomyTerm,
    };
  };

  const fixedTerm = (code: keyof typeof fixedTerms) => {
    const f = fixedTerms[code];
    return term(f.taxonomy, code, f.name, f.description);
  };

  const categoryTerm = (c: CategoryRecord) => term('sociale-kaart', c.id, c.name, c.description, c.parentId);

  // HSDS gives a schedule one fixed UTC offset, and the zone's changes twice a year: so
  // each block of hours comes once per offset period, with the dates it is valid for.
  const schedules = (s: ServiceRecord, hours: HoursBlock[], loc?: string) =>
    hours.flatMap((h, n) =>
      periods.map((p) => {
        const path = `${loc ? `service/${s.id}/location/${loc}` : `service/${s.id}`}/schedule/${n}${p.validFrom ? `/${p.validFrom}` : ''}`;
        const offset = utcOffset(p.offsetMinutes);
        return {
          id: id(path),
          service_id: serviceId(s),
          ...(loc ? { location_id: locationId(s, loc), service_at_location_id: id(`service/${s.id}/location/${loc}`) } : {}),
          ...(p.validFrom ? { valid_from: p.validFrom } : {}),
          ...(p.validTo ? { valid_to: p.validTo } : {}),
          timezone: p.offsetMinutes / 60,
          freq: 'WEEKLY',
          byday: rfc5545Day(h.weekday),
          description: describeBlock(h),
          opens_at: h.opens + offset,
          closes_at: h.closes + offset,
          ...(h.note ? { notes: h.note } : {}),
          buurtkit_timezone: zone,
        };
      }),
    );

  const service = (s: ServiceRecord): Json => {
    const sid = serviceId(s);
    const o = s.organization;
    const oid = o.hsdsId ?? id(`organization/${o.id}`);
    const attributes = [
      ...s.categories.map((c) => attribute(s, 'category', categoryTerm(categoryById.get(c.id) ?? c))),
      ...(s.kind !== 'professional' ? [attribute(s, 'kind_of_help', fixedTerm('informeel'))] : []),
      ...(s.kind !== 'informal' ? [attribute(s, 'kind_of_help', fixedTerm('professioneel'))] : []),
      ...(s.referralRequired ? [attribute(s, 'access', fixedTerm('verwijzing-nodig'))] : []),
      ...(s.byAppointment ? [attribute(s, 'access', fixedTerm('op-afspraak'))] : []),
    ];
    return {
      id: sid,
      organization_id: oid,
      name: s.name,
      description: s.description,
      ...(s.website ? { url: s.website } : {}),
      ...(s.email ? { email: s.email } : {}),
      status: s.status,
      application_process: s.applicationProcess,
      fees_description: s.fees,
      eligibility_description: s.eligibility,
      assured_date: s.assuredDate,
      last_modified: lastModified(s),
      organization: {
        id: oid,
        name: o.name,
        description: o.description,
        ...(o.email ? { email: o.email } : {}),
        ...(o.website ? { website: o.website } : {}),
        ...(o.phone ? { phones: [{ id: id(`organization/${o.id}/phone/0`), organization_id: oid, number: o.phone, type: 'voice' }] } : {}),
        buurtkit_id: o.id,
        buurtkit_kind: o.kind,
      },
      phones: s.phone ? [{ id: id(`service/${s.id}/phone/0`), service_id: sid, number: s.phone, type: 'voice' }] : [],
      contacts: s.contacts.map((c, n) => {
        const cid = id(`service/${s.id}/contact/${n}`);
        return {
          id: cid,
          service_id: sid,
          name: c.name,
          ...(c.role ? { title: c.role } : {}),
          ...(c.email ? { email: c.email } : {}),
          ...(c.phone ? { phones: [{ id: id(`service/${s.id}/contact/${n}/phone/0`), contact_id: cid, number: c.phone, type: 'voice' }] } : {}),
        };
      }),
      schedules: schedules(s, s.serviceHours),
      service_areas: s.villages.map((v) => ({
        id: id(`service/${s.id}/service_area/${v}`),
        service_id: sid,
        name: villageName.get(v) ?? v,
        extent_type: 'text',
        buurtkit_id: v,
      })),
      service_at_locations: s.locations.map((l) => ({
        id: id(`service/${s.id}/location/${l.id}`),
        service_id: sid,
        location_id: locationId(s, l.id),
        schedules: schedules(s, l.hours, l.id),
        location: {
          id: locationId(s, l.id),
          location_type: 'physical',
          name: l.name,
          ...(l.description ? { description: l.description } : {}),
          ...(l.latitude !== null && l.longitude !== null ? { latitude: l.latitude, longitude: l.longitude } : {}),
          addresses: [
            {
              id: id(`location/${l.id}/address`),
              location_id: locationId(s, l.id),
              address_1: l.street,
              city: l.locality,
              state_province: province,
              postal_code: l.postalCode,
              country: 'NL',
              address_type: 'physical',
            },
          ],
          buurtkit_id: l.id,
          buurtkit_village: l.villageId,
        },
      })),
      languages: s.languages.map((code) => ({ id: id(`service/${s.id}/language/${code}`), service_id: sid, name: languageName(code), code })),
      cost_options: costOptions(s).map((c, n) => ({ id: id(`service/${s.id}/cost_option/${n}`), service_id: sid, ...c })),
      attributes,
      buurtkit_id: s.id,
    };
  };

  const contents = model.services.map(service);
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}

/** A stretch of local dates on which the zone keeps one UTC offset. */
export interface OffsetPeriod {
  /** First local date, 'YYYY-MM-DD'; absent when no change was found in the year before. */
  validFrom?: string;
  /** Last local date; absent when no change is coming within a year. */
  validTo?: string;
  /** Minutes east of UTC, e.g. 60 for CET. */
  offsetMinutes: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** How far to look for an offset change: every zone with daylight saving changes twice a year. */
const SEARCH_DAYS = 400;

/**
 * The offset period `now` falls in and the next one: a client reading the export today
 * places the hours right for at least five months. A zone without daylight saving has one
 * period without dates. The day the clocks change belongs to the new offset: hours before
 * the change that night (02:00 or 03:00 in Europe) would be an hour off; nobody opens then.
 */
export function offsetPeriods(zone: string, now: Date): OffsetPeriod[] {
  const at = now.getTime();
  const localDate = (ms: number) => formatLocalDate(instantToLocalParts(ms, zone));
  const start = offsetChange(zone, at, -1);
  const end = offsetChange(zone, at, 1);
  const current: OffsetPeriod = {
    ...(start !== undefined ? { validFrom: localDate(start) } : {}),
    ...(end !== undefined ? { validTo: addDays(localDate(end), -1) } : {}),
    offsetMinutes: offsetMinutesAt(at, zone),
  };
  if (end === undefined) return [current];
  const after = offsetChange(zone, end, 1);
  return [
    current,
    { validFrom: localDate(end), ...(after !== undefined ? { validTo: addDays(localDate(after), -1) } : {}), offsetMinutes: offsetMinutesAt(end, zone) },
  ];
}

/**
 * The first instant after `from` (direction 1) with another offset than at `from`, or the
 * first instant of `from`'s offset (direction -1); undefined when none within SEARCH_DAYS.
 * A day-by-day scan, then halving to the minute: bounded, some 420 offset look-ups.
 */
function offsetChange(zone: string, from: number, direction: 1 | -1): number | undefined {
  const offset = offsetMinutesAt(from, zone);
  for (let day = 1; day <= SEARCH_DAYS; day++) {
    const probe = from + direction * day * DAY_MS;
    if (offsetMinutesAt(probe, zone) === offset) continue;
    // `same` keeps from's offset, `other` does not; the change lies between them.
    let same = probe - direction * DAY_MS;
    let other = probe;
    while (Math.abs(other - same) > MINUTE_MS) {
      const mid = same + Math.round((other - same) / 2 / MINUTE_MS) * MINUTE_MS;
      if (offsetMinutesAt(mid, zone) === offset) same = mid;
      else other = mid;
    }
    return direction === 1 ? other : same;
  }
  return undefined;
}

/** An HSDS time suffix: 'Z' for UTC, else '+01:00', '-05:00', '+05:30'. */
function utcOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
