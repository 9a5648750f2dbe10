// Rate limits for writes, per client address: a token bucket per address, in memory, for at
// most `maxClients` addresses (the least recently seen is forgotten first). One limiter per
// network's app, so one network's visitors never use up another's allowance.
//
// Why not a package: Hono has no rate limiter of its own; hono-rate-limiter's memory store
// keeps every address seen in a window (unbounded under a flood) and leaves the client
// address to us anyway, which is the part that needs care (decision 0009, client-address.ts).
import type { MiddlewareHandler } from 'hono';
import { clientAddress } from './client-address.ts';
import { problemResponse } from './problem.ts';

export interface RateLimitOptions {
  /** Writes one address may make in a burst; 0 switches the limit off. */
  limit: number;
  /** ... and the time in which that many come back (one every windowMs / limit). */
  windowMs: number;
  /** Behind this many reverse proxies that append to X-Forwarded-For; 0: use the socket's address. */
  trustProxy?: number;
  /** Addresses tracked at most (memory is bounded, whatever a flood sends). */
  maxClients?: number;
  /** The clock, in milliseconds; injectable for tests. */
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #limit: number;
  readonly #perMs: number;
  readonly #trustProxy: number;
  readonly #maxClients: number;
  readonly #now: () => number;

  constructor({ limit, windowMs, trustProxy = 0, maxClients = 10_000, now = Date.now }: RateLimitOptions) {
    this.#limit = limit;
    this.#perMs = limit / windowMs;
    this.#trustProxy = trustProxy;
    this.#maxClients = maxClients;
    this.#now = now;
  }

  /** How many addresses are tracked now. */
  get size(): number {
    return this.#buckets.size;
  }

  /** Limits POST, PUT, PATCH and DELETE; reads and preflights pass untouched. */
  readonly middleware: MiddlewareHandler = async (c, next) => {
    if (this.#limit <= 0 || !WRITE_METHODS.has(c.req.method)) return next();
    const waitMs = this.take(clientAddress(c, this.#trustProxy));
    if (waitMs === 0) return next();
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    const when = seconds < 90 ? `${seconds} seconden` : `${Math.ceil(seconds / 60)} minuten`;
    const res = problemResponse('rate-limited', `Er is vanaf uw adres in korte tijd veel verstuurd. Probeer het over ${when} opnieuw.`, {
      instance: c.req.path,
    });
    res.headers.set('Retry-After', String(seconds));
    return res;
  };

  /** Takes one write from the address's bucket: 0 when allowed, else the milliseconds to wait. */
  take(address: string): number {
    const now = this.#now();
    const known = this.#buckets.get(address);
    const bucket = known ?? { tokens: this.#limit, at: now };
    bucket.tokens = Math.min(this.#limit, bucket.tokens + (now - bucket.at) * this.#perMs);
    bucket.at = now;
    // Most recently seen last, so the first in the Map is the one to forget.
    if (known) this.#buckets.delete(address);
    this.#buckets.set(address, bucket);
    if (this.#buckets.size > this.#maxClients) this.#buckets.delete(this.#buckets.keys().next().value!);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / this.#perMs);
  }
}
