// For the messages tests: a real SMTP server that keeps what arrives, and sign-ups made
// through the API as a resident's browser makes them.
import { randomUUID } from 'node:crypto';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Queryable } from '../../server/db/database.ts';

export interface Received {
  raw: string;
  mail: ParsedMail;
  /** The RCPT TO addresses of the SMTP conversation. */
  envelopeTo: string[];
}

export interface SmtpOptions {
  /** Refuse a recipient with this reply ("451 …", "550 …"): undefined accepts. */
  refuse?: (recipient: string) => { code: number; text: string } | undefined;
  /** Only these credentials may log in (then logging in is required). */
  login?: { user: string; pass: string };
  port?: number;
}

export interface SmtpSink {
  port: number;
  url: string;
  received: Received[];
  /** Resolves once `count` messages have arrived in all. */
  arrived(count: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

export async function startSmtp(options: SmtpOptions = {}): Promise<SmtpSink> {
  const received: Received[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    disabledCommands: options.login ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !options.login,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      const ok = auth.username === options.login?.user && auth.password === options.login?.pass;
      callback(ok ? null : Object.assign(new Error('Invalid username or password'), { responseCode: 535 }), ok ? { user: auth.username } : undefined);
    },
    onRcptTo(address, _session, callback) {
      const refusal = options.refuse?.(address.address);
      callback(refusal ? Object.assign(new Error(refusal.text), { responseCode: refusal.code }) : null);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({ raw, mail: await simpleParser(raw), envelopeTo: session.envelope.rcptTo.map((r) => r.address) });
        for (const wake of waiters) wake();
        callback(null);
      });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port));
  });
  const auth = options.login ? `${options.login.user}:${options.login.pass}@` : '';
  return {
    port,
    url: `smtp://${auth}127.0.0.1:${port}`,
    received,
    arrived(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (received.length < count) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(received);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`${received.length} of ${count} messages arrived`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A free port that nothing listens on (an SMTP server that is down). */
export async function closedPort(): Promise<number> {
  const sink = await startSmtp();
  await sink.close();
  return sink.port;
}

type App = { request(path: string, init?: RequestInit): Response | Promise<Response> };

export interface Shift {
  opportunityId: string;
  occurrenceId: string;
  start: string;
  placesLeft: number;
  privacyVersion: string;
}

/** A coming shift with at least `places` places left (of this opportunity, starting after that moment), from the API. */
export async function findShift(app: App, { places = 1, opportunity, after }: { places?: number; opportunity?: string; after?: Date } = {}): Promise<Shift> {
  const list = await (await app.request('/v1/volunteer-opportunities?limit=100')).json();
  for (const o of list.items) {
    if ((opportunity && o.id !== opportunity) || o.ongoing) continue;
    const detail = await (await app.request(`/v1/volunteer-opportunities/${o.id}`)).json();
    const shift = detail.shifts.find((s: { placesLeft: number; start: string }) => s.placesLeft >= places && (!after || new Date(s.start) > after));
    if (shift) return { opportunityId: o.id, occurrenceId: shift.occurrenceId, start: shift.start, placesLeft: shift.placesLeft, privacyVersion: detail.privacy.version };
  }
  throw new Error(`No shift with ${places} places left`);
}

export interface SignupFields {
  name?: string;
  email?: string;
  phone?: string;
  message?: string;
}

/** POST /v1/volunteer-signups, as the widget sends it; answers the created sign-up (reference, token, status). */
export async function signUp(app: App, shift: Shift, fields: SignupFields = { email: 'jannie@example.org' }): Promise<{ reference: string; token: string; status: string }> {
  const body = { opportunityId: shift.opportunityId, occurrenceId: shift.occurrenceId, name: fields.name ?? 'Jannie de Vries', consent: { privacyVersion: shift.privacyVersion }, ...fields };
  const res = await app.request('/v1/volunteer-signups', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify(body),
  });
  const answer = await res.json();
  if (res.status !== 201) throw new Error(`Sign-up answered ${res.status}: ${JSON.stringify(answer)}`);
  return answer;
}

export async function cancel(app: App, signup: { reference: string; token: string }): Promise<void> {
  const res = await app.request(`/v1/volunteer-signups/${signup.reference}`, { method: 'DELETE', headers: { Authorization: `Bearer ${signup.token}` } });
  if (res.status !== 200) throw new Error(`Cancel answered ${res.status}`);
}

export interface OutboxRow {
  id: number;
  kind: string;
  recipient: string;
  subject: string;
  body: string;
  message_id: string;
  sent_at: Date | null;
  attempts: number;
  last_error: string | null;
  next_attempt_at: Date | null;
  failed_at: Date | null;
}

/** The outbox messages about one sign-up, oldest first. */
export async function outboxOf(db: Queryable, reference: string): Promise<OutboxRow[]> {
  const { rows } = await db.query<OutboxRow & { id: string }>(
    `select o.id, o.kind, o.recipient, o.subject, o.body, o.message_id, o.sent_at, o.attempts, o.last_error, o.next_attempt_at, o.failed_at
       from outbox o join volunteer_signups s on s.id = o.signup_id where s.reference = $1 order by o.id`,
    [reference],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** Messages not sent yet, in all. */
export async function unsentCount(db: Queryable): Promise<number> {
  const [row] = (await db.query<{ n: number }>('select count(*)::int as n from outbox where sent_at is null')).rows;
  return row!.n;
}
