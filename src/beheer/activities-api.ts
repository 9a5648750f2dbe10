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

/** One call with the session's headers; a problem answer throws ApiError, no connection ApiError(0). Shared with the service editor. */
export async function call(base: string, method: string, path: string, options: { csrf?: string; body?: unknown; ifMatch?: string; signal?: AbortSignal } = {}) {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.csrf) headers['x-csrf-token'] = options.csrf;
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
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
    : await call(base, 'POST', '/v1/beheer/activities' satisfies keyof paths, { csrf, body: input });
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
