// The API's own shapes of the sociale kaart (contract: ServiceSummary, ServiceDetail,
// ServiceCategory, SocialMap), made from the in-memory model.
import type { components } from '../../contract/types.ts';
import { isOpenAt, type HoursBlock, type LocalClock } from '../../common/opening-hours.ts';
import type { CategoryRecord, LocationRecord, ServiceRecord, SocialMapModel } from './repository.ts';

type Schemas = components['schemas'];
export type ServiceFields = Schemas['ServiceFields'];
export type ServiceSummary = Schemas['ServiceSummary'];
export type ServiceDetail = Schemas['ServiceDetail'];
export type ServiceCategory = Schemas['ServiceCategory'];
export type SocialMap = Schemas['SocialMap'];
export type SocialMapService = Schemas['SocialMapService'];
type OpeningHours = Schemas['OpeningHours'];

const hoursOut = (hours: readonly HoursBlock[]): OpeningHours[] =>
  hours.map((h) => ({ weekday: h.weekday, opens: h.opens, closes: h.closes, ...(h.note ? { note: h.note } : {}) }));

/**
 * The hours a summary shows: those of the main location; when it has none (or the service
 * has no place to visit), the hours of the service itself, e.g. a telephone line.
 */
export function summaryHours(s: ServiceRecord): HoursBlock[] {
  const main = s.locations[0]?.hours ?? [];
  return main.length ? main : s.serviceHours;
}

/** Every block of the service: all its locations and the service itself. */
export function allHours(s: ServiceRecord): HoursBlock[] {
  return [...s.locations.flatMap((l) => l.hours), ...s.serviceHours];
}

const address = (l: LocationRecord) => ({ street: l.street, postalCode: l.postalCode, locality: l.locality });

export function serviceFields(s: ServiceRecord): ServiceFields {
  const main = s.locations[0];
  return {
    id: s.id,
    name: s.name,
    organization: { id: s.organization.id, name: s.organization.name, kind: s.organization.kind },
    description: s.description,
    kind: s.kind,
    categories: s.categories.map((c) => ({ id: c.id, name: c.name, ...(c.parentId ? { parent: c.parentId } : {}) })),
    villages: s.villages,
    eligibility: s.eligibility,
    fees: s.fees,
    free: s.free,
    referralRequired: s.referralRequired,
    applicationProcess: s.applicationProcess,
    contact: {
      ...(s.phone ? { phone: s.phone } : {}),
      ...(s.email ? { email: s.email } : {}),
      ...(s.website ? { website: s.website } : {}),
    },
    ...(main ? { address: address(main) } : {}),
    openingHours: hoursOut(summaryHours(s)),
    byAppointment: s.byAppointment,
    languages: s.languages,
    assuredDate: s.assuredDate,
  };
}

export function serviceSummary(s: ServiceRecord, at: LocalClock): ServiceSummary {
  return { ...serviceFields(s), openNow: isOpenAt(summaryHours(s), at) };
}

export function serviceDetail(s: ServiceRecord, at: LocalClock): ServiceDetail {
  const o = s.organization;
  return {
    ...serviceFields(s),
    openNow: isOpenAt(allHours(s), at),
    longDescription: s.longDescription,
    locations: s.locations.map((l) => ({
      id: l.id,
      name: l.name,
      village: l.villageId,
      address: address(l),
      ...(l.description ? { description: l.description } : {}),
      ...(l.latitude !== null && l.longitude !== null ? { latitude: l.latitude, longitude: l.longitude } : {}),
      openingHours: hoursOut(l.hours),
      byAppointment: s.byAppointment,
    })),
    contacts: s.contacts.map((c) => ({
      name: c.name,
      ...(c.role ? { role: c.role } : {}),
      ...(c.phone ? { phone: c.phone } : {}),
      ...(c.email ? { email: c.email } : {}),
    })),
    organizationDetail: {
      id: o.id,
      name: o.name,
      kind: o.kind,
      description: o.description,
      contact: {
        ...(o.phone ? { phone: o.phone } : {}),
        ...(o.email ? { email: o.email } : {}),
        ...(o.website ? { website: o.website } : {}),
      },
    },
  };
}

/** Top-level categories in display order, each with its sub-categories. */
export function categoryTree(categories: readonly CategoryRecord[]): ServiceCategory[] {
  const node = (c: CategoryRecord, children: ServiceCategory[]): ServiceCategory => ({ id: c.id, name: c.name, description: c.description, children });
  return categories
    .filter((c) => !c.parentId)
    .map((top) => node(top, categories.filter((c) => c.parentId === top.id).map((c) => node(c, []))));
}

/** The services a resident can go to (the API and the widget show no others). */
export const activeServices = (model: SocialMapModel) => model.services.filter((s) => s.status === 'active');

/** The active services as the widget gets them (and as the API searches them), by name. */
export const mapServices = (model: SocialMapModel): SocialMapService[] =>
  activeServices(model).map((s) => ({ ...serviceFields(s), keywords: s.keywords }));

/** The whole map for the widget: no openNow (the document is cached), only active services. */
export function socialMapDocument(model: SocialMapModel): SocialMap {
  return {
    version: 1,
    updatedAt: model.updatedAt,
    timezone: model.network.timezone,
    categories: categoryTree(model.categories),
    villages: model.villages,
    synonyms: model.synonyms,
    services: mapServices(model),
  };
}
