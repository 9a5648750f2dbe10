/**
 * The volunteer's search and filter choices, kept in the host page's URL by
 * core/url-state.ts (`?buurt-kaart-zoek=…&buurt-kaart-onderwerp=…`), so a link to
 * "schuldhulp in Beesd" can be shared and the back button keeps it.
 */
import type { Selection } from './results.ts';
import type { KindFilter } from './types.ts';

/** The URL name of each field. */
export const URL_NAMES = { q: 'zoek', category: 'onderwerp', village: 'dorp', kind: 'soort', openNow: 'open' } as const;

export type FilterParams = Record<keyof typeof URL_NAMES, string>;

export const toParams = (s: Selection): FilterParams => ({
  q: s.q.trim(),
  category: s.category ?? '',
  village: s.village ?? '',
  kind: s.kind ?? '',
  openNow: s.openNow ? 'ja' : '',
});

const kindOf = (value: string | undefined): KindFilter | undefined =>
  value === 'informal' || value === 'professional' ? value : undefined;

/** The choices in the URL, over `start` (the element's attributes) where the URL has one. */
export function fromParams(p: FilterParams, start: Selection): Selection {
  return {
    q: p.q.slice(0, 100) || start.q,
    category: p.category || start.category,
    village: p.village || start.village,
    kind: kindOf(p.kind) ?? start.kind,
    openNow: p.openNow === 'ja' || start.openNow,
  };
}

export { kindOf };
