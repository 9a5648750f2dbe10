// Rate limits for writes, per client address: a token bucket per address, in memory, for at
// most `maxClients` addresses (the least recently seen is forgotten first). One limiter per
// network's app, so one network's visitors never use up another's allowance.
//
// Why not a package: Hono has no rate limiter of its own; hono-rate-limiter's memory store
// keeps every address seen in a window (unbounded under a flood) and leaves the client
// address to us anyway, which is the part that needs care (decision 0009).
import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { isIP } from 'node:net';
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

/**
 * The client's address: the socket's peer, or with `trustProxy` hops the address the
 * outermost trusted proxy saw (counted from the right of X-Forwarded-For, since a client
 * can write anything on the left). IPv6 addresses count per /64, the block one household
 * gets. Requests without a socket (in-process tests) share the address 'local'.
 */
export function clientAddress(c: Context, trustProxy = 0): string {
  let address: string | undefined;
  try {
    address = getConnInfo(c).remote.address;
  } catch {
    address = undefined;
  }
  if (trustProxy > 0) {
    const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((a) => a.trim());
    const seen = hops.length >= trustProxy ? hops[hops.length - trustProxy] : undefined;
    if (seen && isIP(seen)) address = seen;
  }
  return address ? addressBlock(address) : 'local';
}

/** An address as the client it stands for: IPv4 as it is, IPv6 by its /64 block. */
export function addressBlock(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (isIP(address) !== 6) return address;
  const [head, tail = ''] = address.toLowerCase().split('%')[0].split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
