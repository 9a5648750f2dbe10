// POST /v1/beheer/login, POST /v1/beheer/logout, GET /v1/beheer/me: HTTP only; the work is
// done in server/accounts/. The session is loaded by loadSession (mounted in app.ts).
import { Hono, type Context } from 'hono';
import type { components } from '../../contract/types.ts';
import type { AccountSessions, ActiveSession } from '../accounts/sessions.ts';
import { accountBody } from '../accounts/shapes.ts';
import { respondProblem } from '../http/problem.ts';
import { clientAddress } from '../http/client-address.ts';
import { clearSessionCookie, requireSession, setSessionCookie, type SessionEnv } from '../http/session.ts';
import { validatedBody } from '../http/validate.ts';

type LoginRequest = components['schemas']['BeheerLoginRequest'];
type SessionBody = components['schemas']['BeheerSession'];

const sessionBody = (s: ActiveSession): SessionBody => ({
  account: accountBody(s.account),
  csrfToken: s.csrfToken,
  expiresAt: s.expiresAt.toISOString(),
});

/** The same answer for a wrong password, an unknown e-mail address and a disabled account. */
export const WRONG_LOGIN = 'Het e-mailadres of het wachtwoord klopt niet.';

export function throttled(c: Context, retryAfterSeconds: number): Response {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const res = respondProblem(
    c,
    'rate-limited',
    `Er is te vaak een verkeerd wachtwoord geprobeerd. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
  );
  res.headers.set('Retry-After', String(retryAfterSeconds));
  return res;
}

/** `trustProxy`: as TRUST_PROXY, for the client's address that failed logins are counted by. */
export function beheerRoutes(sessions: AccountSessions, { trustProxy = 0 } = {}) {
  return new Hono<SessionEnv>()
    .post('/beheer/login', async (c) => {
      const { email, password } = validatedBody<LoginRequest>(c);
      const result = await sessions.login(email, password, clientAddress(c, trustProxy));
      if (result.outcome === 'throttled') return throttled(c, result.retryAfterSeconds);
      if (result.outcome === 'wrong') return respondProblem(c, 'unauthorized', WRONG_LOGIN);
      const old = c.get('session');
      if (old) await sessions.logout(old); // one session per login, never a reused one
      setSessionCookie(c, result.token);
      return c.json(sessionBody(result.session));
    })
    .post('/beheer/logout', async (c, next) => {
      // Nothing to end without a live session: the same 204, and the cookie cleared.
      if (c.get('session')) return requireSession()(c, next);
      clearSessionCookie(c);
      return c.body(null, 204);
    }, async (c) => {
      await sessions.logout(c.get('session')!);
      clearSessionCookie(c);
      return c.body(null, 204);
    })
    .get('/beheer/me', requireSession(), (c) => c.json(sessionBody(c.get('session')!)));
}
