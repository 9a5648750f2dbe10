// The reminder the day before a shift: for every confirmed sign-up with an e-mail address
// whose shift starts tomorrow in the network's zone, one message in the outbox. Written
// once per sign-up (the unique index outbox_one_reminder), however often this runs and
// however many server processes run it.
import { randomUUID } from 'node:crypto';
import { addDays, todayIn } from '../../common/zoned-time.ts';
import type { Queryable } from '../db/database.ts';
import { RIDE_REQUEST_COLUMNS, RIDE_REQUEST_FROM, rideServiceRow, type RideRequestRow } from '../rides/rows.ts';
import { queueRideMessages, reminder } from '../rides/messages.ts';
import { costRule } from '../rides/shapes.ts';
import { shiftMoment } from '../volunteering/messages.ts';
import { networkRow, type OccurrenceRow } from '../volunteering/repository.ts';

/** At most this many reminders are written per run; the next run writes the rest. */
export const REMINDERS_PER_RUN = 100;

interface DueReminder extends OccurrenceRow {
  signup_id: string | number;
  reference: string;
  name: string;
  email: string;
  opportunity_title: string;
  where_text: string;
  org_name: string;
  org_phone: string | null;
  org_email: string | null;
}

/** Every reminder due at `now`: the shifts' and the rides'; answers how many were written. */
export async function writeReminders(db: Queryable, now: Date, limit = REMINDERS_PER_RUN): Promise<number> {
  return (await writeShiftReminders(db, now, limit)) + (await writeRideReminders(db, now, limit));
}

/**
 * The day before a confirmed ride: a reminder to the passenger's side (by e-mail, or a
 * "bellen" task when nobody gave an address). Once per request and recipient: the unique
 * index outbox_one_ride_reminder holds, however often and in how many processes this runs.
 */
export async function writeRideReminders(db: Queryable, now: Date, limit = REMINDERS_PER_RUN): Promise<number> {
  const network = await networkRow(db);
  const tomorrow = addDays(todayIn(network.timezone, now), 1);
  const { rows } = await db.query<RideRequestRow>(
    `select ${RIDE_REQUEST_COLUMNS} from ${RIDE_REQUEST_FROM}
      where r.ride_date = $1::date and r.status = 'confirmed' and r.pickup_at > $2::timestamptz
        and not exists (select 1 from outbox m where m.ride_request_id = r.id and m.kind = 'ride-reminder')
      order by r.id limit $3`,
    [tomorrow, now.toISOString(), limit],
  );
  if (!rows.length) return 0;
  const service = (await rideServiceRow(db))!;
  const before = await countRideReminders(db, rows.map((r) => r.id));
  for (const row of rows) {
    const messages = reminder({ row, zone: network.timezone, now, networkName: network.name, serviceName: service.name, servicePhone: service.phone, rule: costRule(service) });
    await queueRideMessages(db, messages, now);
  }
  return (await countRideReminders(db, rows.map((r) => r.id))) - before;
}

const countRideReminders = async (db: Queryable, ids: string[]) =>
  (await db.query<{ n: number }>(`select count(*)::int as n from outbox where kind = 'ride-reminder' and ride_request_id = any($1::bigint[])`, [ids])).rows[0]!.n;

/** Writes the shift reminders due at `now`; answers how many it wrote. */
export async function writeShiftReminders(db: Queryable, now: Date, limit = REMINDERS_PER_RUN): Promise<number> {
  const network = await networkRow(db);
  const tomorrow = addDays(todayIn(network.timezone, now), 1);
  const { rows } = await db.query<DueReminder>(
    `select s.id as signup_id, s.reference, s.name, s.email, o.title as opportunity_title, o.where_text,
            org.name as org_name, org.phone as org_phone, org.email as org_email,
            ao.occurrence_key, ao.starts_at, ao.ends_at, to_char(ao.local_day, 'YYYY-MM-DD') as local_day, ao.status, a.title
       from activity_occurrences ao
       join activities a on a.id = ao.activity_id
       join volunteer_opportunities o on o.activity_id = ao.activity_id
       join organizations org on org.id = o.organization_id
       join volunteer_signups s on s.opportunity_id = o.id and s.occurrence_key = ao.occurrence_key
      where ao.local_day = $1::date and ao.status <> 'cancelled' and ao.starts_at > $2::timestamptz
        and s.status = 'confirmed' and s.email is not null
        and not exists (select 1 from outbox m where m.signup_id = s.id and m.kind = 'shift-reminder')
      order by s.id
      limit $3`,
    [tomorrow, now.toISOString(), limit],
  );
  let written = 0;
  for (const r of rows) {
    const { rows: inserted } = await db.query(
      `insert into outbox (kind, signup_id, recipient, subject, body, message_id, created_at)
       values ('shift-reminder', $1, $2, $3, $4, $5, $6::timestamptz)
       on conflict (signup_id) where kind = 'shift-reminder' do nothing
       returning id`,
      [r.signup_id, r.email, subject(r), body(r, network.name, network.timezone), `<${randomUUID()}@buurtkit>`, now.toISOString()],
    );
    written += inserted.length;
  }
  return written;
}

const subject = (r: DueReminder) => `Morgen: ${r.opportunity_title}`.slice(0, 200);

function body(r: DueReminder, networkName: string, zone: string): string {
  const reach = [r.org_phone && `bel ${r.org_phone}`, r.org_email && `mail naar ${r.org_email}`].filter(Boolean).join(' of ');
  return [
    `Beste ${r.name},`,
    '',
    'Morgen helpt u mee als vrijwilliger. Fijn dat u komt!',
    '',
    `Wat: ${r.opportunity_title}`,
    `Organisatie: ${r.org_name}`,
    `Wanneer: ${r.title}, ${shiftMoment(r, zone)}`,
    `Waar: ${r.where_text}`,
    `Uw kenmerk: ${r.reference}`,
    '',
    'Kunt u toch niet? Meld u dan zo snel mogelijk af met de persoonlijke link die u kreeg bij het aanmelden.',
    `U kunt ook contact opnemen met ${r.org_name}${reach ? ` (${reach})` : ''}. Noem dan uw kenmerk.`,
    '',
    'Met vriendelijke groet,',
    networkName,
  ].join('\n');
}
