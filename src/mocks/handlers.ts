/**
 * MSW handlers for the happy path of the contract. Tests add error and empty cases with
 * `worker.use(...)`. Paths match any origin, so an `api` attribute works too.
 */
import { http, HttpResponse, type JsonBodyType } from 'msw';
import type { components, paths } from '../../contract/types.ts';
import { addDays, dayKey, todayKey } from '../core/dates.ts';
import { makeOccurrences, network, organizations } from './fixtures.ts';
import { isOpenAt } from '../social-map/opening-hours.ts';
import { socialMap } from './social-map-fixtures.ts';
import { volunteering } from './volunteer-mock.ts';
import { rideHandlers } from './ride-mock.ts';
import { summaryOf } from './volunteer-fixtures.ts';

type Schemas = components['schemas'];

type Json<P extends keyof paths> = paths[P]['get'] extends {
  responses: { 200: { content: { 'application/json': infer R } } };
}
  ? R
  : never;

/** `*` + a contract path, e.g. `*\/v1/activities`. */
const any = <P extends keyof paths>(path: P) => `*${path}` as const;

const ids = (params: URLSearchParams, name: string) =>
  params.get(name)?.split(',').filter(Boolean) ?? [];

/** A strong ETag of a JSON body (FNV-1a), so an unchanged map answers 304. */
function etagOf(body: unknown): string {
  const text = JSON.stringify(body);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `"${(h >>> 0).toString(16)}"`;
}

/** 304 when the client already holds this version, else the JSON with its ETag. */
function conditionalJson<T extends JsonBodyType>(request: Request, body: T, headers: Record<string, string> = {}) {
  const etag = etagOf(body);
  const sent = request.headers.get('if-none-match');
  if (sent && sent.split(',').some((t) => t.trim() === etag || t.trim() === '*')) {
    return new HttpResponse(null, { status: 304, headers: { etag, ...headers } });
  }
  return HttpResponse.json(body, { headers: { etag, ...headers } });
}

export const handlers = [
  http.get(any('/v1/network'), () => HttpResponse.json<Json<'/v1/network'>>(network)),

  http.get(any('/v1/organizations'), () =>
    HttpResponse.json<Json<'/v1/organizations'>>({
      items: organizations,
      total: organizations.length,
      offset: 0,
      limit: 100,
    }),
  ),

  http.get(any('/v1/activities'), ({ request }) => {
    const params = new URL(request.url).searchParams;
    const from = params.get('from') ?? todayKey();
    const to = params.get('to') ?? addDays(from, 30);
    const category = ids(params, 'category');
    const organization = ids(params, 'organization');
    const audience = ids(params, 'audience');
    const village = params.get('village');
    const q = params.get('q')?.toLowerCase();
    const limit = Number(params.get('limit') ?? 500);
    const matching = makeOccurrences().filter((o) => {
      const day = dayKey(o.start);
      return (
        day >= from &&
        day <= to &&
        (!category.length || o.categories.some((c) => category.includes(c.id))) &&
        (!organization.length || organization.includes(o.organizer.id)) &&
        (!audience.length || o.audiences.some((a) => a.id === 'iedereen' || audience.includes(a.id))) &&
        (!village || o.place.village === village) &&
        (!q ||
          [o.title, o.summary, o.place.name, o.organizer.name].some((s) => s.toLowerCase().includes(q)))
      );
    });
    return HttpResponse.json<Json<'/v1/activities'>>({
      items: matching.slice(0, limit),
      total: matching.length,
      offset: 0,
      limit,
      from,
      to,
    });
  }),

  http.get('*/v1/occurrences/:occurrenceId.ics', ({ params }) =>
    new HttpResponse(
      `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Buurtkit//demo//NL\r\nBEGIN:VEVENT\r\nUID:${String(params.occurrenceId)}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`,
      { headers: { 'content-type': 'text/calendar; charset=utf-8' } },
    ),
  ),

  http.get(any('/v1/social-map'), ({ request }) =>
    conditionalJson<Json<'/v1/social-map'>>(request, socialMap, { 'cache-control': 'no-cache' }),
  ),

  http.get('*/v1/services/:id', ({ request, params }) => {
    const s = socialMap.services.find((x) => x.id === params.id);
    if (!s) {
      return HttpResponse.json(
        { type: 'https://buurtkit.example/problems/not-found', title: 'Deze dienst bestaat niet (meer).', status: 404 },
        { status: 404, headers: { 'content-type': 'application/problem+json' } },
      );
    }
    const { keywords: _keywords, ...fields } = s;
    const main = s.address
      ? [{ id: `${s.id}-locatie`, name: s.organization.name, village: s.villages[0]!, address: s.address, openingHours: s.openingHours, byAppointment: s.byAppointment }]
      : [];
    return conditionalJson<Json<'/v1/services/{id}'>>(request, {
      ...fields,
      openNow: isOpenAt(s.openingHours, new Date()),
      longDescription: s.description,
      locations: main,
      contacts: [],
      organizationDetail: { ...s.organization, description: s.organization.name },
    });
  }),

  http.get(any('/v1/volunteer-opportunities'), ({ request }) => {
    const params = new URL(request.url).searchParams;
    const organization = params.get('organization');
    const kind = params.get('kind');
    const dayPart = params.get('dayPart') as 'morning' | 'afternoon' | 'evening' | null;
    const occurrence = params.get('occurrence');
    const limit = Number(params.get('limit') ?? 100);
    const matching = volunteering
      .opportunities()
      .filter(
        (o) =>
          (!organization || o.organizer.id === organization) &&
          (!kind || o.kind.id === kind) &&
          (!dayPart || o.dayParts.includes(dayPart)) &&
          (!occurrence || o.shifts.some((s) => s.occurrenceId === occurrence)),
      );
    return HttpResponse.json<Json<'/v1/volunteer-opportunities'>>({
      items: matching.slice(0, limit).map(summaryOf),
      total: matching.length,
      offset: 0,
      limit,
    });
  }),

  http.get('*/v1/volunteer-opportunities/:id', ({ params }) => {
    const o = volunteering.opportunities().find((x) => x.id === params.id);
    if (!o) {
      return HttpResponse.json(
        { type: 'urn:buurtkit:problem:not-found', title: 'Dit vrijwilligerswerk bestaat niet (meer).', status: 404 },
        { status: 404, headers: { 'content-type': 'application/problem+json' } },
      );
    }
    return HttpResponse.json<Json<'/v1/volunteer-opportunities/{id}'>>(o);
  }),

  // The contract's Idempotency-Key: the same key replays the first answer, no second sign-up.
  http.post(any('/v1/volunteer-signups'), async ({ request }) => {
    const key = request.headers.get('idempotency-key') ?? '';
    const body = (await request.json()) as Parameters<typeof volunteering.signUp>[0];
    return HttpResponse.json<Schemas['VolunteerSignupCreated']>(volunteering.signUp(body, key), { status: 201 });
  }),

  http.get('*/v1/volunteer-signups/:reference', ({ request, params }) => {
    const found = volunteering.find(String(params.reference), request.headers.get('authorization'));
    return found ? HttpResponse.json<Json<'/v1/volunteer-signups/{reference}'>>(found) : notFoundSignup();
  }),

  http.delete('*/v1/volunteer-signups/:reference', ({ request, params }) => {
    const found = volunteering.cancel(String(params.reference), request.headers.get('authorization'));
    return found ? HttpResponse.json<Schemas['VolunteerSignup']>(found) : notFoundSignup();
  }),

  ...rideHandlers,
];

function notFoundSignup() {
  return HttpResponse.json(
    { type: 'urn:buurtkit:problem:not-found', title: 'Deze aanmelding is niet gevonden.', status: 404 },
    { status: 404, headers: { 'content-type': 'application/problem+json' } },
  );
}
