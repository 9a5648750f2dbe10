// Volunteering's rows in the contract's shapes.
import type { components } from '../../contract/types.ts';
import { formatIsoInZone } from '../../common/zoned-time.ts';
import type { BeheerShiftRow, OccurrenceRow, OpportunityRow, PrivacyNoticeRow, ShiftRow, SignupCountsRow, SignupRow } from './repository.ts';

type Schemas = components['schemas'];
export type VolunteerOpportunity = Schemas['VolunteerOpportunity'];
export type VolunteerOpportunityDetail = Schemas['VolunteerOpportunityDetail'];
export type VolunteerShift = Schemas['VolunteerShift'];
export type VolunteerSignup = Schemas['VolunteerSignup'];
export type PrivacyNotice = Schemas['PrivacyNotice'];
export type BeheerSignup = Schemas['BeheerSignup'];
export type BeheerShift = Schemas['BeheerShift'];
export type BeheerOpportunity = Schemas['BeheerOpportunity'];

export const isoIn = (value: Date | string, zone: string) => formatIsoInZone(new Date(value).getTime(), zone);

export function toShift(row: ShiftRow, zone: string): VolunteerShift {
  return {
    occurrenceId: `${row.activity_id}-${row.occurrence_key}`,
    start: isoIn(row.starts_at, zone),
    end: isoIn(row.ends_at, zone),
    capacity: row.capacity,
    placesLeft: Math.max(0, row.capacity - row.confirmed),
    waitlist: row.waitlisted,
  };
}

const requirementsOf = (row: OpportunityRow): VolunteerOpportunity['requirements'] => ({
  vog: row.vog,
  drivingLicence: row.driving_licence,
  ...(row.minimum_age !== null ? { minimumAge: row.minimum_age } : {}),
});

/** An opportunity with its coming shifts (empty for an ongoing role). */
export function toOpportunity(row: OpportunityRow, shifts: VolunteerShift[]): VolunteerOpportunity {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    organizer: { id: row.org_id, name: row.org_name, kind: row.org_kind },
    kind: { id: row.kind_id, name: row.kind_name },
    where: row.where_text,
    ...(row.place_name
      ? { place: { name: row.place_name, address: { street: row.street!, postalCode: row.postal_code!, locality: row.locality! }, village: row.village_id! } }
      : {}),
    frequency: row.frequency,
    forWhom: row.for_whom,
    dayParts: row.day_parts,
    requirements: requirementsOf(row),
    ...(row.activity_id ? { activityId: row.activity_id } : {}),
    ongoing: row.ongoing,
    signupsOpen: row.signups_open,
    ...(row.ongoing ? {} : { placesLeft: shifts.reduce((n, s) => n + s.placesLeft, 0) }),
    ...(shifts[0] ? { nextShift: shifts[0] } : {}),
  };
}

export function toPrivacyNotice(row: PrivacyNoticeRow): PrivacyNotice {
  return { version: row.version, why: row.why, who: row.who, howLong: row.how_long };
}

export function toDetail(row: OpportunityRow, shifts: VolunteerShift[], privacy: PrivacyNoticeRow): VolunteerOpportunityDetail {
  return { ...toOpportunity(row, shifts), description: row.description, shifts, privacy: toPrivacyNotice(privacy) };
}

/** A sign-up as its volunteer sees it. */
export function toSignup(row: SignupRow, opportunity: OpportunityRow, occurrence: OccurrenceRow | undefined, zone: string): VolunteerSignup {
  return {
    reference: row.reference,
    status: row.status,
    ...(row.waitlist_position !== null ? { waitlistPosition: row.waitlist_position } : {}),
    opportunity: { id: opportunity.id, title: opportunity.title, organizer: { id: opportunity.org_id, name: opportunity.org_name, kind: opportunity.org_kind } },
    ...(occurrence && opportunity.activity_id
      ? {
          shift: {
            occurrenceId: `${opportunity.activity_id}-${occurrence.occurrence_key}`,
            title: occurrence.title,
            start: isoIn(occurrence.starts_at, zone),
            end: isoIn(occurrence.ends_at, zone),
          },
        }
      : {}),
    name: row.name,
    ...(row.phone !== null ? { phone: row.phone } : {}),
    ...(row.email !== null ? { email: row.email } : {}),
    ...(row.availability.length ? { availability: row.availability as VolunteerSignup['availability'] } : {}),
    ...(row.message !== null ? { message: row.message } : {}),
    createdAt: isoIn(row.created_at, zone),
  };
}

/** A sign-up as the organisation sees it: the volunteer's view and what the organisation recorded. */
export function toBeheerSignup(row: SignupRow, opportunity: OpportunityRow, occurrence: OccurrenceRow | undefined, zone: string): BeheerSignup {
  return {
    ...toSignup(row, opportunity, occurrence, zone),
    privacyVersion: row.privacy_version,
    ...(row.confirmed_by_organization_at !== null ? { confirmedByOrganizationAt: isoIn(row.confirmed_by_organization_at, zone) } : {}),
    ...(row.vog_received_on !== null ? { vogReceivedOn: row.vog_received_on } : {}),
    ...(row.cancelled_at !== null ? { cancelledAt: isoIn(row.cancelled_at, zone) } : {}),
  };
}

export function toBeheerShift(row: BeheerShiftRow, zone: string): BeheerShift {
  return {
    occurrenceId: `${row.activity_id}-${row.occurrence_key}`,
    title: row.title,
    start: isoIn(row.starts_at, zone),
    end: isoIn(row.ends_at, zone),
    ...(row.cancelled ? { cancelled: true } : {}),
    capacity: row.capacity,
    confirmed: row.confirmed,
    waitlisted: row.waitlisted,
  };
}

/** An opportunity with its listed shifts and the sign-ups counted over them (or over the ongoing role). */
export function toBeheerOpportunity(row: OpportunityRow, shifts: BeheerShiftRow[], ongoing: SignupCountsRow | undefined, zone: string): BeheerOpportunity {
  const counted: Pick<SignupCountsRow, 'confirmed' | 'waitlisted' | 'to_confirm' | 'vog_missing'>[] = row.ongoing ? (ongoing ? [ongoing] : []) : shifts;
  const sum = (key: keyof (typeof counted)[number]) => counted.reduce((n, c) => n + c[key], 0);
  return {
    id: row.id,
    title: row.title,
    organizer: { id: row.org_id, name: row.org_name, kind: row.org_kind },
    ongoing: row.ongoing,
    signupsOpen: row.signups_open,
    requirements: requirementsOf(row),
    counts: { confirmed: sum('confirmed'), waitlisted: sum('waitlisted'), toConfirm: sum('to_confirm'), vogMissing: sum('vog_missing') },
    shifts: row.ongoing ? [] : shifts.map((s) => toBeheerShift(s, zone)),
  };
}
