// The activity editor's records in the contract's shapes, and the row they are read from.
import type { components } from '../../../contract/types.ts';
import { formatIsoInZone } from '../../../common/zoned-time.ts';
import { localTimestamp, type ActivityColumns } from '../repository.ts';
import { describeSchedule } from '../schedule-text.ts';
import type { SeriesInput } from '../recurrence.ts';

type Schemas = components['schemas'];
export type ActivityInput = Schemas['BeheerActivityInput'];
export type ScheduleInput = Schemas['BeheerActivitySchedule'];
export type BeheerActivity = Schemas['BeheerActivity'];
export type BeheerActivitySummary = Schemas['BeheerActivitySummary'];
export type BeheerActivityPage = Schemas['BeheerActivityPage'];
export type BeheerActivityOptions = Schemas['BeheerActivityOptions'];
export type SchedulePreviewRequest = Schemas['BeheerSchedulePreviewRequest'];
export type SchedulePreview = Schemas['BeheerSchedulePreview'];

/** An activity row with its organisation, place and feed, as ACTIVITY_SELECT gives it. */
export interface ActivityRow extends ActivityColumns {
  organization_id: string;
  place_id: string;
  source: 'manual' | 'feed';
  feed_id: string | null;
  feed_url: string | null;
  hidden: boolean;
  /** Microseconds since 1970, as text: the ETag, exact to the stored value. */
  version: string;
  updated_at: Date | string;
  org_name: string;
  org_kind: Schemas['OrganizationKind'];
  place_name: string;
}

export const ACTIVITY_SELECT = `
  select a.id, a.title, a.summary, a.description, a.organization_id, a.place_id, a.starts_at, a.duration_minutes,
         a.rrule, a.rule_zone, a.categories, a.audiences, a.cost_amount, a.cost_note, a.wheelchair, a.hearing_loop,
         a.accessibility_note, a.registration_required, a.capacity, a.registration_how, a.village_bus,
         a.source, a.feed_id, f.url as feed_url, a.hidden, a.updated_at,
         (extract(epoch from a.updated_at) * 1000000)::bigint::text as version,
         o.name as org_name, o.kind as org_kind, p.name as place_name
    from activities a
    join organizations o on o.id = a.organization_id
    join places p on p.id = a.place_id
    left join calendar_feeds f on f.id = a.feed_id`;

export interface ExceptionRow {
  activity_id: string;
  original_starts_at: string;
  kind: 'skipped' | 'cancelled' | 'moved';
  new_starts_at: string | null;
  note: string | null;
}

export const etagOf = (row: Pick<ActivityRow, 'version'>) => `"a${row.version}"`;

export function seriesOf(row: ActivityRow, exceptions: ExceptionRow[]): SeriesInput {
  return {
    id: row.id,
    startsAt: localTimestamp(row.starts_at),
    durationMinutes: row.duration_minutes,
    rrule: row.rrule,
    ...(row.rule_zone ? { ruleZone: row.rule_zone } : {}),
    exceptions: exceptions
      .map((e) => ({
        originalStartsAt: localTimestamp(e.original_starts_at),
        kind: e.kind,
        ...(e.new_starts_at ? { newStartsAt: localTimestamp(e.new_starts_at) } : {}),
        ...(e.note ? { note: e.note } : {}),
      }))
      .sort((a, b) => (a.originalStartsAt < b.originalStartsAt ? -1 : 1)),
  };
}

const updatedAt = (row: ActivityRow, zone: string) => formatIsoInZone(new Date(row.updated_at).getTime(), zone);

export function toBeheerActivity(
  row: ActivityRow,
  exceptions: ExceptionRow[],
  opportunities: { id: string; title: string; signups_open: boolean }[],
  zone: string,
): BeheerActivity {
  const series = seriesOf(row, exceptions);
  const note = (v: string | null) => (v ? { note: v } : {});
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    description: row.description,
    organizationId: row.organization_id,
    placeId: row.place_id,
    startsAt: series.startsAt,
    durationMinutes: series.durationMinutes,
    rrule: series.rrule,
    exceptions: series.exceptions,
    categories: row.categories,
    audiences: row.audiences,
    cost: row.cost_amount === null ? { free: true, ...note(row.cost_note) } : { free: false, amount: Number(row.cost_amount), ...note(row.cost_note) },
    accessibility: { wheelchair: row.wheelchair, hearingLoop: row.hearing_loop, ...note(row.accessibility_note) },
    registration: {
      required: row.registration_required,
      ...(row.capacity !== null ? { capacity: row.capacity } : {}),
      ...(row.registration_how ? { how: row.registration_how } : {}),
    },
    villageBus: row.village_bus,
    schedule: describeSchedule(series, 'nl', zone),
    source: row.source,
    ...(row.feed_id && row.feed_url ? { feed: { id: row.feed_id, url: row.feed_url } } : {}),
    hidden: row.hidden,
    editable: row.source === 'manual',
    organization: { id: row.organization_id, name: row.org_name, kind: row.org_kind },
    placeName: row.place_name,
    volunteerOpportunities: opportunities.map((o) => ({ id: o.id, title: o.title, signupsOpen: o.signups_open })),
    updatedAt: updatedAt(row, zone),
  };
}

export function toSummary(row: ActivityRow, nextStart: Date | string | null, zone: string): BeheerActivitySummary {
  return {
    id: row.id,
    title: row.title,
    organization: { id: row.organization_id, name: row.org_name, kind: row.org_kind },
    schedule: describeSchedule(seriesOf(row, []), 'nl', zone),
    source: row.source,
    hidden: row.hidden,
    editable: row.source === 'manual',
    ...(nextStart ? { nextStart: formatIsoInZone(new Date(nextStart).getTime(), zone) } : {}),
    updatedAt: updatedAt(row, zone),
  };
}
