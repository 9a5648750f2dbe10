// Volunteering's SQL: opportunities, their shifts (occurrences of the activity, from the
// agenda's occurrence index), privacy notices, sign-ups and the outbox. Nothing here
// decides anything; signups.ts and opportunities.ts do.
import type { Queryable } from '../db/database.ts';

export type DayPart = 'morning' | 'afternoon' | 'evening';
export type SignupStatus = 'confirmed' | 'waitlisted' | 'cancelled';

/** A row of volunteer_opportunities (migration 007), as the seed writes it. */
export interface VolunteerOpportunityRow {
  id: string;
  organization_id: string;
  title: string;
  summary: string;
  description: string;
  kind_id: string;
  where_text: string;
  place_id: string | null;
  frequency: string;
  for_whom: string;
  day_parts: DayPart[];
  vog: boolean;
  driving_licence: boolean;
  minimum_age: number | null;
  activity_id: string | null;
  capacity_per_shift: number | null;
  ongoing: boolean;
  signups_open: boolean;
}

/** An opportunity as read: its row with its organisation, kind and place. */
export interface OpportunityRow extends Omit<VolunteerOpportunityRow, 'organization_id' | 'place_id'> {
  org_id: string;
  org_name: string;
  org_kind: 'professional' | 'volunteer' | 'resident-initiative';
  org_email: string | null;
  kind_name: string;
  place_name: string | null;
  street: string | null;
  postal_code: string | null;
  locality: string | null;
  village_id: string | null;
}

const OPPORTUNITY_COLUMNS = `
  o.id, o.title, o.summary, o.description, o.where_text, o.frequency, o.for_whom, o.day_parts,
  o.vog, o.driving_licence, o.minimum_age, o.activity_id, o.capacity_per_shift, o.ongoing, o.signups_open,
  org.id as org_id, org.name as org_name, org.kind as org_kind, org.email as org_email,
  k.id as kind_id, k.name as kind_name,
  p.name as place_name, p.street, p.postal_code, p.locality, p.village_id`;

const OPPORTUNITY_FROM = `
  from volunteer_opportunities o
  join organizations org on org.id = o.organization_id
  join volunteer_kinds k on k.id = o.kind_id
  left join places p on p.id = o.place_id`;

/** Which occurrences are shifts: not cancelled, not begun, and starting on or before the window's last local day. */
export interface ShiftWindow {
  now: Date;
  /** 'YYYY-MM-DD', the last local day of the window. */
  lastDay: string;
}

export interface OpportunityFilter {
  organization?: string;
  kind?: string;
  dayPart?: DayPart;
  /** An occurrence the opportunity must have as a shift. */
  occurrence?: { activityId: string; key: string };
  limit: number;
  offset: number;
}

/** One page of open opportunities, sorted by organisation, then title, and the total. */
export async function listOpportunityRows(db: Queryable, filter: OpportunityFilter, window: ShiftWindow): Promise<{ rows: OpportunityRow[]; total: number }> {
  const where = `where o.signups_open
      and ($1::text is null or o.organization_id = $1)
      and ($2::text is null or o.kind_id = $2)
      and ($3::text is null or $3 = any(o.day_parts))
      and ($4::text is null or (o.activity_id = $4 and exists (
        select 1 from activity_occurrences ao
         where ao.activity_id = o.activity_id and ao.occurrence_key = $5 and ao.status <> 'cancelled'
           and ao.starts_at > $6::timestamptz and ao.local_day <= $7::date)))`;
  const params = [filter.organization ?? null, filter.kind ?? null, filter.dayPart ?? null, filter.occurrence?.activityId ?? null, filter.occurrence?.key ?? null, window.now.toISOString(), window.lastDay];
  const [{ total }] = (await db.query<{ total: number }>(`select count(*)::int as total ${OPPORTUNITY_FROM} ${where}`, params)).rows as [{ total: number }];
  const rows = (
    await db.query<OpportunityRow>(
      `select ${OPPORTUNITY_COLUMNS} ${OPPORTUNITY_FROM} ${where} order by org.name, o.title, o.id limit $8 offset $9`,
      [...params, filter.limit, filter.offset],
    )
  ).rows;
  return { rows, total };
}

/** One opportunity; with `lock`, its row is locked until the transaction ends (sign-ups for it wait in line). */
export async function findOpportunityRow(db: Queryable, id: string, lock = false): Promise<OpportunityRow | undefined> {
  return (await db.query<OpportunityRow>(`select ${OPPORTUNITY_COLUMNS} ${OPPORTUNITY_FROM} where o.id = $1${lock ? ' for update of o' : ''}`, [id])).rows[0];
}

export async function organizationExists(db: Queryable, id: string): Promise<boolean> {
  return (await db.query('select 1 from organizations where id = $1', [id])).rows.length > 0;
}

export async function volunteerKindExists(db: Queryable, id: string): Promise<boolean> {
  return (await db.query('select 1 from volunteer_kinds where id = $1', [id])).rows.length > 0;
}

export interface ShiftRow {
  opportunity_id: string;
  activity_id: string;
  occurrence_key: string;
  starts_at: Date | string;
  ends_at: Date | string;
  capacity: number;
  confirmed: number;
  waitlisted: number;
}

/** The coming shifts of these opportunities, sorted by start, with the sign-ups counted. */
export async function shiftRows(db: Queryable, opportunityIds: string[], window: ShiftWindow): Promise<ShiftRow[]> {
  if (!opportunityIds.length) return [];
  return (
    await db.query<ShiftRow>(
      `select o.id as opportunity_id, ao.activity_id, ao.occurrence_key, ao.starts_at, ao.ends_at, o.capacity_per_shift as capacity,
              count(s.id) filter (where s.status = 'confirmed')::int as confirmed,
              count(s.id) filter (where s.status = 'waitlisted')::int as waitlisted
         from volunteer_opportunities o
         join activity_occurrences ao on ao.activity_id = o.activity_id
         left join volunteer_signups s on s.opportunity_id = o.id and s.occurrence_key = ao.occurrence_key
        where o.id = any($1::text[]) and ao.status <> 'cancelled' and ao.starts_at > $2::timestamptz and ao.local_day <= $3::date
        group by o.id, ao.activity_id, ao.occurrence_key, ao.starts_at, ao.ends_at, o.capacity_per_shift
        order by ao.starts_at, ao.occurrence_key`,
      [opportunityIds, window.now.toISOString(), window.lastDay],
    )
  ).rows;
}

export interface OccurrenceRow {
  occurrence_key: string;
  starts_at: Date | string;
  ends_at: Date | string;
  local_day: string;
  status: 'scheduled' | 'moved' | 'cancelled';
  title: string;
}

/** One occurrence of an activity from the occurrence index, with the activity's title. */
export async function findOccurrenceRow(db: Queryable, activityId: string, key: string): Promise<OccurrenceRow | undefined> {
  return (
    await db.query<OccurrenceRow>(
      `select ao.occurrence_key, ao.starts_at, ao.ends_at, to_char(ao.local_day, 'YYYY-MM-DD') as local_day, ao.status, a.title
         from activity_occurrences ao join activities a on a.id = ao.activity_id
        where ao.activity_id = $1 and ao.occurrence_key = $2`,
      [activityId, key],
    )
  ).rows[0];
}

export interface PrivacyNoticeRow {
  version: string;
  why: string;
  who: string;
  how_long: string;
}

/** The sign-up's privacy text shown now: the one published last, not the village bus's own (ride_service.privacy_version). */
export async function currentPrivacyNotice(db: Queryable): Promise<PrivacyNoticeRow | undefined> {
  return (
    await db.query<PrivacyNoticeRow>(
      `select version, why, who, how_long from privacy_notices
        where version not in (select privacy_version from ride_service)
        order by published_at desc, version desc limit 1`,
    )
  ).rows[0];
}

export interface NetworkRow {
  name: string;
  timezone: string;
  email: string | null;
}

export async function networkRow(db: Queryable): Promise<NetworkRow> {
  const [row] = (await db.query<NetworkRow>('select name, timezone, email from network limit 1')).rows;
  if (!row) throw new Error('The database holds no network: was it seeded?');
  return row;
}

/** Sign-ups of one shift with this status (cancelled ones not counted). */
export async function countSignups(db: Queryable, opportunityId: string, occurrenceKey: string, status: 'confirmed' | 'waitlisted'): Promise<number> {
  const [row] = (
    await db.query<{ n: number }>('select count(*)::int as n from volunteer_signups where opportunity_id = $1 and occurrence_key = $2 and status = $3', [opportunityId, occurrenceKey, status])
  ).rows;
  return row?.n ?? 0;
}

export interface NewSignup {
  reference: string;
  tokenHash: string;
  opportunityId: string;
  occurrenceKey: string | null;
  name: string;
  phone: string | null;
  email: string | null;
  availability: { day: string; part: string }[];
  message: string | null;
  privacyVersion: string;
  status: 'confirmed' | 'waitlisted';
  createdAt: Date;
}

/** Inserts a sign-up; undefined when its reference is taken already (nothing is inserted then). */
export async function insertSignup(db: Queryable, s: NewSignup): Promise<number | undefined> {
  const [row] = (
    await db.query<{ id: string | number }>(
      `insert into volunteer_signups (reference, token_hash, opportunity_id, occurrence_key, name, phone, email, availability, message, privacy_version, status, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12)
       on conflict (reference) do nothing
       returning id`,
      [s.reference, s.tokenHash, s.opportunityId, s.occurrenceKey, s.name, s.phone, s.email, JSON.stringify(s.availability), s.message, s.privacyVersion, s.status, s.createdAt.toISOString()],
    )
  ).rows;
  return row ? Number(row.id) : undefined;
}

export interface SignupRow {
  id: number;
  reference: string;
  token_hash: string;
  opportunity_id: string;
  occurrence_key: string | null;
  name: string;
  phone: string | null;
  email: string | null;
  availability: { day: string; part: string }[];
  message: string | null;
  status: SignupStatus;
  created_at: Date | string;
  /** Place on the waiting list of its shift (1: next in line); null unless waitlisted. */
  waitlist_position: number | null;
  privacy_version: string;
  cancelled_at: Date | string | null;
  /** When the organisation confirmed it to the volunteer (migration 011). */
  confirmed_by_organization_at: Date | string | null;
  /** 'YYYY-MM-DD', the date on the VOG, when "VOG ontvangen" was recorded. */
  vog_received_on: string | null;
}

const SIGNUP_SELECT = `
  select s.id::int as id, s.reference, s.token_hash, s.opportunity_id, s.occurrence_key, s.name, s.phone, s.email,
         s.availability, s.message, s.status, s.created_at, s.privacy_version, s.cancelled_at,
         s.confirmed_by_organization_at, to_char(s.vog_received_on, 'YYYY-MM-DD') as vog_received_on,
         case when s.status = 'waitlisted' then (
           select count(*)::int from volunteer_signups w
            where w.opportunity_id = s.opportunity_id and w.occurrence_key = s.occurrence_key
              and w.status = 'waitlisted' and w.id <= s.id)
         end as waitlist_position
    from volunteer_signups s`;

export async function findSignupByReference(db: Queryable, reference: string, lock = false): Promise<SignupRow | undefined> {
  return (await db.query<SignupRow>(`${SIGNUP_SELECT} where s.reference = $1${lock ? ' for update of s' : ''}`, [reference])).rows[0];
}

export async function findSignupById(db: Queryable, id: number, lock = false): Promise<SignupRow | undefined> {
  return (await db.query<SignupRow>(`${SIGNUP_SELECT} where s.id = $1${lock ? ' for update of s' : ''}`, [id])).rows[0];
}

/** The first on the waiting list of a shift, locked. */
export async function firstWaitlisted(db: Queryable, opportunityId: string, occurrenceKey: string): Promise<SignupRow | undefined> {
  return (
    await db.query<SignupRow>(
      `${SIGNUP_SELECT} where s.opportunity_id = $1 and s.occurrence_key = $2 and s.status = 'waitlisted' order by s.id limit 1 for update of s`,
      [opportunityId, occurrenceKey],
    )
  ).rows[0];
}

export async function setSignupStatus(db: Queryable, id: number, status: SignupStatus, at: Date): Promise<void> {
  await db.query(`update volunteer_signups set status = $2, cancelled_at = case when $2 = 'cancelled' then $3::timestamptz end where id = $1`, [id, status, at.toISOString()]);
}

export interface OutboxMessage {
  kind: 'signup-confirmation' | 'signup-notice' | 'waitlist-moved-up' | 'organization-confirmed' | 'organization-cancelled' | 'shift-time-changed';
  signupId: number;
  recipient: string;
  subject: string;
  body: string;
  messageId: string;
  createdAt: Date;
}

export async function insertOutbox(db: Queryable, m: OutboxMessage): Promise<void> {
  await db.query(
    'insert into outbox (kind, signup_id, recipient, subject, body, message_id, created_at) values ($1, $2, $3, $4, $5, $6, $7)',
    [m.kind, m.signupId, m.recipient, m.subject, m.body, m.messageId, m.createdAt.toISOString()],
  );
}

// --- the coordinator's side (/beheer) ------------------------------------------------

export interface BeheerOpportunityFilter {
  /** Only this organisation's opportunities (a contact's own, or the coordinator's filter). */
  organization?: string;
  limit: number;
  offset: number;
}

/** One page of every opportunity (open or not), sorted by organisation, then title, and the total. */
export async function listAllOpportunityRows(db: Queryable, filter: BeheerOpportunityFilter): Promise<{ rows: OpportunityRow[]; total: number }> {
  const where = 'where ($1::text is null or o.organization_id = $1)';
  const [{ total }] = (await db.query<{ total: number }>(`select count(*)::int as total ${OPPORTUNITY_FROM} ${where}`, [filter.organization ?? null])).rows as [{ total: number }];
  const rows = (
    await db.query<OpportunityRow>(`select ${OPPORTUNITY_COLUMNS} ${OPPORTUNITY_FROM} ${where} order by org.name, o.title, o.id limit $2 offset $3`, [
      filter.organization ?? null,
      filter.limit,
      filter.offset,
    ])
  ).rows;
  return { rows, total };
}

export interface BeheerShiftRow extends ShiftRow {
  title: string;
  cancelled: boolean;
  /** Confirmed, not yet confirmed by the organisation. */
  to_confirm: number;
  /** Confirmed, for a role that asks a VOG, without "VOG ontvangen". */
  vog_missing: number;
}

const COUNTS = `
  count(s.id) filter (where s.status = 'confirmed')::int as confirmed,
  count(s.id) filter (where s.status = 'waitlisted')::int as waitlisted,
  count(s.id) filter (where s.status = 'confirmed' and s.confirmed_by_organization_at is null)::int as to_confirm,
  count(s.id) filter (where s.status = 'confirmed' and o.vog and s.vog_received_on is null)::int as vog_missing`;

/**
 * The shifts of these opportunities whose local day lies in [firstDay, lastDay], cancelled
 * ones too, begun or not, sorted by start, with their sign-ups counted.
 */
export async function beheerShiftRows(db: Queryable, opportunityIds: string[], firstDay: string, lastDay: string): Promise<BeheerShiftRow[]> {
  if (!opportunityIds.length) return [];
  return (
    await db.query<BeheerShiftRow>(
      `select o.id as opportunity_id, ao.activity_id, ao.occurrence_key, ao.starts_at, ao.ends_at, o.capacity_per_shift as capacity,
              a.title, ao.status = 'cancelled' as cancelled, ${COUNTS}
         from volunteer_opportunities o
         join activity_occurrences ao on ao.activity_id = o.activity_id
         join activities a on a.id = ao.activity_id
         left join volunteer_signups s on s.opportunity_id = o.id and s.occurrence_key = ao.occurrence_key
        where o.id = any($1::text[]) and ao.local_day between $2::date and $3::date
        group by o.id, ao.activity_id, ao.occurrence_key, ao.starts_at, ao.ends_at, o.capacity_per_shift, a.title, ao.status
        order by ao.starts_at, ao.occurrence_key`,
      [opportunityIds, firstDay, lastDay],
    )
  ).rows;
}

export interface SignupCountsRow {
  opportunity_id: string;
  confirmed: number;
  waitlisted: number;
  to_confirm: number;
  vog_missing: number;
}

/** The sign-ups of these ongoing roles (without a shift), counted. */
export async function ongoingSignupCounts(db: Queryable, opportunityIds: string[]): Promise<SignupCountsRow[]> {
  if (!opportunityIds.length) return [];
  return (
    await db.query<SignupCountsRow>(
      `select o.id as opportunity_id, ${COUNTS}
         from volunteer_opportunities o
         left join volunteer_signups s on s.opportunity_id = o.id and s.occurrence_key is null
        where o.id = any($1::text[])
        group by o.id`,
      [opportunityIds],
    )
  ).rows;
}

export interface SignupListFilter {
  occurrenceKey?: string;
  status?: SignupStatus;
  limit: number;
  offset: number;
}

/** One page of an opportunity's sign-ups, oldest first (the order of the waiting list), and the total. */
export async function listSignupRows(db: Queryable, opportunityId: string, filter: SignupListFilter): Promise<{ rows: SignupRow[]; total: number }> {
  const where = 'where s.opportunity_id = $1 and ($2::text is null or s.occurrence_key = $2) and ($3::text is null or s.status = $3)';
  const params = [opportunityId, filter.occurrenceKey ?? null, filter.status ?? null];
  const [{ total }] = (await db.query<{ total: number }>(`select count(*)::int as total from volunteer_signups s ${where}`, params)).rows as [{ total: number }];
  const rows = (await db.query<SignupRow>(`${SIGNUP_SELECT} ${where} order by s.id limit $4 offset $5`, [...params, filter.limit, filter.offset])).rows;
  return { rows, total };
}

/** The occurrences with these keys of one activity (for the shifts of a page of sign-ups). */
export async function findOccurrenceRows(db: Queryable, activityId: string, keys: string[]): Promise<OccurrenceRow[]> {
  if (!keys.length) return [];
  return (
    await db.query<OccurrenceRow>(
      `select ao.occurrence_key, ao.starts_at, ao.ends_at, to_char(ao.local_day, 'YYYY-MM-DD') as local_day, ao.status, a.title
         from activity_occurrences ao join activities a on a.id = ao.activity_id
        where ao.activity_id = $1 and ao.occurrence_key = any($2::text[])`,
      [activityId, keys],
    )
  ).rows;
}

export async function setConfirmedByOrganization(db: Queryable, id: number, at: Date): Promise<void> {
  await db.query('update volunteer_signups set confirmed_by_organization_at = $2 where id = $1', [id, at.toISOString()]);
}

/** Records the date on the VOG ('YYYY-MM-DD'), or removes it (null). */
export async function setVogReceivedOn(db: Queryable, id: number, date: string | null): Promise<void> {
  await db.query('update volunteer_signups set vog_received_on = $2::date where id = $1', [id, date]);
}

/**
 * One audit row per sign-up shown, in one statement (a page of 500 is one insert). The
 * record is named by its reference: the audit log holds no personal data.
 */
export async function recordSignupViews(db: Queryable, accountId: string, references: string[], at: Date): Promise<void> {
  if (!references.length) return;
  await db.query(
    `insert into audit_log (at, account_id, action, record_type, record_id)
     select $1, $2, 'view', 'volunteer-signup', r from unnest($3::text[]) with ordinality as t(r, n) order by n`,
    [at, accountId, references],
  );
}
