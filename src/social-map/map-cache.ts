/**
 * The last good copy of the map in `localStorage`, one per API base, so the inloop desk can
 * keep searching on a bad connection. Storage may be full, switched off or forbidden (a
 * SecurityError in some embeds): then the widget simply works without a copy.
 */
import { whenIdle } from '../core/lazy.ts';
import type { SocialMap } from './types.ts';

export interface CachedMap {
  map: SocialMap;
  etag?: string;
  /** When the server last confirmed this copy (ISO 8601). */
  fetchedAt: string;
}

export const cacheKey = (apiBase: string) => `buurtkit:social-map:${apiBase}`;

export function readCachedMap(apiBase: string): CachedMap | undefined {
  try {
    const raw = localStorage.getItem(cacheKey(apiBase));
    if (!raw) return undefined;
    const cached = JSON.parse(raw) as CachedMap;
    return cached?.map?.version === 1 && Array.isArray(cached.map.services) && cached.fetchedAt ? cached : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Stores the copy when the browser is idle: writing ~150 KB of JSON takes a phone tens of
 * milliseconds, which should not delay the first results. A page that is left or reloaded
 * before then writes it on the way out (pagehide), so the copy is never lost.
 */
export function writeCachedMap(apiBase: string, cached: CachedMap): void {
  let done = false;
  const write = () => {
    if (done) return;
    done = true;
    removeEventListener('pagehide', write);
    try {
      localStorage.setItem(cacheKey(apiBase), JSON.stringify(cached));
    } catch {
      // QuotaExceededError or SecurityError: no offline copy this time.
    }
  };
  addEventListener('pagehide', write);
  whenIdle(write);
}
