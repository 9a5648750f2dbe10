// AVG article 17: delete everything stored about one person, found by e-mail address or
// phone number (docs/decisions/0011-avg.md). Coordinators only; the route checks the role.
import type { components } from '../../contract/types.ts';
import type { Queryable } from '../db/database.ts';
import { findOccurrenceRow, findOpportunityRow, type OpportunityRow } from '../volunteering/repository.ts';
import { fillFreedPlace } from '../volunteering/signups.ts';
import { holdsOfRow, releasePlaces } from '../rides/holds.ts';
import { recordAuditRows } from './audit.ts';
import { findPersonRides, findPersonSignups, queriedEmail, type PersonQuery } from './person.ts';

export type Erased = components['schemas']['BeheerErased'];

/**
 * In the caller's transaction: deletes the person's sign-ups and the messages to or about
 * them. A confirmed place at a shift still to come goes to the first on its waiting list,
 * as when cancelling (who is told); a shift that has begun gives nobody a place afterwards.
 * The person's ride requests go too (eraseRides). The audit log keeps one `delete` row per
 * sign-up and per ride request: its reference, by whom, when.
 */
export async function erasePerson(tx: Queryable, query: PersonQuery, accountId: string, now: Date): Promise<Erased> {
  const found = await findPersonSignups(tx, query);
  // The same lock order as signing up and cancelling: the opportunities first (in one
  // order, so two erasures cannot wait for each other), then their sign-ups.
  const opportunities = new Map<string, OpportunityRow>();
  for (const id of [...new Set(found.map((s) => s.opportunity_id))].sort()) opportunities.set(id, (await findOpportunityRow(tx, id, true))!);
  // Read again under the locks: a cancel or a move-up may have come in between.
  const { rows: signups } = await tx.query<{ id: number; reference: string; opportunity_id: string; occurrence_key: string | null; status: string }>(
    'select id::int as id, reference, opportunity_id, occurrence_key, status from volunteer_signups where id = any($1::bigint[]) order by id for update',
    [found.map((s) => s.id)],
  );
  const ids = signups.map((s) => s.id);
  const email = queriedEmail(query);
  const { rows: messages } = await tx.query(
    `delete from outbox where signup_id = any($1::bigint[]) or (signup_id is null and $2::text is not null and lower(recipient) = lower($2)) returning id`,
    [ids, email ?? null],
  );
  await tx.query('delete from volunteer_signups where id = any($1::bigint[])', [ids]);

  for (const s of signups) {
    if (s.status !== 'confirmed' || !s.occurrence_key) continue;
    const opportunity = opportunities.get(s.opportunity_id)!;
    const occurrence = await findOccurrenceRow(tx, opportunity.activity_id!, s.occurrence_key);
    if (occurrence && new Date(occurrence.starts_at).getTime() > now.getTime()) await fillFreedPlace(tx, opportunity, s.occurrence_key, now);
  }
  await recordAuditRows(tx, { accountId, action: 'delete', recordType: 'volunteer-signup', recordIds: signups.map((s) => s.reference), at: now });
  const rides = await eraseRides(tx, query);
  await recordAuditRows(tx, { accountId, action: 'delete', recordType: 'ride-request', recordIds: rides.references, at: now });
  return { signups: signups.length, rides: rides.references.length, messages: messages.length + rides.messages };
}

/**
 * The person's ride requests (as passenger or requester), locked first as the dispatch locks
 * them: an open one gives its places back; their messages go with them; the anonymous
 * counts for the report stay (their link becomes null, migration 013).
 */
async function eraseRides(tx: Queryable, query: PersonQuery): Promise<{ references: string[]; messages: number }> {
  const found = await findPersonRides(tx, query, true);
  if (!found.length) return { references: [], messages: 0 };
  const ids = found.map((r) => r.id);
  const { rows } = await tx.query<{ seats: number; wheelchair_places: number; outward_block: Date | string; return_block: Date | string | null }>(
    `select seats, wheelchair_places, outward_block, return_block from ride_requests where id = any($1::bigint[]) and status in ('requested', 'confirmed') order by id`,
    [ids],
  );
  for (const row of rows) await releasePlaces(tx, holdsOfRow(row));
  const messages = (await tx.query('delete from outbox where ride_request_id = any($1::bigint[]) returning 1', [ids])).rows.length;
  await tx.query('delete from ride_requests where id = any($1::bigint[])', [ids]);
  return { references: found.map((r) => r.reference), messages };
}
