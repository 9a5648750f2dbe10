// The server process and its mail: without SMTP_URL it says once that mail is kept and
// keeps it; started with SMTP_URL, what was kept goes out; SIGTERM still stops it cleanly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findShift, signUp, startSmtp } from './messages-fixture.ts';
import { startServer } from './server-process.ts';

test('mail is kept without SMTP_URL, said once at start, and sent once the server starts with SMTP_URL', { timeout: 180_000 }, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'buurtkit-mail-'));
  const sink = await startSmtp();
  try {
    // The embedded database, whatever the test run uses: this is `npm start`'s default.
    const first = startServer({ BUURTKIT_DATA_DIR: dataDir, DATABASE_URL: '', SMTP_URL: '' });
    const url = await first.listening;
    const api = { request: (path: string, init?: RequestInit) => fetch(new URL(path, url), init) };
    const signup = await signUp(api, await findShift(api), { name: 'Greet Bewaard', email: 'greet@example.org' });
    const kept = first.lines.filter((l) => l.msg === 'mail is kept, not sent');
    assert.equal(kept.length, 1);
    assert.match(kept[0]!.nl, /SMTP_URL niet is ingesteld/);
    assert.match(kept[0]!.en, /SMTP_URL is not set/);
    first.child.kill('SIGTERM');
    assert.equal((await first.exited).code, 0);
    assert.equal(sink.received.length, 0);

    const second = startServer({ BUURTKIT_DATA_DIR: dataDir, DATABASE_URL: '', SMTP_URL: sink.url, SMTP_FROM: 'Samen Linde <noreply@samenlinde.example>' });
    await second.listening;
    const arrived = await sink.arrived(2, 30_000);
    assert.ok(arrived.some((r) => r.envelopeTo[0] === 'greet@example.org' && /Beste Greet Bewaard/.test(r.mail.text ?? '')));
    assert.ok(!second.lines.some((l) => l.msg === 'mail is kept, not sent'));
    const log = JSON.stringify([...first.lines, ...second.lines]);
    for (const personal of ['greet@example.org', 'Greet', signup.reference]) assert.ok(!log.includes(personal), `the log does not hold "${personal}"`);
    second.child.kill('SIGTERM');
    assert.equal((await second.exited).code, 0);
  } finally {
    await sink.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a wrong SMTP setting stops the start with one line in Dutch and English', { timeout: 60_000 }, async () => {
  const server = startServer({ DATABASE_URL: '', BUURTKIT_DATA_DIR: '/nonexistent-not-used', SMTP_URL: 'smtp://mail.example.nl' });
  const { code } = await server.exited;
  assert.equal(code, 1);
  assert.match(server.stderr(), /^Buurtkit start niet: De instelling klopt niet: SMTP_FROM must be set.* \| Buurtkit cannot start: A setting is wrong: SMTP_FROM/);
});
