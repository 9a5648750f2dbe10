import type { paths } from '../../contract/types.ts';
import { ApiError, type Problem } from './errors.ts';

export { ApiError, type Problem };

/** Paths of the contract that can be read with GET and answer JSON. */
type JsonGetPath = {
  [P in keyof paths]: paths[P]['get'] extends {
    responses: { 200: { content: { 'application/json': unknown } } };
  }
    ? P
    : never;
}[keyof paths];

/** The query parameters the contract allows for a path. */
export type QueryOf<P extends keyof paths> = paths[P]['get'] extends {
  parameters: { query?: infer Q };
}
  ? NonNullable<Q>
  : never;

/** The JSON body of a 200 answer for a path. */
export type ResponseOf<P extends JsonGetPath> = paths[P]['get'] extends {
  responses: { 200: { content: { 'application/json': infer R } } };
}
  ? R
  : never;

type QueryValue = string | number | boolean | readonly (string | number)[] | undefined;

/** Serialises a query as the contract asks: arrays comma-separated (form, explode: false). */
export function toSearch(query: Record<string, QueryValue> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** A URL on the API, for links (e.g. the iCalendar feed) rather than fetches. */
export function apiUrl(base: string, path: string, query?: Record<string, QueryValue>): string {
  return base.replace(/\/+$/, '') + path + toSearch(query);
}

/** The contract's path of one occurrence as an iCalendar file. */
export function occurrenceIcsUrl(base: string, occurrenceId: string): string {
  const path: keyof paths = '/v1/occurrences/{occurrenceId}.ics';
  return apiUrl(base, path.replace('{occurrenceId}', encodeURIComponent(occurrenceId)));
}

/** The contract's subscribable feed for a filter. */
export function feedUrl(base: string, query: QueryOf<'/v1/activities'>): string {
  const path: keyof paths = '/v1/activities.ics';
  return apiUrl(base, path, query);
}

/** Fetches and turns every failure into an {@link ApiError}; 304 counts as success. */
async function request(url: string, headers: Record<string, string>, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json', ...headers }, signal });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, undefined, { cause });
  }
  if (!response.ok && response.status !== 304) {
    let problem: Problem | undefined;
    if (response.headers.get('content-type')?.includes('json')) {
      problem = (await response.json().catch(() => undefined)) as Problem | undefined;
    }
    throw new ApiError(response.status, problem);
  }
  return response;
}

/**
 * GET a JSON resource of the contract. Rejects with {@link ApiError}, carrying the
 * problem+json body when the server sent one; an abort rejects with the AbortError.
 */
export async function getJson<P extends JsonGetPath>(
  base: string,
  path: P,
  query?: QueryOf<P>,
  signal?: AbortSignal,
): Promise<ResponseOf<P>> {
  const response = await request(apiUrl(base, path, query as Record<string, QueryValue>), {}, signal);
  return (await response.json()) as ResponseOf<P>;
}

/** The answer to a conditional GET: unchanged, or a new body with its ETag. */
export type Revalidated<R> = { notModified: true } | { notModified: false; body: R; etag?: string };

/**
 * A conditional GET (`If-None-Match`) of a JSON resource the client already holds a copy
 * of. Cross-origin this is a preflighted request: the server allows `If-None-Match` and
 * exposes `ETag`. Errors as {@link getJson}.
 */
export async function getJsonIfChanged<P extends JsonGetPath>(
  base: string,
  path: P,
  etag: string | undefined,
  signal?: AbortSignal,
): Promise<Revalidated<ResponseOf<P>>> {
  const response = await request(apiUrl(base, path), etag ? { 'if-none-match': etag } : {}, signal);
  if (response.status === 304) return { notModified: true };
  const body = (await response.json()) as ResponseOf<P>;
  return { notModified: false, body, etag: response.headers.get('etag') ?? undefined };
}
