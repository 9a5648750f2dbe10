// Answers with a cached response: 304 when the client has it already, compressed when the
// client accepts it (Brotli in every browser over HTTPS, gzip elsewhere), plain otherwise.
import type { Context } from 'hono';
import type { CachedResponse, ContentCoding } from './response-cache.ts';

export async function cachedResponse(c: Context, cached: CachedResponse, headers: Record<string, string> = {}): Promise<Response> {
  // Vary and any caller's headers (Cache-Control) belong on the 304 too, or a bare 304 loses them.
  const always = { etag: cached.etag, vary: 'Accept-Encoding', ...headers };
  const tags: string[] = c.req.header('if-none-match')?.match(/"[^"]*"/g) ?? [];
  if (tags.includes(cached.etag.replace(/^W\//, ''))) return c.body(null, 304, always);
  const coding = preferredCoding(c.req.header('accept-encoding'));
  return c.body(coding ? await cached.encoded(coding) : cached.body, 200, {
    ...always,
    'content-type': cached.contentType,
    ...(coding ? { 'content-encoding': coding } : {}),
  });
}

/**
 * The coding to send for an Accept-Encoding header (RFC 9110 §12.5.3): the acceptable one
 * with the highest weight, Brotli on a tie (smaller, and cheaper to make at our levels);
 * none when neither is acceptable. `q=0` means "not this one"; `*` stands for codings not named.
 */
export function preferredCoding(header: string | undefined): ContentCoding | undefined {
  if (!header) return undefined;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name) weights.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (coding: ContentCoding) => weights.get(coding) ?? weights.get('*') ?? 0;
  const br = weightOf('br');
  const gzip = weightOf('gzip');
  if (br > 0 && br >= gzip) return 'br';
  return gzip > 0 ? 'gzip' : undefined;
}
