/**
 * The calls of "Organisaties": one organisation with its ETag, and adding or saving one with
 * `If-Match`. Beside api.ts rather than in it (its `send` drops the ETag), so the views of
 * issue 9 do not collide. Lists and the audit log are plain reads (`getJson`).
 */
import type { components, paths } from '../../contract/types.ts';
import { ApiError, type Problem } from '../api/errors.ts';

type S = components['schemas'];
export type BeheerOrganization = S['BeheerOrganization'];
export type OrganizationInput = S['BeheerOrganizationInput'];
export type OrganizationKind = S['OrganizationKind'];
export type AuditEntry = S['BeheerAuditEntry'];
export type AuditPage = S['BeheerAuditPage'];

const organizationPath = (id: string) => ('/v1/beheer/organizations/{id}' satisfies keyof paths).replace('{id}', encodeURIComponent(id));

async function call(base: string, method: string, path: string, options: { csrf?: string; body?: unknown; ifMatch?: string; signal?: AbortSignal } = {}) {
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

export async function loadOrganization(base: string, id: string, signal?: AbortSignal): Promise<{ organization: BeheerOrganization; etag?: string }> {
  const response = await call(base, 'GET', organizationPath(id), { signal });
  return { organization: (await response.json()) as BeheerOrganization, etag: response.headers.get('etag') ?? undefined };
}

/** Adds (no id) or saves (with the ETag it was opened with) an organisation. */
export async function saveOrganization(
  base: string,
  csrf: string,
  input: OrganizationInput,
  id?: string,
  etag?: string,
): Promise<{ organization: BeheerOrganization; etag?: string }> {
  const response = id
    ? await call(base, 'PUT', organizationPath(id), { csrf, body: input, ifMatch: etag })
    : await call(base, 'POST', '/v1/beheer/organizations' satisfies keyof paths, { csrf, body: input });
  return { organization: (await response.json()) as BeheerOrganization, etag: response.headers.get('etag') ?? undefined };
}
