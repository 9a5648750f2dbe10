// Password hashing with scrypt from node:crypto (decision 0010): no native dependency, and
// it runs on libuv's thread pool, so hashing never blocks the event loop. Each hash is a
// PHC string that carries its own salt and cost, so the cost can be raised later: old
// hashes still verify, and are rehashed at the next login (needsRehash).
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptCost {
  /** log2 of N, the CPU and memory cost. */
  ln: number;
  r: number;
  p: number;
}

/** 2^15 × 8 × 128 bytes = 32 MiB and about 50-100 ms per hash on a small server. */
export const DEFAULT_COST: ScryptCost = { ln: 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
/** Refused when reading a stored hash: a damaged row must not make us allocate gigabytes. */
const MAX_LN = 20;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

function derive(password: string, salt: Buffer, { ln, r, p }: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** ln, r, p, maxmem: 256 * 2 ** ln * r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string, cost: ScryptCost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, cost);
  return `$scrypt$ln=${cost.ln},r=${cost.r},p=${cost.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

interface ParsedHash {
  cost: ScryptCost;
  salt: Buffer;
  key: Buffer;
}

const PHC = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([\w-]{16,64})\$([\w-]{32,128})$/;

function parseHash(stored: string): ParsedHash | undefined {
  const m = PHC.exec(stored);
  if (!m) return undefined;
  const cost = { ln: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  if (cost.ln < 10 || cost.ln > MAX_LN || cost.r < 1 || cost.p < 1) return undefined;
  return { cost, salt: Buffer.from(m[4]!, 'base64url'), key: Buffer.from(m[5]!, 'base64url') };
}

/** True when the password matches; compared in constant time. A malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.cost);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

/** True when a stored hash was made with a lower cost than today's. */
export function needsRehash(stored: string, cost: ScryptCost = DEFAULT_COST): boolean {
  const parsed = parseHash(stored);
  return !parsed || parsed.cost.ln < cost.ln || parsed.cost.r < cost.r || parsed.cost.p < cost.p;
}

// A few of the passwords of 12 characters or more that leaked password lists show most
// often, and their Dutch cousins: refusing them costs nothing. Compared lower-cased.
const COMMON = new Set([
  '123456789012', '1234567890123', '12345678901234', '123123123123', '111111111111',
  'qwertyuiop12', 'qwertyuiopas', 'qwerty123456', '1q2w3e4r5t6y', 'abcdefghijkl',
  'password1234', 'password123!', 'passwordpassword', 'iloveyou1234',
  'wachtwoord12', 'wachtwoord123', 'wachtwoord1234', 'welkom123456', 'welkomwelkom',
  'welkom12345!', 'voetbal12345', 'feyenoord1908', 'ajaxajaxajax', 'buurtkit1234',
  'coordinator1', 'coordinator12', 'beheerder123', 'beheerder1234',
]);

const problems = {
  nl: {
    short: `Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens.`,
    long: `Kies een wachtwoord van hoogstens ${MAX_PASSWORD_LENGTH} tekens.`,
    control: 'Het wachtwoord bevat een stuurteken; dat kan niet.',
    common: 'Dit wachtwoord is te makkelijk te raden. Kies een ander, bijvoorbeeld een zin van een paar woorden.',
    personal: 'Het wachtwoord lijkt te veel op uw e-mailadres of naam. Kies een ander.',
  },
  en: {
    short: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`,
    long: `Choose a password of at most ${MAX_PASSWORD_LENGTH} characters.`,
    control: 'The password holds a control character; that is not allowed.',
    common: 'This password is too easy to guess. Choose another, for example a sentence of a few words.',
    personal: 'The password is too much like your e-mail address or name. Choose another.',
  },
} as const;

/** Why a new password is refused, in plain Dutch (or English for an English page); undefined when it is fine. */
export function passwordProblem(password: string, { email, name }: { email?: string; name?: string } = {}, lang: 'nl' | 'en' = 'nl'): string | undefined {
  const m = problems[lang];
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return m.short;
  if (length > MAX_PASSWORD_LENGTH) return m.long;
  if (/[\u0000-\u001f\u007f-\u009f]/.test(password)) return m.control;
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || /^(.)\1+$/u.test(password)) return m.common;
  if ((email && lower.includes(email.toLowerCase())) || (name && name.length >= 4 && lower === name.toLowerCase())) return m.personal;
  return undefined;
}
