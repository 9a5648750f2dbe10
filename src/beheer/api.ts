/**
 * The coordinator's API calls (the contract's `beheer` tag). Reads go through the shared
 * client (`getJson`: same-origin, so the session cookie goes along). Changes send the
 * session's CSRF token in `X-CSRF-Token`; most take no `Idempotency-Key` (confirming or
 * cancelling twice answers the same), adding a calendar feed does (addCalendarFeed). Its own small `send`,
 * beside src/api/write.ts rather than in it, so the widgets' chunks stay as they are.
 */
import type { components, paths } from '../../contract/types.ts';
import { ApiError, type Problem } from '../api/errors.ts';
import { call, creationKey } from './activities-api.ts';

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
export type BeheerRide = S['BeheerRideRequest'];
export type RideDriver = S['BeheerRideDriver'];
export type RideSheet = S['BeheerRideSheet'];
export type RideStop = S['BeheerRideSheet']['stops'][number];
export type RideReport = S['BeheerRideReport'];
export type RideConfirm = S['BeheerRideConfirmRequest'];
export type RideDecline = S['BeheerRideDeclineRequest'];
export type BeheerService = S['BeheerService'];
export type BeheerServicePage = S['BeheerServicePage'];
export type BeheerCalendarFeed = S['BeheerCalendarFeed'];
export type BeheerCalendarFeedRequest = S['BeheerCalendarFeedRequest'];
export type BeheerCalendarFeedRemoval = S['BeheerCalendarFeedRemoval'];
export type BeheerActivityOptions = S['BeheerActivityOptions'];

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

const ridePath = (reference: string, action: 'confirm' | 'decline' | 'cancel') =>
  ('/v1/beheer/ride-requests/{reference}' satisfies keyof paths).replace('{reference}', encodeURIComponent(reference)) + `/${action}`;

/** Confirms (or changes) a ride with a driver and pick-up times, declines it with a reason, or cancels it. */
export function changeRide(base: string, csrfToken: string, reference: string, action: 'confirm', body: RideConfirm): Promise<BeheerRide>;
export function changeRide(base: string, csrfToken: string, reference: string, action: 'decline', body: RideDecline): Promise<BeheerRide>;
export function changeRide(base: string, csrfToken: string, reference: string, action: 'cancel'): Promise<BeheerRide>;
export function changeRide(base: string, csrfToken: string, reference: string, action: 'confirm' | 'decline' | 'cancel', body?: RideConfirm | RideDecline): Promise<BeheerRide> {
  return send(base, 'POST', ridePath(reference, action), csrfToken, body);
}

/** A "bellen" task done ("Gebeld"). */
export function markCallDone(base: string, csrfToken: string, id: string): Promise<BeheerMessage> {
  return send(base, 'POST', ('/v1/beheer/messages/{id}/done' satisfies keyof paths).replace('{id}', encodeURIComponent(id)), csrfToken);
}

/**
 * The funders' report as CSV (`Accept: text/csv`), as a Blob to offer as a download. A plain
 * link cannot ask for CSV (a browser sends its own Accept), so the page fetches it itself,
 * with the session cookie, and hands the file over as a blob: URL.
 */
export async function fetchReportCsv(base: string, from: string, to: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(`${base.replace(/\/+$/, '')}${'/v1/beheer/ride-report' satisfies keyof paths}?${new URLSearchParams({ from, to })}`, {
      headers: { accept: 'text/csv' },
      credentials: 'same-origin',
    });
  } catch (cause) {
    throw new ApiError(0, undefined, { cause });
  }
  if (!response.ok) {
    const problem = response.headers.get('content-type')?.includes('json') ? ((await response.json().catch(() => undefined)) as Problem | undefined) : undefined;
    throw new ApiError(response.status, problem);
  }
  return new Blob([await response.text()], { type: 'text/csv;charset=utf-8' });
}

/** "Nog actueel": the service checked today. */
export function assureService(base: string, csrfToken: string, id: string): Promise<BeheerService> {
  return send(base, 'POST', ('/v1/beheer/services/{id}/assured' satisfies keyof paths).replace('{id}', encodeURIComponent(id)), csrfToken);
}

const feedPath = (id: string, tail = '') => ('/v1/beheer/calendar-feeds/{id}' satisfies keyof paths).replace('{id}', encodeURIComponent(id)) + tail;

/**
 * Adds an organisation's calendar feed; the answer is the feed after its first fetch. With
 * the Idempotency-Key a retry after a lost answer gets that same feed back, not "al
 * toegevoegd" for its own first try; adding the same address again after removing it is
 * a new submission (creationKey).
 */
export async function addCalendarFeed(base: string, csrfToken: string, body: BeheerCalendarFeedRequest): Promise<BeheerCalendarFeed> {
  const response = await call(base, 'POST', '/v1/beheer/calendar-feeds' satisfies keyof paths, { csrf: csrfToken, body, idempotencyKey: creationKey(body) });
  return (await response.json()) as BeheerCalendarFeed;
}

/** "Nu ophalen". */
export function refreshCalendarFeed(base: string, csrfToken: string, id: string): Promise<BeheerCalendarFeed> {
  return send(base, 'POST', feedPath(id, '/refresh'), csrfToken);
}

/** Removes a feed; the answer names the activities that stay in the agenda for their volunteers. */
export function removeCalendarFeed(base: string, csrfToken: string, id: string): Promise<BeheerCalendarFeedRemoval> {
  return send(base, 'DELETE', feedPath(id), csrfToken);
}

export type HsdsImportResult = S['HsdsImportResult'];

/** Imports an HSDS 3.0 file into the sociale kaart; `dryRun` only says what would change. */
export function importHsdsFile(base: string, csrfToken: string, document: unknown, dryRun: boolean): Promise<HsdsImportResult> {
  return send(base, 'POST', `${'/v1/beheer/hsds-import' satisfies keyof paths}${dryRun ? '?dryRun=true' : ''}`, csrfToken, document);
}
