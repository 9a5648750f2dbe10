import { getJsonIfChanged } from '../api/client.ts';
import { readCachedMap, writeCachedMap, type CachedMap } from './map-cache.ts';

export interface LoadedMap extends CachedMap {
  /** `network`: fresh or confirmed unchanged (304); `cache`: the server could not be reached. */
  source: 'network' | 'cache';
}

/**
 * Loads the map: a conditional GET with the stored ETag; on 304 the stored copy is used,
 * on 200 the new one is stored. When the request fails and a copy exists, that copy is
 * returned (`source: 'cache'`); without one the error is thrown.
 */
export async function loadSocialMap(api: string, signal: AbortSignal, now = () => new Date()): Promise<LoadedMap> {
  const cached = readCachedMap(api);
  try {
    const answer = await getJsonIfChanged(api, '/v1/social-map', cached?.etag, signal);
    if (answer.notModified) {
      if (!cached) throw new Error('304'); // a 304 needs a stored copy: cannot happen unless storage was cleared
      const confirmed = { ...cached, fetchedAt: now().toISOString() };
      writeCachedMap(api, confirmed);
      return { ...confirmed, source: 'network' };
    }
    if (answer.body.version !== 1) throw new Error('version'); // a map format this widget does not know
    const fresh: CachedMap = { map: answer.body, etag: answer.etag, fetchedAt: now().toISOString() };
    writeCachedMap(api, fresh);
    return { ...fresh, source: 'network' };
  } catch (error) {
    if (signal.aborted || !cached) throw error;
    return { ...cached, source: 'cache' };
  }
}
