// A small in-process cache of finished responses. The agenda changes a few times a day
// while every visitor of every village site asks for the same "next 30 days": making the
// response once and serving it to the rest keeps the API fast.
// Callers put the data version in the key (see server/agenda/store.ts), so a change made
// by any server process is seen on the next request; entries of old versions simply age
// out. `ttlMs` only bounds how long an entry is kept at all; `maxEntries` and `maxBytes`
// bound how much it holds.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync, type BrotliOptions, type ZlibOptions } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Reused for every body compressed on the event loop: at most the largest onLoopBytes (1 MB). */
let scratch = new Uint8Array(0);

/** The body written into the reused buffer: valid until the next call, so compress it before anything else runs. */
function writeToScratch(body: BodyWriter): Uint8Array {
  if (scratch.byteLength < body.byteLength) scratch = new Uint8Array(2 ** Math.ceil(Math.log2(body.byteLength)));
  const target = scratch.subarray(0, body.byteLength);
  body.writeTo(target);
  return target;
}

/** The content codings the cache can send besides the plain body (cached-response.ts negotiates). */
export type ContentCoding = 'br' | 'gzip';

export interface CachedResponse {
  /** The body as UTF-8 bytes, made once, when first asked for (most clients get `encoded`). */
  readonly body: Uint8Array<ArrayBuffer>;
  /** The same, compressed once, on first demand, for the clients that accept it. */
  encoded(coding: ContentCoding): Promise<Uint8Array<ArrayBuffer>>;
  contentType: string;
  etag: string;
}

export interface Compression {
  gzipLevel: number;
  brotliQuality: number;
  /** Bodies up to this size are compressed on the event loop, from a reused buffer; larger ones in zlib's thread pool. */
  onLoopBytes: Record<ContentCoding, number>;
}

/**
 * For a few documents served again and again (the sociale kaart, the HSDS export): zlib's
 * default level, and Brotli 5, which costs about the same and is half the size.
 */
export const FOR_DOCUMENTS: Compression = { gzipLevel: constants.Z_DEFAULT_COMPRESSION, brotliQuality: 5, onLoopBytes: { br: 16 * 1024, gzip: 16 * 1024 } };
/**
 * For many different bodies, each asked a few times (the agenda, where every window and
 * search is its own key). A 468 KB agenda page: Brotli 0 takes 0.37 ms and gives 26 KB
 * (Brotli 1: 0.5 ms, 23 KB), gzip 1 takes 2 ms and gives 48 KB (decision 0008); a new
 * 366-day window went from 1.34 to 1.07 ms of server CPU with Brotli 0.
 *
 * Brotli runs on the event loop up to 1 MB (the largest agenda page), from a reused
 * buffer: less than the thread pool's round trip costs the event loop, and the page need
 * not be allocated at all (writing 468 KB into fresh memory cost 0.5 ms on this 2-core
 * machine, and its garbage as much again). gzip is slower: only small bodies on the loop.
 */
export const FOR_MANY_KEYS: Compression = { gzipLevel: 1, brotliQuality: 0, onLoopBytes: { br: 1024 * 1024, gzip: 64 * 1024 } };

/** A body that writes its bytes on demand (the agenda's pages are runs of one buffer): it need not be held once compressed. */
export interface BodyWriter {
  byteLength: number;
  writeTo(target: Uint8Array): void;
}

/** The bytes of a body given as a writer. */
export function bytesOf(body: Uint8Array<ArrayBuffer> | BodyWriter): Uint8Array<ArrayBuffer> {
  if (body instanceof Uint8Array) return body;
  const bytes = new Uint8Array(body.byteLength);
  body.writeTo(bytes);
  return bytes;
}

/**
 * A body, as text, as UTF-8 bytes or as a writer of them, and its ETag when the maker
 * knows it more cheaply than by hashing the body (a writer without one is written at once).
 */
export type Made = { body: string | Uint8Array<ArrayBuffer> | BodyWriter; contentType: string; etag?: string };

interface Entry {
  value: Promise<CachedResponse>;
  expires: number;
  /** Bytes held (the body once written, and the compressed copies made so far). */
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

function finish(made: Made, { gzipLevel, brotliQuality, onLoopBytes }: Compression, grow: (bytes: number) => void): CachedResponse {
  const given = typeof made.body === 'string' ? new TextEncoder().encode(made.body) : made.body;
  let plain = given instanceof Uint8Array || !made.etag ? bytesOf(given) : undefined;
  if (plain) grow(plain.byteLength);
  const byteLength = given.byteLength;
  const plainBytes = () => {
    if (!plain) grow((plain = bytesOf(given)).byteLength);
    return plain;
  };
  // Output chunks of a quarter of the body: JSON compresses to well under that at our levels.
  const chunkSize = Math.max(constants.Z_DEFAULT_CHUNK, Math.ceil(byteLength / 4));
  const options = {
    gzip: { level: gzipLevel, chunkSize } satisfies ZlibOptions,
    br: { chunkSize, params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality, [constants.BROTLI_PARAM_SIZE_HINT]: byteLength } } satisfies BrotliOptions,
  };
  const compress = async (coding: ContentCoding): Promise<Uint8Array> => {
    if (byteLength > onLoopBytes[coding]) return coding === 'br' ? brotliAsync(plainBytes(), options.br) : gzipAsync(plainBytes(), options.gzip);
    const input = plain ?? writeToScratch(given as BodyWriter);
    return coding === 'br' ? brotliCompressSync(input, options.br) : gzipSync(input, options.gzip);
  };
  const encoded = new Map<ContentCoding, Promise<Uint8Array<ArrayBuffer>>>();
  return {
    get body() {
      return plainBytes();
    },
    encoded: (coding) => {
      let result = encoded.get(coding);
      if (!result) {
        result = compress(coding).then((b) => {
          // zlib hands back a view into its output chunk: keep only the bytes (and count those).
          const exact = b.byteLength === b.buffer.byteLength ? new Uint8Array(b.buffer as ArrayBuffer, b.byteOffset, b.byteLength) : new Uint8Array(b);
          grow(exact.byteLength);
          return exact;
        });
        encoded.set(coding, result);
      }
      return result;
    },
    contentType: made.contentType,
    etag: made.etag ?? `W/"${createHash('sha1').update(plain!).digest('base64url')}"`,
  };
}
