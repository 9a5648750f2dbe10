// The HSDS import behind /v1/beheer answers as the contract says, for every status it gives:
// a dry run, an import, a file with a problem (dry run and for real), refused, too large.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findOperation } from '../../server/contract.ts';
import { beheerFixture, type Session } from '../server/beheer-signups-fixture.ts';
import { contractViolations } from './conformance.ts';

test('the HSDS import conforms', async () => {
  const f = await beheerFixture();
  const example = (findOperation('beheerImportHsds').requestBody!.content['application/json'] as { example: any }).example;
  const check = async (who: Session | undefined, path: string, body: unknown, expected: number) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(who ? { cookie: who.cookie, 'x-csrf-token': who.csrfToken } : {}) };
    const res = await f.request(path, { method: 'POST', headers, body: JSON.stringify(body) });
    const contentType = res.headers.get('content-type') ?? '';
    const text = await res.text();
    assert.equal(res.status, expected, `${path}: ${text.slice(0, 300)}`);
    assert.deepEqual(contractViolations('beheerImportHsds', { status: res.status, contentType, body: JSON.parse(text) }), []);
    return JSON.parse(text);
  };
  const broken = structuredClone(example);
  broken.contents[0].service_areas[0] = { name: 'Atlantis' };
  const dryBroken = await check(f.anna, '/v1/beheer/hsds-import?dryRun=true', broken, 200);
  assert.equal(dryBroken.problems.length, 1);
  await check(f.anna, '/v1/beheer/hsds-import', broken, 422);
  const dry = await check(f.anna, '/v1/beheer/hsds-import?dryRun=true', example, 200);
  assert.deepEqual([dry.services, dry.problems], [{ added: 1, updated: 0, unchanged: 0, skipped: 0 }, []], 'the contract\'s example imports as it is');
  await check(f.anna, '/v1/beheer/hsds-import', example, 200);
  const again = await check(f.anna, '/v1/beheer/hsds-import', example, 200);
  assert.deepEqual(again.services, { added: 0, updated: 0, unchanged: 1, skipped: 0 });
  await check(f.piet, '/v1/beheer/hsds-import', example, 403);
  await check(undefined, '/v1/beheer/hsds-import', example, 401);
  await check(f.anna, '/v1/beheer/hsds-import?dryRun=ja', example, 400);
  await check(f.anna, '/v1/beheer/hsds-import', { contents: [{ ...example.contents[0], id: 'geen-uuid' }] }, 422);
});
