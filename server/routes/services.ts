// The sociale kaart: search, one service, the category tree, the whole map for the
// widget, and the HSDS 3.0 export (docs/decisions/0005-sociale-kaart-hsds.md).
import { Hono, type Context } from 'hono';
import type { operations } from '../../contract/types.ts';
import { offsetMinutesAt } from '../../common/zoned-time.ts';
import type { Queryable } from '../db/database.ts';
import { parameterValidator } from '../http/validate.ts';
import { ResponseCache, type CachedResponse } from '../http/response-cache.ts';
import { cachedResponse as sendCached } from '../http/cached-response.ts';
import { SocialMapStore } from '../social-map/repository.ts';
import { serviceById, servicePage } from '../social-map/services.ts';
import { categoryTree, socialMapDocument } from '../social-map/shapes.ts';
import { hsdsExport } from '../social-map/hsds.ts';

type ServiceQuery = NonNullable<operations['listServices']['parameters']['query']>;
type ServiceParams = operations['getService']['parameters']['path'];

export interface ServiceRoutesOptions {
  /** The clock "open now" and the export's UTC offset are read from; injectable for tests. */
  now?: () => Date;
  /** Finished social-map and export documents, keyed by data version. */
  cache?: ResponseCache;
}

/** How long browsers and proxies may reuse the map and the export before revalidating. */
const CACHE_CONTROL = 'public, max-age=300';

/** The cached document, or 304 when the client has it already, with Cache-Control. */
const cachedResponse = (c: Context, cached: CachedResponse) => sendCached(c, cached, { 'cache-control': CACHE_CONTROL });

/** `db` must hold the sociale kaart tables (migration 002). */
export function serviceRoutes(db: Queryable, { now = () => new Date(), cache = new ResponseCache(5 * 60_000, 20) }: ServiceRoutesOptions = {}) {
  const store = new SocialMapStore(db);
  const readServiceQuery = parameterValidator<ServiceQuery>('listServices');
  const readServiceParams = parameterValidator<ServiceParams>('getService');

  return new Hono()
    .get('/services', async (c) => {
      const query = readServiceQuery(c);
      return c.json(servicePage(await store.current(), query, now()));
    })
    .get('/services/:id', async (c) => {
      const { id } = readServiceParams(c);
      return c.json(serviceById(await store.current(), id, now()));
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
