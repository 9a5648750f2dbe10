/**
 * The coordinator's API calls (the contract's `beheer` tag). Reads go through the shared
 * client (`getJson`: same-origin, so the session cookie goes along). Changes send the
 * session's CSRF token in `X-CSRF-Token` and no `Idempotency-Key` (the beheer operations
 * do not take one: confirming or cancelling twice answers the same). Its own small `send`,
 * beside src/api/write.ts rather than in it, so the widgets' chunks stay as they are.
 */
import type { components, paths } from '../../contract/types.ts';
import { ApiError, type Problem } from '../api/errors.ts';

type S = components['schemas'];
export type BeheerSession = S['BeheerSession'];
export type BeheerOpportunity = S['BeheerOpportunity'];
export type BeheerShift = S['BeheerShift'];
export type BeheerSignup = S['BeheerSignup'];
export type BeheerMessage = S['BeheerMessage'];
export type BeheerMessagePage = S['BeheerMessagePage'];
export type MessageState = S['BeheerMessageState'];
export type PersonQuery = S['BeheerPersonQuery'];
export type PersonExport = S['BeheerPersonExport'];
export type Erased = S['BeheerErased'];

/** What can be done to one sign-up. */
export type SignupAction = 'confirm' | 'move-up' | 'cancel' | 'record-vog' | 'clear-vog';

const signupPath = (reference: string, tail: string) =>
  ('/v1/beheer/volunteer-signups/{reference}' satisfies keyof paths).replace('{reference}', encodeURIComponent(reference)) + tail;

async function send<T>(base: string, method: 'POST' | 'PUT' | 'DELETE', path: string, csrfToken: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'x-csrf-token': csrfToken };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(base.replace(/\/+$/, '') + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError(0, undefined, { cause });
  }
  const json = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiError(response.status, response.headers.get('content-type')?.includes('json') ? (json as Problem) : undefined);
  return json as T;
}

/** Confirms, moves up, cancels, or records / removes the VOG date of one sign-up. */
export function changeSignup(base: string, csrfToken: string, reference: string, action: SignupAction, receivedOn?: string): Promise<BeheerSignup> {
  switch (action) {
    case 'record-vog':
      return send(base, 'PUT', signupPath(reference, '/vog'), csrfToken, { receivedOn: receivedOn ?? '' } satisfies S['BeheerVogRequest']);
    case 'clear-vog':
      return send(base, 'DELETE', signupPath(reference, '/vog'), csrfToken);
    default:
      return send(base, 'POST', signupPath(reference, `/${action}`), csrfToken);
  }
}

/** AVG: what is stored about one person, or delete all of it. */
export function exportPerson(base: string, csrfToken: string, query: PersonQuery): Promise<PersonExport> {
  return send(base, 'POST', '/v1/beheer/people/export' satisfies keyof paths, csrfToken, query);
}

export function erasePerson(base: string, csrfToken: string, query: PersonQuery): Promise<Erased> {
  return send(base, 'POST', '/v1/beheer/people/erase' satisfies keyof paths, csrfToken, query);
}
