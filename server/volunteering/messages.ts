// The messages a sign-up puts in the outbox, in plain Dutch (B1), as plain text. The
// secret token is never in them: the outbox is stored, and the token must not be.
import { randomUUID } from 'node:crypto';
import type { OccurrenceRow, OpportunityRow, OutboxMessage } from './repository.ts';

export interface MessageContext {
  signupId: number;
  reference: string;
  name: string;
  phone: string | null;
  email: string | null;
  message: string | null;
  status: 'confirmed' | 'waitlisted';
  waitlistPosition: number | null;
  opportunity: OpportunityRow;
  occurrence: OccurrenceRow | undefined;
  networkName: string;
  zone: string;
  now: Date;
}

/** 'dinsdag 8 december 2026 om 10.00 uur' */
export function shiftMoment(occurrence: OccurrenceRow, zone: string): string {
  const at = new Date(occurrence.starts_at);
  const day = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: zone }).format(at);
  const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: zone }).format(at).replace(':', '.');
  return `${day} om ${time} uur`;
}

/** A stable Message-ID, made once when the message is written: a resend carries the same one. */
const messageId = () => `<${randomUUID()}@buurtkit>`;

function what(c: Pick<MessageContext, 'opportunity' | 'occurrence' | 'zone'>): string {
  const shift = c.occurrence ? `\nWanneer: ${c.occurrence.title}, ${shiftMoment(c.occurrence, c.zone)}` : '';
  return `Vrijwilligerswerk: ${c.opportunity.title}\nOrganisatie: ${c.opportunity.org_name}${shift}\nWaar: ${c.opportunity.where_text}`;
}

/** The confirmation to the volunteer (only when an e-mail address was given). */
export function confirmation(c: MessageContext): OutboxMessage | undefined {
  if (!c.email) return undefined;
  const result =
    c.status === 'confirmed'
      ? 'U bent aangemeld. Fijn dat u komt helpen!'
      : `De dienst is vol. U staat op de wachtlijst, op plaats ${c.waitlistPosition}. Komt er een plek vrij, dan krijgt u bericht.`;
  const body = [
    `Beste ${c.name},`,
    '',
    `Bedankt voor uw aanmelding. ${result}`,
    '',
    what(c),
    `Uw kenmerk: ${c.reference}`,
    '',
    `De organisatie neemt contact met u op als dat nodig is. Kunt u toch niet? Meld u dan af met de persoonlijke link die u kreeg na het aanmelden, of neem contact op met ${c.opportunity.org_name} en noem uw kenmerk.`,
    '',
    `Met vriendelijke groet,`,
    c.networkName,
  ].join('\n');
  return {
    kind: 'signup-confirmation',
    signupId: c.signupId,
    recipient: c.email,
    subject: c.status === 'confirmed' ? `Aangemeld: ${c.opportunity.title}` : `Op de wachtlijst: ${c.opportunity.title}`,
    body,
    messageId: messageId(),
    createdAt: c.now,
  };
}

/** The notice to the organisation's contact, with what they need to get in touch. */
export function notice(c: MessageContext, recipient: string | null): OutboxMessage | undefined {
  if (!recipient) return undefined;
  const contact = [c.phone && `Telefoon: ${c.phone}`, c.email && `E-mail: ${c.email}`].filter(Boolean).join('\n');
  const body = [
    `Er is een nieuwe aanmelding voor ${c.opportunity.title}.`,
    c.status === 'confirmed' ? 'Status: aangemeld.' : `Status: op de wachtlijst (plaats ${c.waitlistPosition}).`,
    '',
    what(c),
    '',
    `Naam: ${c.name}`,
    contact,
    ...(c.message ? ['', 'Bericht:', c.message] : []),
    '',
    `Kenmerk: ${c.reference}`,
    c.opportunity.vog ? 'Voor dit werk is een VOG nodig. Vraag die aan en noteer de datum waarop u hem ontvangt.' : '',
  ]
    .join('\n')
    .trimEnd();
  return {
    kind: 'signup-notice',
    signupId: c.signupId,
    recipient,
    subject: `Nieuwe aanmelding: ${c.opportunity.title}`,
    body,
    messageId: messageId(),
    createdAt: c.now,
  };
}

/**
 * Someone moved up from the waiting list: told by e-mail when they gave one, otherwise
 * the organisation is asked to phone them.
 */
export function movedUp(
  c: Pick<MessageContext, 'signupId' | 'reference' | 'name' | 'phone' | 'email' | 'opportunity' | 'occurrence' | 'networkName' | 'zone' | 'now'>,
  organisationRecipient: string | null,
  /** 'freed': someone else cancelled; 'organization': the organisation gave the place (in /beheer). */
  why: 'freed' | 'organization' = 'freed',
): OutboxMessage | undefined {
  if (c.email) {
    const body = [
      `Beste ${c.name},`,
      '',
      why === 'freed'
        ? 'Er is een plek vrijgekomen. U bent nu aangemeld en de organisatie rekent op u.'
        : 'U stond op de wachtlijst. De organisatie heeft toch een plek voor u. U bent nu aangemeld en de organisatie rekent op u.',
      '',
      what(c),
      `Uw kenmerk: ${c.reference}`,
      '',
      `Kunt u toch niet? Meld u dan af met uw persoonlijke link, of neem contact op met ${c.opportunity.org_name}.`,
      '',
      'Met vriendelijke groet,',
      c.networkName,
    ].join('\n');
    return { kind: 'waitlist-moved-up', signupId: c.signupId, recipient: c.email, subject: `Er is plek: ${c.opportunity.title}`, body, messageId: messageId(), createdAt: c.now };
  }
  if (!organisationRecipient) return undefined;
  const body = [
    why === 'freed'
      ? `${c.name} stond op de wachtlijst en is nu aangemeld, omdat iemand anders zich heeft afgemeld.`
      : `${c.name} stond op de wachtlijst en is nu aangemeld: dat is gedaan in het beheer.`,
    `Deze vrijwilliger heeft geen e-mailadres opgegeven. Wilt u even bellen om het door te geven? Telefoon: ${c.phone}`,
    '',
    what(c),
    `Kenmerk: ${c.reference}`,
  ].join('\n');
  return { kind: 'waitlist-moved-up', signupId: c.signupId, recipient: organisationRecipient, subject: `Van de wachtlijst aangemeld: ${c.opportunity.title}`, body, messageId: messageId(), createdAt: c.now };
}

type ActionContext = Pick<MessageContext, 'signupId' | 'reference' | 'name' | 'email' | 'opportunity' | 'occurrence' | 'networkName' | 'zone' | 'now'>;

/** The organisation confirmed the sign-up in /beheer: the volunteer is told, when they gave an e-mail address. */
export function organizationConfirmed(c: ActionContext): OutboxMessage | undefined {
  if (!c.email) return undefined;
  const body = [
    `Beste ${c.name},`,
    '',
    `${c.opportunity.org_name} heeft uw aanmelding gezien en bevestigd. De organisatie rekent op u.`,
    '',
    what(c),
    `Uw kenmerk: ${c.reference}`,
    '',
    `Kunt u toch niet? Meld u dan af met uw persoonlijke link, of neem contact op met ${c.opportunity.org_name} en noem uw kenmerk.`,
    '',
    'Met vriendelijke groet,',
    c.networkName,
  ].join('\n');
  return { kind: 'organization-confirmed', signupId: c.signupId, recipient: c.email, subject: `Bevestigd: ${c.opportunity.title}`, body, messageId: messageId(), createdAt: c.now };
}

/** The organisation cancelled the sign-up for the volunteer (after a phone call, say): they are told, when they gave an e-mail address. */
export function organizationCancelled(c: ActionContext): OutboxMessage | undefined {
  if (!c.email) return undefined;
  const body = [
    `Beste ${c.name},`,
    '',
    `${c.opportunity.org_name} heeft u afgemeld. U hoeft dus niet te komen.`,
    '',
    what(c),
    `Uw kenmerk: ${c.reference}`,
    '',
    `Klopt dit niet, of wilt u toch helpen? Neem dan contact op met ${c.opportunity.org_name} en noem uw kenmerk.`,
    '',
    'Met vriendelijke groet,',
    c.networkName,
  ].join('\n');
  return { kind: 'organization-cancelled', signupId: c.signupId, recipient: c.email, subject: `Afgemeld: ${c.opportunity.title}`, body, messageId: messageId(), createdAt: c.now };
}

/** The activity got a new start time and the volunteer's shift moved with it: they are told the new time, when they gave an e-mail address. */
export function shiftTimeChanged(c: ActionContext & { oldTime: string; waitlisted: boolean }): OutboxMessage | undefined {
  if (!c.email || !c.occurrence) return undefined;
  const body = [
    `Beste ${c.name},`,
    '',
    `De tijd van uw dienst is veranderd. ${c.occurrence.title} begint nu op ${shiftMoment(c.occurrence, c.zone)}, niet meer om ${c.oldTime} uur. ${c.waitlisted ? 'U blijft op de wachtlijst.' : 'U blijft aangemeld.'}`,
    '',
    what(c),
    `Uw kenmerk: ${c.reference}`,
    '',
    `Kunt u op de nieuwe tijd niet? Meld u dan af met uw persoonlijke link, of neem contact op met ${c.opportunity.org_name} en noem uw kenmerk.`,
    '',
    'Met vriendelijke groet,',
    c.networkName,
  ].join('\n');
  return { kind: 'shift-time-changed', signupId: c.signupId, recipient: c.email, subject: `Nieuwe tijd: ${c.opportunity.title}`, body, messageId: messageId(), createdAt: c.now };
}
