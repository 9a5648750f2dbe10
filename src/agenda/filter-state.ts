/**
 * The resident's filter choices and how they are kept in the host page's URL
 * (`?buurt-categorie=…&buurt-organisatie=…&buurt-zoek=…`), so a link can be shared
 * and the back button keeps them.
 */
export interface FilterState {
  categories: string[];
  organizations: string[];
  q: string;
}

export const emptyFilters = (): FilterState => ({ categories: [], organizations: [], q: '' });

export const URL_PARAMS = {
  categories: 'buurt-categorie',
  organizations: 'buurt-organisatie',
  q: 'buurt-zoek',
} as const;

const list = (value: string | null | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Splits a comma-separated attribute into ids. */
export const parseIds = list;

export function hasFilters(state: FilterState): boolean {
  return state.categories.length > 0 || state.organizations.length > 0 || state.q !== '';
}

export function readFiltersFromUrl(href: string = location.href): FilterState {
  const params = new URL(href).searchParams;
  return {
    categories: list(params.get(URL_PARAMS.categories)),
    organizations: list(params.get(URL_PARAMS.organizations)),
    q: (params.get(URL_PARAMS.q) ?? '').trim().slice(0, 100),
  };
}

/**
 * Writes the state into the URL with `history.replaceState`. Some hosts forbid that
 * (sandboxed frames throw a SecurityError): then the state simply lives in the element.
 */
export function writeFiltersToUrl(state: FilterState): void {
  try {
    const url = new URL(location.href);
    const set = (name: string, value: string) =>
      value ? url.searchParams.set(name, value) : url.searchParams.delete(name);
    set(URL_PARAMS.categories, state.categories.join(','));
    set(URL_PARAMS.organizations, state.organizations.join(','));
    set(URL_PARAMS.q, state.q);
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  } catch {
    // SecurityError or similar: the host page does not let us touch its URL.
  }
}
