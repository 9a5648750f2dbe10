// The coordinator's view of messages and sign-ups in the contract's shapes (tag beheer).
import type { components } from '../../contract/types.ts';
import type { Queryable } from '../db/database.ts';
import { outboxState, type OutboxEntry } from '../messages/outbox.ts';
import { findOccurrenceRow, findOpportunityRow, findSignupById, type OpportunityRow } from '../volunteering/repository.ts';
import { isoIn, toBeheerSignup, type BeheerSignup } from '../volunteering/shapes.ts';

export type BeheerMessage = components['schemas']['BeheerMessage'];
export type { BeheerSignup };

export function toBeheerMessage(m: OutboxEntry, zone: string): BeheerMessage {
  return {
    id: String(m.id),
    kind: m.kind,
    state: outboxState(m),
    recipient: m.recipient,
    subject: m.subject,
    text: m.body,
    ...(m.signupReference ? { signupReference: m.signupReference } : {}),
    ...(m.rideReference ? { rideReference: m.rideReference } : {}),
    channel: m.channel,
    createdAt: isoIn(m.createdAt, zone),
    ...(m.sentAt ? { sentAt: isoIn(m.sentAt, zone) } : {}),
    attempts: m.attempts,
    ...(m.lastError ? { lastError: m.lastError } : {}),
  };
}

/** Sign-ups as the organisation sees them (toBeheerSignup), in the order of `ids`. */
export async function beheerSignups(db: Queryable, ids: number[], zone: string): Promise<BeheerSignup[]> {
  const opportunities = new Map<string, OpportunityRow>();
  const out: BeheerSignup[] = [];
  for (const id of ids) {
    const row = await findSignupById(db, id);
    if (!row) continue;
    let opportunity = opportunities.get(row.opportunity_id);
    if (!opportunity) opportunities.set(row.opportunity_id, (opportunity = (await findOpportunityRow(db, row.opportunity_id))!));
    const occurrence = row.occurrence_key && opportunity.activity_id ? await findOccurrenceRow(db, opportunity.activity_id, row.occurrence_key) : undefined;
    out.push(toBeheerSignup(row, opportunity, occurrence, zone));
  }
  return out;
}
