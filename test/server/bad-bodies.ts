// Generators of request bodies, read from the contract: valid bodies for any operation's
// requestBody schema, hostile noise, valid bodies broken in one field, and raw requests
// that are not JSON at all. For test/server/bad-bodies.test.ts.
import fc from 'fast-check';
import { contractSchema, createContractAjv, listOperations, resolveRef, type Operation } from '../../server/contract.ts';

type Json = Record<string, any>;

/** Every operation of the contract that takes a body, with its JSON schema. */
export function bodyOperations(): (Operation & { schema: Json; example?: unknown })[] {
  return listOperations()
    .filter((op) => op.requestBody)
    .map((op) => {
      const media = op.requestBody!.content['application/json'];
      if (!media?.schema) throw new Error(`${op.operationId}: a body that is not application/json`);
      return { ...op, schema: media.schema, example: (media as Json).example };
    });
}

// What the server refuses in a body beyond the schema: C0 and C1 control characters (tab
// and line breaks excepted) and lone surrogates (server/http/validate.ts).
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udfff]/u;

function hasForbidden(value: unknown): boolean {
  const stack = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (FORBIDDEN.test(v)) return true;
    } else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        if (FORBIDDEN.test(k)) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

/** True when the contract (schema plus the character rule) accepts the body. */
export function contractAccepts(schema: Json): (body: unknown) => boolean {
  const validate = createContractAjv({ useDefaults: false }).compile(contractSchema(schema));
  return (body) => {
    if (hasForbidden(body)) return false;
    try {
      return validate(body) as boolean;
    } catch {
      return false; // Ajv cannot even compare it (see the toString test): a body no one should accept
    }
  };
}

const deref = (schema: Json): Json => resolveRef(schema);

/** Property names a schema object knows, through allOf. */
function properties(schema: Json): Record<string, Json> {
  const s = deref(schema);
  return Object.assign({}, s.properties, ...(s.allOf ?? []).map(properties));
}

/** The required lists of one anyOf/oneOf branch choice inside allOf: [[phone], [email]]. */
function alternatives(schema: Json): { lists: string[][]; exclusive: boolean }[] {
  const s = deref(schema);
  return (s.allOf ?? []).flatMap((part: Json) => {
    const choice = part.anyOf ?? part.oneOf;
    return choice ? [{ lists: choice.map((b: Json) => b.required ?? []), exclusive: !!part.oneOf }] : [];
  });
}

const calendarDay = (min = '1900-01-01', max = '2200-12-31') =>
  fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,20}[a-z0-9]$/), fc.constantFrom('example.org', 'linde.example', 'xn--dorp-bra.example'))
  .filter(([local]) => !local.includes('..'))
  .map(([local, domain]) => `${local}@${domain}`);

/** Values a schema accepts (approximately: callers filter with contractAccepts). */
export function validValue(schema: Json): fc.Arbitrary<unknown> {
  const s = deref(schema);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  if (s.allOf && !s.properties && !s.type) return validValue(Object.assign({}, ...s.allOf.map(deref)));
  switch (s.type) {
    case 'string': {
      if (s.format === 'date') return calendarDay(s.formatMinimum, s.formatMaximum);
      if (s.format === 'email') return email;
      if (s.format === 'date-time') return calendarDay().map((d) => `${d}T10:00:00+01:00`);
      if (s.format === 'uuid') return fc.uuid({ version: 4 });
      const max = s.maxLength ?? 200;
      const min = s.minLength ?? 0;
      const text = s.pattern
        ? fc.stringMatching(new RegExp(s.pattern), { maxLength: max })
        : fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, 60) });
      return text.filter((t) => t.length >= min && t.length <= max && !FORBIDDEN.test(t));
    }
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 1000 });
    case 'number':
      return fc.double({ min: s.minimum ?? -1000, max: s.maximum ?? 1000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const items = validValue(s.items ?? {});
      const constraints = { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 5, 8) };
      return s.uniqueItems ? fc.uniqueArray(items, { ...constraints, selector: (v) => JSON.stringify(v) }) : fc.array(items, constraints);
    }
    case 'object':
    default: {
      const props = properties(s);
      const choices = alternatives(s);
      // Every field generated, then kept when required, asked for by the chosen branch, or picked.
      const keys = Object.keys(props);
      return fc
        .tuple(
          fc.tuple(...keys.map((k) => validValue(props[k]!))),
          fc.array(fc.boolean(), { minLength: keys.length, maxLength: keys.length }),
          fc.tuple(...choices.map((c) => fc.nat(c.lists.length - 1))),
        )
        .map(([values, picked, branches]) => {
          const needed = new Set<string>(s.required ?? []);
          const left = new Set<string>();
          choices.forEach((c, i) => {
            c.lists[branches[i]!]!.forEach((k) => needed.add(k));
            // Exactly one branch: leave out what only the other branches ask for.
            if (c.exclusive) c.lists.forEach((l, j) => j !== branches[i] && l.forEach((k) => left.add(k)));
          });
          const body: Json = {};
          keys.forEach((k, i) => {
            if (needed.has(k) || (picked[i] && !left.has(k))) body[k] = values[i];
          });
          return body;
        });
    }
  }
}

/**
 * Valid bodies: generated from the schema, with each field now and then taken from the
 * contract's example (real ids, so a field that slipped through would store a row).
 */
export function validBody(schema: Json, example: unknown): fc.Arbitrary<Json> {
  const accepts = contractAccepts(schema);
  const generated = validValue(schema) as fc.Arbitrary<Json>;
  const withExample =
    example && typeof example === 'object'
      ? fc.tuple(generated, fc.array(fc.boolean(), { minLength: 20, maxLength: 20 })).map(([body, takes]) => {
          const merged = { ...body };
          Object.entries(example).forEach(([k, v], i) => takes[i % takes.length] && (merged[k] = structuredClone(v)));
          return merged;
        })
      : generated;
  return fc.oneof(withExample, ...(example ? [fc.constant(example as Json)] : [])).filter(accepts);
}

// ---------------------------------------------------------------------------------------
// Hostile values

const controlCharacter = fc.integer({ min: 0, max: 0x9f }).filter((c) => c < 0x20 || c >= 0x7f).map((c) => String.fromCharCode(c));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Strings no field should take: controls, lone surrogates, huge, markup, impossible dates. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.string({ maxLength: 10 }), controlCharacter, fc.string({ maxLength: 10 })).map(([a, c, b]) => a + c + b) },
  { weight: 3, arbitrary: fc.tuple(fc.string({ maxLength: 10 }), loneSurrogate, fc.string({ maxLength: 10 })).map(([a, c, b]) => a + c + b) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 255, max: 2_000 }).map((n) => 'x'.repeat(n)) }, // past any maxLength here
  { weight: 5, arbitrary: fc.constantFrom(
    '',
    ' ',
    '\u00a0',
    '\u200b',
    '9999-12-31',
    '0000-01-01',
    '2026-02-30',
    '2026-13-01',
    '+012026-01-01',
    '2026-12-17T25:00',
    '1899-12-31',
    '2201-01-01',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '"><img src=x onerror=alert(1)>',
    "'; drop table volunteer_signups; --",
    '${7*7}',
    '../../etc/passwd',
    'a@b',
    '@example.org',
    'jannie@',
    '+31',
    '06-1234567890123456789',
  ) },
);

/** A string past the 64 kB body limit: rare in the mix, the answer is always 413. */
const hugeString = fc.constantFrom(70_000, 200_000).map((n) => 'é'.repeat(n));

/** Deep nesting: arrays or objects inside each other, up to thousands deep. */
export const deepNesting = fc.tuple(fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 10, max: 200 }) }, fc.constantFrom(1_000, 3_000)), fc.boolean()).map(([depth, asArray]) => {
  let value: unknown = 'diep';
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
});

/** Any value of a wrong kind for some field: numbers where strings go, too long arrays, nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: hostileString },
  { weight: 1, arbitrary: deepNesting },
  fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -1, 1e308, -0, Number.MAX_SAFE_INTEGER + 2)),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { minLength: 22, maxLength: 60 }), // more than any maxItems here
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
);

/** For one field now and then: a value past the body limit. */
const hostileOrHuge = fc.oneof({ weight: 50, arbitrary: hostileValue }, { weight: 1, arbitrary: hugeString });

/** Names of fields no schema has, some of them JavaScript's own. */
const unknownKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'id', 'status', 'token', 'role', 'Name', 'name ', 'e-mail', ''),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary-ascii', maxLength: 5 }),
);

/**
 * Noise for one schema: anything at the top level, or an object with the schema's own fields
 * (some missing) holding hostile values, and unknown fields beside them.
 */
export function noiseBody(schema: Json): fc.Arbitrary<unknown> {
  const accepts = contractAccepts(schema);
  const keys = Object.keys(properties(schema));
  const known = fc.record(Object.fromEntries(keys.map((k) => [k, fc.oneof(hostileOrHuge, validValue(properties(schema)[k]!))])), { requiredKeys: [] });
  return fc.oneof(
    { weight: 3, arbitrary: fc.tuple(known, fc.array(fc.tuple(unknownKey, hostileValue), { maxLength: 3 })).map(([o, extra]) => withEntries(o, extra)) },
    fc.jsonValue(),
    hostileValue,
  ).filter((body) => !accepts(body));
}

/** Adds entries as own properties (also `__proto__`, as JSON.parse on the server makes it). */
function withEntries(object: Json, entries: [string, unknown][]): Json {
  const out = { ...object };
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

export type Mutation = { field: string; body: Json };

/** Paths to every field of a body: ['consent', 'privacyVersion'], ['availability', '0', 'day']. */
function fieldPaths(value: unknown, prefix: string[] = []): string[][] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...fieldPaths(v, [...prefix, k])]);
}

/** ['availability', '0', 'day'] -> 'availability[0].day', as the server names fields. */
export function fieldName(path: string[]): string {
  return path.reduce((name, part) => (/^\d+$/.test(part) ? `${name}[${part}]` : name ? `${name}.${part}` : part), '');
}

/**
 * A valid body broken in exactly one field: its value replaced by a hostile one, removed,
 * or an unknown field added beside it. Only bodies the contract refuses are kept.
 */
export function mutatedBody(schema: Json, example: unknown): fc.Arbitrary<Mutation> {
  const accepts = contractAccepts(schema);
  return fc
    .tuple(validBody(schema, example), fc.nat(), fc.constantFrom('replace', 'remove', 'add'), hostileOrHuge, unknownKey)
    .map(([body, which, how, value, extraKey]) => {
      const paths = fieldPaths(body);
      return [body, paths.length ? paths[which % paths.length]! : [], how, value, extraKey] as const;
    })
    .map(([body, path, how, value, extraKey]): Mutation => {
      const copy = structuredClone(body);
      const parentPath = path.slice(0, -1);
      const parent = parentPath.reduce<any>((node, key) => node[key], copy);
      const key = path.at(-1);
      if (how === 'add' || key === undefined) {
        let target = key !== undefined && parent[key] && typeof parent[key] === 'object' && !Array.isArray(parent[key]) ? parent[key] : parent;
        let targetPath = target === parent ? parentPath : path;
        // A key added to an array is lost in JSON: add it to the object that holds the array.
        while (Array.isArray(target) && targetPath.length) {
          targetPath = targetPath.slice(0, -1);
          target = targetPath.reduce<any>((node, k) => node[k], copy);
        }
        Object.defineProperty(target, extraKey, { value, enumerable: true, writable: true, configurable: true });
        return { field: fieldName([...targetPath, extraKey]), body: copy };
      }
      if (how === 'remove') delete parent[key];
      else parent[key] = value;
      return { field: fieldName(path), body: copy };
    })
    .filter((m) => !accepts(m.body));
}

// ---------------------------------------------------------------------------------------
// Raw requests: bytes and content types that are not a JSON body

export interface RawBody {
  contentType?: string;
  body: Uint8Array | string;
  label: string;
}

const encoder = new TextEncoder();

export function rawBody(_schema: Json, example: unknown): fc.Arbitrary<RawBody> {
  const exampleJson = JSON.stringify(example ?? {});
  const json = (body: string | Uint8Array, label: string): RawBody => ({ contentType: 'application/json', body, label });
  const often = (arbitrary: fc.Arbitrary<RawBody>) => ({ weight: 4, arbitrary });
  return fc.oneof(
    often(fc.string({ maxLength: 200 }).filter((t) => !parses(t)).map((t) => json(t, 'not JSON'))),
    often(fc.uint8Array({ minLength: 1, maxLength: 300 }).map((b) => json(b, 'random bytes'))),
    often(fc.nat(exampleJson.length - 1).map((n) => json(exampleJson.slice(0, n), 'cut off'))),
    often(
      fc.constantFrom([0xc3, 0x28], [0xff], [0xed, 0xa0, 0x80], [0xe2, 0x82]).map((bad) =>
        json(new Uint8Array([...encoder.encode('{"name":"'), ...bad, ...encoder.encode('"}')]), 'not UTF-8'),
      ),
    ),
    often(
      fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/json-patch+json', 'json', '', 'application/jsonx', 'text/json')
        .map((contentType) => ({ contentType, body: exampleJson, label: 'wrong content type' })),
    ),
    often(fc.constant({ body: exampleJson, label: 'no content type' })),
    often(
      fc.constantFrom('', ' ', 'null', '[]', '""', '0', '\ufeff\ufeff' + exampleJson, `${exampleJson}${exampleJson}`, '{"a":1,"a":2}', '['.repeat(30_000) + ']'.repeat(30_000), '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000))
        .map((t) => json(t, 'odd JSON')),
    ),
    { weight: 1, arbitrary: fc.constantFrom(64 * 1024 + 1, 100_000, 1_000_000).map((n) => json(JSON.stringify({ ...(example as Json), message: 'x'.repeat(n) }), 'too large')) },
  );
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------
// Valid bodies at the edges: what the contract allows but a form rarely sends

const edgeString = fc.constantFrom(
  'Jan\nPiet',
  'Jan\r\nBcc: stiekem@evil.example',
  '\tJan',
  'Jan\u2028Piet',
  ' Jan ',
  'e\u0301e\u0301n',
  '\u202eJan',
  '😀'.repeat(50),
  'x'.repeat(100),
  'x'.repeat(1000),
  '<script>alert(1)</script>',
  "O'Brien; drop table x; --",
  '\\u0000',
  '%00',
);

/** Valid bodies with some strings swapped for edge cases the contract still accepts. */
export function edgeBody(schema: Json, example: unknown): fc.Arbitrary<Json> {
  const accepts = contractAccepts(schema);
  return fc
    .tuple(validBody(schema, example), fc.array(fc.option(edgeString, { freq: 2 }), { minLength: 12, maxLength: 12 }))
    .map(([body, edges]) => {
      const copy = structuredClone(body);
      Object.keys(copy).forEach((k, i) => {
        if (typeof copy[k] === 'string' && edges[i % edges.length] != null) copy[k] = edges[i % edges.length];
      });
      return copy;
    })
    .filter(accepts);
}
