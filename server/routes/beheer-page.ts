// /beheer: the door as HTML forms (GET the page, POST login and logout), HTTP only. The
// same AccountSessions as the JSON API; the session is loaded by loadSession (app.ts).
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { doorText, DOOR_CSS, loginPage, signedInPage, type DoorErrors, type Lang } from '../accounts/door-page.ts';
import type { AccountSessions } from '../accounts/sessions.ts';
import { clientAddress } from '../http/client-address.ts';
import { clearSessionCookie, requireSession, setSessionCookie, type SessionEnv } from '../http/session.ts';

/** No script at all, our own stylesheet, no framing (a login form is a clickjacking target). */
const DOOR_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
/**
 * Behind the door: the same, plus this server's own scripts (/buurtkit/beheer.js and its
 * chunks) and its own API for them to call. Still nothing inline, nothing from elsewhere.
 */
const SIGNED_IN_CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const lang = (c: Context): Lang => (c.req.query('lang') === 'en' ? 'en' : 'nl');
const here = (c: Context) => `/beheer${lang(c) === 'en' ? '?lang=en' : ''}`;

function html(c: Context, body: string, status: 200 | 401 | 422 | 429 = 200, csp = DOOR_CSP): Response {
  c.header('Content-Security-Policy', csp);
  return c.html(body, status);
}

// A form field as typed, or undefined when it is not one plain, reasonably short text.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
function field(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length <= max && !CONTROL.test(value) ? value : undefined;
}

/** `trustProxy`: as TRUST_PROXY, for the client's address that failed logins are counted by. */
export function beheerPageRoutes(sessions: AccountSessions, { trustProxy = 0 } = {}) {
  return new Hono<SessionEnv>()
    .get('/beheer/door.css', (c) => {
      c.header('Content-Type', 'text/css; charset=utf-8');
      return c.body(DOOR_CSS);
    })
    .get('/beheer', (c) => {
      const session = c.get('session');
      if (session) return html(c, signedInPage(lang(c), session.account, session.csrfToken), 200, SIGNED_IN_CSP);
      return html(c, loginPage(lang(c), { notice: c.req.query('uit') !== undefined ? 'logged-out' : undefined }));
    })
    .post(
      '/beheer/login',
      bodyLimit({ maxSize: 8 * 1024, onError: (c) => html(c, loginPage(lang(c), { errors: { email: doorText(lang(c)).unreadable } }), 422) }),
      async (c) => {
        const t = doorText(lang(c));
        const form = /^application\/x-www-form-urlencoded\b/i.test(c.req.header('content-type') ?? '') ? await c.req.parseBody() : {};
        const email = field(form['email'], 254);
        const password = field(form['password'], 200);
        const errors: DoorErrors = {};
        if (email === undefined) errors.email = t.unreadable;
        else if (!email.trim()) errors.email = t.emailMissing;
        if (password === undefined) errors.password = t.unreadable;
        else if (!password) errors.password = t.passwordMissing;
        if (errors.email || errors.password) return html(c, loginPage(lang(c), { email: email ?? '', errors }), 422);

        const result = await sessions.login(email!, password!, clientAddress(c, trustProxy));
        if (result.outcome === 'throttled') {
          c.header('Retry-After', String(result.retryAfterSeconds));
          return html(c, loginPage(lang(c), { email, errors: { email: t.throttled(Math.ceil(result.retryAfterSeconds / 60)) } }), 429);
        }
        if (result.outcome === 'wrong') return html(c, loginPage(lang(c), { email, errors: { email: t.wrong } }), 401);
        const old = c.get('session');
        if (old) await sessions.logout(old);
        setSessionCookie(c, result.token);
        return c.redirect(here(c), 303);
      },
    )
    .post(
      '/beheer/logout',
      bodyLimit({ maxSize: 8 * 1024 }),
      async (c, next) => {
        if (c.get('session')) return requireSession()(c, next);
        clearSessionCookie(c);
        return c.redirect(here(c), 303);
      },
      async (c) => {
        await sessions.logout(c.get('session')!);
        clearSessionCookie(c);
        return c.redirect(`${here(c)}${lang(c) === 'en' ? '&' : '?'}uit`, 303);
      },
    );
}
