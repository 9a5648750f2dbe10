/**
 * The service editor's draft: what the form holds (texts as typed, lists as chosen), made
 * from a service and turned back into the contract's input, with the checks a person can be
 * told before sending. Field names are the server's (`openingHours[2].closes`), so an error
 * from a 422 lands at the same field as one found here.
 */
import type { components, paths } from '../../contract/types.ts';
import { call, creationKey } from './activities-api.ts';
import type { ServiceEditorMessages } from './service-editor-messages.ts';

type S = components['schemas'];
export type ServiceDetail = S['BeheerServiceDetail'];
export type ServiceInput = S['BeheerServiceInput'];
export type ServiceOptions = S['BeheerServiceOptions'];

export interface HoursRow {
  weekday: string;
  opens: string;
  closes: string;
  note: string;
  locationId: string;
}

export interface ContactRow {
  name: string;
  role: string;
  phone: string;
  email: string;
}

export interface ServiceDraft {
  name: string;
  description: string;
  longDescription: string;
  kind: ServiceInput['kind'] | '';
  organizationId: string;
  categories: string[];
  status: ServiceInput['status'];
  eligibility: string;
  applicationProcess: string;
  referralRequired: boolean;
  byAppointment: boolean;
  fees: string;
  free: boolean;
  phone: string;
  email: string;
  website: string;
  languages: string;
  keywords: string;
  villages: string[];
  locations: string[];
  openingHours: HoursRow[];
  contacts: ContactRow[];
}

/** The order of the fields on the page: the first one at fault gets the focus. */
export const FIELD_ORDER = [
  'name', 'description', 'longDescription', 'kind', 'organizationId', 'categories', 'status',
  'eligibility', 'applicationProcess', 'referralRequired', 'byAppointment', 'fees', 'free',
  'phone', 'email', 'website', 'languages', 'keywords', 'villages', 'locations',
] as const;

export type Errors = Record<string, string>;

/** The row fields of opening hours and contacts keep their index; any other path is its field. */
export function fieldOf(name: string): string {
  const row = /^(openingHours|contacts)\[(\d{1,3})\]\.(\w+)$/.exec(name);
  if (row) return name;
  return name.split(/[[.]/)[0]!;
}

/** Where a field's error is shown, in page order, for the summary and the focus. */
export function orderOf(name: string): number {
  const at = (FIELD_ORDER as readonly string[]).indexOf(name);
  if (at >= 0) return at * 1000;
  const row = /^(openingHours|contacts)\[(\d+)\]/.exec(name);
  if (row) return (row[1] === 'openingHours' ? 30_000 : 60_000) + Number(row[2]) * 10;
  return 90_000;
}

export const controlId = (name: string) => `f-svc-${name.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;

const list = (text: string) => text.split(',').map((w) => w.trim()).filter(Boolean);

export function emptyDraft(options: ServiceOptions): ServiceDraft {
  return {
    name: '',
    description: '',
    longDescription: '',
    kind: '',
    organizationId: options.organizations.length === 1 ? options.organizations[0]!.id : '',
    categories: [],
    status: 'active',
    eligibility: '',
    applicationProcess: '',
    referralRequired: false,
    byAppointment: false,
    fees: '',
    free: true,
    phone: '',
    email: '',
    website: '',
    languages: 'nl',
    keywords: '',
    villages: options.villages.map((v) => v.id),
    locations: [],
    openingHours: [],
    contacts: [],
  };
}

export function draftOf(s: ServiceDetail): ServiceDraft {
  return {
    name: s.name,
    description: s.description,
    longDescription: s.longDescription,
    kind: s.kind,
    organizationId: s.organizationId,
    categories: [...s.categories],
    status: s.status,
    eligibility: s.eligibility,
    applicationProcess: s.applicationProcess,
    referralRequired: s.referralRequired,
    byAppointment: s.byAppointment,
    fees: s.fees,
    free: s.free,
    phone: s.phone ?? '',
    email: s.email ?? '',
    website: s.website ?? '',
    languages: s.languages.join(', '),
    keywords: s.keywords.join(', '),
    villages: [...s.villages],
    locations: [...s.locations],
    openingHours: s.openingHours.map((h) => ({ weekday: String(h.weekday), opens: h.opens, closes: h.closes, note: h.note ?? '', locationId: h.locationId ?? '' })),
    contacts: s.contacts.map((c) => ({ name: c.name, role: c.role ?? '', phone: c.phone ?? '', email: c.email ?? '' })),
  };
}

const optional = <K extends string>(key: K, value: string) => (value.trim() ? ({ [key]: value.trim() } as Record<K, string>) : {});

export function inputOf(d: ServiceDraft): ServiceInput {
  return {
    name: d.name.trim(),
    description: d.description.trim(),
    longDescription: d.longDescription.trim(),
    kind: d.kind as ServiceInput['kind'],
    organizationId: d.organizationId,
    categories: d.categories,
    referralRequired: d.referralRequired,
    byAppointment: d.byAppointment,
    eligibility: d.eligibility.trim(),
    fees: d.fees.trim(),
    free: d.free,
    applicationProcess: d.applicationProcess.trim(),
    ...optional('phone', d.phone),
    ...optional('email', d.email),
    ...optional('website', d.website),
    languages: [...new Set(list(d.languages).map((l) => l.toLowerCase()))],
    keywords: [...new Set(list(d.keywords))],
    status: d.status,
    villages: d.villages,
    locations: d.locations,
    openingHours: d.openingHours.map((h) => ({
      weekday: Number(h.weekday),
      opens: h.opens,
      closes: h.closes,
      ...optional('note', h.note),
      ...(h.locationId && d.locations.includes(h.locationId) ? { locationId: h.locationId } : {}),
    })),
    contacts: d.contacts.map((c) => ({ name: c.name.trim(), ...optional('role', c.role), ...optional('phone', c.phone), ...optional('email', c.email) })),
  };
}

const PHONE = /^[0-9+][0-9 -]{5,19}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/;
const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** What can be told before sending; the server checks all of it again, and more. */
export function draftErrors(d: ServiceDraft, m: ServiceEditorMessages): Errors {
  const e: Errors = {};
  for (const key of ['name', 'description', 'longDescription', 'eligibility', 'applicationProcess', 'fees'] as const) {
    if (!d[key].trim()) e[key] = m.required;
  }
  if (/[\r\n]/.test(d.description)) e['description'] = m.oneLine;
  if (!d.kind) e['kind'] = m.chooseOne;
  if (!d.organizationId) e['organizationId'] = m.chooseOne;
  if (!d.phone.trim() && !d.email.trim() && !d.website.trim()) e['phone'] = m.reachable;
  if (d.phone.trim() && !PHONE.test(d.phone.trim())) e['phone'] = m.phoneInvalid;
  if (d.email.trim() && !EMAIL.test(d.email.trim())) e['email'] = m.emailInvalid;
  if (d.website.trim() && !/^https?:\/\/\S+$/.test(d.website.trim())) e['website'] = m.websiteInvalid;
  const languages = list(d.languages);
  if (!languages.length || languages.some((l) => !/^[a-z]{2,3}$/.test(l.toLowerCase()))) e['languages'] = m.languagesInvalid;
  d.openingHours.forEach((h, i) => {
    const at = `openingHours[${i}]`;
    if (!TIME.test(h.opens)) e[`${at}.opens`] = m.timeMissing;
    if (!TIME.test(h.closes)) e[`${at}.closes`] = m.timeMissing;
    else if (TIME.test(h.opens) && h.closes <= h.opens) e[`${at}.closes`] = m.closesBeforeOpens;
  });
  d.contacts.forEach((c, i) => {
    const at = `contacts[${i}]`;
    if (!c.name.trim()) e[`${at}.name`] = m.required;
    if (c.phone.trim() && !PHONE.test(c.phone.trim())) e[`${at}.phone`] = m.phoneInvalid;
    if (c.email.trim() && !EMAIL.test(c.email.trim())) e[`${at}.email`] = m.emailInvalid;
  });
  return e;
}

const servicePath = (id: string) => ('/v1/beheer/services/{id}' satisfies keyof paths).replace('{id}', encodeURIComponent(id));

/** One service and the ETag to send back when saving it. */
export async function loadService(base: string, id: string, signal?: AbortSignal): Promise<{ service: ServiceDetail; etag?: string }> {
  const response = await call(base, 'GET', servicePath(id), { signal });
  return { service: (await response.json()) as ServiceDetail, etag: response.headers.get('etag') ?? undefined };
}

/** Adds (no id) or saves (with the ETag it was opened with) a service. */
export async function saveService(base: string, csrf: string, input: ServiceInput, id?: string, etag?: string): Promise<{ service: ServiceDetail; etag?: string }> {
  const response = id
    ? await call(base, 'PUT', servicePath(id), { csrf, body: input, ifMatch: etag })
    : await call(base, 'POST', '/v1/beheer/services' satisfies keyof paths, { csrf, body: input, idempotencyKey: creationKey(input) });
  return { service: (await response.json()) as ServiceDetail, etag: response.headers.get('etag') ?? undefined };
}
