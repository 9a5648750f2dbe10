// A volunteer's shift that moved with its activity's new start time (agenda/coming-signups.ts
// carrySignups): each volunteer who gave an e-mail address is told the new time, in the
// transaction of the change itself, so a change that is refused tells nobody.
import type { Queryable } from '../db/database.ts';
import type { MovedSignup } from '../agenda/coming-signups.ts';
import { shiftTimeChanged } from './messages.ts';
import { findOccurrenceRows, findOpportunityRow, insertOutbox, networkRow, type OpportunityRow } from './repository.ts';

/** `oldStartsAt` is the series' local start before the change ('YYYY-MM-DDTHH:MM'). */
export async function tellShiftTimeChanged(tx: Queryable, activityId: string, moved: MovedSignup[], oldStartsAt: string, now: Date): Promise<void> {
  const coming = moved.filter((s) => s.status !== 'cancelled');
  if (!coming.length) return;
  // A reminder written but not sent yet names the old time: it goes, and the next run writes it anew.
  await tx.query(`delete from outbox where kind = 'shift-reminder' and sent_at is null and signup_id = any($1::bigint[])`, [coming.map((s) => s.id)]);
  const told = coming.filter((s) => s.email);
  if (!told.length) return;
  const network = await networkRow(tx);
  const occurrences = new Map((await findOccurrenceRows(tx, activityId, [...new Set(told.map((s) => s.occurrence_key))])).map((o) => [o.occurrence_key, o]));
  const opportunities = new Map<string, OpportunityRow | undefined>();
  const oldTime = oldStartsAt.slice(11, 16).replace(':', '.');
  for (const s of told) {
    const occurrence = occurrences.get(s.occurrence_key);
    // A shift that is called off ("Gaat niet door") gets no new time to come at.
    if (!occurrence || occurrence.status === 'cancelled') continue;
    if (!opportunities.has(s.opportunity_id)) opportunities.set(s.opportunity_id, await findOpportunityRow(tx, s.opportunity_id));
    const opportunity = opportunities.get(s.opportunity_id);
    if (!opportunity) continue;
    const message = shiftTimeChanged({
      signupId: s.id, reference: s.reference, name: s.name, email: s.email, opportunity, occurrence,
      networkName: network.name, zone: network.timezone, now, oldTime, waitlisted: s.status === 'waitlisted',
    });
    if (message) await insertOutbox(tx, message);
  }
}
