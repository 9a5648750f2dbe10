// The coordinator's side of sign-ups (/beheer): the opportunities with their counts, the
// sign-ups with contact details, and what the organisation does with them (confirm, move
// up, cancel, "VOG ontvangen"). Each answer runs in one transaction with its audit rows and
// outbox messages: nothing is shown without being logged, nothing changes without it.
//
// Who may: a coordinator sees every organisation, an organisation contact only their own
// (canSeeOrganization). Changes lock the opportunity first and then the sign-up, in the
// order signups.ts uses, so they wait in line with volunteers' sign-ups for the same shift.
import type { components, operations } from '../../contract/types.ts';
import { addDays, todayIn } from '../../common/zoned-time.ts';
import { recordAudit } from '../accounts/repository.ts';
import type { Account } from '../accounts/shapes.ts';
import type { Database, Queryable } from '../db/database.ts';
import { invalidParameter, ProblemError } from '../http/problem.ts';
import { canSeeOrganization } from '../http/session.ts';
import { movedUp, organizationCancelled, organizationConfirmed } from './messages.ts';
import { shiftWindow, splitOccurrenceId } from './opportunities.ts';
import {
  beheerShiftRows,
  findOccurrenceRow,
  findOccurrenceRows,
  findOpportunityRow,
  findSignupById,
  findSignupByReference,
  insertOutbox,
  listAllOpportunityRows,
  listSignupRows,
  networkRow,
  ongoingSignupCounts,
  organizationExists,
  recordSignupViews,
  setConfirmedByOrganization,
  setSignupStatus,
  setVogReceivedOn,
  type BeheerShiftRow,
  type NetworkRow,
  type OpportunityRow,
  type SignupRow,
} from './repository.ts';
import { cancelSignupRow } from './signups.ts';
import { toBeheerOpportunity, toBeheerSignup, type BeheerSignup } from './shapes.ts';

export type BeheerOpportunityQuery = NonNullable<operations['beheerListOpportunities']['parameters']['query']>;
export type BeheerSignupQuery = NonNullable<operations['beheerListSignups']['parameters']['query']>;
type BeheerOpportunityPage = components['schemas']['BeheerOpportunityPage'];
type BeheerSignupPage = components['schemas']['BeheerSignupPage'];

/** Shifts are listed from this many days back, so last month's can still be looked back on. */
export const PAST_SHIFT_DAYS = 30;
/** A VOG dated longer ago than this many years is not recorded. */
export const VOG_MAX_AGE_YEARS = 5;

const RECORD_TYPE = 'volunteer-signup';

const forbidden = () => new ProblemError('forbidden', 'U ziet en beheert alleen de aanmeldingen van uw eigen organisatie.');
const conflict = (detail: string) => new ProblemError('conflict', detail);
const notFound = (reference: string) => new ProblemError('not-found', `Er is geen aanmelding met kenmerk ${reference}.`);
const fieldProblem = (name: string, detail: string) => new ProblemError('invalid-body', `${name}: ${detail}`, [{ name, in: 'body', detail }]);

const page = <T>(items: T[], total: number, offset: number, limit: number) => ({
  items,
  total,
  offset,
  limit,
  ...(offset + items.length < total ? { next: offset + items.length } : {}),
});

/** The opportunities the account looks after, with their shifts and how many signed up. Counts only: no audit rows. */
export async function listBeheerOpportunities(db: Queryable, account: Account, query: BeheerOpportunityQuery, now: Date): Promise<BeheerOpportunityPage> {
  const { limit = 100, offset = 0 } = query;
  let organization = query.organization;
  if (account.role === 'organization-contact') {
    if (organization && organization !== account.organizationId) throw forbidden();
    organization = account.organizationId!;
  } else if (organization && !(await organizationExists(db, organization))) {
    throw invalidParameter('organization', `Er is geen organisatie met id ${organization}.`);
  }
  const { timezone: zone } = await networkRow(db);
  const firstDay = addDays(todayIn(zone, now), -PAST_SHIFT_DAYS);
  const { lastDay } = shiftWindow(zone, now);
  const { rows, total } = await listAllOpportunityRows(db, { organization, limit, offset });
  const withShifts = rows.filter((r) => !r.ongoing).map((r) => r.id);
  const shifts = new Map<string, BeheerShiftRow[]>();
  for (const s of await beheerShiftRows(db, withShifts, firstDay, lastDay)) {
    const list = shifts.get(s.opportunity_id);
    if (list) list.push(s);
    else shifts.set(s.opportunity_id, [s]);
  }
  const ongoing = new Map((await ongoingSignupCounts(db, rows.filter((r) => r.ongoing).map((r) => r.id))).map((c) => [c.opportunity_id, c]));
  const items = rows.map((r) => toBeheerOpportunity(r, shifts.get(r.id) ?? [], ongoing.get(r.id), zone));
  return page(items, total, offset, limit);
}

/** The sign-ups of one opportunity (or one of its shifts), oldest first; each one shown is written to the audit log. */
export async function listBeheerSignups(db: Database, account: Account, opportunityId: string, query: BeheerSignupQuery, now: Date): Promise<BeheerSignupPage> {
  const { occurrence, status, limit = 100, offset = 0 } = query;
  return db.transaction(async (tx) => {
    const opportunity = await findOpportunityRow(tx, opportunityId);
    if (!opportunity) throw new ProblemError('not-found', `Er is geen vrijwilligerswerk met id ${opportunityId}.`);
    if (!canSeeOrganization(account, opportunity.org_id)) throw forbidden();
    const parts = occurrence ? splitOccurrenceId(occurrence) : undefined;
    if (occurrence && parts?.activityId !== opportunity.activity_id) {
      throw invalidParameter('occurrence', 'Dit is geen dienst van dit vrijwilligerswerk.');
    }
    const { rows, total } = await listSignupRows(tx, opportunity.id, { occurrenceKey: parts?.key, status, limit, offset });
    const keys = [...new Set(rows.flatMap((r) => (r.occurrence_key ? [r.occurrence_key] : [])))];
    const occurrences = opportunity.activity_id ? await findOccurrenceRows(tx, opportunity.activity_id, keys) : [];
    const byKey = new Map(occurrences.map((o) => [o.occurrence_key, o]));
    const { timezone: zone } = await networkRow(tx);
    await recordSignupViews(tx, account.id, rows.map((r) => r.reference), now);
    const items = rows.map((r) => toBeheerSignup(r, opportunity, r.occurrence_key ? byKey.get(r.occurrence_key) : undefined, zone));
    return page(items, total, offset, limit);
  });
}

/** One sign-up with its contact details, written to the audit log. */
export async function getBeheerSignup(db: Database, account: Account, reference: string, now: Date): Promise<BeheerSignup> {
  return db.transaction(async (tx) => {
    const row = await findSignupByReference(tx, reference);
    if (!row) throw notFound(reference);
    const opportunity = (await findOpportunityRow(tx, row.opportunity_id))!;
    if (!canSeeOrganization(account, opportunity.org_id)) throw forbidden();
    await recordAudit(tx, { accountId: account.id, action: 'view', recordType: RECORD_TYPE, recordId: reference, at: now });
    return present(tx, row, opportunity, (await networkRow(tx)).timezone);
  });
}

async function present(tx: Queryable, row: SignupRow, opportunity: OpportunityRow, zone: string): Promise<BeheerSignup> {
  const occurrence = row.occurrence_key && opportunity.activity_id ? await findOccurrenceRow(tx, opportunity.activity_id, row.occurrence_key) : undefined;
  return toBeheerSignup(row, opportunity, occurrence, zone);
}

interface ActionContext {
  tx: Queryable;
  /** The sign-up, locked, as it is now. */
  row: SignupRow;
  /** Its opportunity, locked. */
  opportunity: OpportunityRow;
  network: NetworkRow;
  now: Date;
}

/**
 * Answers the audit action when the sign-up changed, or undefined when there was nothing to
 * change (then the sign-up was only shown, and 'view' is written).
 */
type Action = (c: ActionContext) => Promise<string | undefined>;

/** Runs one action on one sign-up in one transaction, with its audit row; answers the sign-up as it is then. */
async function act(db: Database, account: Account, reference: string, now: Date, action: Action): Promise<BeheerSignup> {
  return db.transaction(async (tx) => {
    const found = await findSignupByReference(tx, reference);
    if (!found) throw notFound(reference);
    // The opportunity first, then the sign-up: the lock order of signups.ts.
    const opportunity = (await findOpportunityRow(tx, found.opportunity_id, true))!;
    if (!canSeeOrganization(account, opportunity.org_id)) throw forbidden();
    const row = (await findSignupById(tx, found.id, true))!;
    const network = await networkRow(tx);
    const done = await action({ tx, row, opportunity, network, now });
    await recordAudit(tx, { accountId: account.id, action: done ?? 'view', recordType: RECORD_TYPE, recordId: reference, at: now });
    return present(tx, (await findSignupById(tx, row.id))!, opportunity, network.timezone);
  });
}

const messageContext = ({ row, opportunity, network, now }: ActionContext, occurrence: Awaited<ReturnType<typeof findOccurrenceRow>>) => ({
  signupId: row.id,
  reference: row.reference,
  name: row.name,
  phone: row.phone,
  email: row.email,
  opportunity,
  occurrence,
  networkName: network.name,
  zone: network.timezone,
  now,
});

const occurrenceOf = (c: ActionContext) =>
  c.row.occurrence_key && c.opportunity.activity_id ? findOccurrenceRow(c.tx, c.opportunity.activity_id, c.row.occurrence_key) : Promise.resolve(undefined);

/** "Bevestigd": the organisation counts on the volunteer, who is told once. */
export function confirmSignup(db: Database, account: Account, reference: string, now: Date): Promise<BeheerSignup> {
  return act(db, account, reference, now, async (c) => {
    if (c.row.status === 'waitlisted') {
      throw conflict('Deze vrijwilliger staat op de wachtlijst. Geef eerst een plek met "Van de wachtlijst halen". Daarna kunt u de aanmelding bevestigen.');
    }
    if (c.row.status === 'cancelled') throw conflict('Deze aanmelding is afgemeld. Een afgemelde aanmelding kunt u niet bevestigen.');
    if (c.row.confirmed_by_organization_at !== null) return undefined;
    await setConfirmedByOrganization(c.tx, c.row.id, c.now);
    const message = organizationConfirmed(messageContext(c, await occurrenceOf(c)));
    if (message) await insertOutbox(c.tx, message);
    return 'confirm';
  });
}

/** From the waiting list to a place, also beyond the shift's capacity (the coordinator's choice). */
export function moveUpSignup(db: Database, account: Account, reference: string, now: Date): Promise<BeheerSignup> {
  return act(db, account, reference, now, async (c) => {
    if (c.row.status !== 'waitlisted') {
      throw conflict(
        c.row.status === 'confirmed'
          ? 'Deze vrijwilliger heeft al een plek en staat dus niet op de wachtlijst.'
          : 'Deze aanmelding is afgemeld en staat dus niet op de wachtlijst.',
      );
    }
    await setSignupStatus(c.tx, c.row.id, 'confirmed', c.now);
    const message = movedUp(messageContext(c, await occurrenceOf(c)), c.opportunity.org_email ?? c.network.email, 'organization');
    if (message) await insertOutbox(c.tx, message);
    return 'move-up';
  });
}

/** Cancelled for the volunteer, who is told; a place that comes free goes to the first on the waiting list. */
export function cancelSignupFor(db: Database, account: Account, reference: string, now: Date): Promise<BeheerSignup> {
  return act(db, account, reference, now, async (c) => {
    if (c.row.status === 'cancelled') return undefined;
    await cancelSignupRow(c.tx, c.row, c.now);
    const message = organizationCancelled(messageContext(c, await occurrenceOf(c)));
    if (message) await insertOutbox(c.tx, message);
    return 'cancel';
  });
}

/** "VOG ontvangen" with the date on the VOG ('YYYY-MM-DD'): not in the future, at most 5 years back. */
export function recordVog(db: Database, account: Account, reference: string, receivedOn: string, now: Date): Promise<BeheerSignup> {
  return act(db, account, reference, now, async (c) => {
    if (!c.opportunity.vog) throw conflict('Voor dit vrijwilligerswerk is geen VOG nodig. Er is dus niets te noteren.');
    const today = todayIn(c.network.timezone, c.now);
    // Same month and day, five years back; compared as text, so 29 February needs no care.
    const oldest = `${Number(today.slice(0, 4)) - VOG_MAX_AGE_YEARS}${today.slice(4)}`;
    if (receivedOn > today) throw fieldProblem('receivedOn', 'Deze datum ligt in de toekomst. Vul de datum in die op de VOG staat.');
    if (receivedOn < oldest) throw fieldProblem('receivedOn', `Deze VOG is meer dan ${VOG_MAX_AGE_YEARS} jaar oud. Kijk of de datum klopt, of vraag een nieuwe VOG aan.`);
    if (c.row.vog_received_on === receivedOn) return undefined;
    await setVogReceivedOn(c.tx, c.row.id, receivedOn);
    return 'vog';
  });
}

/** Removes a VOG date entered by mistake. */
export function clearVog(db: Database, account: Account, reference: string, now: Date): Promise<BeheerSignup> {
  return act(db, account, reference, now, async (c) => {
    if (c.row.vog_received_on === null) return undefined;
    await setVogReceivedOn(c.tx, c.row.id, null);
    return 'vog';
  });
}
