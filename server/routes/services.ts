// The sociale kaart: search, one service, the category tree, the whole map for the
// widget, and the HSDS 3.0 export (docs/decisions/0005-sociale-kaart-hsds.md).
import { Hono, type Context } from 'hono';
import type { components, operations } from '../../contract/types.ts';
import type { Queryable } from '../db/database.ts';
import { ProblemError, type FieldError } from '../http/problem.ts';
import { parameterValidator } from '../http/validate.ts';
import { ResponseCache, type CachedResponse } from '../http/response-cache.ts';
import { offsetMinutesAt } from '../../common/zoned-time.ts';
import { SocialMapStore, type ServiceRecord, type SocialMapModel } from '../social-map/repository.ts';
import { activeServices, categoryTree, serviceDetail, serviceSummary, socialMapDocument, summaryHours } from '../social-map/shapes.ts';
import { isOpenAt, localClock } from '../../common/opening-hours.ts';
import { parseQuery, score } from '../social-map/search.ts';
import { hsdsExport } from '../social-map/hsds.ts';

type ServiceQuery = NonNullable<operations['listServices']['parameters']['query']>;
type ServiceParams = operations['getService']['parameters']['path'];
type ServicePage = components['schemas']['ServicePage'];

export interface ServiceRoutesOptions {
  /** The clock "open now" and the export's UTC offset are read from; injectable for tests. */
  now?: () => Date;
  /** Finished social-map and export documents, keyed by data version. */
  cache?: ResponseCache;
}

/** How long browsers and proxies may reuse the map and the export before revalidating. */
const CACHE_CONTROL = 'public, max-age=300';

/** The cached document, or 304 when the client has it already (keeping Cache-Control, which a bare 304 would lose). */
function cachedResponse(c: Context, cached: CachedResponse) {
  const headers = { etag: cached.etag, 'cache-control': CACHE_CONTROL, vary: 'Accept-Encoding' };
  const tags: string[] = c.req.header('if-none-match')?.match(/"[^"]*"/g) ?? [];
  if (tags.includes(cached.etag.replace(/^W\//, ''))) return c.body(null, 304, headers);
  const gzip = /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
  return c.body(gzip ? cached.gzipped : cached.body, 200, {
    ...headers,
    'content-type': cached.contentType,
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
}

/** Unknown category or village ids are a bad request naming the parameter, not an empty page. */
function checkFilter(model: SocialMapModel, query: ServiceQuery): void {
  const errors: FieldError[] = [];
  const categories = new Set(model.categories.map((c) => c.id));
  const unknownCategories = (query.category ?? []).filter((id) => !categories.has(id));
  if (unknownCategories.length) {
    errors.push({ name: 'category', in: 'query', detail: `Onbekende categorie: ${unknownCategories.join(', ')}.` });
  }
  if (query.village && !model.villages.some((v) => v.id === query.village)) {
    errors.push({ name: 'village', in: 'query', detail: `Onbekend dorp: ${query.village}.` });
  }
  if (errors.length) throw new ProblemError('invalid-parameters', errors.map((e) => e.detail).join(' '), errors);
}

/** The services matching every filter: by relevance when q is given, else by name. */
export function findServices(model: SocialMapModel, query: ServiceQuery, now: Date): ServiceRecord[] {
  const at = localClock(now, model.network.timezone);
  const wanted = query.category ? new Set(query.category) : undefined;
  let found = activeServices(model).filter(
    (s) =>
      (!wanted || s.categories.some((c) => wanted.has(c.id))) &&
      (!query.village || s.villages.includes(query.village)) &&
      (!query.kind || s.kind === query.kind || s.kind === 'both') &&
      (!query.open_now || isOpenAt(summaryHours(s), at)),
  );
  if (query.q) {
    const terms = parseQuery(query.q, model.synonyms);
    const cache = new WeakMap();
    // Sorting is stable: equal scores keep the name order.
    found = found
      .map((s) => ({ s, score: score(s, terms, cache) }))
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score)
      .map((r) => r.s);
  }
  return found;
}

/** `db` must hold the sociale kaart tables (migration 002). */
export function serviceRoutes(db: Queryable, { now = () => new Date(), cache = new ResponseCache(5 * 60_000, 20) }: ServiceRoutesOptions = {}) {
  const store = new SocialMapStore(db);
  const readServiceQuery = parameterValidator<ServiceQuery>('listServices');
  const readServiceParams = parameterValidator<ServiceParams>('getService');

  return new Hono()
    .get('/services', async (c) => {
      const query = readServiceQuery(c);
      const model = await store.current();
      checkFilter(model, query);
      const moment = now();
      const at = localClock(moment, model.network.timezone);
      const all = findServices(model, query, moment);
      const { limit = 100, offset = 0 } = query;
      const items = all.slice(offset, offset + limit).map((s) => serviceSummary(s, at));
      const page: ServicePage = { items, total: all.length, offset, limit, ...(offset + items.length < all.length ? { next: offset + items.length } : {}) };
      return c.json(page);
    })
    .get('/services/:id', async (c) => {
      const { id } = readServiceParams(c);
      const model = await store.current();
      const service = model.services.find((s) => s.id === id);
      if (!service) throw new ProblemError('not-found', `Er is geen dienst met id ${id}.`);
      // The API's shapes have no status: what the list does not show, this does not either.
      if (service.status !== 'active') throw new ProblemError('not-found', `De dienst ${id} wordt nu niet aangeboden.`);
      return c.json(serviceDetail(service, localClock(now(), model.network.timezone)));
    })
    .get('/categories', async (c) => {
      const model = await store.current();
      return c.json(categoryTree(model.categories));
    })
    .get('/social-map', async (c) => {
      const model = await store.current();
      const cached = await cache.get(`social-map ${model.version}`, async () => ({
        body: JSON.stringify(socialMapDocument(model)),
        contentType: 'application/json; charset=utf-8',
      }));
      return cachedResponse(c, cached);
    })
    .get('/export/hsds.json', async (c) => {
      const model = await store.current();
      const moment = now();
      // The numeric offset changes twice a year: it is part of the key, so the export is
      // made once per data version and season.
      const offset = offsetMinutesAt(moment.getTime(), model.network.timezone);
      const cached = await cache.get(`hsds ${model.version} ${offset}`, async () => ({
        body: JSON.stringify(hsdsExport(model, { now: moment })),
        contentType: 'application/json; charset=utf-8',
      }));
      return cachedResponse(c, cached);
    });
}
