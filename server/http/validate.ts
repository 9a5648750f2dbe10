// Request validation from the contract: each operation's query and path parameters are
// checked against the schemas in contract/openapi.yaml, so the rules live in one place.
// Answers with one problem naming every parameter at fault, in plain Dutch.
import type { Context } from 'hono';
import { contractSchema, createContractAjv, findOperation, type ErrorObject } from '../contract.ts';
import { ProblemError, type FieldError } from './problem.ts';

const ajv = createContractAjv({ coerceTypes: true, useDefaults: true });

type Where = 'query' | 'path';

/**
 * Returns a function that reads and validates an operation's parameters from a request.
 * Unknown query parameters are refused too: a misspelt filter should not silently
 * return everything.
 */
export function parameterValidator<T>(
  operationId: string,
): (c: Context, pathParams?: Record<string, string>) => T {
  const { parameters } = findOperation(operationId);
  const compile = (where: Where) => {
    const own = parameters.filter((p) => p.in === where);
    return {
      own,
      validate: ajv.compile(
        contractSchema({
          type: 'object',
          properties: Object.fromEntries(own.map((p) => [p.name, p.schema])),
          required: own.filter((p) => p.required).map((p) => p.name),
          additionalProperties: false,
        }),
      ),
    };
  };
  const query = compile('query');
  const path = compile('path');

  return (c, pathParams) => {
    const errors: FieldError[] = [];
    const values: Record<string, unknown> = {};
    for (const [where, { own, validate }] of [['query', query], ['path', path]] as const) {
      const raw: Record<string, unknown> = where === 'query' ? readQuery(c, own) : { ...(pathParams ?? c.req.param()) };
      if (!validate(raw)) errors.push(...(validate.errors ?? []).map((e) => toFieldError(e, where)));
      Object.assign(values, raw);
    }
    if (errors.length) {
      throw new ProblemError('invalid-parameters', errors.map((e) => `${e.name}: ${e.detail}`).join(' '), errors);
    }
    return values as T;
  };
}

/** The query string as an object; comma-separated lists become arrays, as the contract says (style: form, explode: false). */
function readQuery(c: Context, own: { name: string; schema: Record<string, unknown> }[]): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const [name, value] of new URL(c.req.url).searchParams) {
    const param = own.find((p) => p.name === name);
    query[name] =
      param?.schema.type === 'array' ? value.split(',').map((v) => v.trim()).filter(Boolean) : value;
  }
  return query;
}

function toFieldError(error: ErrorObject, where: Where): FieldError {
  const [name = '', index] = error.instancePath.split('/').slice(1);
  const p = error.params as Record<string, any>;
  if (error.keyword === 'additionalProperties') {
    return { name: p.additionalProperty, in: where, detail: 'Deze parameter bestaat niet.' };
  }
  if (error.keyword === 'required') {
    return { name: p.missingProperty, in: where, detail: 'Deze parameter ontbreekt.' };
  }
  const value = index === undefined ? '' : ` (waarde ${Number(index) + 1})`;
  return { name, in: where, detail: dutchMessage(error) + value };
}

function dutchMessage(error: ErrorObject): string {
  const p = error.params as Record<string, any>;
  switch (error.keyword) {
    case 'format':
      if (p.format === 'date') return 'Geef een datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-17.';
      if (p.format === 'date-time') return 'Geef datum en tijd als 2026-12-17T14:00:00+01:00.';
      if (p.format === 'email') return 'Geef een geldig e-mailadres.';
      return 'Heeft niet de juiste vorm.';
    case 'type':
      return p.type === 'integer' ? 'Moet een heel getal zijn.' : `Moet van het type ${p.type} zijn.`;
    case 'minimum':
      return `Moet minstens ${p.limit} zijn.`;
    case 'maximum':
      return `Mag hoogstens ${p.limit} zijn.`;
    case 'minLength':
      return p.limit === 1 ? 'Mag niet leeg zijn.' : `Moet minstens ${p.limit} tekens lang zijn.`;
    case 'maxLength':
      return `Mag hoogstens ${p.limit} tekens lang zijn.`;
    case 'maxItems':
      return `Hoogstens ${p.limit} waarden.`;
    case 'pattern':
      return 'Is geen geldige code (alleen kleine letters, cijfers en streepjes).';
    case 'enum':
      return `Kies uit: ${(p.allowedValues as unknown[]).join(', ')}.`;
    default:
      return 'Is niet geldig.';
  }
}
