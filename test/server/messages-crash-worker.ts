// Child process of messages-crash.test.ts: one worker tick on a PGlite folder, killed with
// SIGKILL right after the SMTP server accepted the first message, before it is marked sent.
import { openDatabase } from '../../server/db/database.ts';
import { createLogger } from '../../server/log.ts';
import { smtpTransport } from '../../server/messages/transport.ts';
import { OutboxWorker } from '../../server/messages/worker.ts';

const [dataDir, smtpUrl] = process.argv.slice(2) as [string, string];
const db = await openDatabase({ dataDir });
const worker = new OutboxWorker({
  db,
  transport: smtpTransport(smtpUrl, 'Samen Linde <noreply@samenlinde.example>'),
  log: createLogger('silent'),
  afterSend: () => void process.kill(process.pid, 'SIGKILL'),
});
await worker.tick();
// Reached only if the hook did not run: the test sees a normal exit and fails.
await db.close();
