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

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020, options?: { keywords?: boolean }) => Ajv2020;

/**
 * An Ajv that knows the contract's components, for `$ref: '#/components/…'`. With
 * ajv-formats' keywords, so `formatMinimum`/`formatMaximum` bound dates as dates.
 * `document` is the real contract unless a test gives another.
 */
export function createContractAjv(
  options: { coerceTypes?: boolean; useDefaults?: boolean; verbose?: boolean } = {},
  document: Json = openapiDocument,
): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false, ...options });
  addFormats(ajv, { keywords: true });
  ajv.addSchema({ $id: DOCUMENT_ID, components: document.components }, DOCUMENT_ID);
  return ajv;
}

/** Rewrites the document's local `#/components/…` references to the registered document. */
export function contractSchema(schema: unknown): Json {
  return JSON.parse(
    JSON.stringify(schema).replaceAll('"$ref":"#/components/', `"$ref":"${DOCUMENT_ID}#/components/`),
  );
}

/** Follows a `$ref` inside the document, e.g. '#/components/parameters/from'. */
export function resolveRef<T>(value: T | { $ref: string }, document: Json = openapiDocument): T {
  if (value && typeof value === 'object' && '$ref' in value) {
    const path = value.$ref.replace(/^#\//, '').split('/');
    return resolveRef(path.reduce<any>((node, key) => node[key], document), document) as T;
  }
  return value as T;
}

export interface RequestBody {
  required?: boolean;
  content: Record<string, { schema?: Json }>;
}

export interface Operation {
  path: string;
  method: string;
  operationId: string;
  parameters: OpenApiParameter[];
  requestBody?: RequestBody;
  responses: Json;
  /** `x-body-limit`: the largest body this operation takes, in bytes, when not the default. */
  bodyLimit?: number;
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** Every operation of the document, with its parameters (path-level ones too) and body resolved. */
export function listOperations(document: Json = openapiDocument): Operation[] {
  const paths = document.paths as Record<string, Record<string, Json>>;
  return Object.entries(paths).flatMap(([path, item]) => {
    const shared = (item.parameters as unknown as unknown[] | undefined) ?? [];
    return Object.entries(item)
      .filter(([method]) => HTTP_METHODS.has(method))
      .map(([method, op]) => {
        const parameters = [...shared, ...((op.parameters as unknown[]) ?? [])].map(
          (p) => resolveRef(p, document) as OpenApiParameter,
        );
        const requestBody = op.requestBody ? resolveRef(op.requestBody as RequestBody, document) : undefined;
        return {
          path,
          method,
          operationId: op.operationId as string,
          parameters,
          ...(requestBody ? { requestBody } : {}),
          responses: op.responses as Json,
          ...(typeof op['x-body-limit'] === 'number' ? { bodyLimit: op['x-body-limit'] as number } : {}),
        };
      });
  });
}

export function findOperation(operationId: string, document: Json = openapiDocument): Operation {
  const operation = listOperations(document).find((op) => op.operationId === operationId);
  if (!operation) throw new Error(`The contract has no operation "${operationId}"`);
  return operation;
}

export type { ErrorObject, ValidateFunction };
