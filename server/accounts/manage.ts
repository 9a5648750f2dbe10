// Making and changing accounts: used by the account command (server/cli/account.ts) and
// the demo seed. Every refusal is an AccountError with a Dutch and an English sentence.
import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../db/database.ts';
import { hashPassword, passwordProblem } from './password.ts';
import * as repo from './repository.ts';
import { ROLES, type Account, type Role } from './shapes.ts';

export class AccountError extends Error {
  constructor(
    readonly nl: string,
    readonly en: string,
  ) {
    super(en);
  }
}

export interface NewAccount {
  email: string;
  name: string;
  role: Role;
  organizationId?: string;
  password: string;
}

// Deliberately simple: one @, something before it, a dot after it, no spaces or controls.
export const EMAIL = /^[^\s@\u0000-\u001f\u007f]{1,64}@[^\s@\u0000-\u001f\u007f]+\.[^\s@\u0000-\u001f\u007f]+$/;

export async function addAccount(q: Queryable, input: NewAccount, now = new Date()): Promise<Account> {
  const email = input.email.trim();
  const name = input.name.trim();
  if (!EMAIL.test(email) || email.length > 254) throw new AccountError(`"${email}" is geen geldig e-mailadres.`, `"${email}" is not a valid e-mail address.`);
  if (!name || name.length > 200 || /[\u0000-\u001f\u007f]/.test(name)) throw new AccountError('Geef een naam van 1 tot 200 tekens.', 'Give a name of 1 to 200 characters.');
  if (!ROLES.includes(input.role)) throw new AccountError(`De rol is ${ROLES.join(' of ')}.`, `The role is ${ROLES.join(' or ')}.`);
  const organizationId = input.role === 'organization-contact' ? input.organizationId : undefined;
  if (input.role === 'organization-contact' && !organizationId) {
    throw new AccountError('Een organisatiecontact hoort bij een organisatie: geef --organization.', 'An organisation contact belongs to an organisation: give --organization.');
  }
  if (input.role === 'driver' && input.organizationId) {
    throw new AccountError('Een chauffeur hoort bij de dorpsbus, niet bij een organisatie.', 'A driver belongs to the village bus, not to an organisation.');
  }
  if (input.role === 'coordinator' && input.organizationId) {
    throw new AccountError('Een coördinator hoort bij het hele netwerk, niet bij één organisatie.', 'A coordinator belongs to the whole network, not to one organisation.');
  }
  if (organizationId && !(await repo.organizationExists(q, organizationId))) {
    throw new AccountError(`Er is geen organisatie "${organizationId}".`, `There is no organisation "${organizationId}".`);
  }
  refuseWeakPassword(input.password, email, name);
  if (await repo.findAccountByEmail(q, email)) throw new AccountError(`Er is al een account voor ${email}.`, `There is an account for ${email} already.`);
  const id = randomUUID();
  await repo.insertAccount(q, { id, email, name, role: input.role, organizationId: organizationId ?? null, passwordHash: await hashPassword(input.password), createdAt: now });
  const account = await repo.findAccountByEmail(q, email);
  const { passwordHash: _, ...shown } = account!;
  return shown;
}

export async function listAccounts(q: Queryable): Promise<Account[]> {
  return (await repo.listAccounts(q)).map(({ passwordHash: _, ...a }) => a);
}

/** Disables an account and ends its sessions: the person cannot log in any more. */
export async function disableAccount(db: Database, email: string): Promise<void> {
  const account = await existing(db, email);
  await db.transaction(async (tx) => {
    await repo.updateAccount(tx, account.id, { disabled: true });
    await repo.deleteSessionsOf(tx, account.id);
  });
}

/** Lets a disabled account log in again. */
export async function enableAccount(q: Queryable, email: string): Promise<void> {
  const account = await existing(q, email);
  await repo.updateAccount(q, account.id, { disabled: false });
}

/** Sets a new password and ends the account's sessions (someone may have known the old one). */
export async function setPassword(db: Database, email: string, password: string): Promise<void> {
  const account = await existing(db, email);
  refuseWeakPassword(password, account.email, account.name);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await repo.updateAccount(tx, account.id, { passwordHash });
    await repo.deleteSessionsOf(tx, account.id);
  });
}

async function existing(q: Queryable, email: string) {
  const account = await repo.findAccountByEmail(q, email.trim());
  if (!account) throw new AccountError(`Er is geen account voor ${email}.`, `There is no account for ${email}.`);
  return account;
}

function refuseWeakPassword(password: string, email: string, name: string) {
  const problem = passwordProblem(password, { email, name });
  if (problem) throw new AccountError(problem, 'The password is too short, too common or too like the e-mail address or name (at least 12 characters).');
}
