/**
 * From the map, the query and the chosen filters to the list shown and the counts on the
 * filter chips. Counts are facets: each group counts what the query and the *other* groups
 * leave, so a chip says how many results choosing it would give.
 */
import { createSearchIndex, tokenize, type SearchIndex } from '../../common/search/index.ts';
import { isOpenAt } from './opening-hours.ts';
import type { KindFilter, SocialMap, SocialMapService } from './types.ts';

export interface Selection {
  q: string;
  category?: string;
  village?: string;
  kind?: KindFilter;
  openNow: boolean;
}

export interface Results {
  items: SocialMapService[];
  categories: Map<string, number>;
  villages: Map<string, number>;
  kinds: Map<KindFilter, number>;
  openNow: number;
}

/** Name first, then what the coordinator adds as search words and the categories. */
export function indexMap(map: SocialMap): SearchIndex<SocialMapService> {
  return createSearchIndex(map.services, {
    id: (s) => s.id,
    synonyms: map.synonyms,
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

export const inCategory = (s: SocialMapService, id: string) =>
  s.categories.some((c) => c.id === id || c.parent === id);

export const isKind = (s: SocialMapService, kind: KindFilter) => s.kind === kind || s.kind === 'both';

function bump<K>(counts: Map<K, number>, key: K) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** The services matching the query, best first; everything (by name) for an empty query. */
export function matching(map: SocialMap, index: SearchIndex<SocialMapService>, q: string): SocialMapService[] {
  if (!q.trim()) return map.services;
  const hits = index.search(q, { limit: map.services.length });
  // Only function words so far ("ik kan"): show everything rather than nothing.
  if (!hits.length && tokenize(q).every((t) => t.stop)) return map.services;
  return hits.map((h) => h.doc);
}

export function computeResults(found: readonly SocialMapService[], sel: Selection, now: Date): Results {
  const r: Results = { items: [], categories: new Map(), villages: new Map(), kinds: new Map(), openNow: 0 };
  for (const s of found) {
    const cat = !sel.category || inCategory(s, sel.category);
    const vil = !sel.village || s.villages.includes(sel.village);
    const kind = !sel.kind || isKind(s, sel.kind);
    const open = isOpenAt(s.openingHours, now);
    const openOk = !sel.openNow || open;
    if (vil && kind && openOk) {
      for (const c of new Set(s.categories.flatMap((c) => (c.parent ? [c.id, c.parent] : [c.id])))) bump(r.categories, c);
    }
    if (cat && kind && openOk) for (const v of s.villages) bump(r.villages, v);
    if (cat && vil && openOk) {
      if (isKind(s, 'informal')) bump(r.kinds, 'informal');
      if (isKind(s, 'professional')) bump(r.kinds, 'professional');
    }
    if (cat && vil && kind && open) r.openNow++;
    if (cat && vil && kind && openOk) r.items.push(s);
  }
  return r;
}
