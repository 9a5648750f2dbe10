/**
 * The resident's filter choices, kept in the host page's URL by core/url-state.ts
 * (`?buurt-agenda-categorie=…&buurt-agenda-organisatie=…&buurt-agenda-zoek=…`).
 */
import { parseIds } from '../core/url-state.ts';

export { parseIds };

export interface FilterState {
  categories: string[];
  organizations: string[];
  q: string;
}

export const emptyFilters = (): FilterState => ({ categories: [], organizations: [], q: '' });

/** The URL name of each field. */
export const URL_NAMES = { categories: 'categorie', organizations: 'organisatie', q: 'zoek' } as const;

export type FilterParams = Record<keyof typeof URL_NAMES, string>;

export const toParams = (f: FilterState): FilterParams => ({
  categories: f.categories.join(','),
  organizations: f.organizations.join(','),
  q: f.q,
});

export const fromParams = (p: FilterParams): FilterState => ({
  categories: parseIds(p.categories),
  organizations: parseIds(p.organizations),
  q: p.q.slice(0, 100),
});

export function hasFilters(state: FilterState): boolean {
  return state.categories.length > 0 || state.organizations.length > 0 || state.q !== '';
}
