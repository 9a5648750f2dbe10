// Signing up, seeing and cancelling: the domain rules and the one transaction each runs in.
//
// Places are taken under a row lock on the opportunity (`select … for update`): sign-ups
// and cancellations for one opportunity run one after another, so the count of confirmed
// sign-ups read inside the lock is the truth (PostgreSQL's read committed takes a new
// snapshot per statement, after the lock is granted), and the sign-ups' ids are the order
// of the waiting list. PGlite runs one transaction at a time anyway.
import type { components } from '../../contract/types.ts';
import type { Queryable } from '../db/database.ts';
import { ProblemError } from '../http/problem.ts';
import { confirmation, movedUp, notice } from './messages.ts';
import { SHIFT_WINDOW_DAYS, shiftWindow, splitOccurrenceId } from './opportunities.ts';
import {
  countSignups,
  currentPrivacyNotice,
  findOccurrenceRow,
  findOpportunityRow,
  findSignupById,
  findSignupByReference,
  firstWaitlisted,
  insertOutbox,
  insertSignup,
  networkRow,
  setSignupStatus,
  type OccurrenceRow,
  type OpportunityRow,
  type SignupRow,
} from './repository.ts';
import { hashToken, newReference, newToken, tokenMatches } from './secrets.ts';
import { toSignup, type VolunteerSignup } from './shapes.ts';

export type VolunteerSignupRequest = components['schemas']['VolunteerSignupRequest'];
export type VolunteerSignupCreated = components['schemas']['VolunteerSignupCreated'];

/** A 422 naming one field of the body. */
const fieldProblem = (name: string, detail: string) => new ProblemError('invalid-body', `${name}: ${detail}`, [{ name, in: 'body', detail }]);

/** How often a new reference is drawn when it exists already (40 random bits: a repeat is rare). */
const REFERENCE_ATTEMPTS = 5;

/**
 * Stores a sign-up (already valid against the contract) with its outbox messages, in the
 * caller's transaction `tx`: a problem thrown here rolls all of it back. Confirmed while
 * the shift has places, otherwise on the waiting list; an ongoing role is always confirmed.
 */
export async function createSignup(tx: Queryable, request: VolunteerSignupRequest, now: Date): Promise<VolunteerSignupCreated> {
  // A body may hold tabs and line breaks (a message does); a name is one line, as the database insists.
  if (/[\t\n\r]/.test(request.name)) throw fieldProblem('name', 'Vul uw naam in op één regel.');
  const opportunity = await findOpportunityRow(tx, request.opportunityId, true);
  if (!opportunity) throw fieldProblem('opportunityId', 'Dit vrijwilligerswerk bestaat niet (meer).');
  if (!opportunity.signups_open) throw fieldProblem('opportunityId', 'Aanmelden voor dit vrijwilligerswerk kan op dit moment niet.');
  const privacy = await currentPrivacyNotice(tx);
  if (!privacy || request.consent.privacyVersion !== privacy.version) {
    throw fieldProblem('consent.privacyVersion', 'De privacytekst is veranderd. Lees de nieuwe tekst en stuur uw aanmelding opnieuw.');
  }
  const network = await networkRow(tx);
  const zone = network.timezone;
  const occurrence = await checkShift(tx, opportunity, request.occurrenceId, zone, now);

  let status: 'confirmed' | 'waitlisted' = 'confirmed';
  if (occurrence && (await countSignups(tx, opportunity.id, occurrence.occurrence_key, 'confirmed')) >= opportunity.capacity_per_shift!) status = 'waitlisted';

  const token = newToken();
  let reference = '';
  let id: number | undefined;
  for (let attempt = 0; id === undefined; attempt++) {
    if (attempt === REFERENCE_ATTEMPTS) throw new Error('No free sign-up reference after several attempts');
    reference = newReference();
    id = await insertSignup(tx, {
      reference,
      tokenHash: hashToken(token),
      opportunityId: opportunity.id,
      occurrenceKey: occurrence?.occurrence_key ?? null,
      name: request.name.trim(),
      phone: request.phone ?? null,
      email: request.email ?? null,
      availability: request.availability ?? [],
      message: request.message ?? null,
      privacyVersion: privacy.version,
      status,
      createdAt: now,
    });
  }
  const row = (await findSignupById(tx, id))!;

  const context = {
    signupId: id,
    reference,
    name: row.name,
    phone: row.phone,
    email: row.email,
    message: row.message,
    status,
    waitlistPosition: row.waitlist_position,
    opportunity,
    occurrence,
    networkName: network.name,
    zone,
    now,
  };
  for (const message of [confirmation(context), notice(context, opportunity.org_email ?? network.email)]) {
    if (message) await insertOutbox(tx, message);
  }
  return { ...toSignup(row, opportunity, occurrence, zone), token };
}

/**
 * The occurrence the sign-up is for, checked to be a coming shift of this opportunity;
 * undefined for an ongoing role.
 */
async function checkShift(tx: Queryable, opportunity: OpportunityRow, occurrenceId: string | undefined, zone: string, now: Date): Promise<OccurrenceRow | undefined> {
  if (opportunity.ongoing) {
    if (occurrenceId) throw fieldProblem('occurrenceId', 'Dit vrijwilligerswerk heeft geen diensten: u meldt zich aan voor doorlopend werk. Laat dit veld leeg.');
    return undefined;
  }
  if (!occurrenceId) throw fieldProblem('occurrenceId', 'Kies de dienst waarbij u wilt helpen.');
  const parts = splitOccurrenceId(occurrenceId);
  const occurrence = parts && parts.activityId === opportunity.activity_id ? await findOccurrenceRow(tx, parts.activityId, parts.key) : undefined;
  if (!occurrence) throw fieldProblem('occurrenceId', 'Dit is geen dienst van dit vrijwilligerswerk. Kies een van de diensten die erbij staan.');
  if (occurrence.status === 'cancelled') throw fieldProblem('occurrenceId', 'Deze keer gaat niet door. Kies een andere dienst.');
  if (new Date(occurrence.starts_at).getTime() <= now.getTime()) throw fieldProblem('occurrenceId', 'Deze dienst is al begonnen of voorbij. Kies een dienst die nog komt.');
  if (occurrence.local_day > shiftWindow(zone, now).lastDay) {
    throw fieldProblem('occurrenceId', `Voor deze dienst kunt u zich nog niet aanmelden. Dat kan vanaf ${SHIFT_WINDOW_DAYS / 7} weken ervoor.`);
  }
  return occurrence;
}

/** A hash to compare with when the reference is unknown, so that case takes as long as a wrong token. */
const NO_SUCH_HASH = hashToken('no sign-up has this token');

/** The sign-up, when the reference exists and the token is its own. */
async function authorised(db: Queryable, reference: string, token: string, lock: boolean): Promise<SignupRow | undefined> {
  const row = await findSignupByReference(db, reference, lock);
  const matches = tokenMatches(token, row?.token_hash ?? NO_SUCH_HASH);
  return row && matches ? row : undefined;
}

const notFound = () => new ProblemError('not-found', 'Er is geen aanmelding met dit kenmerk en deze code. Kijk of u de hele link hebt gebruikt.');

async function present(db: Queryable, row: SignupRow): Promise<VolunteerSignup> {
  const opportunity = (await findOpportunityRow(db, row.opportunity_id))!;
  const occurrence = row.occurrence_key && opportunity.activity_id ? await findOccurrenceRow(db, opportunity.activity_id, row.occurrence_key) : undefined;
  return toSignup(row, opportunity, occurrence, (await networkRow(db)).timezone);
}

/** The sign-up as its volunteer sees it; a wrong token and an unknown reference are the same 404. */
export async function findSignup(db: Queryable, reference: string, token: string): Promise<VolunteerSignup> {
  const row = await authorised(db, reference, token, false);
  if (!row) throw notFound();
  return present(db, row);
}

/**
 * Cancels a sign-up in the caller's transaction; cancelling twice answers the same
 * cancelled sign-up. A confirmed place that comes free goes to the first on the waiting
 * list, who is told through the outbox.
 */
export async function cancelSignup(tx: Queryable, reference: string, token: string, now: Date): Promise<VolunteerSignup> {
  const found = await authorised(tx, reference, token, false);
  if (!found) throw notFound();
  const row = await cancelSignupRow(tx, found, now);
  return present(tx, row);
}

/**
 * Cancels one sign-up (already found and allowed), in the caller's transaction, and gives
 * a place that comes free to the first on the waiting list. For the volunteer's own cancel
 * and the coordinator's. Answers the sign-up as it is now.
 */
export async function cancelSignupRow(tx: Queryable, found: SignupRow, now: Date): Promise<SignupRow> {
  // The same lock order as createSignup: the opportunity first, then its sign-ups.
  const opportunity = (await findOpportunityRow(tx, found.opportunity_id, true))!;
  const row = (await findSignupById(tx, found.id, true))!;
  if (row.status === 'cancelled') return row;
  await setSignupStatus(tx, row.id, 'cancelled', now);
  if (row.status === 'confirmed' && row.occurrence_key) await fillFreedPlace(tx, opportunity, row.occurrence_key, now);
  return (await findSignupById(tx, row.id))!;
}

/**
 * When the shift has a free place now, the first on its waiting list gets it and is told
 * through the outbox, while the shift has not begun. Call with the opportunity locked (findOpportunityRow(…, true)), after
 * a confirmed sign-up was cancelled or removed.
 */
export async function fillFreedPlace(tx: Queryable, opportunity: OpportunityRow, occurrenceKey: string, now: Date): Promise<void> {
  if ((await countSignups(tx, opportunity.id, occurrenceKey, 'confirmed')) >= opportunity.capacity_per_shift!) return;
  // A shift that has begun (a cancel afterwards, an erase) gives nobody a place any more.
  const occurrence = await findOccurrenceRow(tx, opportunity.activity_id!, occurrenceKey);
  if (!occurrence || new Date(occurrence.starts_at).getTime() <= now.getTime()) return;
  const next = await firstWaitlisted(tx, opportunity.id, occurrenceKey);
  if (!next) return;
  await setSignupStatus(tx, next.id, 'confirmed', now);
  const network = await networkRow(tx);
  const message = movedUp(
    { signupId: next.id, reference: next.reference, name: next.name, phone: next.phone, email: next.email, opportunity, occurrence, networkName: network.name, zone: network.timezone, now },
    opportunity.org_email ?? network.email,
  );
  if (message) await insertOutbox(tx, message);
}
