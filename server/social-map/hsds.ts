// The sociale kaart as Open Referral HSDS 3.0: one HSDS API `Page` whose `contents` are
// fully nested services (docs/decisions/0005-sociale-kaart-hsds.md; the shape is checked
// against test/contract/hsds-3.0.schema.json). Every id is a UUIDv5 of a readable path, so
// the same data gives the same document, byte for byte, and so the same ETag.
import { offsetMinutesAt } from '../../common/zoned-time.ts';
import type { HoursBlock } from '../../common/opening-hours.ts';
import { describeBlock, rfc5545Day } from './opening-hours.ts';
import { hsdsId } from './uuid.ts';
import type { CategoryRecord, ServiceRecord, SocialMapModel } from './repository.ts';

type Json = Record<string, unknown>;

export interface HsdsOptions {
  /** The moment of the export: HSDS's numeric `timezone` is the zone's UTC offset then. */
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

const languageNames = new Intl.DisplayNames(['nl'], { type: 'language' });

function languageName(code: string): string {
  const name = languageNames.of(code) ?? code;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The HSDS export of the whole map (every service, whatever its status, sorted by name). */
export function hsdsExport(model: SocialMapModel, options: HsdsOptions): Json {
  const networkId = model.network.id;
  const zone = model.network.timezone;
  const province = options.province ?? 'Gelderland';
  const id = (path: string) => hsdsId(networkId, path);
  const offsetHours = offsetMinutesAt(options.now.getTime(), zone) / 60;
  const villageName = new Map(model.villages.map((v) => [v.id, v.name]));
  const categoryById = new Map(model.categories.map((c) => [c.id, c]));

  const taxonomy = (t: TaxonomyId) => ({ id: id(`taxonomy/${t}`), name: taxonomies[t].name, description: taxonomies[t].description, buurtkit_id: t });

  const term = (t: TaxonomyId, code: string, name: string, description: string, parent?: string | null) => ({
    id: id(`taxonomy/${t}/term/${code}`),
    code,
    name,
    description,
    ...(parent ? { parent_id: id(`taxonomy/${t}/term/${parent}`) } : {}),
    taxonomy_id: id(`taxonomy/${t}`),
    taxonomy: taxonomy(t),
    language: 'nl',
  });

  const attribute = (svc: string, linkType: 'category' | 'kind_of_help' | 'access', taxonomyTerm: ReturnType<typeof term>) => {
    const t = taxonomyTerm.taxonomy.buurtkit_id;
    return {
      id: id(`service/${svc}/attribute/${t}/${taxonomyTerm.code}`),
      link_id: id(`service/${svc}`),
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

  const schedule = (s: ServiceRecord, h: HoursBlock, n: number, loc?: string) => ({
    id: id(loc ? `service/${s.id}/location/${loc}/schedule/${n}` : `service/${s.id}/schedule/${n}`),
    service_id: id(`service/${s.id}`),
    ...(loc ? { location_id: id(`location/${loc}`), service_at_location_id: id(`service/${s.id}/location/${loc}`) } : {}),
    timezone: offsetHours,
    freq: 'WEEKLY',
    byday: rfc5545Day(h.weekday),
    description: describeBlock(h),
    opens_at: h.opens,
    closes_at: h.closes,
    ...(h.note ? { notes: h.note } : {}),
    buurtkit_timezone: zone,
  });

  const service = (s: ServiceRecord): Json => {
    const sid = id(`service/${s.id}`);
    const o = s.organization;
    const attributes = [
      ...s.categories.map((c) => attribute(s.id, 'category', categoryTerm(categoryById.get(c.id) ?? c))),
      ...(s.kind !== 'professional' ? [attribute(s.id, 'kind_of_help', fixedTerm('informeel'))] : []),
      ...(s.kind !== 'informal' ? [attribute(s.id, 'kind_of_help', fixedTerm('professioneel'))] : []),
      ...(s.referralRequired ? [attribute(s.id, 'access', fixedTerm('verwijzing-nodig'))] : []),
      ...(s.byAppointment ? [attribute(s.id, 'access', fixedTerm('op-afspraak'))] : []),
    ];
    return {
      id: sid,
      organization_id: id(`organization/${o.id}`),
      name: s.name,
      description: s.description,
      ...(s.website ? { url: s.website } : {}),
      ...(s.email ? { email: s.email } : {}),
      status: s.status,
      application_process: s.applicationProcess,
      fees_description: s.fees,
      eligibility_description: s.eligibility,
      assured_date: s.assuredDate,
      last_modified: s.updatedAt,
      organization: {
        id: id(`organization/${o.id}`),
        name: o.name,
        description: o.description,
        ...(o.email ? { email: o.email } : {}),
        ...(o.website ? { website: o.website } : {}),
        ...(o.phone ? { phones: [{ id: id(`organization/${o.id}/phone/0`), organization_id: id(`organization/${o.id}`), number: o.phone, type: 'voice' }] } : {}),
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
      schedules: s.serviceHours.map((h, n) => schedule(s, h, n)),
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
        location_id: id(`location/${l.id}`),
        schedules: l.hours.map((h, n) => schedule(s, h, n, l.id)),
        location: {
          id: id(`location/${l.id}`),
          location_type: 'physical',
          name: l.name,
          ...(l.description ? { description: l.description } : {}),
          addresses: [
            {
              id: id(`location/${l.id}/address`),
              location_id: id(`location/${l.id}`),
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
      cost_options: s.free ? [{ id: id(`service/${s.id}/cost_option/0`), service_id: sid, option: 'Gratis', amount: 0, currency: 'EUR' }] : [],
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
