// The coordinator's view of messages and sign-ups in the contract's shapes (tag beheer).
import type { components } from '../../contract/types.ts';
import type { Queryable } from '../db/database.ts';
import { outboxState, type OutboxEntry } from '../messages/outbox.ts';
import { findOccurrenceRow, findOpportunityRow, findSignupById, type OpportunityRow } from '../volunteering/repository.ts';
import { isoIn, toSignup } from '../volunteering/shapes.ts';

export type BeheerMessage = components['schemas']['BeheerMessage'];
export type BeheerSignup = components['schemas']['BeheerSignup'];

export function toBeheerMessage(m: OutboxEntry, zone: string): BeheerMessage {
  return {
    id: String(m.id),
    kind: m.kind,
    state: outboxState(m),
    recipient: m.recipient,
    subject: m.subject,
    text: m.body,
    ...(m.signupReference ? { signupReference: m.signupReference } : {}),
    createdAt: isoIn(m.createdAt, zone),
    ...(m.sentAt ? { sentAt: isoIn(m.sentAt, zone) } : {}),
    attempts: m.attempts,
    ...(m.lastError ? { lastError: m.lastError } : {}),
  };
}

/**
 * Sign-ups as the organisation sees them: the volunteer's own view (toSignup) with what
 * only the organisation keeps. The optional fields are there when the row has them, so
 * columns a later migration adds (confirmed_by_organization_at, vog_received_on) show up
 * without a change here.
 */
export async function beheerSignups(db: Queryable, ids: number[], zone: string): Promise<BeheerSignup[]> {
  if (!ids.length) return [];
  // As JSON, so every column comes as the same text on both drivers (a date as 'YYYY-MM-DD').
  const extra = new Map(
    (await db.query<{ row: Record<string, unknown> }>('select to_jsonb(s) as row from volunteer_signups s where id = any($1::bigint[])', [ids])).rows.map(
      ({ row }) => [Number(row.id), row],
    ),
  );
  const opportunities = new Map<string, OpportunityRow>();
  const out: BeheerSignup[] = [];
  for (const id of ids) {
    const row = await findSignupById(db, id);
    const more = extra.get(id);
    if (!row || !more) continue;
    let opportunity = opportunities.get(row.opportunity_id);
    if (!opportunity) opportunities.set(row.opportunity_id, (opportunity = (await findOpportunityRow(db, row.opportunity_id))!));
    const occurrence = row.occurrence_key && opportunity.activity_id ? await findOccurrenceRow(db, opportunity.activity_id, row.occurrence_key) : undefined;
    const confirmedAt = more.confirmed_by_organization_at;
    const vog = more.vog_received_on;
    out.push({
      ...toSignup(row, opportunity, occurrence, zone),
      privacyVersion: more.privacy_version as string,
      ...(confirmedAt ? { confirmedByOrganizationAt: isoIn(confirmedAt as string, zone) } : {}),
      ...(vog ? { vogReceivedOn: vog as string } : {}),
      ...(more.cancelled_at ? { cancelledAt: isoIn(more.cancelled_at as string, zone) } : {}),
    });
  }
  return out;
}

