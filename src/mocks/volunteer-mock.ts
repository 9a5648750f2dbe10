/**
 * The mocks' memory of sign-ups (in the page, gone on reload): places taken, waiting
 * lists, and the answers stored per Idempotency-Key so a retry replays the first one.
 */
import type { components } from '../../contract/types.ts';
import type { SignupRequest } from '../volunteer-signup/types.ts';
import { activityTitles, makeOpportunities } from './volunteer-fixtures.ts';

type S = components['schemas'];
type Created = S['VolunteerSignupCreated'];

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const pick = (n: number, chars: string) =>
  Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => chars[b % chars.length]).join('');

function createStore() {
  const byKey = new Map<string, Created>();
  const signups = new Map<string, { signup: Created; token: string }>();
  /** Per occurrence: sign-ups the mocks took, confirmed and waitlisted. */
  const taken = new Map<string, { confirmed: number; waitlisted: number }>();

  const opportunities = () =>
    makeOpportunities().map((o) => {
      const shifts = o.shifts.map((s) => {
        const t = taken.get(s.occurrenceId) ?? { confirmed: 0, waitlisted: 0 };
        return { ...s, placesLeft: Math.max(0, s.placesLeft - t.confirmed), waitlist: s.waitlist + t.waitlisted };
      });
      return shifts.length ? { ...o, shifts, placesLeft: shifts.reduce((n, s) => n + s.placesLeft, 0), nextShift: shifts[0] } : o;
    });

  return {
    opportunities,
    /** How many sign-ups the mocks made (a replayed answer is not a new one). */
    get count() {
      return signups.size;
    },
    reset() {
      byKey.clear();
      signups.clear();
      taken.clear();
    },
    signUp(body: SignupRequest, key: string): Created {
      const replay = byKey.get(key);
      if (replay) return replay;
      const o = opportunities().find((x) => x.id === body.opportunityId)!;
      const s = o.shifts.find((x) => x.occurrenceId === body.occurrenceId);
      const t = s ? (taken.get(s.occurrenceId) ?? { confirmed: 0, waitlisted: 0 }) : undefined;
      const full = !!s && s.placesLeft === 0;
      if (s && t) {
        if (full) t.waitlisted++;
        else t.confirmed++;
        taken.set(s.occurrenceId, t);
      }
      const token = pick(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');
      const { consent: _consent, opportunityId: _o, occurrenceId: _s, ...answers } = body;
      const signup: Created = {
        ...answers,
        reference: `VW-${pick(4, ALPHABET)}-${pick(4, ALPHABET)}`,
        status: full ? 'waitlisted' : 'confirmed',
        ...(full ? { waitlistPosition: s!.waitlist + 1 } : {}),
        opportunity: { id: o.id, title: o.title, organizer: o.organizer },
        ...(s ? { shift: { occurrenceId: s.occurrenceId, title: activityTitles[o.activityId!] ?? o.title, start: s.start, end: s.end } } : {}),
        createdAt: new Date().toISOString(),
        token,
      };
      byKey.set(key, signup);
      signups.set(signup.reference, { signup, token });
      return signup;
    },
    find(reference: string, authorization: string | null): S['VolunteerSignup'] | undefined {
      const found = signups.get(reference);
      if (!found || authorization !== `Bearer ${found.token}`) return undefined;
      const { token: _t, ...signup } = found.signup;
      return signup;
    },
    cancel(reference: string, authorization: string | null): S['VolunteerSignup'] | undefined {
      const found = this.find(reference, authorization);
      if (!found) return undefined;
      const { waitlistPosition: _w, ...rest } = found;
      const cancelled = { ...rest, status: 'cancelled' as const };
      signups.set(reference, { ...signups.get(reference)!, signup: { ...cancelled, token: signups.get(reference)!.token } });
      return cancelled;
    },
  };
}

export const volunteering = createStore();
