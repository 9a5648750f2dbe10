/**
 * The calls of "Plekken": one place with its ETag, and adding or saving one with `If-Match`,
 * through the same `call` as the other editors (activities-api.ts). The list is a plain read (`getJson`).
 */
import type { components, paths } from '../../contract/types.ts';
import { call, creationKey } from './activities-api.ts';

type S = components['schemas'];
export type BeheerPlace = S['BeheerPlace'];
export type PlaceInput = S['BeheerPlaceInput'];

const placePath = (id: string) => ('/v1/beheer/places/{id}' satisfies keyof paths).replace('{id}', encodeURIComponent(id));

export async function loadPlace(base: string, id: string, signal?: AbortSignal): Promise<{ place: BeheerPlace; etag?: string }> {
  const response = await call(base, 'GET', placePath(id), { signal });
  return { place: (await response.json()) as BeheerPlace, etag: response.headers.get('etag') ?? undefined };
}

/** Adds (no id) or saves (with the ETag it was opened with) a place. */
export async function savePlace(base: string, csrf: string, input: PlaceInput, id?: string, etag?: string): Promise<{ place: BeheerPlace; etag?: string }> {
  const response = id
    ? await call(base, 'PUT', placePath(id), { csrf, body: input, ifMatch: etag })
    : await call(base, 'POST', '/v1/beheer/places' satisfies keyof paths, { csrf, body: input, idempotencyKey: creationKey(input) });
  return { place: (await response.json()) as BeheerPlace, etag: response.headers.get('etag') ?? undefined };
}

/** "Lindeplein 1, 4199 XA Linde"; empty when the street is not filled in yet (a feed's place). */
export const addressLine = (p: BeheerPlace) =>
  p.address.street ? `${p.address.street}, ${[p.address.postalCode, p.address.locality].filter(Boolean).join(' ')}` : '';
