// Idempotency-Key for write routes, as the IETF draft "The Idempotency-Key HTTP Header
// Field" and Stripe describe it (docs/decisions/0009-write-conventions.md):
//
// - the same key with the same request (method, path, body: a SHA-256 fingerprint) replays
//   the stored answer, marked `Idempotent-Replayed: true`;
// - the same key with another request is 422 `idempotency-key-reused`;
// - the same key while its first request is still running is 409 `idempotency-conflict`;
// - keys are kept 24 hours, per operation, in the network's own database.
//
// The key itself is not stored, only its SHA-256; the stored answer is sealed (AES-256-GCM)
// with a key derived from the Idempotency-Key, so it can be read only by whoever sends that
// key again. A sign-up's answer holds its secret token, which the database must not hold in
// a readable form (the contract: the server keeps only the token's hash).
//
// The route's write and the stored answer are committed in ONE transaction, so a process
// killed in between leaves neither. Only answers the write returns are stored; a write
// that throws is rolled back with its claim, so a retry runs again (as Stripe: a request
// that never ran leaves no result behind).
import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import type { Database, Queryable } from '../db/database.ts';
import { ProblemError, problemResponse } from './problem.ts';
import { validatedRawBody } from './validate.ts';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** What a write returns: the answer to send, and to replay for the same key. */
export interface WriteResult {
  status: number;
  /** Sent as JSON. */
  body: unknown;
  /** Headers that belong to the answer (Location, say); kept and replayed with it. */
  headers?: Record<string, string>;
}

export interface IdempotencyOptions {
  /** How long a key is kept after its first use. */
  ttlMs?: number;
  /** A claim still running after this long belongs to a process that died: it may be taken over. */
  takeoverMs?: number;
  /** Expired keys removed per write, at most: bounded work per request. */
  sweepLimit?: number;
  /** The clock, in milliseconds; injectable for tests. */
  now?: () => number;
}

// The contract's rule for the header (printable ASCII, at most 255), checked again here so
// the store never holds a key the contract refuses, whoever calls it.
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

interface StoredRow {
  fingerprint: string;
  state: 'running' | 'done';
  status: number | null;
  headers: Record<string, string> | null;
  body: string | null;
}

/** Thrown inside the write's transaction when our claim was taken over meanwhile. */
class ClaimLost extends Error {}

/**
 * Idempotency for one network's database. Make one per Database (per network), next to the
 * routes that use it; it holds no data of its own beyond the requests now in flight.
 */
export class IdempotencyStore {
  readonly #db: Database;
  readonly #ttlMs: number;
  readonly #takeoverMs: number;
  readonly #sweepLimit: number;
  readonly #now: () => number;
  /**
   * Keys whose first request runs in this process, with their fingerprint: a second request
   * gets its 409 or 422 at once. (PGlite runs one transaction at a time, so there a second
   * request would otherwise wait for the first.) The database claim covers other processes.
   */
  readonly #inFlight = new Map<string, string>();

  constructor(db: Database, { ttlMs = 24 * 3600_000, takeoverMs = 60_000, sweepLimit = 10, now = Date.now }: IdempotencyOptions = {}) {
    this.#db = db;
    this.#ttlMs = ttlMs;
    this.#takeoverMs = takeoverMs;
    this.#sweepLimit = sweepLimit;
    this.#now = now;
  }

  /**
   * Runs `write` in one transaction of the network's database and answers with what it
   * returns. With an `Idempotency-Key` the answer is stored in that same transaction under
   * `operation` (the contract's operationId) and replayed for a retry. Use only `tx` inside
   * `write`: on PGlite a query outside the transaction would wait for it forever.
   */
  async run(c: Context, operation: string, write: (tx: Queryable) => Promise<WriteResult>): Promise<Response> {
    const key = c.req.header(IDEMPOTENCY_HEADER);
    if (key === undefined) {
      await this.#sweep();
      return toResponse(await this.#db.transaction(write));
    }
    if (!KEY_FORMAT.test(key)) {
      throw keyProblem('invalid-parameters', 'Gebruik 1 tot 255 zichtbare tekens zonder spaties, bijvoorbeeld een UUID.');
    }
    const fingerprint = requestFingerprint(c);
    const sealed = sealerFor(key);
    const local = `${operation}\n${sealed.lookup}`;
    const running = this.#inFlight.get(local);
    if (running !== undefined) return running === fingerprint ? conflict() : reused();
    this.#inFlight.set(local, fingerprint);
    try {
      await this.#sweep();
      return await this.#runClaimed(operation, sealed, fingerprint, write);
    } finally {
      this.#inFlight.delete(local);
    }
  }

  async #runClaimed(operation: string, sealer: Sealer, fingerprint: string, write: (tx: Queryable) => Promise<WriteResult>): Promise<Response> {
    const key = sealer.lookup;
    for (let attempt = 0; attempt < 3; attempt++) {
      const claim = await this.#claim(operation, key, fingerprint);
      if (!claim) {
        const row = await this.#find(operation, key);
        if (!row) continue; // expired and swept just now: claim again
        if (row.fingerprint !== fingerprint) return reused();
        if (row.state === 'running') return conflict();
        return replay(row, sealer);
      }
      try {
        return toResponse(
          await this.#db.transaction(async (tx) => {
            const result = await write(tx);
            // Only while the claim is still ours: one taken over meanwhile (we were thought
            // dead) rolls our write back. The row is locked only from here to the commit, so
            // another process asking meanwhile gets its 409 at once instead of waiting.
            const stored = await tx.query(
              `update idempotency_keys set state = 'done', status = $4, headers = $5::jsonb, body = $6
               where scope = $1 and key = $2 and claim = $3 and state = 'running' returning 1`,
              [operation, key, claim, result.status, JSON.stringify(answerHeaders(result)), sealer.seal(JSON.stringify(result.body ?? null))],
            );
            if (!stored.rows.length) throw new ClaimLost();
            return result;
          }),
        );
      } catch (error) {
        if (error instanceof ClaimLost) continue; // another process finished or holds it: look again
        // Nothing was written: free the key so a retry runs again. If even this fails, the
        // claim is taken over after takeoverMs.
        await this.#db
          .query(`delete from idempotency_keys where scope = $1 and key = $2 and claim = $3 and state = 'running'`, [operation, key, claim])
          .catch(() => {});
        throw error;
      }
    }
    return conflict();
  }

  /**
   * Claims the key in its own statement: a new key, an expired one, or a running claim so
   * old that its process must have died (same request only). Returns the claim, or
   * undefined when the key is someone else's.
   */
  async #claim(operation: string, key: string, fingerprint: string): Promise<string | undefined> {
    const now = this.#now();
    const claim = randomUUID();
    const { rows } = await this.#db.query<{ claim: string }>(
      `insert into idempotency_keys as k (scope, key, fingerprint, claim, state, claimed_at, expires_at)
       values ($1, $2, $3, $4, 'running', $5::timestamptz, $6::timestamptz)
       on conflict (scope, key) do update
         set fingerprint = excluded.fingerprint, claim = excluded.claim, state = 'running',
             claimed_at = excluded.claimed_at, expires_at = excluded.expires_at,
             status = null, headers = null, body = null
         where k.expires_at <= excluded.claimed_at
            or (k.state = 'running' and k.claimed_at <= $7::timestamptz and k.fingerprint = excluded.fingerprint)
       returning claim`,
      [operation, key, fingerprint, claim, iso(now), iso(now + this.#ttlMs), iso(now - this.#takeoverMs)],
    );
    return rows[0]?.claim === claim ? claim : undefined;
  }

  async #find(operation: string, key: string): Promise<StoredRow | undefined> {
    const { rows } = await this.#db.query<StoredRow>(
      `select fingerprint, state, status, headers, body from idempotency_keys
       where scope = $1 and key = $2 and expires_at > $3::timestamptz`,
      [operation, key, iso(this.#now())],
    );
    return rows[0];
  }

  /** Removes a few expired keys: every write a little, so no request does much. */
  async #sweep(): Promise<void> {
    await this.#db.query(
      // The outer condition is checked again on a row changed meanwhile: a key claimed anew
      // after it expired is not removed.
      `delete from idempotency_keys where expires_at <= $1::timestamptz and (scope, key) in
         (select scope, key from idempotency_keys where expires_at <= $1::timestamptz limit $2)`,
      [iso(this.#now()), this.#sweepLimit],
    );
  }
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * SHA-256 of method, path with query, and the body's bytes exactly as sent (read by the
 * contract validation): a retry sends the very same bytes.
 */
function requestFingerprint(c: Context): string {
  const body = validatedRawBody(c);
  if (!body) throw new Error('Idempotency needs the contract validation to have read the request (is the route in the contract?)');
  const url = new URL(c.req.url);
  return createHash('sha256').update(`${c.req.method} ${url.pathname}${url.search}\n`).update(body).digest('hex');
}

function answerHeaders(result: WriteResult): Record<string, string> {
  const contentType = result.status >= 400 ? 'application/problem+json; charset=utf-8' : 'application/json; charset=utf-8';
  const headers: Record<string, string> = { 'content-type': contentType };
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name.toLowerCase()] = value;
  return headers;
}

function toResponse(result: WriteResult): Response {
  return new Response(JSON.stringify(result.body ?? null), { status: result.status, headers: answerHeaders(result) });
}

function replay(row: StoredRow, sealer: Sealer): Response {
  return new Response(sealer.open(row.body!), { status: row.status!, headers: { ...row.headers, 'idempotent-replayed': 'true' } });
}

interface Sealer {
  /** What the database holds instead of the key: its SHA-256, hex. */
  lookup: string;
  seal(text: string): string;
  open(sealed: string): string;
}

/** The stored form of one Idempotency-Key, and the seal for its answer (base64 of IV, ciphertext and tag). */
function sealerFor(idempotencyKey: string): Sealer {
  const lookup = createHash('sha256').update(idempotencyKey).digest('hex');
  const secret = createHash('sha256').update(`buurtkit idempotent answer\n${idempotencyKey}`).digest();
  return {
    lookup,
    seal(text) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', secret, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64');
    },
    open(sealed) {
      const bytes = Buffer.from(sealed, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', secret, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(bytes.length - 16));
      return Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString('utf8');
    },
  };
}

const keyProblem = (type: 'invalid-parameters' | 'idempotency-key-reused' | 'idempotency-conflict', detail: string) =>
  new ProblemError(type, detail, [{ name: IDEMPOTENCY_HEADER, in: 'header', detail }]);

function reused(): Response {
  const { problemType, message, errors } = keyProblem(
    'idempotency-key-reused',
    'Deze Idempotency-Key is al gebruikt voor een aanvraag met andere gegevens. Gebruik voor nieuwe gegevens een nieuwe sleutel.',
  );
  return problemResponse(problemType, message, { errors });
}

function conflict(): Response {
  const { problemType, message, errors } = keyProblem(
    'idempotency-conflict',
    'Een aanvraag met deze Idempotency-Key wordt nog verwerkt. Probeer het over een paar seconden opnieuw met dezelfde sleutel.',
  );
  const res = problemResponse(problemType, message, { errors });
  res.headers.set('Retry-After', '1');
  return res;
}
