// RFC 9457 problem details: every error this server gives is one of these, with a
// stable type, a Dutch title (the same for every problem of its type) and, for bad
// input, the parameters or fields at fault.
import type { Context } from 'hono';
import type { components } from '../../contract/types.ts';

export type Problem = components['schemas']['Problem'];
export type FieldError = NonNullable<Problem['errors']>[number];
/** What some problem types carry besides errors: the coordinator's `phone` (too-soon), the `alternatives` (ride-full). */
export type ProblemExtra = Pick<Problem, 'phone' | 'alternatives'>;

export const problemTypes = {
  'invalid-parameters': { status: 400, title: 'De vraag bevat ongeldige gegevens' },
  'malformed-body': { status: 400, title: 'De meegestuurde gegevens zijn onleesbaar' },
  unauthorized: { status: 401, title: 'U bent niet ingelogd' },
  forbidden: { status: 403, title: 'Dit mag u niet doen' },
  'not-found': { status: 404, title: 'Niet gevonden' },
  'method-not-allowed': { status: 405, title: 'Deze handeling kan hier niet' },
  'not-acceptable': { status: 406, title: 'Dit formaat kunnen we niet leveren' },
  'body-too-large': { status: 413, title: 'Er zijn te veel gegevens meegestuurd' },
  'unsupported-media-type': { status: 415, title: 'Dit soort gegevens nemen we niet aan' },
  'invalid-body': { status: 422, title: 'De meegestuurde gegevens kloppen niet' },
  conflict: { status: 409, title: 'Dit kan nu niet' },
  // Saved over a newer change by someone else (If-Match no longer matches the ETag).
  'edit-conflict': { status: 412, title: 'Iemand anders heeft dit intussen gewijzigd' },
  // The village bus (issue 8): no room in the time block; asked inside the lead time.
  'ride-full': { status: 409, title: 'De bus is vol' },
  'too-soon': { status: 422, title: 'Dit is te kort van tevoren' },
  'idempotency-conflict': { status: 409, title: 'Deze aanvraag wordt nog verwerkt' },
  'idempotency-key-reused': { status: 422, title: 'Deze Idempotency-Key hoort bij andere gegevens' },
  // Every "too many, try again after Retry-After" (writes from one address, failed logins).
  'rate-limited': { status: 429, title: 'Te veel aanvragen' },
  internal: { status: 500, title: 'Er ging iets mis op de server' },
  unavailable: { status: 503, title: 'De dienst is tijdelijk niet beschikbaar' },
} as const;

export type ProblemType = keyof typeof problemTypes;

export function problemBody(
  type: ProblemType,
  detail?: string,
  extra: { errors?: FieldError[]; instance?: string } & ProblemExtra = {},
): Problem {
  const { status, title } = problemTypes[type];
  const { instance, ...rest } = extra;
  return {
    type: `urn:buurtkit:problem:${type}`,
    title,
    status,
    ...(detail ? { detail: cut(detail, MAX_DETAIL) } : {}),
    ...(instance ? { instance: cut(instance, MAX_INSTANCE) } : {}),
    ...rest,
  };
}

// A problem repeats parts of the request (its path, a value): never all of a hostile 100 kB.
const MAX_DETAIL = 1000;
const MAX_INSTANCE = 200;
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

export function problemResponse(
  type: ProblemType,
  detail?: string,
  extra: { errors?: FieldError[]; instance?: string } & ProblemExtra = {},
): Response {
  const body = problemBody(type, detail, extra);
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8' },
  });
}

export function respondProblem(c: Context, type: ProblemType, detail?: string, errors?: FieldError[], extra: ProblemExtra = {}): Response {
  return problemResponse(type, detail, { errors, instance: new URL(c.req.url).pathname, ...extra });
}

/** Thrown anywhere in a request to answer with a problem. */
export class ProblemError extends Error {
  constructor(
    readonly problemType: ProblemType,
    detail?: string,
    readonly errors?: FieldError[],
    readonly extra: ProblemExtra = {},
  ) {
    super(detail ?? problemTypes[problemType].title);
  }
}

/** A bad-input problem naming one parameter. */
export function invalidParameter(name: string, detail: string, where: FieldError['in'] = 'query'): ProblemError {
  return new ProblemError('invalid-parameters', detail, [{ name, in: where, detail }]);
}
