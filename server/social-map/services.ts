// What the service routes ask of the sociale kaart: a page of services, one service, the
// category tree. The route modules only parse the request and send these answers.
import type { components, operations } from '../../contract/types.ts';
import { localClock } from '../../common/opening-hours.ts';
import { ProblemError } from '../http/problem.ts';
import type { SocialMapModel } from './repository.ts';
import { findServices } from './search.ts';
import { serviceDetail, serviceSummary } from './shapes.ts';

type ServiceQuery = NonNullable<operations['listServices']['parameters']['query']>;
type Schemas = components['schemas'];

/** `GET /v1/services`: the matching services, `limit` from `offset`, "open now" at `now`. */
export function servicePage(model: SocialMapModel, { limit = 100, offset = 0, ...filter }: ServiceQuery, now: Date): Schemas['ServicePage'] {
  const at = localClock(now, model.network.timezone);
  const all = findServices(model, filter, at);
  const items = all.slice(offset, offset + limit).map((s) => serviceSummary(s, at));
  return { items, total: all.length, offset, limit, ...(offset + items.length < all.length ? { next: offset + items.length } : {}) };
}

/** `GET /v1/services/{id}`; not found when unknown or not offered now (the list does not show it either). */
export function serviceById(model: SocialMapModel, id: string, now: Date): Schemas['ServiceDetail'] {
  const service = model.services.find((s) => s.id === id);
  if (!service) throw new ProblemError('not-found', `Er is geen dienst met id ${id}.`);
  if (service.status !== 'active') throw new ProblemError('not-found', `De dienst ${id} wordt nu niet aangeboden.`);
  return serviceDetail(service, localClock(now, model.network.timezone));
}
