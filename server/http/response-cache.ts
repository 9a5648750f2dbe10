// A small in-process cache of finished responses. The agenda changes a few times a day
// while every visitor of every village site asks for the same "next 30 days": expanding
// the recurring series once and serving the result to the rest keeps the API fast.
// Entries live `ttlMs` at most, so a change made by another server process (on a shared
// PostgreSQL) shows within that time; writes in this process call clear().
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export interface CachedResponse {
  /** The body as UTF-8 bytes, encoded once rather than on every request. */
  body: Uint8Array<ArrayBuffer>;
  /** The same, gzip-compressed once, for the clients that accept it (every browser). */
  gzipped: Uint8Array<ArrayBuffer>;
  contentType: string;
  etag: string;
}

export class ResponseCache {
  readonly #entries = new Map<string, { value: CachedResponse; expires: number }>();

  constructor(
    readonly ttlMs = 60_000,
    readonly maxEntries = 500,
  ) {}

  /** The cached response for key, or the one `make` produces (then cached). */
  async get(key: string, make: () => Promise<{ body: string; contentType: string }>): Promise<CachedResponse> {
    const now = Date.now();
    const hit = this.#entries.get(key);
    if (hit && hit.expires > now) return hit.value;
    const made = await make();
    const body = new TextEncoder().encode(made.body);
    const value = {
      body,
      gzipped: new Uint8Array(gzipSync(body)),
      contentType: made.contentType,
      etag: `W/"${createHash('sha1').update(body).digest('base64url')}"`,
    };
    if (this.#entries.size >= this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, { value, expires: now + this.ttlMs });
    return value;
  }

  clear(): void {
    this.#entries.clear();
  }
}
