// A small in-process cache of finished responses. The agenda changes a few times a day
// while every visitor of every village site asks for the same "next 30 days": making the
// response once and serving it to the rest keeps the API fast.
// Callers put the data version in the key (see server/agenda/store.ts), so a change made
// by any server process is seen on the next request; entries of old versions simply age
// out. `ttlMs` only bounds how long an entry is kept at all.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

export interface CachedResponse {
  /** The body as UTF-8 bytes, encoded once rather than on every request. */
  body: Uint8Array<ArrayBuffer>;
  /** The same, gzip-compressed once, on first demand (off the event loop), for the clients that accept it. */
  gzipped(): Promise<Uint8Array<ArrayBuffer>>;
  contentType: string;
  etag: string;
}

export class ResponseCache {
  readonly #entries = new Map<string, { value: Promise<CachedResponse>; expires: number }>();

  /**
   * `gzipLevel`: zlib's 1 (fastest) to 9 (smallest). A cache of many different bodies, each
   * asked for a few times (the agenda, where every window and search is its own key),
   * is better off with 1; one of a few documents served again and again with the default.
   */
  constructor(
    readonly ttlMs = 60_000,
    readonly maxEntries = 500,
    readonly gzipLevel: number = constants.Z_DEFAULT_COMPRESSION,
  ) {}

  /** The cached response for key, or the one `make` produces (then cached; concurrent askers share one `make`). */
  get(key: string, make: () => Promise<Made> | Made): Promise<CachedResponse> {
    const now = Date.now();
    const hit = this.#entries.get(key);
    if (hit && hit.expires > now) return hit.value;
    const value = Promise.resolve().then(make).then((made) => finish(made, this.gzipLevel));
    value.catch(() => {
      if (this.#entries.get(key)?.value === value) this.#entries.delete(key);
    });
    this.#entries.delete(key); // re-inserted last: eviction takes the oldest first
    if (this.#entries.size >= this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, { value, expires: now + this.ttlMs });
    return value;
  }

  clear(): void {
    this.#entries.clear();
  }
}

/** A body as text, or already as UTF-8 bytes (the agenda joins pre-encoded pieces). */
type Made = { body: string | Uint8Array<ArrayBuffer>; contentType: string };

function finish(made: Made, level: number): CachedResponse {
  const body = typeof made.body === 'string' ? new TextEncoder().encode(made.body) : made.body;
  let gzipped: Promise<Uint8Array<ArrayBuffer>> | undefined;
  return {
    body,
    // One output chunk as large as the body: zlib's default of 16 KB makes a 500-item page
    // dozens of callbacks and a copy on the event loop.
    gzipped: () =>
      (gzipped ??= gzipAsync(body, { level, chunkSize: Math.max(constants.Z_DEFAULT_CHUNK, body.byteLength + 64) }).then(
        (b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength),
      )),
    contentType: made.contentType,
    etag: `W/"${createHash('sha1').update(body).digest('base64url')}"`,
  };
}
