// AVG article 15: everything stored about one person, found by e-mail address or phone
// number (docs/decisions/0011-avg.md). Coordinators only; the route checks the role.
import type { components } from '../../contract/types.ts';
import type { Database } from '../db/database.ts';
import { outboxOfPerson } from '../messages/outbox.ts';
import { networkRow } from '../volunteering/repository.ts';
import { isoIn } from '../volunteering/shapes.ts';
import { auditOfSignups, recordAuditRows } from './audit.ts';
import { findPersonSignups, queriedEmail, type PersonQuery } from './person.ts';
import { beheerSignups, toBeheerMessage } from './shapes.ts';

export type PersonExport = components['schemas']['BeheerPersonExport'];

/** Bounds on one export (a person has a handful of sign-ups; these are far above that). */
const MAX_MESSAGES = 5000;
const MAX_VIEWS = 10_000;

/**
 * The person's sign-ups, the messages about them (and to their address about nothing
 * else), and the audit rows about those. Written to the audit log as `export`, one row per
 * sign-up (its reference), or one `person`/`not-found` row when nothing was found: every
 * search is on record, without what was searched for.
 */
export async function exportPerson(db: Database, query: PersonQuery, accountId: string, now: Date): Promise<PersonExport> {
  return db.transaction(async (tx) => {
    const zone = (await networkRow(tx)).timezone;
    const found = await findPersonSignups(tx, query);
    const signups = await beheerSignups(tx, found.map((s) => s.id), zone);
    const messages = await outboxOfPerson(tx, found.map((s) => s.id), queriedEmail(query), MAX_MESSAGES);
    const views = await auditOfSignups(tx, found, messages, MAX_VIEWS);
    await recordAuditRows(tx, {
      accountId,
      action: 'export',
      at: now,
      ...(found.length ? { recordType: 'volunteer-signup', recordIds: found.map((s) => s.reference) } : { recordType: 'person', recordIds: ['not-found'] }),
    });
    return {
      exportedAt: isoIn(now, zone),
      signups,
      rides: [],
      messages: messages.map((m) => toBeheerMessage(m, zone)),
      views: views.map((v) => ({ at: isoIn(v.at, zone), accountName: v.accountName, action: v.action, signupReference: v.reference })),
    };
  });
}
