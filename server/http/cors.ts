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
