// Reading volunteer work: the list with its filters, one opportunity with its shifts.
// Shifts are the occurrences of the opportunity's activity (the agenda's occurrence index)
// that have not begun and start within SHIFT_WINDOW_DAYS local days from today; cancelled
// occurrences are no shifts.
import type { components, operations } from '../../contract/types.ts';
import type { Queryable } from '../db/database.ts';
import { invalidParameter, ProblemError } from '../http/problem.ts';
import { addDays, todayIn } from '../../common/zoned-time.ts';
import {
  currentPrivacyNotice,
  findOpportunityRow,
  listOpportunityRows,
  networkRow,
  organizationExists,
  shiftRows,
  volunteerKindExists,
  type ShiftWindow,
} from './repository.ts';
import { toDetail, toOpportunity, toShift, type VolunteerOpportunityDetail, type VolunteerShift } from './shapes.ts';

/** About eight weeks: today and the 55 days after it. */
export const SHIFT_WINDOW_DAYS = 56;

export type OpportunityQuery = NonNullable<operations['listVolunteerOpportunities']['parameters']['query']>;
type OpportunityPage = components['schemas']['VolunteerOpportunityPage'];

export function shiftWindow(zone: string, now: Date): ShiftWindow {
  return { now, lastDay: addDays(todayIn(zone, now), SHIFT_WINDOW_DAYS - 1) };
}

/** 'koffieochtend-dorpshuis-20261208T1000' -> its activity and occurrence key. */
export function splitOccurrenceId(id: string): { activityId: string; key: string } | undefined {
  const m = /^(.+)-(\d{8}T\d{4})$/.exec(id);
  return m ? { activityId: m[1]!, key: m[2]! } : undefined;
}

async function shiftsByOpportunity(db: Queryable, ids: string[], window: ShiftWindow, zone: string): Promise<Map<string, VolunteerShift[]>> {
  const byId = new Map<string, VolunteerShift[]>(ids.map((id) => [id, []]));
  for (const row of await shiftRows(db, ids, window)) byId.get(row.opportunity_id)!.push(toShift(row, zone));
  return byId;
}

export async function listOpportunities(db: Queryable, query: OpportunityQuery, now: Date): Promise<OpportunityPage> {
  const { organization, kind, dayPart, occurrence, limit = 100, offset = 0 } = query;
  // A misspelt filter says so, rather than quietly finding nothing.
  if (organization && !(await organizationExists(db, organization))) throw invalidParameter('organization', `Er is geen organisatie met id ${organization}.`);
  if (kind && !(await volunteerKindExists(db, kind))) throw invalidParameter('kind', `Er is geen soort vrijwilligerswerk met id ${kind}.`);
  const { timezone: zone } = await networkRow(db);
  const window = shiftWindow(zone, now);
  const { rows, total } = await listOpportunityRows(
    db,
    { organization, kind, dayPart, occurrence: occurrence ? splitOccurrenceId(occurrence) : undefined, limit, offset },
    window,
  );
  const shifts = await shiftsByOpportunity(db, rows.filter((r) => !r.ongoing).map((r) => r.id), window, zone);
  const items = rows.map((r) => toOpportunity(r, shifts.get(r.id) ?? []));
  return { items, total, offset, limit, ...(offset + items.length < total ? { next: offset + items.length } : {}) };
}

export async function getOpportunity(db: Queryable, id: string, now: Date): Promise<VolunteerOpportunityDetail> {
  const row = await findOpportunityRow(db, id);
  if (!row) throw new ProblemError('not-found', `Er is geen vrijwilligerswerk met id ${id}.`);
  const privacy = await currentPrivacyNotice(db);
  if (!privacy) throw new ProblemError('unavailable', 'Aanmelden kan nog niet: de privacytekst ontbreekt.');
  const { timezone: zone } = await networkRow(db);
  const shifts = row.ongoing ? [] : (await shiftsByOpportunity(db, [row.id], shiftWindow(zone, now), zone)).get(row.id)!;
  return toDetail(row, shifts, privacy);
}
