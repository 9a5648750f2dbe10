// The messages about a ride request, in plain Dutch (B1), as plain text, through the outbox
// (docs/decisions/0012-village-bus.md). Someone who gave no e-mail address is not forgotten:
// the coordinator gets a "bellen" task (channel 'phone') with what to tell them. No token is
// ever in a message, and what goes by e-mail holds the least personal data that will do.
import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.ts';
import { formatIsoInZone } from '../../common/zoned-time.ts';
import type { RideRequestRow } from './rows.ts';
import { requestCost, type RideCostRule } from './shapes.ts';

export type RideMessageKind =
  | 'ride-received'
  | 'ride-notice'
  | 'ride-confirmed'
  | 'ride-declined'
  | 'ride-cancelled'
  | 'ride-reminder'
  | 'ride-driver-notice';

export interface RideOutboxMessage {
  kind: RideMessageKind;
  rideRequestId: string;
  channel: 'email' | 'phone';
  /** An e-mail address, or for 'phone' the number without spaces (the outbox allows none). */
  recipient: string;
  subject: string;
  body: string;
}

export interface RideMessageContext {
  row: RideRequestRow;
  zone: string;
  now: Date;
  /** The network's name, for the greeting. */
  networkName: string;
  /** The bus's name and the coordinator's number. */
  serviceName: string;
  servicePhone: string;
  rule: RideCostRule;
}

const dayFormat = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** 'dinsdag 8 december 2026' for a 'YYYY-MM-DD' (a calendar day: formatted as such, in UTC). */
export const dayInWords = (date: string) => dayFormat.format(new Date(`${date}T12:00:00Z`));
/** '10.00 uur' for '10:00', '9.35 uur' for '09:35' (as Dutch writes a time: no leading zero). */
export const timeInWords = (time: string) => `${Number(time.slice(0, 2))}.${time.slice(3, 5)} uur`;
/** '9.35 uur' for an instant, in the zone. */
const instantTime = (value: Date | string, zone: string) => timeInWords(formatIsoInZone(new Date(value).getTime(), zone).slice(11, 16));

function trip(c: RideMessageContext): string {
  const r = c.row;
  const asked = r.time_kind === 'arrive-by' ? `U moet er zijn om ${timeInWords(r.requested_time)}` : `Ophalen om ${timeInWords(r.requested_time)}`;
  return [
    `Rit: ${dayInWords(r.ride_date)}`,
    `Naar: ${r.destination_name}`,
    asked,
    r.return_time ? `Terug: ophalen om ${timeInWords(r.return_time)}` : 'Alleen heen',
    `Kosten: ${requestCost(r, c.rule).text}`,
    `Kenmerk: ${r.reference}`,
  ].join('\n');
}

/** Who hears about the request: the requester when someone asked on the passenger's behalf, and the passenger. */
function people(r: RideRequestRow): { name: string; email: string | null; phone: string }[] {
  const list = [{ name: r.passenger_name, email: r.passenger_email, phone: r.passenger_phone }];
  if (r.requester_name && r.requester_phone) list.unshift({ name: r.requester_name, email: r.requester_email, phone: r.requester_phone });
  return list;
}

const withoutSpaces = (phone: string) => phone.replace(/[\s()-]/g, '');

/**
 * A message for the passenger's side: by e-mail to each who gave an address; when nobody
 * did and `callWhenNoEmail`, one "bellen" task for the coordinator (the requester's number
 * first: they asked).
 */
function toPassengerSide(c: RideMessageContext, kind: RideMessageKind, subject: string, text: string, callWhenNoEmail: boolean): RideOutboxMessage[] {
  const list = people(c.row);
  const mails = list.filter((p) => p.email);
  if (mails.length)
    return mails.map((p) => ({
      kind,
      rideRequestId: c.row.id,
      channel: 'email' as const,
      recipient: p.email!,
      subject,
      body: [`Beste ${p.name},`, '', text, '', trip(c), '', `Vragen? Bel ${c.servicePhone} en noem uw kenmerk.`, '', 'Met vriendelijke groet,', c.networkName].join('\n'),
    }));
  if (!callWhenNoEmail) return [];
  const who = list[0]!;
  return [
    {
      kind,
      rideRequestId: c.row.id,
      channel: 'phone',
      recipient: withoutSpaces(who.phone),
      subject: `Bellen: ${subject}`,
      body: [`Bel ${who.name} op ${who.phone} (geen e-mailadres) en vertel:`, '', text, '', trip(c)].join('\n'),
    },
  ];
}

/** Stored, not yet confirmed: to the passenger's side by e-mail (they saw the reference on screen). */
export const received = (c: RideMessageContext) =>
  toPassengerSide(c, 'ride-received', `Aanvraag ontvangen: rit op ${dayInWords(c.row.ride_date)}`,
    'We hebben uw aanvraag voor de dorpsbus ontvangen. Uw plaats is vastgehouden. De coördinator laat u weten of de rit doorgaat, hoe laat de bus komt en wie er rijdt.', false);

/** The coordinator's notice of a new request: no name, address or health data by e-mail. */
export function notice(c: RideMessageContext, coordinatorEmail: string | null): RideOutboxMessage[] {
  if (!coordinatorEmail) return [];
  return [
    {
      kind: 'ride-notice',
      rideRequestId: c.row.id,
      channel: 'email',
      recipient: coordinatorEmail,
      subject: `Nieuwe ritaanvraag ${c.row.reference} voor ${dayInWords(c.row.ride_date)}`,
      body: [`Er is een nieuwe aanvraag voor de ${c.serviceName}.`, '', `Kenmerk: ${c.row.reference}`, `Rit: ${dayInWords(c.row.ride_date)}, ${timeInWords(c.row.requested_time)}`, '', 'Bevestig of wijs de aanvraag af in Beheer, bij Vervoer.'].join('\n'),
    },
  ];
}

/** Confirmed, with the pick-up time and the driver's first name. */
export function confirmed(c: RideMessageContext): RideOutboxMessage[] {
  const r = c.row;
  const pickUp = r.pickup_at ? instantTime(r.pickup_at, c.zone) : timeInWords(r.requested_time);
  const back = r.return_pickup_at ? ` Voor de terugweg haalt de bus u om ${instantTime(r.return_pickup_at, c.zone)} op.` : '';
  return toPassengerSide(c, 'ride-confirmed', `Uw rit gaat door: ${dayInWords(r.ride_date)}`,
    `Uw rit met de dorpsbus gaat door. De bus komt om ${pickUp} bij de deur. ${r.driver_first_name ?? 'Een vrijwilliger'} rijdt.${back} Zorg dat u een paar minuten eerder klaar staat.`, true);
}

export function declined(c: RideMessageContext): RideOutboxMessage[] {
  const r = c.row;
  const alternatives = r.alternatives ? `\n\nWat wel kan: ${r.alternatives}` : '';
  return toPassengerSide(c, 'ride-declined', `Uw rit kan helaas niet: ${dayInWords(r.ride_date)}`,
    `Het spijt ons: de dorpsbus kan deze rit niet rijden. De reden: ${r.decline_reason ?? ''}${alternatives}`, true);
}

/**
 * Cancelled: by the requester (a confirmation by e-mail only: they did it themselves) or by
 * the coordinator (the passenger's side must hear it, by phone if need be).
 */
export function cancelled(c: RideMessageContext, by: 'requester' | 'coordinator'): RideOutboxMessage[] {
  return toPassengerSide(c, 'ride-cancelled', `Rit geannuleerd: ${dayInWords(c.row.ride_date)}`,
    by === 'requester' ? 'U heeft de rit geannuleerd. Uw plaats in de bus is weer vrij voor een ander.' : 'Uw rit met de dorpsbus is geannuleerd, zoals afgesproken met de coördinator.', by === 'coordinator');
}

/** The day before: a reminder (one per recipient: the outbox's unique index keeps it so). */
export function reminder(c: RideMessageContext): RideOutboxMessage[] {
  const r = c.row;
  const pickUp = r.pickup_at ? instantTime(r.pickup_at, c.zone) : timeInWords(r.requested_time);
  return toPassengerSide(c, 'ride-reminder', `Morgen rijdt de dorpsbus u: om ${pickUp}`,
    `Een herinnering: morgen komt de dorpsbus om ${pickUp} bij de deur.`, true);
}

/**
 * The driver's notice (given a run, or taken off one): by e-mail when the driver has an
 * account with an address, else a "bellen" task. Only the day and time: names, addresses
 * and mobility are on the day sheet behind the login.
 */
export function driverNotice(
  c: RideMessageContext,
  driver: { firstName: string; phone: string; email: string | null },
  what: 'assigned' | 'cancelled',
): RideOutboxMessage[] {
  const r = c.row;
  const when = `${dayInWords(r.ride_date)}${r.pickup_at ? ` om ${instantTime(r.pickup_at, c.zone)}` : ''}`;
  const text =
    what === 'assigned'
      ? `U rijdt een rit met de ${c.serviceName} op ${when} (kenmerk ${r.reference}). De adressen en wat de passagier nodig heeft staan op uw rijlijst in Beheer.`
      : `De rit op ${when} (kenmerk ${r.reference}) gaat niet door. U hoeft die rit niet te rijden.`;
  const subject = what === 'assigned' ? `Rit voor u: ${when}` : `Rit gaat niet door: ${when}`;
  if (driver.email)
    return [{ kind: 'ride-driver-notice', rideRequestId: r.id, channel: 'email', recipient: driver.email, subject, body: [`Beste ${driver.firstName},`, '', text, '', 'Met vriendelijke groet,', c.networkName].join('\n') }];
  return [{ kind: 'ride-driver-notice', rideRequestId: r.id, channel: 'phone', recipient: withoutSpaces(driver.phone), subject: `Bellen: ${subject}`, body: `Bel chauffeur ${driver.firstName} op ${driver.phone} en vertel:\n\n${text}` }];
}

/** Writes the messages in the caller's transaction. A second reminder to one recipient is skipped. */
export async function queueRideMessages(tx: Queryable, messages: RideOutboxMessage[], now: Date): Promise<void> {
  for (const m of messages) {
    await tx.query(
      `insert into outbox (kind, ride_request_id, channel, recipient, subject, body, message_id, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8)${m.kind === 'ride-reminder' ? ' on conflict do nothing' : ''}`,
      [m.kind, m.rideRequestId, m.channel, m.recipient, m.subject.slice(0, 200), m.body.slice(0, 10000), `<${randomUUID()}@buurtkit>`, now.toISOString()],
    );
  }
}

/** The coordinator hears that the requester cancelled: no name, address or health data by e-mail. */
export function cancelledNotice(c: RideMessageContext, coordinatorEmail: string | null): RideOutboxMessage[] {
  if (!coordinatorEmail) return [];
  return [
    {
      kind: 'ride-cancelled',
      rideRequestId: c.row.id,
      channel: 'email',
      recipient: coordinatorEmail,
      subject: `Ritaanvraag ${c.row.reference} geannuleerd`,
      body: [`De aanvrager heeft de rit met de ${c.serviceName} geannuleerd. De plaatsen in de bus zijn weer vrij.`, '', `Kenmerk: ${c.row.reference}`, `Rit: ${dayInWords(c.row.ride_date)}, ${timeInWords(c.row.requested_time)}`].join('\n'),
    },
  ];
}
