// A small in-process cache of finished responses. The agenda changes a few times a day
// while every visitor of every village site asks for the same "next 30 days": making the
// response once and serving it to the rest keeps the API fast.
// Callers put the data version in the key (see server/agenda/store.ts), so a change made
// by any server process is seen on the next request; entries of old versions simply age
// out. `ttlMs` only bounds how long an entry is kept at all; `maxEntries` and `maxBytes`
// bound how much it holds.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** The content codings the cache can send besides the plain body (cached-response.ts negotiates). */
export type ContentCoding = 'br' | 'gzip';

export interface CachedResponse {
  /** The body as UTF-8 bytes, encoded once rather than on every request. */
  body: Uint8Array<ArrayBuffer>;
  /** The same, compressed once, on first demand (in zlib's thread pool), for the clients that accept it. */
  encoded(coding: ContentCoding): Promise<Uint8Array<ArrayBuffer>>;
  contentType: string;
  etag: string;
}

export interface Compression {
  gzipLevel: number;
  brotliQuality: number;
}

/**
 * For a few documents served again and again (the sociale kaart, the HSDS export): zlib's
 * default level, and Brotli 5, which costs about the same and is half the size.
 */
export const FOR_DOCUMENTS: Compression = { gzipLevel: constants.Z_DEFAULT_COMPRESSION, brotliQuality: 5 };
/**
 * For many different bodies, each asked a few times (the agenda, where every window and
 * search is its own key). A 468 KB agenda page: Brotli 1 takes 0.5 ms and gives 23 KB,
 * gzip 1 takes 2 ms and gives 48 KB (decision 0008).
 */
export const FOR_MANY_KEYS: Compression = { gzipLevel: 1, brotliQuality: 1 };

/** A body, as text or already as UTF-8 bytes, and its ETag when the maker knows it more cheaply than by hashing the body. */
export type Made = { body: string | Uint8Array<ArrayBuffer>; contentType: string; etag?: string };

interface Entry {
  value: Promise<CachedResponse>;
  expires: number;
  /** Bytes held (body and the compressed copies made so far), counted once the body is made. */
  bytes: number;
}

export class ResponseCache {
  readonly #entries = new Map<string, Entry>();
  #bytes = 0;

  constructor(
    readonly ttlMs = 60_000,
    readonly maxEntries = 500,
    readonly compression: Compression = FOR_DOCUMENTS,
    readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  /** Bytes of the bodies held now, compressed copies included. */
  get bytes(): number {
    return this.#bytes;
  }

  /** The cached response for key, or the one `make` produces (then cached; concurrent askers share one `make`). */
  get(key: string, make: () => Promise<Made> | Made): Promise<CachedResponse> {
    const now = Date.now();
    const hit = this.#entries.get(key);
    if (hit && hit.expires > now) return hit.value;
    if (hit) this.#remove(key, hit);
    const entry: Entry = { value: undefined!, expires: now + this.ttlMs, bytes: 0 };
    // Grows the count only while the entry is still held.
    const grow = (n: number) => {
      if (this.#entries.get(key) !== entry) return;
      entry.bytes += n;
      this.#bytes += n;
      this.#evict(key);
    };
    entry.value = Promise.resolve()
      .then(make)
      .then((made) => finish(made, this.compression, grow));
    entry.value.catch(() => {
      if (this.#entries.get(key) === entry) this.#remove(key, entry);
    });
    this.#entries.set(key, entry); // inserted last: eviction takes the oldest first
    this.#evict(key);
    return entry.value;
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }

  #remove(key: string, entry: Entry) {
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }

  /** Drops the oldest entries (never `keep`, the one just asked for) until within both bounds. */
  #evict(keep: string) {
    for (const [key, entry] of this.#entries) {
      if (this.#entries.size <= this.maxEntries && this.#bytes <= this.maxBytes) return;
      if (key !== keep) this.#remove(key, entry);
    }
  }
}

function finish(made: Made, { gzipLevel, brotliQuality }: Compression, grow: (bytes: number) => void): CachedResponse {
  const body = typeof made.body === 'string' ? new TextEncoder().encode(made.body) : made.body;
  grow(body.byteLength);
  // One output chunk as large as the body: zlib's default of 16 KB makes a 500-item page
  // dozens of callbacks and a copy on the event loop.
  const chunkSize = Math.max(constants.Z_DEFAULT_CHUNK, body.byteLength + 64);
  const compress: Record<ContentCoding, () => Promise<Buffer>> = {
    gzip: () => gzipAsync(body, { level: gzipLevel, chunkSize }),
    br: () =>
      brotliAsync(body, {
        chunkSize,
        params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength },
      }),
  };
  const encoded = new Map<ContentCoding, Promise<Uint8Array<ArrayBuffer>>>();
  return {
    body,
    encoded: (coding) => {
      let result = encoded.get(coding);
      if (!result) {
        result = compress[coding]().then((b) => {
          grow(b.byteLength);
          return new Uint8Array(b.buffer, b.byteOffset, b.byteLength) as Uint8Array<ArrayBuffer>;
        });
        encoded.set(coding, result);
      }
      return result;
    },
    contentType: made.contentType,
    etag: made.etag ?? `W/"${createHash('sha1').update(body).digest('base64url')}"`,
  };
}
