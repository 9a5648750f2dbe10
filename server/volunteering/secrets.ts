// The two things a volunteer gets back: a reference to quote on the phone and a secret
// token for the personal link. Only the token's SHA-256 is stored, so a copy of the
// database cannot be used to see or cancel anyone's sign-up.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so nothing is mistaken for 1, 0 or V on the phone. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 'VW-7K3M-Q9PD': 40 random bits; the database's unique index catches the rare repeat. */
export function newReference(prefix = 'VW'): string {
  // 256 is a multiple of 32, so `byte & 31` is uniform.
  const chars = [...randomBytes(8)].map((b) => CROCKFORD[b & 31]).join('');
  return `${prefix}-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** 32 random bytes, base64url (43 characters): never guessable. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether `token` hashes to `storedHash`, in time that does not depend on where they differ. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** The token of an `Authorization: Bearer <token>` header, or undefined when it has another form. */
export function bearerToken(header: string | undefined): string | undefined {
  return /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(header ?? '')?.[1];
}
