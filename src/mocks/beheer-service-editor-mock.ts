/**
 * The service editor in the coordinator's mocks: `GET /v1/beheer/service-options`,
 * `GET|PUT /v1/beheer/services/{id}` (with an ETag, 412 on a stale `If-Match`) and
 * `POST /v1/beheer/services`, in the contract's shapes, with its main rules: a contact
 * opens and saves only their own organisation's services (403), a name of only spaces, a
 * period that closes before it opens and a service nobody can reach are named in a 422;
 * a new id comes from the name. A save shows in the list (the network store's services).
 */
import { http, HttpResponse } from 'msw';
import type { components } from '../../contract/types.ts';
import { slugOf } from '../../common/slug.ts';
import { todayKey } from '../core/dates.ts';
import type { Tools } from './beheer-tools.ts';
import type { NetworkStore } from './beheer-network-mock.ts';
import { organizations } from './fixtures.ts';
import { serviceCategories, socialMapServices } from './social-map-fixtures.ts';

type S = components['schemas'];
type Detail = S['BeheerServiceDetail'];
type Input = S['BeheerServiceInput'];

export const serviceLocations: S['BeheerServiceOptions']['locations'] = [
  { id: 'dorpshuis-de-linde', name: 'Dorpshuis De Linde', address: { street: 'Lindeplein 1', postalCode: '4151 AB', locality: 'Linde' }, village: 'linde' },
  { id: 'bibliotheek-linde', name: 'Bibliotheek Linde', address: { street: 'Kerkstraat 12', postalCode: '4151 AC', locality: 'Linde' }, village: 'linde' },
  { id: 'buurtkamer-rietakker', name: 'Buurtkamer Rietakker', address: { street: 'Rietakkerweg 3', postalCode: '4152 BA', locality: 'Rietakker' }, village: 'rietakker' },
];

const villages: S['Village'][] = [
  { id: 'linde', name: 'Linde', kind: 'kern' },
  { id: 'hoogwaard', name: 'Hoogwaard', kind: 'buurtschap' },
  { id: 'rietakker', name: 'Rietakker', kind: 'buurtschap' },
  { id: 'kersenhoek', name: 'Kersenhoek', kind: 'buurtschap' },
];

const orgRef = (id: string): S['OrganizerRef'] => {
  const o = organizations.find((x) => x.id === id) ?? socialMapServices.find((s) => s.organization.id === id)?.organization;
  return o ? { id: o.id, name: o.name, kind: o.kind } : { id, name: id, kind: 'volunteer' };
};

const locationOf = (street: string | undefined) => serviceLocations.find((l) => l.address.street === street)?.id;

function detailOf(s: (typeof socialMapServices)[number]): Detail {
  const location = locationOf(s.address?.street);
  return {
    id: s.id,
    name: s.name,
    description: s.description,
    longDescription: `${s.description} Meer informatie krijgt u bij ${s.organization.name}.`,
    kind: s.kind,
    organizationId: s.organization.id,
    organization: { id: s.organization.id, name: s.organization.name, kind: s.organization.kind },
    categories: s.categories.filter((c, i) => i === 0 || c.parent === undefined || !s.categories.some((x) => x.id === c.parent)).map((c) => c.id).slice(0, 3),
    referralRequired: s.referralRequired,
    byAppointment: s.byAppointment,
    eligibility: s.eligibility,
    fees: s.fees,
    free: s.free,
    applicationProcess: s.applicationProcess,
    ...(s.contact.phone ? { phone: s.contact.phone } : {}),
    ...(s.contact.email ? { email: s.contact.email } : {}),
    ...(s.contact.website ? { website: s.contact.website } : {}),
    ...(!s.contact.phone && !s.contact.email && !s.contact.website ? { phone: '0345 000 099' } : {}),
    languages: s.languages,
    keywords: s.keywords ?? [],
    status: 'active',
    villages: s.villages,
    locations: location ? [location] : [],
    openingHours: s.openingHours.map((h) => ({ ...h, ...(location ? { locationId: location } : {}) })),
    contacts: [],
    assuredDate: s.assuredDate,
    updatedAt: new Date(Date.now() - 86_400_000).toISOString(),
  };
}

export function createServiceEditorStore() {
  let details = new Map<string, Detail>();
  let versions = new Map<string, number>();
  const load = (id: string) => {
    if (!details.has(id)) {
      const s = socialMapServices.find((x) => x.id === id);
      if (s) details.set(id, detailOf(s));
    }
    return details.get(id);
  };
  return {
    get: load,
    etag: (id: string) => `"s${versions.get(id) ?? 1}"`,
    put(detail: Detail) {
      details.set(detail.id, detail);
      versions.set(detail.id, (versions.get(detail.id) ?? 1) + 1);
    },
    has: (id: string) => details.has(id) || socialMapServices.some((s) => s.id === id),
    reset() {
      details = new Map();
      versions = new Map();
    },
  };
}

export type ServiceEditorStore = ReturnType<typeof createServiceEditorStore>;

const slug = (name: string) => slugOf(name, 'dienst');

/** The main rules the server checks, named by field as the server names them. */
function faults(input: Input): S['Problem']['errors'] {
  const list: NonNullable<S['Problem']['errors']> = [];
  const add = (name: string, detail: string) => list.push({ name, in: 'body', detail });
  for (const key of ['name', 'description', 'longDescription', 'eligibility', 'fees', 'applicationProcess'] as const) {
    if (!String(input[key] ?? '').trim()) add(key, 'Vul dit in (alleen spaties is niet genoeg).');
  }
  if (!input.phone && !input.email && !input.website) add('phone', 'Geef een telefoonnummer, een e-mailadres of een website, zodat inwoners de dienst kunnen bereiken.');
  if (input.email !== undefined && !/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/.test(input.email)) add('email', 'Geef een e-mailadres zoals naam@voorbeeld.nl.');
  (input.openingHours ?? []).forEach((h, i) => {
    if (h.closes <= h.opens) add(`openingHours[${i}].closes`, 'De sluitingstijd ligt na de openingstijd.');
  });
  (input.contacts ?? []).forEach((c, i) => {
    if (!c.name.trim()) add(`contacts[${i}].name`, 'Vul dit in (alleen spaties is niet genoeg).');
  });
  return list;
}

export function serviceEditorHandlers(network: NetworkStore, editor: ServiceEditorStore, { problem, csrfRefused, any, account }: Tools) {
  const notStaff = () => (account().role === 'driver' ? problem(403, 'forbidden', 'Dit mag u niet doen', 'Met uw account kunt u dit niet zien of doen.') : undefined);
  const mine = (organizationId: string) => account().role === 'coordinator' || organizationId === account().organizationId;
  const notYours = () => problem(403, 'forbidden', 'Dit mag u niet doen', 'U kunt alleen de diensten van uw eigen organisatie aanpassen.');
  const invalid = (errors: NonNullable<S['Problem']['errors']>) =>
    problem(422, 'invalid-body', 'De meegestuurde gegevens kloppen niet', errors.map((e) => `${e.name}: ${e.detail}`).join(' '), errors);

  /** Stores a saved service and shows it in the list as the server's list would. */
  const store = (id: string, input: Input): Detail => {
    const detail: Detail = { ...input, id, organization: orgRef(input.organizationId), assuredDate: todayKey(), updatedAt: new Date().toISOString() };
    editor.put(detail);
    network.upsert({ id, name: detail.name, organization: detail.organization, kind: detail.kind, status: detail.status, assuredDate: detail.assuredDate, stale: false });
    return detail;
  };

  return [
    http.get(any('/v1/beheer/service-options'), () => {
      const refused = notStaff();
      if (refused) return refused;
      const orgs = [...new Map(socialMapServices.map((s) => [s.organization.id, orgRef(s.organization.id)])).values()];
      return HttpResponse.json<S['BeheerServiceOptions']>({
        organizations: orgs.filter((o) => mine(o.id)).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
        categories: serviceCategories.flatMap((t) => [{ id: t.id, name: t.name }, ...t.children.map((c) => ({ id: c.id, name: c.name, parent: t.id }))]),
        villages,
        locations: serviceLocations,
      });
    }),

    http.get(any('/v1/beheer/services/{id}'), ({ params }) => {
      const refused = notStaff();
      if (refused) return refused;
      const detail = editor.get(String(params['id']));
      if (!detail) return problem(404, 'not-found', 'Niet gevonden', 'Deze dienst is er niet (meer).');
      if (!mine(detail.organizationId)) return notYours();
      return HttpResponse.json(detail, { headers: { etag: editor.etag(detail.id) } });
    }),

    http.put(any('/v1/beheer/services/{id}'), async ({ request, params }) => {
      const refused = csrfRefused(request) ?? notStaff();
      if (refused) return refused;
      const id = String(params['id']);
      const detail = editor.get(id);
      if (!detail) return problem(404, 'not-found', 'Niet gevonden', 'Deze dienst is er niet (meer).');
      if (!mine(detail.organizationId)) return notYours();
      const ifMatch = request.headers.get('if-match');
      if (ifMatch && ifMatch !== editor.etag(id)) {
        return problem(412, 'edit-conflict', 'Iemand anders heeft dit intussen gewijzigd', 'Iemand anders heeft deze dienst intussen gewijzigd.');
      }
      const input = (await request.json()) as Input;
      if (!mine(input.organizationId)) return notYours();
      const errors = faults(input) ?? [];
      if (errors.length) return invalid(errors);
      const saved = store(id, input);
      return HttpResponse.json(saved, { headers: { etag: editor.etag(id) } });
    }),

    http.post(any('/v1/beheer/services'), async ({ request }) => {
      const refused = csrfRefused(request) ?? notStaff();
      if (refused) return refused;
      const input = (await request.json()) as Input;
      if (!mine(input.organizationId)) return notYours();
      const errors = faults(input) ?? [];
      if (errors.length) return invalid(errors);
      const base = slug(input.name);
      let id = base;
      for (let n = 2; editor.has(id); n++) id = `${base}-${n}`;
      const saved = store(id, input);
      return HttpResponse.json(saved, { status: 201, headers: { etag: editor.etag(id), location: `/v1/beheer/services/${id}` } });
    }),
  ];
}
