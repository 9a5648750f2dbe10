/**
 * The writes of the contract: a POST with an `Idempotency-Key`, and the reads and cancels
 * a resident does with the secret token of what they sent. Its own module beside
 * client.ts so that it travels in the form widgets' chunk and weighs nothing on the
 * read-only widgets (vite.config.ts, FORM): even one more export of the runtime chunk
 * would put the sociale kaart over its budget, so it has its own small `send`.
 */
import type { paths } from '../../contract/types.ts';
import { ApiError, type Problem } from './errors.ts';

/** Sends and turns every failure into an ApiError (status 0: no answer came, offline). */
async function send(url: string, init: RequestInit, headers: Record<string, string>, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { accept: 'application/json', ...headers }, signal });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, undefined, { cause });
  }
  const body = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiError(response.status, response.headers.get('content-type')?.includes('json') ? (body as Problem) : undefined);
  return body;
}

const url = (base: string, path: string) => base.replace(/\/+$/, '') + path;

/** Paths of the contract that take a JSON body with POST. */
type JsonPostPath = {
  [P in keyof paths]: paths[P]['post'] extends { requestBody: { content: { 'application/json': unknown } } } ? P : never;
}[keyof paths];

/** The JSON body a POST to `P` takes. */
export type BodyOf<P extends JsonPostPath> = paths[P]['post'] extends {
  requestBody: { content: { 'application/json': infer B } };
}
  ? B
  : never;

/** The JSON body of a POST's 201 answer. */
export type CreatedOf<P extends JsonPostPath> = paths[P]['post'] extends {
  responses: { 201: { content: { 'application/json': infer R } } };
}
  ? R
  : never;

/** A fresh key for one submission (a UUID; the contract asks for 8–255 visible characters). */
export const newIdempotencyKey = (): string => crypto.randomUUID();

/**
 * POSTs a JSON body with `Idempotency-Key: key`. Send the same key again to retry the
 * same submission: the server replays its first answer instead of storing a second one.
 * Rejects with an ApiError (status 0 when no answer came: offline).
 */
export async function postJson<P extends JsonPostPath>(
  base: string,
  path: P,
  body: BodyOf<P>,
  key: string,
  signal?: AbortSignal,
): Promise<CreatedOf<P>> {
  const init = { method: 'POST', body: JSON.stringify(body) };
  return (await send(url(base, path), init, { 'content-type': 'application/json', 'idempotency-key': key }, signal)) as CreatedOf<P>;
}

/** The contract's paths that show (GET) or cancel (DELETE) a record with its secret token. */
type TokenPath = '/v1/volunteer-signups/{reference}' | '/v1/ride-requests/{reference}';
type TokenAnswer<P extends TokenPath> = paths[P]['get']['responses'][200]['content']['application/json'];

/**
 * Reads (GET) or cancels (DELETE) a sign-up (or, with `path`, a ride request) with its
 * secret token, sent as a bearer token in a header, never in the URL, so that it stays out
 * of the server's and proxies' logs.
 */
export async function withToken<P extends TokenPath = '/v1/volunteer-signups/{reference}'>(
  base: string,
  reference: string,
  token: string,
  method: 'GET' | 'DELETE',
  signal?: AbortSignal,
  path: P = '/v1/volunteer-signups/{reference}' as P,
): Promise<TokenAnswer<P>> {
  const to = url(base, path.replace('{reference}', encodeURIComponent(reference)));
  return (await send(to, { method }, { authorization: `Bearer ${token}` }, signal)) as TokenAnswer<P>;
}
