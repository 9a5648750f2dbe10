/**
 * The sociale kaart's filters on a service, apart from the search engine (services.ts), so
 * that the widget can filter before its search engine (a chunk of its own) has loaded.
 */
import type { components } from '../../contract/types.ts';

type Service = components['schemas']['SocialMapService'];

/** In this category, or in a sub-category of it. */
export const inCategory = (s: Service, id: string) => s.categories.some((c) => c.id === id || c.parent === id);

/** The kind a volunteer filters on; a `both` service counts for each. */
export const isKind = (s: Service, kind: Exclude<Service['kind'], 'both'>) => s.kind === kind || s.kind === 'both';
