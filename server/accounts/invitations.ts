// Inviting someone to /beheer by a link that expires (issue 9): the coordinator names the
// person, their role and (for a contact) their organisation; the person opens the link,
// chooses a password and is logged in. The link holds 32 random bytes; only their SHA-256
// is stored, as for sessions. A link is used once: the account is made and the invitation
// marked in one transaction that holds the invitation's row lock, so a hundred clicks at
// once make one account. Looking up a token is throttled like a failed login (per client
// address, the same budget), so links cannot be guessed at speed.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { components } from '../../contract/types.ts';
import { formatIsoInZone } from '../../common/zoned-time.ts';
import type { Database, Queryable } from '../db/database.ts';
import { ProblemError, type FieldError } from '../http/problem.ts';
import { recordAuditRows } from '../privacy/audit.ts';
import { EMAIL } from './manage.ts';
import { hashPassword, passwordProblem } from './password.ts';
import * as repo from './repository.ts';
import type { AccountSessions, ActiveSession } from './sessions.ts';
import type { Account } from './shapes.ts';

type S = components['schemas'];
export type InvitationRequest = S['BeheerInvitationRequest'];
export type InvitationBody = S['BeheerInvitation'];

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** 32 random bytes in base64url: anything else in the path is not a token of ours. */
export const TOKEN_SHAPE = /^[\w-]{43}$/;
/** The page the link leads to. */
export const invitationPath = (token: string) => `/beheer/uitnodiging/${token}`;

const DAY_MS = 24 * 60 * 60_000;

interface InvitationRow {
  id: string;
  email: string;
  name: string;
  role: 'coordinator' | 'organization-contact';
  organization_id: string | null;
  organization_name: string | null;
  organization_kind: S['OrganizerRef']['kind'] | null;
  created_at: Date | string;
  expires_at: Date | string;
  accepted_at: Date | string | null;
  withdrawn_at: Date | string | null;
}

const SELECT = `select i.id, i.email, i.name, i.role, i.organization_id, o.name as organization_name, o.kind as organization_kind,
                       i.created_at, i.expires_at, i.accepted_at, i.withdrawn_at
                  from invitations i left join organizations o on o.id = i.organization_id`;

const iso = (v: Date | string) => new Date(v).toISOString();

function toBody(r: InvitationRow, now: Date): InvitationBody {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    ...(r.organization_id ? { organization: { id: r.organization_id, name: r.organization_name!, kind: r.organization_kind! } } : {}),
    createdAt: iso(r.created_at),
    expiresAt: iso(r.expires_at),
    expired: new Date(r.expires_at) <= now,
  };
}

const fieldError = (name: string, detail: string) => new ProblemError('invalid-body', detail, [{ name, in: 'body', detail } satisfies FieldError]);

/** The invitations not used or withdrawn, newest first (expired ones marked). */
export async function listInvitations(db: Queryable, now: Date): Promise<InvitationBody[]> {
  const { rows } = await db.query<InvitationRow>(`${SELECT} where i.accepted_at is null and i.withdrawn_at is null order by i.created_at desc, i.id limit 500`);
  return rows.map((r) => toBody(r, now));
}

export interface InviteOptions {
  now: Date;
  /** Days the link is valid (INVITATION_DAYS). */
  days: number;
  /** This server's public origin, for the link: the coordinator's own page's. */
  origin: string;
}

/**
 * Makes an invitation and queues its e-mail, with its audit row, in the transaction `tx` (the
 * route's, which also stores the answer for an Idempotency-Key: a replay queues no second
 * e-mail). An address that has an account already is refused, naming `email`; a blocked one
 * says how to let it in again. An open invitation to the same address is withdrawn (the new
 * link replaces the old one).
 */
export async function invite(tx: Queryable, by: Account, input: InvitationRequest, { now, days, origin }: InviteOptions): Promise<{ invitation: InvitationBody; link: string }> {
  const email = input.email.trim();
  const name = input.name.trim();
  if (!EMAIL.test(email)) throw fieldError('email', 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.');
  if (!name || /[\u0000-\u001f\u007f-\u009f]/.test(name)) throw fieldError('name', 'Vul de naam in, zonder regeleinden of stuurtekens.');
  if (input.role === 'organization-contact' && !input.organizationId) throw fieldError('organizationId', 'Kies de organisatie van deze contactpersoon.');
  if (input.role === 'coordinator' && input.organizationId) throw fieldError('organizationId', 'Een coördinator hoort bij het hele netwerk, niet bij één organisatie. Laat de organisatie leeg.');
  const token = randomBytes(32).toString('base64url');
  const link = new URL(invitationPath(token), origin).toString();
  const id = randomUUID();
  const expiresAt = new Date(now.getTime() + days * DAY_MS);
  // One invitation at a time per address, so two coordinators inviting the same person at once leave one open link.
  await tx.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [`invitation:${email.toLowerCase()}`]);
  if (input.organizationId && !(await repo.organizationExists(tx, input.organizationId))) {
    throw fieldError('organizationId', `Er is geen organisatie met id ${input.organizationId}.`);
  }
  const existing = await repo.findAccountByEmail(tx, email);
  // A blocked account is not a dead end: the coordinator lets that same account in again
  // (its name, role and history stay), as admin tools offer "reactivate" for a suspended user.
  if (existing?.disabled) {
    throw fieldError(
      'email',
      `Dit e-mailadres hoort bij het account van ${existing.name}. Dat account bestaat nog, maar is geblokkeerd. Kies "Weer toelaten" bij ${existing.name} onder Accounts: dan kan ${existing.name} weer inloggen met het eigen wachtwoord.`,
    );
  }
  if (existing) throw fieldError('email', `Er is al een account voor dit e-mailadres, van ${existing.name}. Iemand kan maar één account hebben.`);
  const { rows: replaced } = await tx.query<{ id: string }>(
    `update invitations set withdrawn_at = $2 where lower(email) = lower($1) and accepted_at is null and withdrawn_at is null returning id`,
    [email, now.toISOString()],
  );
  await tx.query(
    `insert into invitations (id, token_hash, email, name, role, organization_id, invited_by, created_at, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [id, sha256(token), email, name, input.role, input.organizationId ?? null, by.id, now.toISOString(), expiresAt.toISOString()],
  );
  const [row] = (await tx.query<InvitationRow>(`${SELECT} where i.id = $1`, [id])).rows;
  const network = (await tx.query<{ name: string; timezone: string }>('select name, timezone from network limit 1')).rows[0]!;
  await tx.query(
    `insert into outbox (kind, recipient, subject, body, message_id, created_at) values ('account-invitation', $1, $2, $3, $4, $5)`,
    [email, `Uitnodiging voor het beheer van ${network.name}`.slice(0, 200), invitationMail(row!, by, network, link), `<${randomUUID()}@buurtkit>`, now.toISOString()],
  );
  await recordAuditRows(tx, { accountId: by.id, action: 'withdraw', recordType: 'invitation', recordIds: replaced.map((r) => r.id), at: now });
  await recordAuditRows(tx, { accountId: by.id, action: 'invite', recordType: 'invitation', recordIds: [id], at: now });
  return { invitation: toBody(row!, now), link };
}

const whenFormat = (zone: string) => new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: zone });

/** "woensdag 9 december 2026 om 10.00 uur", in the network's zone. */
export function expiryInWords(at: Date | string, zone: string, lang: 'nl' | 'en' = 'nl'): string {
  const time = formatIsoInZone(new Date(at).getTime(), zone).slice(11, 16);
  if (lang === 'en') {
    const day = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: zone }).format(new Date(at));
    return `${day} at ${time}`;
  }
  return `${whenFormat(zone).format(new Date(at))} om ${Number(time.slice(0, 2))}.${time.slice(3, 5)} uur`;
}

function invitationMail(row: InvitationRow, by: Account, network: { name: string; timezone: string }, link: string): string {
  const as = row.role === 'coordinator' ? 'als coördinator van het netwerk' : `als contactpersoon van ${row.organization_name}`;
  return [
    `Beste ${row.name},`,
    '',
    `${by.name} nodigt u uit om mee te doen met het beheer van ${network.name}, ${as}.`,
    '',
    'Maak uw account met deze link. U kiest daar zelf een wachtwoord:',
    link,
    '',
    `De link werkt tot ${expiryInWords(row.expires_at, network.timezone)}, en maar één keer. Werkt de link niet meer? Vraag dan ${by.name} om een nieuwe.`,
    '',
    'Verwachtte u deze e-mail niet? Dan kunt u hem weggooien. Er gebeurt dan niets.',
    '',
    'Met vriendelijke groet,',
    network.name,
  ].join('\n');
}

/** "Intrekken": the link stops working at once. */
export async function withdrawInvitation(db: Database, by: Account, id: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = (await tx.query<{ accepted_at: unknown; withdrawn_at: unknown }>('select accepted_at, withdrawn_at from invitations where id = $1 for update', [id])).rows;
    if (!row || row.withdrawn_at) throw new ProblemError('not-found', 'Deze uitnodiging is er niet (meer). Misschien is hij al ingetrokken.');
    if (row.accepted_at) throw new ProblemError('conflict', 'Deze uitnodiging is al gebruikt: het account bestaat. Wilt u dat de persoon niet meer kan inloggen? Kies dan "Blokkeren" bij Mensen.');
    await tx.query('update invitations set withdrawn_at = $2 where id = $1', [id, now.toISOString()]);
    await recordAuditRows(tx, { accountId: by.id, action: 'withdraw', recordType: 'invitation', recordIds: [id], at: now });
  });
}

// --- the link, opened by the person invited --------------------------------------------

/** What an open invitation shows to the person invited. */
export interface OpenInvitation {
  id: string;
  email: string;
  name: string;
  role: 'coordinator' | 'organization-contact';
  organizationName: string | null;
  expiresAt: string;
  timezone: string;
}

export type LookUp =
  | { outcome: 'throttled'; retryAfterSeconds: number }
  /** No such link, or expired or withdrawn: one answer, so a guesser learns nothing. */
  | { outcome: 'closed' }
  | { outcome: 'used' }
  | { outcome: 'open'; invitation: OpenInvitation };

export type Accepted =
  | Exclude<LookUp, { outcome: 'open' }>
  | { outcome: 'weak'; problem: string; invitation: OpenInvitation }
  | { outcome: 'ok'; token: string; session: ActiveSession };

function state(r: InvitationRow, now: Date): 'open' | 'closed' | 'used' {
  if (r.accepted_at) return 'used';
  if (r.withdrawn_at || new Date(r.expires_at) <= now) return 'closed';
  return 'open';
}

async function open(q: Queryable, r: InvitationRow): Promise<OpenInvitation> {
  const timezone = (await q.query<{ timezone: string }>('select timezone from network limit 1')).rows[0]?.timezone ?? 'Europe/Amsterdam';
  return { id: r.id, email: r.email, name: r.name, role: r.role, organizationName: r.organization_name, expiresAt: iso(r.expires_at), timezone };
}

/**
 * Counts the look-up as a failed login of this client address before the token is looked
 * up (the same budget as logins: 20 in 15 minutes), and forgets it when the token is one of
 * ours, used or not. A throttled look-up does not look.
 */
async function counted<T>(db: Database, sessions: AccountSessions, address: string, token: string, now: Date, look: (hash: string) => Promise<T | undefined>): Promise<T | { outcome: 'throttled'; retryAfterSeconds: number } | { outcome: 'closed' }> {
  const { policy } = sessions;
  const attempt = await repo.countAttempt(db, [{ key: `address:${sha256(address)}`, max: policy.maxFailuresPerAddress }], now, policy.throttleWindowMs);
  if ('retryAt' in attempt) return { outcome: 'throttled', retryAfterSeconds: Math.max(1, Math.ceil((attempt.retryAt.getTime() - now.getTime()) / 1000)) };
  const found = TOKEN_SHAPE.test(token) ? await look(sha256(token)) : undefined;
  if (found === undefined) return { outcome: 'closed' };
  await db.query('delete from login_failures where id = any($1::bigint[])', [attempt.ids]);
  return found;
}

/** The invitation behind a link, for its page. */
export async function lookUpInvitation(db: Database, sessions: AccountSessions, token: string, address: string): Promise<LookUp> {
  const now = sessions.time();
  return counted(db, sessions, address, token, now, async (hash) => {
    const [row] = (await db.query<InvitationRow>(`${SELECT} where i.token_hash = $1`, [hash])).rows;
    if (!row) return undefined;
    const s = state(row, now);
    return s === 'open' ? { outcome: 'open' as const, invitation: await open(db, row) } : { outcome: s };
  });
}

/**
 * The person chose a password: their account is made with the invitation's name, role and
 * organisation, the invitation is marked used, and a session is opened, all in one
 * transaction. The row lock makes parallel accepts of one link wait, then find it used.
 */
export async function acceptInvitation(db: Database, sessions: AccountSessions, token: string, password: string, address: string, lang: 'nl' | 'en' = 'nl'): Promise<Accepted> {
  const now = sessions.time();
  return counted(db, sessions, address, token, now, (hash) =>
    db.transaction(async (tx): Promise<Accepted | undefined> => {
      const [row] = (await tx.query<InvitationRow>(`${SELECT} where i.token_hash = $1 for update of i`, [hash])).rows;
      if (!row) return undefined;
      const s = state(row, now);
      if (s !== 'open') return { outcome: s };
      // In the page's language: the person reads it on the page they chose.
      const problem = passwordProblem(password, { email: row.email, name: row.name }, lang);
      if (problem) return { outcome: 'weak', problem, invitation: await open(tx, row) };
      // An account made another way meanwhile (npm run account): this link has nothing left to do.
      if (await repo.findAccountByEmail(tx, row.email)) return { outcome: 'used' };
      const accountId = randomUUID();
      await repo.insertAccount(tx, {
        id: accountId,
        email: row.email,
        name: row.name,
        role: row.role,
        organizationId: row.organization_id,
        passwordHash: await hashPassword(password),
        createdAt: now,
      });
      await tx.query('update invitations set accepted_at = $2, account_id = $3 where id = $1', [row.id, now.toISOString(), accountId]);
      await recordAuditRows(tx, { accountId, action: 'accept', recordType: 'invitation', recordIds: [row.id], at: now });
      await recordAuditRows(tx, { accountId, action: 'login', recordType: 'account', recordIds: [accountId], at: now });
      const { passwordHash: _, ...account } = (await repo.findAccountByEmail(tx, row.email))!;
      return { outcome: 'ok', ...(await sessions.open(tx, account, now)) };
    }),
  );
}
