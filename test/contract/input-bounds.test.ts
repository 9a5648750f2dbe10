// Rules the contract itself must keep, so a new parameter or field cannot slip through
// unbounded: every string a client sends has a bounded length, every date a sane range,
// every link field allows only web addresses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listOperations, openapiDocument, resolveRef } from '../../server/contract.ts';

type Json = Record<string, any>;

/** Every schema reachable from `schema`, with a readable path, following $refs once each. */
function* walk(schema: Json | undefined, path: string, seen = new Set<unknown>()): Generator<[Json, string]> {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
  seen.add(schema);
  const resolved = resolveRef(schema) as Json;
  yield [resolved, path];
  for (const [key, child] of Object.entries(resolved.properties ?? {})) yield* walk(child as Json, `${path}.${key}`, seen);
  if (resolved.items) yield* walk(resolved.items, `${path}[]`, seen);
  for (const part of [...(resolved.allOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.anyOf ?? [])]) yield* walk(part, path, seen);
}

function* inputs(): Generator<[Json, string]> {
  for (const op of listOperations()) {
    for (const p of op.parameters) yield* walk(p.schema, `${op.operationId} ${p.in} ${p.name}`);
    for (const [type, content] of Object.entries(op.requestBody?.content ?? {})) yield* walk(content.schema, `${op.operationId} body ${type}`);
  }
}

test('every string a client can send has a maximum length (or is an enum)', () => {
  const unbounded = [...inputs()].filter(([s]) => s.type === 'string' && s.maxLength === undefined && !s.enum && s.const === undefined);
  assert.deepEqual(unbounded.map(([, path]) => path), []);
});

test('every list a client can send has a maximum number of items', () => {
  const unbounded = [...inputs()].filter(([s]) => s.type === 'array' && s.maxItems === undefined);
  assert.deepEqual(unbounded.map(([, path]) => path), []);
});

test('every date and date-time a client can send lies between 1900 and 2200', () => {
  const dates = [...inputs()].filter(([s]) => s.format === 'date' || s.format === 'date-time');
  assert.ok(dates.length >= 2, 'from and to at least');
  for (const [s, path] of dates) {
    assert.match(String(s.formatMinimum), /^1900-01-01/, path);
    assert.match(String(s.formatMaximum), /^2200-12-31/, path);
  }
});

test('every link field in the contract allows only http(s) addresses', () => {
  const schemas = (openapiDocument.components as Json).schemas as Json;
  const links = [...walk({ properties: schemas }, '')].filter(
    ([s, path]) => s.format === 'uri' || /(website|url)$/i.test(path),
  );
  assert.ok(links.length >= 2);
  for (const [s, path] of links) {
    if (s.type !== 'string') continue;
    if (/icsUrl$/.test(path)) continue; // a path on this server, not a link someone typed
    // A calendar's address as the calendar programs hand it out: webcal:// too, stored as https://.
    if (/BeheerCalendarFeedRequest\.url$/.test(path)) {
      assert.equal(s.pattern, '^(https?|webcals?)://[^\\s]+$', path);
      assert.ok(!new RegExp(s.pattern).test('javascript:alert(1)'), path);
      continue;
    }
    assert.equal(s.pattern, '^https?://[^\\s]+$', `${path} must be a Website`);
    assert.ok(!new RegExp(s.pattern).test('javascript:alert(1)'), path);
  }
});
