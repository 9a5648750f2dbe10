// Logging in, sessions and throttling (decision 0010). One AccountSessions per network
// database: it holds no data of its own, only the clock and the policy.
import { createHash, randomBytes } from 'node:crypto';
import type { Database, Queryable } from '../db/database.ts';
import { hashPassword, needsRehash, verifyPassword } from './password.ts';
import * as repo from './repository.ts';
import type { Account } from './shapes.ts';

export interface SessionPolicy {
  /** A session unused for this long ends. */
  idleMs: number;
  /** A session ends this long after login, used or not. */
  absoluteMs: number;
  /** last_seen_at is written at most this often per session (not on every request). */
  touchEveryMs: number;
  /** Failed logins are counted over this window … */
  throttleWindowMs: number;
  /** … at most this many per typed e-mail address (existing or not) … */
  maxFailuresPerEmail: number;
  /** … and this many per client address. */
  maxFailuresPerAddress: number;
}

export const DEFAULT_POLICY: SessionPolicy = {
  idleMs: 60 * 60_000,
  absoluteMs: 12 * 60 * 60_000,
  touchEveryMs: 60_000,
  throttleWindowMs: 15 * 60_000,
  maxFailuresPerEmail: 5,
  maxFailuresPerAddress: 20,
};

export interface ActiveSession {
  /** The SHA-256 of the cookie's token: the session's id in the database. */
  id: string;
  csrfToken: string;
  expiresAt: Date;
  account: Account;
}

export type LoginResult =
  | { outcome: 'ok'; token: string; session: ActiveSession }
  | { outcome: 'wrong' }
  | { outcome: 'throttled'; retryAfterSeconds: number };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const randomToken = () => randomBytes(32).toString('base64url');
/** 32 random bytes in base64url: anything else in a cookie is not ours, and not looked up. */
const TOKEN_SHAPE = /^[\w-]{43}$/;

export class AccountSessions {
  /** A hash to check unknown e-mail addresses against, so they cost as long as a wrong password. */
  #decoy: Promise<string> | undefined;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
    readonly policy: SessionPolicy = DEFAULT_POLICY,
  ) {}

  /**
   * Checks e-mail and password. A wrong password, an unknown e-mail address and a disabled
   * account give the same answer after the same work (one scrypt). `address` is the
   * client's network address, for the per-address limit.
   */
  async login(email: string, password: string, address: string): Promise<LoginResult> {
    const now = this.now();
    // Started at once on the first login of either kind, so neither pays for it alone.
    const decoy = this.decoy();
    const emailKey = `email:${sha256(email.trim().toLowerCase())}`;
    const counted = await repo.countAttempt(
      this.db,
      [
        { key: emailKey, max: this.policy.maxFailuresPerEmail },
        { key: `address:${sha256(address)}`, max: this.policy.maxFailuresPerAddress },
      ],
      now,
      this.policy.throttleWindowMs,
    );
    if ('retryAt' in counted) {
      return { outcome: 'throttled', retryAfterSeconds: Math.max(1, Math.ceil((counted.retryAt.getTime() - now.getTime()) / 1000)) };
    }
    const found = await repo.findAccountByEmail(this.db, email.trim());
    const matches = await verifyPassword(password, found?.passwordHash ?? (await decoy));
    if (!found || !matches || found.disabled) return { outcome: 'wrong' };

    const { passwordHash, ...account } = found;
    const token = randomToken();
    const session: ActiveSession = {
      id: sha256(token),
      csrfToken: randomToken(),
      expiresAt: new Date(now.getTime() + this.policy.absoluteMs),
      account,
    };
    await this.db.transaction(async (tx) => {
      await repo.forgetAttempts(tx, counted.ids, emailKey);
      await repo.insertSession(tx, { ...session, accountId: account.id, createdAt: now, lastSeenAt: now });
      await repo.recordAudit(tx, { accountId: account.id, action: 'login', recordType: 'account', recordId: account.id, at: now });
    });
    // Housekeeping that needs no worker: every login clears what has run out.
    await repo.deleteExpiredSessions(this.db, now, this.policy.idleMs);
    await repo.pruneAttempts(this.db, new Date(now.getTime() - this.policy.throttleWindowMs));
    if (needsRehash(passwordHash)) await repo.updateAccount(this.db, account.id, { passwordHash: await hashPassword(password) });
    return { outcome: 'ok', token, session };
  }

  /** The live session for a cookie's token, or undefined (and an ended session is removed). */
  async session(token: string | undefined): Promise<ActiveSession | undefined> {
    if (!token || !TOKEN_SHAPE.test(token)) return undefined;
    const found = await repo.findSession(this.db, sha256(token));
    if (!found) return undefined;
    const now = this.now();
    if (found.expiresAt <= now || now.getTime() - found.lastSeenAt.getTime() >= this.policy.idleMs) {
      await repo.deleteSession(this.db, found.id);
      return undefined;
    }
    if (now.getTime() - found.lastSeenAt.getTime() >= this.policy.touchEveryMs) await repo.touchSession(this.db, found.id, now);
    return { id: found.id, csrfToken: found.csrfToken, expiresAt: found.expiresAt, account: found.account };
  }

  /** This network's clock (tests give their own). */
  time(): Date {
    return this.now();
  }

  /**
   * A new session for an account that proved who it is another way (an invitation it just
   * accepted), in the caller's transaction, so the account and its session commit together.
   */
  async open(tx: Queryable, account: Account, now: Date = this.now()): Promise<{ token: string; session: ActiveSession }> {
    const token = randomToken();
    const session: ActiveSession = { id: sha256(token), csrfToken: randomToken(), expiresAt: new Date(now.getTime() + this.policy.absoluteMs), account };
    await repo.insertSession(tx, { ...session, accountId: account.id, createdAt: now, lastSeenAt: now });
    return { token, session };
  }

  async logout(session: ActiveSession): Promise<void> {
    await repo.deleteSession(this.db, session.id);
  }

  private decoy(): Promise<string> {
    return (this.#decoy ??= hashPassword(randomToken()));
  }
}
