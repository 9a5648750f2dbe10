// The server as `npm start` runs it: first start creates, migrates and seeds the data
// folder; SIGTERM stops it cleanly; the next start reopens the same data unharmed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './server-process.ts';

test('starts on an empty data folder, stops on SIGTERM and starts again on the same data', { timeout: 120_000 }, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'buurtkit-main-')); // exists, empty: a first start
  try {
    const first = startServer({ BUURTKIT_DATA_DIR: dataDir });
    const url = await first.listening;
    assert.ok(first.lines.some((l) => l.msg === 'seeded the demo network'));
    const before = await (await fetch(`${url}v1/activities?from=2027-01-04&to=2027-01-10`)).json();
    first.child.kill('SIGTERM');
    assert.equal((await first.exited).code, 0);
    assert.ok(first.lines.some((l) => l.msg === 'stopping' && l.signal === 'SIGTERM'));
    if (!process.env.DATABASE_URL) {
      assert.ok(existsSync(join(dataDir, 'PG_VERSION')));
      assert.deepEqual(readdirSync(dataDir).filter((f) => f.includes('lock')), [], 'the lock is released');
    }

    const second = startServer({ BUURTKIT_DATA_DIR: dataDir });
    const again = await second.listening;
    assert.ok(!second.lines.some((l) => l.msg === 'seeded the demo network'), 'seeds only an empty database');
    const after = await (await fetch(`${again}v1/activities?from=2027-01-04&to=2027-01-10`)).json();
    assert.deepEqual(after, before);
    // Logs name no query strings (they can hold what people searched for).
    assert.ok(first.lines.filter((l) => l.msg === 'request').every((l) => !String(l.path).includes('?')));
    second.child.kill('SIGINT');
    assert.equal((await second.exited).code, 0);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
