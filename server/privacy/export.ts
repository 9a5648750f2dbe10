// AVG article 15: everything stored about one person, found by e-mail address or phone
// number (docs/decisions/0011-avg.md). Coordinators only; the route checks the role.
import type { components } from '../../contract/types.ts';
import type { Database } from '../db/database.ts';
import { outboxOfPerson } from '../messages/outbox.ts';
import { networkRow } from '../volunteering/repository.ts';
import { isoIn } from '../volunteering/shapes.ts';
import { RIDE_REQUEST_COLUMNS, RIDE_REQUEST_FROM, rideServiceRow, type RideRequestRow } from '../rides/rows.ts';
import { costRule, toBeheerRideRequest } from '../rides/shapes.ts';
import { auditOfRides, auditOfSignups, recordAuditRows } from './audit.ts';
import { findPersonRides, findPersonSignups, queriedEmail, type PersonQuery } from './person.ts';
import { beheerSignups, toBeheerMessage } from './shapes.ts';

export type PersonExport = components['schemas']['BeheerPersonExport'];

/** Bounds on one export (a person has a handful of sign-ups; these are far above that). */
const MAX_MESSAGES = 5000;
const MAX_VIEWS = 10_000;

/**
 * The person's sign-ups and ride requests (as passenger or requester), the messages about
 * them (and to their address about no sign-up), and the audit rows about those. Written to
 * the audit log as `export`, one row per sign-up or request (its reference), or one
 * `person`/`not-found` row when nothing was found: every search is on record, without what
 * was searched for.
 */
export async function exportPerson(db: Database, query: PersonQuery, accountId: string, now: Date): Promise<PersonExport> {
  return db.transaction(async (tx) => {
    const zone = (await networkRow(tx)).timezone;
    const found = await findPersonSignups(tx, query);
    const signups = await beheerSignups(tx, found.map((s) => s.id), zone);
    const foundRides = await findPersonRides(tx, query);
    const rideRows = foundRides.length
      ? (await tx.query<RideRequestRow>(`select ${RIDE_REQUEST_COLUMNS} from ${RIDE_REQUEST_FROM} where r.id = any($1::bigint[]) order by r.id`, [foundRides.map((r) => r.id)])).rows
      : [];
    const service = rideRows.length ? await rideServiceRow(tx) : undefined;
    const rides = service ? rideRows.map((r) => toBeheerRideRequest(r, { zone, now, rule: costRule(service) })) : [];
    const messages = await outboxOfPerson(tx, found.map((s) => s.id), queriedEmail(query), MAX_MESSAGES, foundRides.map((r) => r.id));
    const views = [
      ...(await auditOfSignups(tx, found, messages, MAX_VIEWS)).map((v) => ({ at: v.at, accountName: v.accountName, action: v.action, signupReference: v.reference })),
      ...(await auditOfRides(tx, foundRides, messages, MAX_VIEWS)).map((v) => ({ at: v.at, accountName: v.accountName, action: v.action, rideReference: v.reference })),
    ].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
    // Written after reading, so this export is not among the views it shows.
    if (found.length) await recordAuditRows(tx, { accountId, action: 'export', at: now, recordType: 'volunteer-signup', recordIds: found.map((s) => s.reference) });
    if (foundRides.length) await recordAuditRows(tx, { accountId, action: 'export', at: now, recordType: 'ride-request', recordIds: foundRides.map((r) => r.reference) });
    if (!found.length && !foundRides.length) await recordAuditRows(tx, { accountId, action: 'export', at: now, recordType: 'person', recordIds: ['not-found'] });
    return {
      exportedAt: isoIn(now, zone),
      signups,
      rides,
      messages: messages.map((m) => toBeheerMessage(m, zone)),
      views: views.slice(0, MAX_VIEWS).map((v) => ({ ...v, at: isoIn(v.at, zone) })),
    };
  });
}
