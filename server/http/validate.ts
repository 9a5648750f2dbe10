// Request validation from the contract: every request that matches an operation in
// contract/openapi.yaml has its query, path and header parameters, and its body when the
// operation takes one, checked against the contract's schemas before any route sees it, so the rules
// live in one place and no route can forget them. Bad input gets one problem naming every
// parameter or field at fault, in plain Dutch.
import type { Context, MiddlewareHandler } from 'hono';
import {
  contractSchema,
  createContractAjv,
  listOperations,
  openapiDocument,
  resolveRef,
  type ErrorObject,
  type OpenApiParameter,
  type Operation,
  type ValidateFunction,
} from '../contract.ts';
import { ProblemError, type FieldError } from './problem.ts';

type Json = Record<string, any>;
type Where = 'query' | 'path' | 'header';

/** Request bodies larger than this answer 413. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;
/** An answer names at most this many fields, however many a hostile request gets wrong. */
const MAX_ERRORS = 20;
/** Longest parameter or field name echoed back in a problem. */
const MAX_NAME = 100;

// C0 controls (NUL included: PostgreSQL refuses it in text), DEL and C1 controls. A body may
// hold tab and line breaks (text from a textarea); a parameter may not.
const PARAMETER_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f]/;
const BODY_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udfff]/u;
const FORBIDDEN_DETAIL = 'Bevat een teken dat niet is toegestaan (een stuurteken of een ongeldig teken).';
// Field names no schema here uses, on which the validator itself would trip (see readBody).
const BUILT_IN_NAMES = new Set(['valueOf', 'toString']);
const BUILT_IN_DETAIL = 'Dit veld bestaat niet.';

interface CompiledOperation {
  operation: Operation;
  pattern: RegExp;
  query: { own: OpenApiParameter[]; validate: ValidateFunction };
  path: { own: OpenApiParameter[]; validate: ValidateFunction };
  header: { own: OpenApiParameter[]; validate: ValidateFunction };
  body?: { required: boolean; mediaTypes: string[]; validate: ValidateFunction };
}

/** What the validator found valid, per request; routes read it back. */
interface Validated {
  operationId: string;
  values: Record<string, unknown>;
  body?: unknown;
  /** The body's bytes as they came (for the Idempotency-Key fingerprint). */
  rawBody?: Uint8Array;
}
const validatedRequests = new WeakMap<Request, Validated>();

export interface ContractValidator {
  /** Validates every request matching an operation of the document; others pass untouched. */
  middleware: MiddlewareHandler;
  /** Reads and validates one operation's parameters (for routes outside the middleware too). */
  parameters<T>(operationId: string): (c: Context, pathParams?: Record<string, string>) => T;
}

const isJson = (mediaType: string) => /^application\/(.+\+)?json$/.test(mediaType);

/**
 * A validator for an OpenAPI document: the real contract unless a test gives another.
 * Bodies are limited to `bodyLimit` bytes.
 */
export function createContractValidator(
  document: Json = openapiDocument,
  { bodyLimit = DEFAULT_BODY_LIMIT }: { bodyLimit?: number } = {},
): ContractValidator {
  // No type coercion: parameters are converted by readParameter, strictly; bodies are JSON.
  const ajv = createContractAjv({ useDefaults: true, verbose: true }, document);
  const compileParameters = (parameters: OpenApiParameter[], where: Where) => {
    const own = parameters.filter((p) => p.in === where);
    const validate = ajv.compile(
      contractSchema({
        type: 'object',
        properties: Object.fromEntries(own.map((p) => [p.name, p.schema])),
        required: own.filter((p) => p.required).map((p) => p.name),
        additionalProperties: false,
      }),
    );
    return { own, validate };
  };

  const operations: CompiledOperation[] = listOperations(document)
    // Literal paths before templated ones, so /a/b.ics is not read as /a/{id}.
    .sort((a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0))
    .map((operation) => {
      const mediaTypes = Object.keys(operation.requestBody?.content ?? {});
      if (mediaTypes.some((m) => !isJson(m))) {
        throw new Error(`${operation.operationId}: only JSON request bodies can be validated`);
      }
      const bodySchema = mediaTypes.length ? operation.requestBody!.content[mediaTypes[0]].schema : undefined;
      return {
        operation,
        pattern: pathPattern(operation.path),
        query: compileParameters(operation.parameters, 'query'),
        path: compileParameters(operation.parameters, 'path'),
        header: compileParameters(operation.parameters, 'header'),
        ...(mediaTypes.length
          ? {
              body: {
                required: operation.requestBody?.required ?? false,
                mediaTypes,
                validate: ajv.compile(contractSchema(bodySchema ?? {})),
              },
            }
          : {}),
      };
    });
  const byId = new Map(operations.map((o) => [o.operation.operationId, o]));

  const validateParameters = (compiled: CompiledOperation, c: Context, rawPath: Record<string, string>) => {
    const errors: FieldError[] = [];
    const values: Record<string, unknown> = {};
    const query = readParameters(compiled.query.own, [...new URL(c.req.url).searchParams], 'query', errors, document);
    const path = readParameters(compiled.path.own, Object.entries(rawPath), 'path', errors, document);
    // Only the headers the operation declares: every request carries many others.
    const declared = compiled.header.own.flatMap((p): [string, string][] => {
      const value = c.req.header(p.name);
      return value === undefined ? [] : [[p.name, value]];
    });
    const header = readParameters(compiled.header.own, declared, 'header', errors, document);
    for (const [where, raw, { validate }] of [['query', query, compiled.query], ['path', path, compiled.path], ['header', header, compiled.header]] as const) {
      if (!validate(raw)) errors.push(...(validate.errors ?? []).map((e) => toFieldError(e, where)));
      Object.assign(values, raw);
    }
    if (errors.length) throw invalid('invalid-parameters', errors);
    return values;
  };

  const middleware: MiddlewareHandler = async (c, next) => {
    const method = c.req.method === 'HEAD' ? 'get' : c.req.method.toLowerCase();
    const path = c.req.path;
    let match: RegExpExecArray | null = null;
    const compiled = operations.find((o) => o.operation.method === method && (match = o.pattern.exec(path)));
    if (!compiled || !match) return next();
    const rawPath: Record<string, string> = {};
    for (const [name, value] of Object.entries((match as RegExpExecArray).groups ?? {})) {
      rawPath[name] = decodeSegment(value);
    }
    const values = validateParameters(compiled, c, rawPath);
    const validated: Validated = { operationId: compiled.operation.operationId, values };
    // An operation may take more (an HSDS file to import: x-body-limit in the contract).
    if (compiled.body) Object.assign(validated, await readBody(c, compiled.body, compiled.operation.bodyLimit ?? bodyLimit));
    validatedRequests.set(c.req.raw, validated);
    return next();
  };

  return {
    middleware,
    parameters<T>(operationId: string) {
      const compiled = byId.get(operationId);
      if (!compiled) throw new Error(`The contract has no operation "${operationId}"`);
      return (c: Context, pathParams?: Record<string, string>) => {
        const done = validatedRequests.get(c.req.raw);
        if (done?.operationId === operationId) return done.values as T;
        return validateParameters(compiled, c, { ...(pathParams ?? c.req.param()) }) as T;
      };
    },
  };
}

const contractValidator = createContractValidator();

/** The middleware validating every request against the real contract. */
export const contractValidation = contractValidator.middleware;

/**
 * Returns a function that reads and validates an operation's parameters from a request.
 * Unknown query parameters are refused too: a misspelt filter should not silently
 * return everything.
 */
export function parameterValidator<T>(operationId: string) {
  return contractValidator.parameters<T>(operationId);
}

/**
 * The body's bytes exactly as they came, when the middleware read one; an empty array when
 * the request had none. Undefined when the middleware did not handle this request.
 */
export function validatedRawBody(c: Context): Uint8Array | undefined {
  const done = validatedRequests.get(c.req.raw);
  if (!done) return undefined;
  return done.rawBody ?? new Uint8Array();
}

/** The request body, as validated against the operation's `requestBody` by the middleware. */
export function validatedBody<T>(c: Context): T {
  const done = validatedRequests.get(c.req.raw);
  if (!done || !('body' in done)) throw new Error('validatedBody: no body was validated for this request');
  return done.body as T;
}

/** '/v1/occurrences/{occurrenceId}.ics' -> /^\/v1\/occurrences\/(?<occurrenceId>[^/]+)\.ics$/ */
function pathPattern(template: string): RegExp {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? `(?<${part.slice(1, -1)}>[^/]+)` : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '\u0000'; // malformed percent-encoding: refused below like any forbidden character
  }
}


const typeOf = (schema: Json | undefined, document: Json): Json => (schema ? resolveRef(schema, document) : {});

/**
 * The parameters as an object of typed values. Numbers and booleans are converted here,
 * strictly (Ajv's coercion would take "+5", "0x10", "1e3" and " 5"); comma-separated lists
 * become arrays, as the contract says (style: form, explode: false). A value holding a
 * forbidden character is reported and left out.
 */
function readParameters(
  own: OpenApiParameter[],
  entries: [string, string][],
  where: Where,
  errors: FieldError[],
  document: Json,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    if (PARAMETER_FORBIDDEN.test(value) || PARAMETER_FORBIDDEN.test(name)) {
      errors.push({ name: shortName(name), in: where, detail: FORBIDDEN_DETAIL });
      continue;
    }
    const param = own.find((p) => p.name === name);
    const schema = typeOf(param?.schema, document);
    values[name] =
      schema.type === 'array'
        ? value.split(',').map((v) => v.trim()).filter(Boolean).map((v) => convert(v, typeOf(schema.items, document)))
        : convert(value, schema);
  }
  return values;
}

function convert(value: string, schema: Json): unknown {
  if (schema.type === 'integer') return /^-?[0-9]{1,15}$/.test(value) ? Number(value) : value;
  if (schema.type === 'number') return /^-?[0-9]{1,15}(\.[0-9]{1,15})?$/.test(value) ? Number(value) : value;
  if (schema.type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

async function readBody(
  c: Context,
  body: NonNullable<CompiledOperation['body']>,
  limit: number,
): Promise<{ body?: unknown; rawBody?: Uint8Array }> {
  const request = c.req.raw;
  const contentType = request.headers.get('content-type');
  const declaredLength = Number(request.headers.get('content-length') ?? NaN);
  const hasBody = request.body !== null && declaredLength !== 0;
  if (!hasBody) {
    if (body.required) throw new ProblemError('malformed-body', 'Er zijn geen gegevens meegestuurd. Stuur ze als JSON.');
    return { body: undefined };
  }
  const mediaType = contentType?.split(';')[0].trim().toLowerCase() ?? '';
  if (!body.mediaTypes.includes(mediaType)) {
    throw new ProblemError('unsupported-media-type', `Stuur de gegevens als ${body.mediaTypes.join(' of ')}.`);
  }
  if (declaredLength > limit) throw tooLarge(limit);
  const bytes = await readLimited(request, limit);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ProblemError('malformed-body', 'De gegevens zijn geen geldige UTF-8-tekst.');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ProblemError('malformed-body', 'De gegevens zijn geen geldige JSON.');
  }
  const errors = forbiddenCharacters(value);
  // Ajv's uniqueItems compares objects by calling their own valueOf/toString, which throws
  // on such a field from JSON: refused by name, without asking Ajv.
  if (!errors.some((e) => e.detail === BUILT_IN_DETAIL) && !body.validate(value)) errors.push(...(body.validate.errors ?? []).map(bodyFieldError));
  if (errors.length) throw invalid('invalid-body', errors);
  return { body: value, rawBody: bytes };
}

const tooLarge = (limit: number) =>
  new ProblemError('body-too-large', `Stuur hoogstens ${Math.round(limit / 1024)} kB aan gegevens.`);

/** Reads the body, stopping as soon as it passes the limit (a body need not say its length). */
async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  const reader = request.body!.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * Every string (and property name) in a parsed body holding a forbidden character, and every
 * field named valueOf or toString. Without
 * recursion, and each path kept as a link to its parent, so a deeply nested body can
 * neither overflow the stack nor cost quadratic time.
 */
function forbiddenCharacters(root: unknown): FieldError[] {
  interface PathNode { key: string; parent?: PathNode }
  const parts = (node?: PathNode): string[] => {
    const out: string[] = [];
    for (let n = node; n; n = n.parent) out.push(n.key);
    return out.reverse();
  };
  const errors: FieldError[] = [];
  const stack: [unknown, PathNode | undefined][] = [[root, undefined]];
  while (stack.length && errors.length < MAX_ERRORS) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (BODY_FORBIDDEN.test(value)) errors.push({ name: fieldName(parts(path)), in: 'body', detail: FORBIDDEN_DETAIL });
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const node = { key, parent: path };
        if (BODY_FORBIDDEN.test(key)) errors.push({ name: fieldName(parts(node)), in: 'body', detail: FORBIDDEN_DETAIL });
        else if (BUILT_IN_NAMES.has(key)) errors.push({ name: fieldName(parts(node)), in: 'body', detail: BUILT_IN_DETAIL });
        else stack.push([child, node]);
      }
    }
  }
  return errors;
}

/** ['contact', 'email'] -> 'contact.email'; ['shifts', '1', 'start'] -> 'shifts[1].start'. */
function fieldName(path: string[]): string {
  // By position, not by the name so far: a field named "" keeps its place ('' + '.toString').
  return shortName(path.reduce((name, part, i) => (/^\d+$/.test(part) ? `${name}[${part}]` : i > 0 ? `${name}.${part}` : part), ''));
}

/** A JSON pointer ('/contact/email') as path parts. */
const pointerParts = (pointer: string) =>
  pointer.split('/').slice(1).map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));

function bodyFieldError(error: ErrorObject): FieldError {
  const path = pointerParts(error.instancePath);
  const p = error.params as Record<string, any>;
  // additionalProperties, or unevaluatedProperties for a body composed with allOf
  if (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties') {
    return { name: fieldName([...path, p.additionalProperty ?? p.unevaluatedProperty]), in: 'body', detail: 'Dit veld bestaat niet.' };
  }
  if (error.keyword === 'required') {
    return { name: fieldName([...path, p.missingProperty]), in: 'body', detail: 'Dit veld ontbreekt.' };
  }
  // "Exactly one of" (a oneOf of `required` lists) given more than one: name those fields.
  if (error.keyword === 'oneOf' && Array.isArray(p.passingSchemas)) {
    const fields = (p.passingSchemas as number[]).flatMap((i) => ((error.schema as Json[])[i]?.required as string[] | undefined) ?? []);
    if (fields.length) return { name: fieldName([...path, fields[0]!]), in: 'body', detail: `Vul alleen ${fields.join(' of alleen ')} in, niet allebei.` };
  }
  return { name: fieldName(path), in: 'body', detail: dutchMessage(error) };
}

function toFieldError(error: ErrorObject, where: Where): FieldError {
  const [name = '', index] = error.instancePath.split('/').slice(1);
  const p = error.params as Record<string, any>;
  if (error.keyword === 'additionalProperties') {
    return { name: shortName(p.additionalProperty), in: where, detail: 'Deze parameter bestaat niet.' };
  }
  if (error.keyword === 'required') {
    return { name: p.missingProperty, in: where, detail: where === 'header' ? 'Deze header ontbreekt.' : 'Deze parameter ontbreekt.' };
  }
  const value = index === undefined ? '' : ` (waarde ${Number(index) + 1})`;
  return { name, in: where, detail: dutchMessage(error) + value };
}

const shortName = (name: string) => (name.length > MAX_NAME ? `${name.slice(0, MAX_NAME)}…` : name);

/** One problem for all errors: the first per field, and no more than MAX_ERRORS fields. */
function invalid(type: 'invalid-parameters' | 'invalid-body', all: FieldError[]): ProblemError {
  const seen = new Set<string>();
  const errors = all.filter((e) => !seen.has(`${e.in}:${e.name}`) && seen.add(`${e.in}:${e.name}`)).slice(0, MAX_ERRORS);
  return new ProblemError(type, errors.map((e) => `${e.name || 'De gegevens'}: ${e.detail}`).join(' '), errors);
}

/** A contract violation in plain Dutch, as every 422 says it (the import reuses it for the editors' limits). */
export function dutchMessage(error: ErrorObject): string {
  const p = error.params as Record<string, any>;
  const schema = (error.parentSchema ?? {}) as Json;
  // A schema may say in the contract what is wrong when its pattern does not match.
  if (error.keyword === 'pattern' && typeof schema['x-pattern-error'] === 'string') return schema['x-pattern-error'];
  switch (error.keyword) {
    case 'format':
      if (p.format === 'date') return 'Geef een datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-17.';
      if (p.format === 'date-time') return 'Geef datum en tijd als 2026-12-17T14:00:00+01:00.';
      if (p.format === 'email') return 'Geef een geldig e-mailadres.';
      return 'Heeft niet de juiste vorm.';
    case 'formatMinimum':
    case 'formatMaximum':
      return schema.formatMinimum && schema.formatMaximum
        ? `Geef een datum tussen ${schema.formatMinimum} en ${schema.formatMaximum}.`
        : `Geef een datum ${error.keyword === 'formatMinimum' ? 'vanaf' : 'tot en met'} ${p.limit}.`;
    case 'type':
      if (p.type === 'integer') return 'Moet een heel getal zijn, in cijfers (bijvoorbeeld 20).';
      if (p.type === 'number') return 'Moet een getal zijn, in cijfers (bijvoorbeeld 2.50).';
      if (p.type === 'boolean') return 'Moet true of false zijn.';
      if (p.type === 'string') return 'Moet tekst zijn.';
      if (p.type === 'array') return 'Moet een lijst zijn.';
      if (p.type === 'object') return 'Moet een object met velden zijn.';
      return `Moet van het type ${p.type} zijn.`;
    case 'minimum':
      return `Moet minstens ${p.limit} zijn.`;
    case 'maximum':
      return `Mag hoogstens ${p.limit} zijn.`;
    case 'minLength':
      return p.limit === 1 ? 'Mag niet leeg zijn.' : `Moet minstens ${p.limit} tekens lang zijn.`;
    case 'maxLength':
      return `Mag hoogstens ${p.limit} tekens lang zijn.`;
    case 'minItems':
      return p.limit === 1 ? 'Geef minstens één waarde.' : `Geef minstens ${p.limit} waarden.`;
    case 'maxItems':
      return `Hoogstens ${p.limit} waarden.`;
    case 'pattern':
      return 'Heeft niet de juiste vorm.';
    case 'enum':
      return `Kies uit: ${(p.allowedValues as unknown[]).join(', ')}.`;
    case 'const':
      return `Moet ${JSON.stringify(p.allowedValue)} zijn.`;
    default:
      return 'Is niet geldig.';
  }
}
