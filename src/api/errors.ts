import type { components } from '../../contract/types.ts';

/** Problem details (RFC 9457) as the contract describes them. */
export type Problem = components['schemas']['Problem'];

/**
 * Thrown by the client when the API cannot be reached or answers with an error.
 * `status` is 0 when no answer came at all (offline, CORS, DNS).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly problem?: Problem,
    options?: { cause?: unknown },
  ) {
    super(problem?.title ?? (status ? `HTTP ${status}` : 'Network error'), options);
  }
}
