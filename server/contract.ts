// The server's view of the one contract (contract/openapi.yaml): it is served as JSON,
// and its parameter and body schemas are what requests are validated against.
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

type Json = Record<string, unknown>;

export interface OpenApiParameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  style?: string;
  explode?: boolean;
  schema: Json;
}

const DOCUMENT_ID = 'buurtkit-openapi';

export const openapiDocument: Json = parse(
  readFileSync(new URL('../contract/openapi.yaml', import.meta.url), 'utf8'),
);

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** An Ajv that knows the contract's components, for `$ref: '#/components/…'`. */
export function createContractAjv(options: { coerceTypes?: boolean; useDefaults?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false, ...options });
  addFormats(ajv);
  ajv.addSchema({ $id: DOCUMENT_ID, components: openapiDocument.components }, DOCUMENT_ID);
  return ajv;
}

/** Rewrites the document's local `#/components/…` references to the registered document. */
export function contractSchema(schema: unknown): Json {
  return JSON.parse(
    JSON.stringify(schema).replaceAll('"$ref":"#/components/', `"$ref":"${DOCUMENT_ID}#/components/`),
  );
}

/** Follows a `$ref` inside the document, e.g. '#/components/parameters/from'. */
export function resolveRef<T>(value: T | { $ref: string }): T {
  if (value && typeof value === 'object' && '$ref' in value) {
    const path = value.$ref.replace(/^#\//, '').split('/');
    return resolveRef(path.reduce<any>((node, key) => node[key], openapiDocument)) as T;
  }
  return value as T;
}

export interface Operation {
  path: string;
  method: string;
  operationId: string;
  parameters: OpenApiParameter[];
  responses: Json;
}

export function findOperation(operationId: string): Operation {
  const paths = openapiDocument.paths as Record<string, Record<string, Json>>;
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (op.operationId === operationId) {
        const parameters = ((op.parameters as unknown[]) ?? []).map((p) => resolveRef(p) as OpenApiParameter);
        return { path, method, operationId, parameters, responses: op.responses as Json };
      }
    }
  }
  throw new Error(`The contract has no operation "${operationId}"`);
}

export type { ErrorObject, ValidateFunction };
