// Answers with a cached response: 304 when the client has it already, gzip when the
// client accepts it (every browser), plain otherwise.
import type { Context } from 'hono';
import type { CachedResponse } from './response-cache.ts';

export async function cachedResponse(c: Context, cached: CachedResponse, headers: Record<string, string> = {}): Promise<Response> {
  // Vary and any caller's headers (Cache-Control) belong on the 304 too, or a bare 304 loses them.
  const always = { etag: cached.etag, vary: 'Accept-Encoding', ...headers };
  const tags: string[] = c.req.header('if-none-match')?.match(/"[^"]*"/g) ?? [];
  if (tags.includes(cached.etag.replace(/^W\//, ''))) return c.body(null, 304, always);
  const gzip = /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
  return c.body(gzip ? await cached.gzipped() : cached.body, 200, {
    ...always,
    'content-type': cached.contentType,
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
}
