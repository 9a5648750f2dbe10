// Spam without puzzles: a honeypot field (decision 0009). The form hides the field from
// people (not shown, not in the tab order, not read out, no autofill); robots that fill in
// every field fill it in too. Such a request gets an answer that looks like success, made by
// the route's `decoy`, and nothing is stored or sent: the robot learns nothing to adapt to.
// No puzzle for residents, no third-party service.
import type { Context, MiddlewareHandler } from 'hono';
import type { Logger } from '../log.ts';
import type { WriteResult } from './idempotency.ts';
import { validatedBody } from './validate.ts';

export interface HoneypotOptions<T> {
  /** The body field people never see (the contract describes it). */
  field: string;
  /** What a robot is answered: shaped like the real answer, but made of nothing stored. */
  decoy: (c: Context, body: T) => WriteResult | Promise<WriteResult>;
  /** Counts what was held back (the path only: never the body, it may hold personal data). */
  log?: Logger;
}

/** Put after the contract validation, before the route's write. */
export function honeypot<T extends object>({ field, decoy, log }: HoneypotOptions<T>): MiddlewareHandler {
  return async (c, next) => {
    const body = validatedBody<T>(c);
    const trap = (body as Record<string, unknown>)[field];
    if (typeof trap !== 'string' || trap.trim() === '') return next();
    log?.warn('spam held back', { path: c.req.path, field });
    const { status, body: answer, headers } = await decoy(c, body);
    return c.json(answer, status as 201, headers);
  };
}

/** A reference and token shaped like real ones, leading nowhere: for a decoy answer. */
export function decoyCode(length: number, alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
