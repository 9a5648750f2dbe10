// The retention job in the server process: started with the server, with RETENTION_DAYS,
// and stopped with it; a wrong RETENTION_DAYS stops the start with a line a person can act on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './server-process.ts';

test('the server runs the retention job with RETENTION_DAYS and stops it on SIGTERM', { timeout: 120_000 }, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'buurtkit-retention-'));
  try {
    const server = startServer({ BUURTKIT_DATA_DIR: dataDir, RETENTION_DAYS: '30' });
    await server.listening;
    assert.ok(server.lines.some((l) => l.msg === 'sign-up data is kept for a limited time' && l.retentionDays === 30), JSON.stringify(server.lines));
    server.child.kill('SIGTERM');
    assert.equal((await server.exited).code, 0);
    assert.ok(!server.lines.some((l) => l.msg === 'retention run failed'));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a wrong RETENTION_DAYS stops the start, naming it', { timeout: 30_000 }, async () => {
  const server = startServer({ RETENTION_DAYS: 'drie maanden' });
  assert.equal((await server.exited).code, 1);
  assert.match(server.stderr(), /RETENTION_DAYS/);
});
