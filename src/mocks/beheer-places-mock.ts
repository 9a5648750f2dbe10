/**
 * The places of the coordinator's mocks (`/v1/beheer/places…`), in the contract's shapes,
 * with the contract's main rules: everyone but a driver reads them, only a coordinator adds
 * or changes one (403), a stale `If-Match` is 412, bad fields are 422 naming the field.
 */
import { http, HttpResponse } from 'msw';
import type { components } from '../../contract/types.ts';
import { slugOf } from '../../common/slug.ts';
import { normalPostcode, POSTCODE } from '../../common/postcode.ts';
import { network } from './fixtures.ts';
import type { Tools } from './beheer-tools.ts';

type S = components['schemas'];
type Place = S['BeheerPlace'];
type Input = S['BeheerPlaceInput'];

const seedPlaces = (): Place[] => [
  { id: 'dorpshuis-de-linde', name: 'Dorpshuis De Linde', address: { street: 'Lindeplein 1', postalCode: '4151 AB', locality: 'Linde' }, village: 'linde', activityCount: 4, fromFeed: false },
  { id: 'sporthal-linde', name: 'Sporthal De Linde', address: { street: 'Sportlaan 4', postalCode: '4151 CD', locality: 'Linde' }, village: 'linde', activityCount: 2, fromFeed: false },
  { id: 'moestuin-lindehoek', name: 'Moestuin Lindehoek', address: { street: 'Hoekweg 12', postalCode: '4153 EF', locality: 'Lindehoek' }, village: 'lindehoek', activityCount: 1, fromFeed: false },
  { id: 'moestuin-lindehoek-plek-de-kas', name: 'De Kas', address: { street: '', postalCode: '', locality: 'Lindehoek' }, village: 'lindehoek', activityCount: 1, fromFeed: true },
];


export function createPlaceStore() {
  let items = seedPlaces();
  let versions = new Map<string, number>();
  return {
    get places(): readonly Place[] {
      return items;
    },
    etag: (id: string) => `"p${id}-${versions.get(id) ?? 0}"`,
    /** Someone else saves this place meanwhile: the ETag the page holds is stale. */
    touch(id: string) {
      versions.set(id, (versions.get(id) ?? 0) + 1);
    },
    save(input: Input, id?: string): Place {
      const fields = {
        name: input.name.trim(),
        address: { street: input.street.trim(), postalCode: normalPostcode(input.postalCode), locality: input.locality.trim() },
        village: input.village,
        fromFeed: false,
      };
      let p = id ? items.find((x) => x.id === id) : undefined;
      if (p) Object.assign(p, fields);
      else {
        const base = slugOf(input.name, 'plek');
        let newId = base;
        for (let n = 2; items.some((x) => x.id === newId); n++) newId = `${base}-${n}`;
        p = { id: newId, ...fields, activityCount: 0 };
        items.push(p);
      }
      versions.set(p.id, (versions.get(p.id) ?? 0) + 1);
      return p;
    },
    reset() {
      items = seedPlaces();
      versions = new Map();
    },
  };
}

export type PlaceStore = ReturnType<typeof createPlaceStore>;

export function placeHandlers(store: PlaceStore, { problem, csrfRefused, any, account }: Tools) {
  const forbidden = (detail = 'Met uw account kunt u dit niet zien of doen.') => problem(403, 'forbidden', 'Dit mag u niet doen', detail);
  const coordinatorsOnly = (what: string) => (account().role === 'coordinator' ? undefined : forbidden(`Alleen een coördinator kan een plek ${what}.`));
  const json = (p: Place, status = 200) => HttpResponse.json(structuredClone(p), { status, headers: { ETag: store.etag(p.id) } });
  const notFound = (id: unknown) => problem(404, 'not-found', 'Niet gevonden', `Er is geen plek met id ${String(id)}.`);

  async function invalid(request: Request): Promise<Input | Response> {
    const body = (await request.json().catch(() => ({}))) as Partial<Input>;
    const errors: { name: string; in: 'body'; detail: string }[] = [];
    const bad = (name: string, detail: string) => errors.push({ name, in: 'body', detail });
    if (!body.name?.trim()) bad('name', 'Vul de naam in.');
    if (!body.street?.trim()) bad('street', 'Vul de straat en het huisnummer in.');
    if (body.postalCode !== undefined && !POSTCODE.test(body.postalCode)) bad('postalCode', 'Is geen geldige postcode (bijvoorbeeld 4151 AB).');
    if (!body.locality?.trim()) bad('locality', 'Vul de plaats in.');
    if (!network.villages.some((v) => v.id === body.village)) bad('village', `Er is geen dorp of buurtschap met id ${String(body.village)}.`);
    if (errors.length) return problem(422, 'invalid-body', 'De meegestuurde gegevens kloppen niet', errors.map((e) => `${e.name}: ${e.detail}`).join(' '), errors);
    return body as Input;
  }

  return [
    http.get(any('/v1/beheer/places'), ({ request }) => {
      if (account().role === 'driver') return forbidden();
      const q = new URL(request.url).searchParams;
      const limit = Number(q.get('limit') ?? 100);
      const offset = Number(q.get('offset') ?? 0);
      const all = [...store.places].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
      const page = all.slice(offset, offset + limit).map((p) => structuredClone(p));
      return HttpResponse.json<S['BeheerPlacePage']>({ items: page, total: all.length, offset, limit, ...(offset + page.length < all.length ? { next: offset + page.length } : {}) });
    }),

    http.post(any('/v1/beheer/places'), async ({ request }) => {
      const refused = csrfRefused(request) ?? coordinatorsOnly('toevoegen');
      if (refused) return refused;
      const input = await invalid(request);
      if (input instanceof Response) return input;
      return json(store.save(input), 201);
    }),

    http.get(any('/v1/beheer/places/{id}'), ({ params }) => {
      if (account().role === 'driver') return forbidden();
      const p = store.places.find((x) => x.id === params['id']);
      return p ? json(p) : notFound(params['id']);
    }),

    http.put(any('/v1/beheer/places/{id}'), async ({ request, params }) => {
      const refused = csrfRefused(request) ?? coordinatorsOnly('wijzigen');
      if (refused) return refused;
      const p = store.places.find((x) => x.id === params['id']);
      if (!p) return notFound(params['id']);
      const ifMatch = request.headers.get('if-match');
      if (ifMatch && ifMatch !== store.etag(p.id)) return problem(412, 'edit-conflict', 'Iemand anders heeft dit intussen gewijzigd', 'Iemand anders heeft deze plek intussen gewijzigd.');
      const input = await invalid(request);
      if (input instanceof Response) return input;
      return json(store.save(input, p.id));
    }),
  ];
}
