// The session of a /beheer account, for every route behind the coordinator's door
// (decision 0010): the cookie, the same-origin check on every change, and
// requireRole(...) with its CSRF token check.
//
//   app.get('/v1/beheer/signups/:id', requireRole('coordinator', 'organization-contact'), (c) => {
//     const { account } = c.var.session!;
//     if (!canSeeOrganization(account, signup.organizationId)) throw new ProblemError('forbidden', …);
//   });
import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { ActiveSession, AccountSessions } from '../accounts/sessions.ts';
import { ROLES, type Account, type Role } from '../accounts/shapes.ts';
import { mutableHeaders } from './cors.ts';
import { ProblemError } from './problem.ts';

export interface SessionEnv {
  Variables: { session?: ActiveSession };
}

const COOKIE = 'buurtkit-beheer';
const UNSAFE = /^(POST|PUT|PATCH|DELETE)$/;

/**
 * `Secure` (and the `__Host-` prefix, which needs it) everywhere except plain http on this
 * machine's loopback, where `npm start` runs for a first try. Behind a TLS proxy the
 * request arrives as http, but with the public host name: still Secure.
 */
function cookieName(c: Context): { name: string; secure: boolean } {
  const url = new URL(c.req.url);
  const loopback = url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return loopback ? { name: COOKIE, secure: false } : { name: `__Host-${COOKIE}`, secure: true };
}

export function setSessionCookie(c: Context, token: string): void {
  const { secure } = cookieName(c);
  // No Max-Age: the cookie ends with the browser (a shared computer in the dorpshuis);
  // the server ends the session sooner when it is idle or old.
  setCookie(c, COOKIE, token, { httpOnly: true, sameSite: 'Lax', path: '/', ...(secure ? { prefix: 'host' } : {}) });
}

export function clearSessionCookie(c: Context): void {
  const { secure } = cookieName(c);
  setCookie(c, COOKIE, '', { httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 0, ...(secure ? { prefix: 'host' } : {}) });
}

export function sessionToken(c: Context): string | undefined {
  return getCookie(c, cookieName(c).name);
}

/**
 * True when the request comes from a page of this server. Browsers send `Sec-Fetch-Site`
 * (all current ones) or at least `Origin` with every POST; a request with neither (curl, a
 * script) has to send `Origin` itself. The Origin's host is compared with `Host`, not with
 * the request URL, so it also holds behind a proxy that speaks plain http to us.
 */
export function isSameOrigin(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site) return site === 'same-origin';
  const origin = c.req.header('origin');
  if (!origin) return false;
  try {
    return new URL(origin).host === (c.req.header('host') ?? new URL(c.req.url).host);
  } catch {
    return false;
  }
}

/**
 * For every path behind the door: refuses a change from another site (403), loads the
 * session (when the cookie holds a live one) into `c.var.session`, and keeps every answer
 * out of caches. Refuses nothing else: requireRole does.
 */
export function loadSession(sessions: AccountSessions): MiddlewareHandler<SessionEnv> {
  return async (c, next) => {
    if (UNSAFE.test(c.req.method) && !isSameOrigin(c)) {
      throw new ProblemError('forbidden', 'Dit verzoek komt niet van een pagina van deze server. Open /beheer en probeer het daar opnieuw.');
    }
    c.set('session', await sessions.session(sessionToken(c)));
    await next();
    mutableHeaders(c).set('Cache-Control', 'no-store');
  };
}

/** The CSRF token the request sends: the X-CSRF-Token header, or a form's `csrf` field. */
async function sentCsrfToken(c: Context): Promise<string | undefined> {
  const header = c.req.header('x-csrf-token');
  if (header) return header;
  if (/^application\/x-www-form-urlencoded\b/i.test(c.req.header('content-type') ?? '')) {
    const field = (await c.req.parseBody())['csrf'];
    return typeof field === 'string' ? field : undefined;
  }
  return undefined;
}

export function csrfTokenMatches(session: ActiveSession, sent: string | undefined): boolean {
  if (!sent) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(session.csrfToken);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Only for a logged-in account with one of these roles: 401 without a live session, 403
 * for another role, and 403 for a change without the session's CSRF token.
 */
const NOT_LOGGED_IN = 'Log eerst in op /beheer. Was u ingelogd? Dan is uw sessie verlopen.';

/** Changes that answer without a session: logging in, and logging out (already out is fine). */
const OPEN_DOORS = new Set(['/v1/beheer/login', '/v1/beheer/logout']);

/**
 * A change to /v1/beheer needs a session (logging in and out aside), checked before the contract's
 * validator reads the body: nobody can make the server read and check a body of megabytes
 * (an HSDS file) without logging in. The route's requireRole still checks role and CSRF.
 */
export const sessionBeforeBody: MiddlewareHandler<SessionEnv> = async (c, next) => {
  if (UNSAFE.test(c.req.method) && !OPEN_DOORS.has(c.req.path) && !c.get('session')) throw new ProblemError('unauthorized', NOT_LOGGED_IN);
  await next();
};

export function requireRole(...roles: Role[]): MiddlewareHandler<SessionEnv> {
  return async (c, next) => {
    const session = c.get('session');
    if (!session) throw new ProblemError('unauthorized', NOT_LOGGED_IN);
    if (UNSAFE.test(c.req.method) && !csrfTokenMatches(session, await sentCsrfToken(c))) {
      throw new ProblemError('forbidden', 'De controlecode (CSRF-token) ontbreekt of klopt niet. Laad de pagina opnieuw en probeer het nog eens.');
    }
    if (!roles.includes(session.account.role)) {
      throw new ProblemError('forbidden', 'Met uw account kunt u dit niet zien of doen.');
    }
    await next();
  };
}

/** Any logged-in account. */
export const requireSession = () => requireRole(...ROLES);

/** A coordinator sees every organisation; an organisation contact only their own. */
export function canSeeOrganization(account: Pick<Account, 'role' | 'organizationId'>, organizationId: string): boolean {
  return account.role === 'coordinator' || (account.role === 'organization-contact' && account.organizationId === organizationId);
}
