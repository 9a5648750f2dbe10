/**
 * The organisations and the audit log in the coordinator's mocks
 * (`/v1/beheer/organizations…`, `/v1/beheer/audit-log`), in the contract's shapes, with the
 * contract's main rules: a coordinator adds and edits every organisation, a contact only
 * their own and never its name or kind (403), a stale `If-Match` is 412, bad formats are 422
 * naming the field; the log is for coordinators only, newest first, paged with `before`.
 */
import { http, HttpResponse } from 'msw';
import type { components } from '../../contract/types.ts';
import { slugOf } from '../../common/slug.ts';
import { organizations } from './fixtures.ts';
import { socialMapServices } from './social-map-fixtures.ts';
import type { Tools } from './beheer-tools.ts';

type S = components['schemas'];
type Organization = S['BeheerOrganization'];
type Entry = S['BeheerAuditEntry'];
type Input = S['BeheerOrganizationInput'];

/** The accounts the mock's log names (the coordinator is the mock's own session). */
export const LOG_ACCOUNTS = [
  { id: '6f1c1a52-3b1e-4c55-9a43-2d3c5b0e9a01', name: 'Marieke Coördinator' },
  { id: '2b8e5d1c-7a4f-4c3e-9b2d-1e0f9a8b7c65', name: 'Piet Dorpshuis' },
];

const ACTIVITY_COUNTS: Record<string, number> = { 'dorpshuis-de-linde': 4, 'sociaal-wijkteam': 1, 'gymvereniging-vlug-en-lenig': 2, 'moestuin-lindehoek': 1 };

function makeOrganizations(): Organization[] {
  return organizations.map((o) => ({
    id: o.id,
    name: o.name,
    kind: o.kind,
    description: o.description,
    ...(o.village ? { village: o.village } : {}),
    contact: { ...o.contact },
    activityCount: ACTIVITY_COUNTS[o.id] ?? 0,
    serviceCount: socialMapServices.filter((s) => s.organization.id === o.id).length,
    nameAndKindEditable: true,
  }));
}

/** 60 rows over the past days: more than one page. Only ids, as on the server. */
function makeLog(): Entry[] {
  const pattern: [number, string, string, string, string?][] = [
    [0, 'login', 'account', LOG_ACCOUNTS[0]!.id],
    [0, 'update', 'activity', 'koffieochtend'],
    [1, 'view', 'volunteer-signup', 'VW-7K3M-Q9PD', 'koffie-schenken-koffieochtend'],
    [0, 'assure', 'service', 'inloop-dorpshuis'],
    [1, 'update', 'organization', 'dorpshuis-de-linde'],
    [0, 'confirm', 'ride-request', 'RT-4H2K-8MNP'],
  ];
  const now = Date.now();
  const rows: Entry[] = [];
  for (let i = 0; i < 60; i++) {
    const [who, action, recordType, recordId, opportunity] = pattern[i % pattern.length]!;
    rows.push({
      id: i + 1,
      at: new Date(now - (60 - i) * 47 * 60_000).toISOString(),
      account: LOG_ACCOUNTS[who]!,
      action,
      recordType,
      recordId,
      ...(opportunity ? { opportunity } : {}),
    });
  }
  return rows;
}

const slug = (name: string) => slugOf(name, 'organisatie');


export function createOrganisationStore() {
  let items = makeOrganizations();
  let log = makeLog();
  let versions = new Map<string, number>();
  return {
    get organizations(): readonly Organization[] {
      return items;
    },
    get log(): readonly Entry[] {
      return log;
    },
    etag: (id: string) => `"o${id}-${versions.get(id) ?? 0}"`,
    /** Someone else saves this organisation meanwhile: the ETag the page holds is stale. */
    touch(id: string) {
      versions.set(id, (versions.get(id) ?? 0) + 1);
    },
    save(input: Input, accountId: string, id?: string): Organization {
      let o = id ? items.find((x) => x.id === id) : undefined;
      const fields = {
        name: input.name.trim(),
        kind: input.kind,
        description: input.description.trim(),
        contact: { ...(input.phone ? { phone: input.phone } : {}), ...(input.email ? { email: input.email } : {}), ...(input.website ? { website: input.website } : {}) },
      };
      if (o) {
        delete o.village;
        Object.assign(o, fields, input.village ? { village: input.village } : {});
      } else {
        let newId = slug(input.name);
        for (let n = 2; items.some((x) => x.id === newId); n++) newId = `${slug(input.name)}-${n}`;
        o = { id: newId, ...fields, ...(input.village ? { village: input.village } : {}), activityCount: 0, serviceCount: 0, nameAndKindEditable: true };
        items.push(o);
      }
      versions.set(o.id, (versions.get(o.id) ?? 0) + 1);
      const account = LOG_ACCOUNTS.find((a) => a.id === accountId) ?? LOG_ACCOUNTS[0]!;
      log.push({ id: log.length + 1, at: new Date().toISOString(), account, action: id ? 'update' : 'create', recordType: 'organization', recordId: o.id });
      return o;
    },
    reset() {
      items = makeOrganizations();
      log = makeLog();
      versions = new Map();
    },
  };
}

export type OrganisationStore = ReturnType<typeof createOrganisationStore>;

const PHONE = /^\+?[0-9][0-9 ()-]{7,18}[0-9]$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WEBSITE = /^https?:\/\/[^\s]+$/;
const KINDS = ['professional', 'volunteer', 'resident-initiative'];

export function organisationHandlers(store: OrganisationStore, { problem, csrfRefused, any, account }: Tools) {
  const coordinator = () => account().role === 'coordinator';
  const forbidden = (detail = 'Met uw account kunt u dit niet zien of doen.') => problem(403, 'forbidden', 'Dit mag u niet doen', detail);
  const mine = (id: string) => coordinator() || account().organizationId === id;
  const shaped = (o: Organization): Organization => ({ ...structuredClone(o), nameAndKindEditable: coordinator() });
  const json = (o: Organization, status = 200) => HttpResponse.json(shaped(o), { status, headers: { ETag: store.etag(o.id) } });

  async function invalid(request: Request): Promise<Input | Response> {
    const body = (await request.json().catch(() => ({}))) as Partial<Input>;
    const errors: { name: string; in: 'body'; detail: string }[] = [];
    const bad = (name: string, detail: string) => errors.push({ name, in: 'body', detail });
    if (!body.name?.trim()) bad('name', 'Vul de naam in.');
    if (!KINDS.includes(String(body.kind))) bad('kind', 'Moet een van deze zijn: professional, volunteer, resident-initiative.');
    if (body.phone !== undefined && !PHONE.test(body.phone)) bad('phone', 'Is geen geldig telefoonnummer (bijvoorbeeld 0345 123456 of 06 12345678).');
    if (body.email !== undefined && !EMAIL.test(body.email)) bad('email', 'Is geen geldig e-mailadres.');
    if (body.website !== undefined && !WEBSITE.test(body.website)) bad('website', 'Geef een webadres dat begint met https:// of http://.');
    if (errors.length) return problem(422, 'invalid-body', 'De meegestuurde gegevens kloppen niet', errors.map((e) => `${e.name}: ${e.detail}`).join(' '), errors);
    return { description: '', ...body } as Input;
  }

  return [
    http.get(any('/v1/beheer/organizations'), ({ request }) => {
      if (account().role === 'driver') return forbidden();
      const q = new URL(request.url).searchParams;
      const kind = q.get('kind');
      const limit = Number(q.get('limit') ?? 100);
      const offset = Number(q.get('offset') ?? 0);
      const all = store.organizations.filter((o) => mine(o.id) && (!kind || o.kind === kind)).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
      const page = all.slice(offset, offset + limit).map(shaped);
      return HttpResponse.json<S['BeheerOrganizationPage']>({ items: page, total: all.length, offset, limit, ...(offset + page.length < all.length ? { next: offset + page.length } : {}) });
    }),

    http.post(any('/v1/beheer/organizations'), async ({ request }) => {
      const refused = csrfRefused(request) ?? (coordinator() ? undefined : forbidden('Alleen een coördinator kan een organisatie toevoegen.'));
      if (refused) return refused;
      const input = await invalid(request);
      if (input instanceof Response) return input;
      return json(store.save(input, account().id), 201);
    }),

    http.get(any('/v1/beheer/organizations/{id}'), ({ params }) => {
      const o = store.organizations.find((x) => x.id === params['id']);
      if (!o) return problem(404, 'not-found', 'Niet gevonden', `Er is geen organisatie met id ${String(params['id'])}.`);
      if (!mine(o.id)) return forbidden('U kunt alleen uw eigen organisatie openen.');
      return json(o);
    }),

    http.put(any('/v1/beheer/organizations/{id}'), async ({ request, params }) => {
      const refused = csrfRefused(request);
      if (refused) return refused;
      const o = store.organizations.find((x) => x.id === params['id']);
      if (!o) return problem(404, 'not-found', 'Niet gevonden', `Er is geen organisatie met id ${String(params['id'])}.`);
      if (!mine(o.id)) return forbidden('U kunt alleen de gegevens van uw eigen organisatie aanpassen.');
      const ifMatch = request.headers.get('if-match');
      if (ifMatch && ifMatch !== store.etag(o.id)) {
        return problem(412, 'edit-conflict', 'Iemand anders heeft dit intussen gewijzigd', 'Iemand anders heeft deze organisatie intussen gewijzigd.');
      }
      const input = await invalid(request);
      if (input instanceof Response) return input;
      if (!coordinator() && (input.name.trim() !== o.name || input.kind !== o.kind)) {
        return forbidden('De naam en de soort organisatie kan alleen de coördinator wijzigen. Vraag het de coördinator van het netwerk.');
      }
      return json(store.save(input, account().id, o.id));
    }),

    http.get(any('/v1/beheer/audit-log'), ({ request }) => {
      if (!coordinator()) return forbidden();
      const q = new URL(request.url).searchParams;
      const limit = Number(q.get('limit') ?? 50);
      const before = q.get('before') ? Number(q.get('before')) : Infinity;
      const day = (e: Entry) => e.at.slice(0, 10);
      const rows = [...store.log]
        .reverse()
        .filter(
          (e) =>
            e.id < before &&
            (!q.get('account') || e.account.id === q.get('account')) &&
            (!q.get('recordType') || e.recordType === q.get('recordType')) &&
            (!q.get('recordId') || e.recordId === q.get('recordId')) &&
            (!q.get('from') || day(e) >= q.get('from')!) &&
            (!q.get('to') || day(e) <= q.get('to')!),
        );
      const page = rows.slice(0, limit);
      return HttpResponse.json<S['BeheerAuditPage']>({
        items: structuredClone(page),
        ...(rows.length > limit ? { next: page.at(-1)!.id } : {}),
        accounts: LOG_ACCOUNTS,
      });
    }),
  ];
}
