/**
 * The calls of "Activiteiten": reading an activity with its ETag, saving it with `If-Match`,
 * the schedule preview (abortable), visibility and removal. Beside api.ts rather than in it
 * (its `send` takes no headers and drops the ETag), so the views of issue 9 do not collide.
 */
import type { components, paths } from '../../contract/types.ts';
import { ApiError, type Problem } from '../api/errors.ts';

type S = components['schemas'];
export type BeheerActivity = S['BeheerActivity'];
export type ActivityInput = S['BeheerActivityInput'];
export type ActivitySummary = S['BeheerActivitySummary'];
export type ActivityOptions = S['BeheerActivityOptions'];
export type ActivityException = S['BeheerActivityException'];
export type SchedulePreview = S['BeheerSchedulePreview'];
export type PreviewRequest = S['BeheerSchedulePreviewRequest'];
export type PreviewOccurrence = SchedulePreview['occurrences'][number];

const activityPath = (id: string, tail = '') => ('/v1/beheer/activities/{id}' satisfies keyof paths).replace('{id}', encodeURIComponent(id)) + tail;

/** Random per page load: with the body's hash it makes the Idempotency-Key of an "add" (see creationKey). */
const pageKey = Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('');

/** Adds that succeeded from this page: once one has, the same body again is a new add (after removing the first, say). */
let added = 0;

/**
 * The Idempotency-Key of adding this body: the same body again from this page (a retry
 * after no answer came) replays the first answer instead of adding the record twice; a
 * changed body, or any add that succeeded since, makes it a new submission. FNV-1a, twice
 * with other seeds: a fingerprint, not a secret.
 */
export function creationKey(body: unknown): string {
  const text = `${added}:${JSON.stringify(body)}`;
  const hash = (seed: number) => {
    let h = seed;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return (h >>> 0).toString(36);
  };
  return `beheer-${pageKey}-${hash(0x811c9dc5)}${hash(0x2f5a1c37)}`;
}

/** One call with the session's headers; a problem answer throws ApiError, no connection ApiError(0). Shared with the service editor. */
export async function call(
  base: string,
  method: string,
  path: string,
  options: { csrf?: string; body?: unknown; ifMatch?: string; idempotencyKey?: string; signal?: AbortSignal } = {},
) {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.csrf) headers['x-csrf-token'] = options.csrf;
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(base.replace(/\/+$/, '') + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new ApiError(0, undefined, { cause });
  }
  if (!response.ok) {
    const problem = response.headers.get('content-type')?.includes('json') ? ((await response.json().catch(() => undefined)) as Problem | undefined) : undefined;
    throw new ApiError(response.status, problem);
  }
  if (options.idempotencyKey) added++;
  return response;
}

/** One activity and the ETag to send back when saving it. */
export async function loadActivity(base: string, id: string, signal?: AbortSignal): Promise<{ activity: BeheerActivity; etag?: string }> {
  const response = await call(base, 'GET', activityPath(id), { signal });
  return { activity: (await response.json()) as BeheerActivity, etag: response.headers.get('etag') ?? undefined };
}

/** Adds (no id) or saves (with the ETag it was opened with) an activity. */
export async function saveActivity(base: string, csrf: string, input: ActivityInput, id?: string, etag?: string): Promise<{ activity: BeheerActivity; etag?: string }> {
  const response = id
    ? await call(base, 'PUT', activityPath(id), { csrf, body: input, ifMatch: etag })
    : await call(base, 'POST', '/v1/beheer/activities' satisfies keyof paths, { csrf, body: input, idempotencyKey: creationKey(input) });
  return { activity: (await response.json()) as BeheerActivity, etag: response.headers.get('etag') ?? undefined };
}

export async function setVisibility(base: string, csrf: string, id: string, hidden: boolean): Promise<BeheerActivity> {
  return (await (await call(base, 'PUT', activityPath(id, '/visibility'), { csrf, body: { hidden } satisfies S['BeheerVisibilityRequest'] })).json()) as BeheerActivity;
}

export async function removeActivity(base: string, csrf: string, id: string): Promise<void> {
  await call(base, 'DELETE', activityPath(id), { csrf });
}

/** The server's own expansion of a schedule; an abort rejects with the AbortError. */
export async function previewSchedule(base: string, csrf: string, request: PreviewRequest, signal: AbortSignal): Promise<SchedulePreview> {
  return (await (await call(base, 'POST', '/v1/beheer/schedule-preview' satisfies keyof paths, { csrf, body: request, signal })).json()) as SchedulePreview;
}
