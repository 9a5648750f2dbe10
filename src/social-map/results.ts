/**
 * From the map, the query and the chosen filters to the list shown and the counts on the
 * filter chips. Counts are facets: each group counts what the query and the *other* groups
 * leave, so a chip says how many results choosing it would give.
 */
import { inCategory, isKind } from '../../common/search/facets.ts';
import { isOpenAt } from './opening-hours.ts';
import type { KindFilter, SocialMapService } from './types.ts';

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

export { inCategory, isKind };

function bump<K>(counts: Map<K, number>, key: K) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
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
