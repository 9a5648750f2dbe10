// The contract is served as JSON and as a reference page that needs nothing from elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openapiDocument } from '../../server/contract.ts';
import { testApp } from './test-app.ts';

test('serves the contract as JSON at /v1/openapi.json', async () => {
  const { app } = await testApp();
  const res = await app.request('/v1/openapi.json');
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), JSON.parse(JSON.stringify(openapiDocument)));
});

test('the reference page at /docs lists every operation and loads nothing from other sites', async () => {
  const { app } = await testApp();
  const res = await app.request('/docs');
  assert.equal(res.status, 200);
  const html = await res.text();
  for (const item of Object.values(openapiDocument.paths as Record<string, Record<string, { operationId: string }>>)) {
    for (const op of Object.values(item)) assert.ok(html.includes(`id="${op.operationId}"`), op.operationId);
  }
  assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//);
});
