/**
 * The calls of "Organisaties": one organisation with its ETag, and adding or saving one with
 * `If-Match`, through the same `call` as the activity and service editors (activities-api.ts:
 * api.ts's `send` drops the ETag). Lists and the audit log are plain reads (`getJson`).
 */
import type { components, paths } from '../../contract/types.ts';
import { call, creationKey } from './activities-api.ts';

type S = components['schemas'];
export type BeheerOrganization = S['BeheerOrganization'];
export type OrganizationInput = S['BeheerOrganizationInput'];
export type OrganizationKind = S['OrganizationKind'];
export type AuditEntry = S['BeheerAuditEntry'];
export type AuditPage = S['BeheerAuditPage'];

const organizationPath = (id: string) => ('/v1/beheer/organizations/{id}' satisfies keyof paths).replace('{id}', encodeURIComponent(id));

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
    : await call(base, 'POST', '/v1/beheer/organizations' satisfies keyof paths, { csrf, body: input, idempotencyKey: creationKey(input) });
  return { organization: (await response.json()) as BeheerOrganization, etag: response.headers.get('etag') ?? undefined };
}
