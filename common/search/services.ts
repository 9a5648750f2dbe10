/**
 * How the sociale kaart searches its services: which fields count and how much, and what
 * an empty or function-words-only question shows. The widget (over the map document) and
 * the API (`GET /v1/services?q=`) both use this, so they rank alike.
 */
import type { components } from '../../contract/types.ts';
import { createSearchIndex, tokenize, type SearchIndex, type SynonymGroups } from './index.ts';

export type SearchableService = components['schemas']['SocialMapService'];

/** Name first, then what the coordinator adds as search words and the categories. */
export function indexServices<T extends SearchableService>(services: readonly T[], synonyms: SynonymGroups): SearchIndex<T> {
  return createSearchIndex(services, {
    id: (s) => s.id,
    synonyms,
    fields: [
      { name: 'name', weight: 3, get: (s) => s.name },
      { name: 'keywords', weight: 2, get: (s) => s.keywords },
      { name: 'categories', weight: 2, get: (s) => s.categories.map((c) => c.name) },
      { name: 'organization', weight: 1.5, get: (s) => s.organization.name },
      { name: 'description', weight: 1, get: (s) => s.description },
      { name: 'eligibility', weight: 0.5, get: (s) => s.eligibility },
    ],
  });
}

/** The services matching the question, best first; all of them (in their order) for an empty one. */
export function matchServices<T extends SearchableService>(services: T[], index: SearchIndex<T>, q: string): T[] {
  if (!q.trim()) return services;
  const hits = index.search(q, { limit: services.length });
  // Only function words so far ("ik kan"): show everything rather than nothing.
  if (!hits.length && tokenize(q).every((t) => t.stop)) return services;
  return hits.map((h) => h.doc);
}

export { inCategory, isKind } from './facets.ts';
