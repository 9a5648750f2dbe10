/**
 * The search engine (common/search) as the sociale kaart uses it. A chunk of its own: the
 * first view (an empty query) lists every service and needs no search, so the engine is
 * fetched when the browser is idle after the first render (there before the connection
 * may drop, like the verwijskaart), or at once when someone types before that.
 */
import { indexServices, matchServices } from '../../common/search/services.ts';
import type { SearchIndex } from '../../common/search/index.ts';
import type { SocialMap, SocialMapService } from './types.ts';

/** The widget's index: the map's services with the network's synonyms. */
export const indexMap = (map: SocialMap): SearchIndex<SocialMapService> => indexServices(map.services, map.synonyms);

/** The services matching the query, best first; everything (by name) for an empty query. */
export const matching = (map: SocialMap, index: SearchIndex<SocialMapService>, q: string): SocialMapService[] =>
  matchServices(map.services, index, q);
