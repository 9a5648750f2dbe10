// Checks a response against what the contract says an operation answers.
import { contractSchema, createContractAjv, findOperation, resolveRef } from '../../server/contract.ts';

const ajv = createContractAjv();

export interface ResponseLike {
  status: number;
  contentType: string;
  body: unknown;
}

/** Returns the list of ways the response breaks the contract (empty when it conforms). */
export function contractViolations(operationId: string, res: ResponseLike): string[] {
  const operation = findOperation(operationId);
  const declared = operation.responses[String(res.status)];
  if (!declared) return [`${operationId}: status ${res.status} is not in the contract`];
  const content = (resolveRef(declared) as { content?: Record<string, { schema: unknown }> }).content;
  if (!content) return res.body === undefined || res.body === '' ? [] : [`${operationId} ${res.status}: the contract declares no body`];
  const mediaType = res.contentType.split(';')[0].trim();
  const entry = content[mediaType];
  if (!entry) return [`${operationId} ${res.status}: content type ${mediaType} is not one of ${Object.keys(content).join(', ')}`];
  const validate = ajv.compile(contractSchema(entry.schema));
  if (validate(res.body)) return [];
  return (validate.errors ?? []).map((e) => `${operationId} ${res.status}: ${e.instancePath || '(body)'} ${e.message}`);
}
