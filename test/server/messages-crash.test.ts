// A server process killed between sending a message and marking it sent: after the lease
// runs out the message is sent again with the same Message-ID, and none is lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../server/app.ts';
import { openDatabase } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { createLogger } from '../../server/log.ts';
import { smtpTransport } from '../../server/messages/transport.ts';
import { OutboxWorker } from '../../server/messages/worker.ts';
import { seedIfEmpty } from '../../server/seed/seed.ts';
import { findShift, outboxOf, signUp, startSmtp } from './messages-fixture.ts';

const silent = createLogger('silent');

test('killed right after sending, before marking: the message arrives again with the same Message-ID and nothing is lost', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'buurtkit-messages-'));
  const sink = await startSmtp();
  try {
    let db = await openDatabase({ dataDir: dir });
    await migrate(db);
    await seedIfEmpty(db);
    const app = createApp({ db, config: { corsOrigins: [] }, log: silent });
    const shift = await findShift(app);
    const references = [
      (await signUp(app, shift, { name: 'Eerste', email: 'eerste@example.org' })).reference,
      (await signUp(app, shift, { name: 'Tweede', email: 'tweede@example.org' })).reference,
    ];
    await db.close();

    const child = spawn(process.execPath, ['--import', 'tsx', 'test/server/messages-crash-worker.ts', dir, sink.url], { stdio: ['ignore', 'inherit', 'inherit'] });
    const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    assert.deepEqual(exit, { code: null, signal: 'SIGKILL' });
    assert.equal(sink.received.length, 1, 'one message was accepted before the kill');
    const firstId = sink.received[0]!.mail.messageId;

    db = await openDatabase({ dataDir: dir });
    const rows = async () => (await Promise.all(references.map((r) => outboxOf(db, r)))).flat();
    const before = await rows();
    assert.equal(before.length, 4);
    assert.ok(before.every((r) => !r.sent_at), 'nothing was marked sent');
    assert.ok(before.some((r) => r.message_id === firstId));

    let clock = new Date();
    const fresh = new OutboxWorker({ db, transport: smtpTransport(sink.url, 'Samen Linde <noreply@samenlinde.example>'), log: silent, now: () => clock });
    assert.equal((await fresh.tick()).sent, 0, 'while the dead worker\'s lease holds, nobody sends its messages');

    clock = new Date(clock.getTime() + new OutboxWorker({ db, log: silent }).leaseMs + 1000);
    for (let i = 0; i < 10 && (await fresh.tick()).sent; i++);
    await fresh.stop();

    const after = await rows();
    assert.ok(after.every((r) => r.sent_at), 'every message is sent in the end');
    const arrived = sink.received.map((r) => r.mail.messageId);
    assert.deepEqual(arrived.filter((id) => id === firstId).length, 2, 'the first message came again, with the same Message-ID');
    assert.deepEqual(new Set(arrived), new Set(after.map((r) => r.message_id)), 'every message arrived');
    assert.equal(arrived.length, 5);
    await db.close();
  } finally {
    await sink.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
