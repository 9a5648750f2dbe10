// The demo's accounts for /beheer: a coordinator and the contact of Dorpshuis De Linde,
// each with a random password that is shown once, at the start that made them.
import { randomInt } from 'node:crypto';
import type { Database } from '../db/database.ts';
import { addAccount } from '../accounts/manage.ts';
import { organizationExists } from '../accounts/repository.ts';
import type { Role } from '../accounts/shapes.ts';
import { DEMO_DRIVER_ID } from './rides.ts';

export interface DemoLogin {
  email: string;
  role: Role;
  password: string;
}

const DEMO = [
  { email: 'coordinator@demo.buurtkit.nl', name: 'Demo Coördinator', role: 'coordinator' },
  { email: 'dorpshuis@demo.buurtkit.nl', name: 'Demo Contactpersoon Dorpshuis', role: 'organization-contact', organizationId: 'dorpshuis-de-linde' },
  // A volunteer driver of the village bus: signs in to see their own day sheet.
  { email: 'chauffeur@demo.buurtkit.nl', name: 'Henk Bosman', role: 'driver', driverId: DEMO_DRIVER_ID },
] as const;

/** Four groups of five letters and digits that cannot be mistaken for each other: ~99 bits. */
export function randomPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const group = () => Array.from({ length: 5 }, () => alphabet[randomInt(alphabet.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}

/**
 * Makes the demo accounts when the database has no account at all (a first start): a
 * network whose first coordinator was made with `npm run account` gets none. Returns the
 * logins made, passwords included, for the one notice that shows them.
 */
export async function seedDemoAccounts(db: Database): Promise<DemoLogin[]> {
  return db.transaction(async (tx) => {
    // One starter at a time (PostgreSQL with several processes starting together).
    await tx.query('lock table accounts in exclusive mode');
    if ((await tx.query('select 1 from accounts limit 1')).rows.length) return [];
    const made: DemoLogin[] = [];
    for (const demo of DEMO) {
      if ('organizationId' in demo && !(await organizationExists(tx, demo.organizationId))) continue;
      if ('driverId' in demo && !(await tx.query('select 1 from ride_drivers where id = $1', [demo.driverId])).rows.length) continue;
      const password = randomPassword();
      const account = await addAccount(tx, { ...demo, password });
      if ('driverId' in demo) await tx.query('update ride_drivers set account_id = $1 where id = $2', [account.id, demo.driverId]);
      made.push({ email: demo.email, role: demo.role, password });
    }
    return made;
  });
}

/** The notice for the server's output, in Dutch and English. */
export function demoLoginNotice(logins: DemoLogin[], url = 'http://localhost:8080/beheer'): string {
  const line = '='.repeat(72);
  const rows = logins.map((l) => `  ${l.email.padEnd(32)} ${l.password}   (${l.role})`);
  return [
    line,
    'Demo-accounts voor /beheer gemaakt. De wachtwoorden staan alleen hier, nu: bewaar ze.',
    'Demo accounts for /beheer made. The passwords are shown only here, now: keep them.',
    '',
    ...rows,
    '',
    `Inloggen | Log in: ${url}`,
    'Nieuw wachtwoord | New password: npm run account -- set-password --email <e-mail>',
    line,
    '',
  ].join('\n');
}
