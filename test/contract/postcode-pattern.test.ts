// The contract validates postcodes by a `pattern` of its own; the server, the editor and the
// mocks use common/postcode.ts. The two must stay one rule: a postcode the form accepts
// must not be refused by the API, and the other way round.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { POSTCODE } from '../../common/postcode.ts';
import { openapiDocument } from '../../server/contract.ts';

/** Every schema in the contract that says it checks a postcode (by its error text). */
function postcodeSchemas(node: unknown, found: { pattern?: string }[] = []): { pattern?: string }[] {
  if (Array.isArray(node)) for (const item of node) postcodeSchemas(item, found);
  else if (node && typeof node === 'object') {
    const schema = node as Record<string, unknown>;
    if (typeof schema['x-pattern-error'] === 'string' && /postcode/i.test(schema['x-pattern-error'])) found.push(schema);
    for (const value of Object.values(schema)) postcodeSchemas(value, found);
  }
  return found;
}

test('every postcode in the contract is checked by the same rule as common/postcode.ts', () => {
  const schemas = postcodeSchemas(openapiDocument);
  assert.ok(schemas.length >= 2, 'the place and the ride request both take a postcode');
  for (const schema of schemas) assert.equal(schema.pattern, POSTCODE.source);
});
