// The account command as a person runs it (a child process on a real data folder, or on
// PostgreSQL under test/with-postgres.sh), and the demo accounts of a first start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../server/app.ts';
import { openDatabase, type Database } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { createLogger } from '../../server/log.ts';
import { seedIfEmpty } from '../../server/seed/seed.ts';
import { startServer } from './server-process.ts';

const PASSWORD = 'de bus rijdt op dinsdag naar het eetcafé';
const ORIGIN = 'https://beheer.example';

/** A place for the command's data: a new PGlite folder, or a new schema on DATABASE_URL. */
async function dataPlace(): Promise<{ env: Record<string, string>; open: () => Promise<Database>; remove: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), 'buurtkit-account-'));
    return {
      env: { BUURTKIT_DATA_DIR: dir, DATABASE_URL: '' },
      open: () => openDatabase({ dataDir: dir }),
      remove: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const schema = `cli_${randomUUID().replaceAll('-', '')}`;
  const admin = await openDatabase({ url });
  await admin.query(`create schema ${schema}`);
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return {
    env: { DATABASE_URL: scoped.toString() },
    open: () => openDatabase({ url: scoped.toString() }),
    remove: async () => {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.close();
    },
  };
}

function account(args: string[], env: Record<string, string>, stdin = '') {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/account.ts', ...args], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdin.end(stdin);
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

async function loginStatus(db: Database, email: string, password: string) {
  const app = createApp({ db, config: { corsOrigins: ['*'] }, log: createLogger('silent') });
  const res = await app.request(`${ORIGIN}/v1/beheer/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify({ email, password }),
  });
  return res.status;
}

test('npm run account: add a coordinator and an organisation contact who can log in; list, disable, set-password', { timeout: 400_000 }, async () => {
  const place = await dataPlace();
  try {
    // The server has run once: the network and its organisations exist.
    let db = await place.open();
    await migrate(db);
    await seedIfEmpty(db);
    await db.close();

    const added = await account(['add', '--email', 'Marja@Samenlinde.example', '--name', 'Marja Jansen', '--role', 'coordinator'], place.env, `${PASSWORD}\n`);
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stdout, /Account gemaakt \| Account made: Marja@Samenlinde\.example \(coordinator\)/);

    const contact = await account(['add', '--email', 'kees@dorpshuis.example', '--name', 'Kees', '--role', 'organization-contact', '--organization', 'dorpshuis-de-linde'], { ...place.env, BUURTKIT_PASSWORD: 'twaalf tekens of meer' });
    assert.equal(contact.code, 0, contact.stderr);

    // One after the other: a PGlite folder has one user at a time.
    const refused = [];
    for (const [args, stdin] of [
      [['add', '--email', 'kort@samenlinde.example', '--name', 'Kort', '--role', 'coordinator'], 'kort\n'],
      [['add', '--email', 'marja@samenlinde.example', '--name', 'Dubbel', '--role', 'coordinator'], `${PASSWORD}\n`],
      [['add', '--email', 'x@samenlinde.example', '--name', 'X', '--role', 'organization-contact', '--organization', 'bestaat-niet'], `${PASSWORD}\n`],
      [['add', '--email', 'y@samenlinde.example', '--name', 'Y', '--role', 'baas'], `${PASSWORD}\n`],
    ] as const) {
      refused.push(await account([...args], place.env, stdin));
    }
    assert.deepEqual(refused.map((r) => r.code), [1, 1, 1, 2]);
    assert.match(refused[0]!.stderr, /Kies een wachtwoord van minstens 12 tekens/);
    assert.match(refused[1]!.stderr, /Er is al een account voor marja@samenlinde\.example/);
    assert.match(refused[2]!.stderr, /Er is geen organisatie "bestaat-niet"/);
    assert.match(refused[3]!.stderr, /De rol is coordinator of organization-contact/);

    const listed = await account(['list'], place.env);
    assert.equal(listed.code, 0);
    assert.deepEqual(listed.stdout.trim().split('\n'), [
      'kees@dorpshuis.example\tKees\torganization-contact\tdorpshuis-de-linde',
      'Marja@Samenlinde.example\tMarja Jansen\tcoordinator',
    ]);
    for (const r of [added, contact, ...refused, listed]) {
      assert.ok(!r.stdout.includes(PASSWORD) && !r.stderr.includes(PASSWORD), 'the password is never printed');
    }

    db = await place.open();
    assert.equal(await loginStatus(db, 'marja@samenlinde.example', PASSWORD), 200);
    assert.equal(await loginStatus(db, 'kees@dorpshuis.example', 'twaalf tekens of meer'), 200);
    await db.close();

    assert.equal((await account(['disable', '--email', 'kees@dorpshuis.example'], place.env)).code, 0);
    const newPassword = 'een nieuw wachtwoord voor marja';
    assert.equal((await account(['set-password', '--email', 'marja@samenlinde.example'], place.env, `${newPassword}\n`)).code, 0);
    db = await place.open();
    assert.equal(await loginStatus(db, 'kees@dorpshuis.example', 'twaalf tekens of meer'), 401, 'disabled');
    assert.equal(await loginStatus(db, 'marja@samenlinde.example', PASSWORD), 401, 'the old password');
    assert.equal(await loginStatus(db, 'marja@samenlinde.example', newPassword), 200, 'the new password');
    await db.close();
  } finally {
    await place.remove();
  }
});

test('a first start makes the demo accounts and shows their passwords once, in Dutch and English', { timeout: 300_000 }, async () => {
  const place = await dataPlace();
  try {
    const first = startServer(place.env);
    const url = await first.listening;
    // The notice comes right after "listening"; give the pipe a moment.
    for (let i = 0; i < 50 && !first.stderr().includes('Log in:'); i++) await new Promise((r) => setTimeout(r, 100));
    const notice = first.stderr();
    assert.match(notice, /De wachtwoorden staan alleen hier, nu/);
    assert.match(notice, /The passwords are shown only here, now/);
    const password = /coordinator@demo\.buurtkit\.nl\s+(\S+)/.exec(notice)?.[1];
    assert.match(password ?? '', /^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    assert.match(notice, /dorpshuis@demo\.buurtkit\.nl\s+\S+\s+\(organization-contact\)/);
    assert.ok(first.lines.some((l) => l.msg === 'made the demo accounts'));
    assert.ok(!JSON.stringify(first.lines).includes(password!), 'the password is not in the JSON log');

    // Over real HTTP, on plain-http localhost as `npm start` serves it.
    const origin = new URL(url).origin;
    const res = await fetch(`${origin}/v1/beheer/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ email: 'coordinator@demo.buurtkit.nl', password }),
    });
    assert.equal(res.status, 200);
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    assert.match(cookie, /^buurtkit-beheer=/);
    const page = await (await fetch(`${origin}/beheer`, { headers: { cookie } })).text();
    assert.match(page, /Ingelogd als <strong>Demo Coördinator<\/strong>/);
    first.child.kill('SIGTERM');
    assert.equal((await first.exited).code, 0);

    const second = startServer(place.env);
    await second.listening;
    await new Promise((r) => setTimeout(r, 300));
    assert.doesNotMatch(second.stderr(), /demo\.buurtkit\.nl/, 'shown only at the start that made them');
    second.child.kill('SIGTERM');
    assert.equal((await second.exited).code, 0);
  } finally {
    await place.remove();
  }
});
