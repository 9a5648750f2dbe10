// The activity editor as tests use it: the demo network with Anna (coordinator) and Piet
// (contact of Dorpshuis De Linde) logged in, a valid activity body, and a second app on the
// same database (its own AgendaStore and response cache), as a second server process is.
import { createApp } from '../../server/app.ts';
import { createLogger } from '../../server/log.ts';
import { beheerFixture, type BeheerFixture } from './beheer-signups-fixture.ts';

export const TODAY = '2026-12-01'; // the fixture's clock: 2026-12-01T09:00Z

/** A valid body for POST /v1/beheer/activities; `extra` overrides its fields. */
export function activityBody(extra: Record<string, unknown> = {}): Record<string, any> {
  return {
    title: 'Soos voor ouderen',
    summary: 'Een middag kaarten, sjoelen en bijpraten met koffie.',
    description: 'Iedere derde donderdag van de maand in Dorpshuis De Linde.',
    organizationId: 'dorpshuis-de-linde',
    placeId: 'dorpshuis-de-linde',
    startsAt: '2027-01-21T14:00',
    durationMinutes: 120,
    rrule: 'FREQ=MONTHLY;BYDAY=3TH',
    categories: ['ontmoeting'],
    audiences: ['ouderen'],
    cost: { free: false, amount: 2.5, note: 'Inclusief koffie' },
    accessibility: { wheelchair: true, hearingLoop: false },
    registration: { required: false },
    villageBus: true,
    exceptions: [],
    ...extra,
  };
}

export interface ActivitiesFixture extends BeheerFixture {
  /** GET from a second app on the same database: another server process. */
  other(path: string): Promise<Response>;
  /** Rows of the tables a write touches, to prove nothing changed. */
  snapshot(): Promise<string>;
}

export async function activitiesFixture(): Promise<ActivitiesFixture> {
  const f = await beheerFixture();
  const second = createApp({ db: f.db, config: { corsOrigins: [] }, log: createLogger('silent'), now: () => new Date('2026-12-01T09:00:00Z') });
  return {
    ...f,
    other: async (path) => second.request(new URL(path, 'https://tweede.example').toString()),
    snapshot: async () =>
      JSON.stringify([
        await f.rows('select id, title, rrule, starts_at, hidden, updated_at from activities order by id'),
        await f.rows('select * from activity_exceptions order by activity_id, original_starts_at'),
        await f.rows('select activity_id, occurrence_key, starts_at, status, note from activity_occurrences order by activity_id, occurrence_key'),
        await f.rows("select count(*)::int as n from audit_log where record_type = 'activity'"),
      ]),
  };
}
