// npm run account -- <add|list|disable|enable|set-password> …: accounts for /beheer, on the
// database the server uses (DATABASE_URL, else the PGlite folder BUURTKIT_DATA_DIR or
// .buurtkit-data). The password is asked for without echo on a terminal, or read from
// BUURTKIT_PASSWORD or from stdin (one line) for scripts; it is never printed.
import { parseArgs } from 'node:util';
import { readConfig } from '../config.ts';
import { DatabaseOpenError, openDatabase, type Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { AccountError, addAccount, disableAccount, enableAccount, listAccounts, setPassword } from '../accounts/manage.ts';
import { passwordProblem } from '../accounts/password.ts';
import { ROLES, type Role } from '../accounts/shapes.ts';

const USAGE = `Gebruik | Usage:
  npm run account -- add --email <e-mail> --name "<naam>" --role coordinator
  npm run account -- add --email <e-mail> --name "<naam>" --role organization-contact --organization <id>
  npm run account -- list
  npm run account -- disable --email <e-mail>
  npm run account -- enable --email <e-mail>
  npm run account -- set-password --email <e-mail>
Het wachtwoord (minstens 12 tekens) wordt gevraagd, of gelezen uit BUURTKIT_PASSWORD of stdin.
The password (at least 12 characters) is asked for, or read from BUURTKIT_PASSWORD or stdin.`;

function fail(nl: string, en: string, code = 1): never {
  process.stderr.write(`${nl}\n${en}\n`);
  process.exit(code);
}

/** One line typed without echo, on a terminal. */
function ask(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve) => {
    let typed = '';
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          stdin.off('data', onData);
          stdin.setRawMode(false);
          stdin.pause();
          process.stderr.write('\n');
          return resolve(typed);
        }
        if (ch === '\u0003') process.exit(130); // Ctrl-C
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  if (process.env.BUURTKIT_PASSWORD) return process.env.BUURTKIT_PASSWORD;
  if (process.stdin.isTTY) {
    const first = await ask('Wachtwoord | Password: ');
    const again = await ask('Nog een keer | Once more: ');
    if (first !== again) fail('De twee wachtwoorden zijn niet gelijk.', 'The two passwords differ.');
    return first;
  }
  let text = '';
  for await (const chunk of process.stdin) {
    text += chunk;
    if (text.length > 10_000) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

const { positionals, values } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, organization: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${USAGE}`, '', 2);
  }
})();
const [command] = positionals;
if (values.help || !command) fail(USAGE, '', values.help ? 0 : 2);
if (!['add', 'list', 'disable', 'enable', 'set-password'].includes(command!)) fail(`Onbekende opdracht "${command}".\n\n${USAGE}`, '', 2);
const need = (name: 'email' | 'name' | 'role') => values[name] ?? fail(`Geef --${name}.\n\n${USAGE}`, `Give --${name}.`, 2);

// The password first: nothing is opened if it is refused or missing.
let password: string | undefined;
if (command !== 'list') need('email');
if (command === 'add' || command === 'set-password') {
  if (command === 'add') {
    need('name');
    if (!ROLES.includes(need('role') as Role)) fail(`De rol is ${ROLES.join(' of ')}.`, `The role is ${ROLES.join(' or ')}.`, 2);
  }
  password = await readPassword();
  const problem = passwordProblem(password, { email: values.email, name: values.name });
  if (problem) fail(problem, 'The password is too short, too common or too like the e-mail address or name (at least 12 characters).');
}

let db: Database;
try {
  const config = readConfig();
  db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, connectTimeoutMs: config.connectTimeoutMs, statementTimeoutMs: config.statementTimeoutMs });
} catch (error) {
  if (error instanceof DatabaseOpenError) fail(error.nl, error.en);
  fail(`De database gaat niet open: ${(error as Error).message}`, `The database does not open: ${(error as Error).message}`);
}

try {
  await migrate(db);
  const email = values.email ?? '';
  if (command === 'add') {
    const account = await addAccount(db, { email, name: values.name!, role: values.role as Role, organizationId: values.organization, password: password! });
    process.stdout.write(`Account gemaakt | Account made: ${account.email} (${account.role}${account.organizationId ? `, ${account.organizationId}` : ''})\n`);
  } else if (command === 'list') {
    const accounts = await listAccounts(db);
    for (const a of accounts) {
      process.stdout.write(`${a.email}\t${a.name}\t${a.role}${a.organizationId ? `\t${a.organizationId}` : ''}${a.disabled ? '\tuitgeschakeld | disabled' : ''}\n`);
    }
    if (!accounts.length) process.stdout.write('Nog geen accounts | No accounts yet\n');
  } else if (command === 'disable') {
    await disableAccount(db, email);
    process.stdout.write(`Uitgeschakeld, sessies beëindigd | Disabled, sessions ended: ${email}\n`);
  } else if (command === 'enable') {
    await enableAccount(db, email);
    process.stdout.write(`Weer ingeschakeld | Enabled again: ${email}\n`);
  } else {
    await setPassword(db, email, password!);
    process.stdout.write(`Wachtwoord gewijzigd, sessies beëindigd | Password changed, sessions ended: ${email}\n`);
  }
} catch (error) {
  await db.close();
  if (error instanceof AccountError) fail(error.nl, error.en);
  throw error;
}
await db.close();
