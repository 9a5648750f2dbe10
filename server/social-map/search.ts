// Search and filters of GET /v1/services. The question is answered by the widget's own
// engine and rules (common/search/services.ts), over the same documents the widget gets in
// /v1/social-map, with the same synonyms: the API ranks exactly as the widget does.
// The index is built once per data version (the model is one object per version).
import type { operations } from '../../contract/types.ts';
import { isOpenAt, type LocalClock } from '../../common/opening-hours.ts';
import type { SearchIndex } from '../../common/search/index.ts';
import { indexServices, inCategory, isKind, matchServices } from '../../common/search/services.ts';
import { ProblemError, type FieldError } from '../http/problem.ts';
import type { ServiceRecord, SocialMapModel } from './repository.ts';
import { mapServices, type SocialMapService } from './shapes.ts';

/** The filters of `GET /v1/services` (paging aside). */
export type ServiceFilter = Omit<NonNullable<operations['listServices']['parameters']['query']>, 'limit' | 'offset'>;

interface Searchable {
  /** The active services as the widget sees them, by name. */
  docs: SocialMapService[];
  index: SearchIndex<SocialMapService>;
  records: Map<string, ServiceRecord>;
}

const searchables = new WeakMap<SocialMapModel, Searchable>();

function searchable(model: SocialMapModel): Searchable {
  let s = searchables.get(model);
  if (!s) {
    const docs = mapServices(model);
    s = { docs, index: indexServices(docs, model.synonyms), records: new Map(model.services.map((r) => [r.id, r])) };
    searchables.set(model, s);
  }
  return s;
}

/** Unknown category or village ids are a bad request naming the parameter, not an empty page. */
function checkFilter(model: SocialMapModel, filter: ServiceFilter): void {
  const errors: FieldError[] = [];
  const categories = new Set(model.categories.map((c) => c.id));
  const unknownCategories = (filter.category ?? []).filter((id) => !categories.has(id));
  if (unknownCategories.length) {
    errors.push({ name: 'category', in: 'query', detail: `Onbekende categorie: ${unknownCategories.join(', ')}.` });
  }
  if (filter.village && !model.villages.some((v) => v.id === filter.village)) {
    errors.push({ name: 'village', in: 'query', detail: `Onbekend dorp: ${filter.village}.` });
  }
  if (errors.length) throw new ProblemError('invalid-parameters', errors.map((e) => e.detail).join(' '), errors);
}

/**
 * The active services matching every filter: by relevance when `q` is given, else by
 * name. Several categories are OR-ed; a top-level category includes its sub-categories.
 */
export function findServices(model: SocialMapModel, filter: ServiceFilter, at: LocalClock): ServiceRecord[] {
  checkFilter(model, filter);
  const { docs, index, records } = searchable(model);
  const { category, village, kind, open_now } = filter;
  return matchServices(docs, index, filter.q ?? '')
    .filter(
      (s) =>
        (!category || category.some((id) => inCategory(s, id))) &&
        (!village || s.villages.includes(village)) &&
        (!kind || isKind(s, kind)) &&
        (!open_now || isOpenAt(s.openingHours, at)),
    )
    .map((s) => records.get(s.id)!);
}
