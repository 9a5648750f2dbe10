// /beheer/uitnodiging/<token>: the page an invitation's link opens (GET), and choosing the
// password (POST, a plain form). HTTP only; the work is in server/accounts/invitations.ts.
// loadSession (app.ts) refuses a POST from another site; the token in the path is the
// proof. Accepted: the new account is logged in, and goes to /beheer.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Lang } from '../accounts/door-page.ts';
import { acceptInvitation, lookUpInvitation, type LookUp } from '../accounts/invitations.ts';
import { closedInvitationPage, invitationPage, invitationText, type InvitationErrors } from '../accounts/invitation-page.ts';
import type { AccountSessions } from '../accounts/sessions.ts';
import type { Database } from '../db/database.ts';
import { INVITATION_DAYS } from '../config.ts';
import { clientAddress } from '../http/client-address.ts';
import { setSessionCookie, type SessionEnv } from '../http/session.ts';

/** As the door: no script at all, our own stylesheet, no framing; and the token never leaves in a Referer. */
const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const lang = (c: Context): Lang => (c.req.query('lang') === 'en' ? 'en' : 'nl');
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const field = (value: unknown, max: number) => (typeof value === 'string' && value.length <= max && !CONTROL.test(value) ? value : undefined);

function html(c: Context, body: string, status: 200 | 410 | 422 | 429): Response {
  c.header('Content-Security-Policy', CSP);
  c.header('Referrer-Policy', 'no-referrer');
  return c.html(body, status);
}

/**
 * `trustProxy`: as TRUST_PROXY, for the client address that look-ups are counted by;
 * `invitationDays`: as INVITATION_DAYS, for what the "verlopen" page says.
 */
export function invitationPageRoutes(db: Database, sessions: AccountSessions, { trustProxy = 0, invitationDays = INVITATION_DAYS } = {}) {
  /** A link that cannot be used: 410 Gone (or 429 while throttled), the same page for unknown, expired and withdrawn. */
  const closed = (c: Context, token: string, found: Exclude<LookUp, { outcome: 'open' }>): Response => {
    if (found.outcome === 'throttled') {
      c.header('Retry-After', String(found.retryAfterSeconds));
      return html(c, closedInvitationPage(lang(c), token, { throttledMinutes: Math.ceil(found.retryAfterSeconds / 60) }, invitationDays), 429);
    }
    return html(c, closedInvitationPage(lang(c), token, found.outcome, invitationDays), 410);
  };
  return new Hono<SessionEnv>()
    .get('/beheer/uitnodiging/:token', async (c) => {
      const token = c.req.param('token');
      const found = await lookUpInvitation(db, sessions, token, clientAddress(c, trustProxy));
      if (found.outcome !== 'open') return closed(c, token, found);
      return html(c, invitationPage(lang(c), token, found.invitation), 200);
    })
    .post(
      '/beheer/uitnodiging/:token',
      bodyLimit({ maxSize: 8 * 1024, onError: (c) => html(c, closedInvitationPage(lang(c), c.req.param('token') ?? '', 'closed', invitationDays), 410) }),
      async (c) => {
        const token = c.req.param('token');
        const t = invitationText(lang(c));
        const form = /^application\/x-www-form-urlencoded\b/i.test(c.req.header('content-type') ?? '') ? await c.req.parseBody() : {};
        const password = field(form['password'], 200);
        const repeat = field(form['repeat'], 200);
        const errors: InvitationErrors = {};
        if (password === undefined) errors.password = t.unreadable;
        else if (!password) errors.password = t.passwordMissing;
        if (repeat === undefined) errors.repeat = t.unreadable;
        else if (!repeat && password) errors.repeat = t.repeatMissing;
        else if (password && repeat !== password) errors.repeat = t.mismatch;
        const address = clientAddress(c, trustProxy);
        if (errors.password || errors.repeat) {
          const found = await lookUpInvitation(db, sessions, token, address);
          if (found.outcome !== 'open') return closed(c, token, found);
          return html(c, invitationPage(lang(c), token, found.invitation, errors), 422);
        }
        const result = await acceptInvitation(db, sessions, token, password!, address, lang(c));
        if (result.outcome === 'weak') return html(c, invitationPage(lang(c), token, result.invitation, { password: result.problem }), 422);
        if (result.outcome !== 'ok') return closed(c, token, result);
        const old = c.get('session');
        if (old) await sessions.logout(old); // whoever was logged in on this browser is not any more
        setSessionCookie(c, result.token);
        return c.redirect(lang(c) === 'en' ? '/beheer?lang=en' : '/beheer', 303);
      },
    );
}
