import type { components } from '../../contract/types.ts';

type S = components['schemas'];
export type Opportunity = S['VolunteerOpportunity'];
export type OpportunityDetail = S['VolunteerOpportunityDetail'];
export type Shift = S['VolunteerShift'];
export type Signup = S['VolunteerSignup'];
export type SignupCreated = S['VolunteerSignupCreated'];
/**
 * The POST body. Composed from the contract's pieces because openapi-typescript turns the
 * schema's `anyOf: [{required: [phone]}, {required: [email]}]` into `… | unknown`, which is
 * `unknown` (a generator quirk; the server checks the anyOf).
 */
export type SignupRequest = Pick<Signup, 'name' | 'phone' | 'email' | 'availability' | 'message'> & {
  opportunityId: S['Id'];
  occurrenceId?: S['OccurrenceId'];
  consent: { privacyVersion: S['PrivacyNotice']['version'] };
  homepage?: string;
};
export type DayPart = S['DayPart'];
export type Weekday = S['Weekday'];
export type Term = S['Term'];

/** What the person types, kept in memory only (never in localStorage or sessionStorage). */
export interface Answers {
  name: string;
  phone: string;
  email: string;
  message: string;
  /** `tue-morning`… */
  availability: string[];
  consent: boolean;
  /** The spam trap (decision 0009): only a robot fills it in. */
  homepage: string;
}

export const emptyAnswers = (): Answers => ({ name: '', phone: '', email: '', message: '', availability: [], consent: false, homepage: '' });

export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const DAY_PARTS: readonly DayPart[] = ['morning', 'afternoon', 'evening'];
