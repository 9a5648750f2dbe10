// contract/types.ts is generated from contract/openapi.yaml: fail when someone changed
// the contract and forgot `npm run contract`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('the generated contract types are up to date', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'buurtkit-contract-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const out = join(dir, 'types.ts');
  execFileSync('npx', ['--no-install', 'openapi-typescript', 'contract/openapi.yaml', '-o', out], { stdio: 'pipe' });
  assert.equal(
    readFileSync('contract/types.ts', 'utf8'),
    readFileSync(out, 'utf8'),
    'contract/types.ts is stale: run `npm run contract` and commit the result',
  );
});
