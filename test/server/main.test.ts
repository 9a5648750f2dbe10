// The server as `npm start` runs it: first start creates, migrates and seeds the data
// folder; SIGTERM stops it cleanly; the next start reopens the same data unharmed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

function start(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', BUURTKIT_DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: Record<string, any>[] = [];
  const listening = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line);
      lines.push(entry);
      if (entry.msg === 'listening') resolve(entry.url);
    });
    child.once('exit', (code) => reject(new Error(`server exited early with ${code}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, lines, listening, exited };
}

test('starts on an empty data folder, stops on SIGTERM and starts again on the same data', { timeout: 60_000 }, async () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'buurtkit-main-')), 'data');
  try {
    const first = start(dataDir);
    const url = await first.listening;
    assert.ok(first.lines.some((l) => l.msg === 'seeded the demo network'));
    const before = await (await fetch(`${url}v1/activities?from=2027-01-04&to=2027-01-10`)).json();
    first.child.kill('SIGTERM');
    assert.equal(await first.exited, 0);
    assert.ok(first.lines.some((l) => l.msg === 'stopping' && l.signal === 'SIGTERM'));

    const second = start(dataDir);
    const again = await second.listening;
    assert.ok(!second.lines.some((l) => l.msg === 'seeded the demo network'), 'seeds only an empty database');
    const after = await (await fetch(`${again}v1/activities?from=2027-01-04&to=2027-01-10`)).json();
    assert.deepEqual(after, before);
    // Logs name no query strings (they can hold what people searched for).
    assert.ok(first.lines.filter((l) => l.msg === 'request').every((l) => !String(l.path).includes('?')));
    second.child.kill('SIGINT');
    assert.equal(await second.exited, 0);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
