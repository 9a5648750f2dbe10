// CORS for the API and the widget bundles. Preflights are Hono's cors(); on every other
// request the headers are added after the route has answered, to its response.
//
// Why not Hono's cors() for those too: it sets its headers on `c.res` before the route
// runs, so Hono then copies them into the route's response, which turns
// @hono/node-server's lightweight Response into a full Fetch Response (a ReadableStream
// read back chunk by chunk). That was a quarter of a cached agenda request's CPU
// (decision 0008).
import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { listOperations, openapiDocument } from '../contract.ts';

export interface CorsOptions {
  /** Allowed origins; '*' allows every origin. */
  origins: string[];
  allowMethods: string[];
  allowHeaders: string[];
  exposeHeaders: string[];
  maxAge: number;
}

export function corsHeaders({ origins, allowMethods, allowHeaders, exposeHeaders, maxAge }: CorsOptions): MiddlewareHandler {
  const allowAll = origins.includes('*');
  const preflight = cors({ origin: allowAll ? '*' : origins, allowMethods, allowHeaders, exposeHeaders, maxAge });
  const expose = exposeHeaders.join(',');
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    await next();
    const origin = c.req.header('origin');
    const allowed = allowAll ? '*' : origin && origins.includes(origin) ? origin : undefined;
    const headers = mutableHeaders(c);
    if (allowed) {
      headers.set('Access-Control-Allow-Origin', allowed);
      if (expose) headers.set('Access-Control-Expose-Headers', expose);
    }
    // The answer depends on Origin unless every origin gets the same.
    if (!allowAll) headers.append('Vary', 'Origin');
  };
}

/**
 * The response's headers, ready to change. A response with immutable headers (passed
 * through from fetch) is copied first. Reading `c.res.headers` keeps node-server's
 * lightweight Response lightweight; replacing `c.res` would not.
 */
export function mutableHeaders(c: Context): Headers {
  const { headers } = c.res;
  try {
    headers.delete('x-immutable-probe'); // throws on immutable headers, even for a name not there
    return headers;
  } catch {
    c.res = new Response(c.res.body, c.res);
    return c.res.headers;
  }
}

/**
 * CORS for the write resources (sign up, see or cancel with the secret token): only the
 * origins the village lists (CORS_WRITE_ORIGINS), none by default, so only pages served by
 * this server itself (same origin: the demo) can write from a browser. A preflight from
 * any other origin gets no CORS headers at all, so the browser sends nothing.
 *
 * Not Hono's cors() for the preflight: it advertises methods and headers to every origin,
 * and with no allowHeaders it echoes whatever headers the preflight asks for.
 */
export function writeCorsHeaders({ origins, allowMethods, allowHeaders, exposeHeaders, maxAge }: CorsOptions): MiddlewareHandler {
  const allowAll = origins.includes('*');
  const expose = exposeHeaders.join(',');
  const allowedOrigin = (origin: string | undefined) => (allowAll ? '*' : origin && origins.includes(origin) ? origin : undefined);
  return async (c, next) => {
    const allowed = allowedOrigin(c.req.header('origin'));
    if (c.req.method === 'OPTIONS') {
      const headers = new Headers();
      if (!allowAll) headers.set('Vary', 'Origin');
      if (allowed) {
        headers.set('Access-Control-Allow-Origin', allowed);
        headers.set('Access-Control-Allow-Methods', allowMethods.join(','));
        headers.set('Access-Control-Allow-Headers', allowHeaders.join(','));
        headers.set('Access-Control-Max-Age', String(maxAge));
      }
      return new Response(null, { status: 204, headers });
    }
    await next();
    const headers = mutableHeaders(c);
    if (allowed) {
      headers.set('Access-Control-Allow-Origin', allowed);
      if (expose) headers.set('Access-Control-Expose-Headers', expose);
    }
    if (!allowAll) headers.append('Vary', 'Origin');
  };
}

/** One CORS policy for the paths `isWritePath` picks, another for the rest. */
export function corsByPath(isWritePath: (path: string) => boolean, write: MiddlewareHandler, read: MiddlewareHandler): MiddlewareHandler {
  return (c, next) => (isWritePath(c.req.path) ? write(c, next) : read(c, next));
}

/**
 * The paths of the contract that take a write (POST, PUT, PATCH or DELETE): their reads too
 * carry personal data behind a token, so the whole path gets the write policy.
 */
export function contractWritePaths(document: Record<string, unknown> = openapiDocument): (path: string) => boolean {
  const patterns = listOperations(document)
    .filter((o) => ['post', 'put', 'patch', 'delete'].includes(o.method))
    .map((o) => new RegExp(`^${o.path.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('[^/]+')}$`));
  return (path) => patterns.some((p) => p.test(path));
}
