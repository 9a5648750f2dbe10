// The Buurtkit API as a Hono app, without a port: main.ts listens, tests call
// app.request(...) in-process.
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import { serveStatic } from '@hono/node-server/serve-static';
import { WRITE_DEFAULTS, type Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { Logger } from './log.ts';
import { PatternRouter } from 'hono/router/pattern-router';
import { contractWritePaths, corsByPath, corsHeaders, mutableHeaders, writeCorsHeaders } from './http/cors.ts';
import { RateLimiter } from './http/rate-limit.ts';
import { ProblemError, respondProblem } from './http/problem.ts';
import { contractValidation } from './http/validate.ts';
import { networkRoutes } from './routes/network.ts';
import { agendaRoutes } from './routes/agenda.ts';
import { AgendaStore } from './agenda/store.ts';
import { FOR_MANY_KEYS, ResponseCache } from './http/response-cache.ts';
import { serviceRoutes } from './routes/services.ts';
import { docsRoutes } from './routes/docs.ts';
import { volunteeringRoutes } from './routes/volunteering.ts';
import { rideRoutes } from './routes/rides.ts';
import { AccountSessions } from './accounts/sessions.ts';
import { loadSession, sessionBeforeBody } from './http/session.ts';
import { beheerRoutes } from './routes/beheer.ts';
import { beheerPageRoutes } from './routes/beheer-page.ts';
import { beheerVolunteeringRoutes } from './routes/beheer-volunteering.ts';
import { beheerMessageRoutes } from './routes/beheer-messages.ts';
import { beheerPrivacyRoutes } from './routes/beheer-privacy.ts';
import { beheerRideRoutes } from './routes/beheer-rides.ts';
import { beheerActivityRoutes } from './routes/beheer-activities.ts';
import { beheerFeedRoutes } from './routes/beheer-feeds.ts';
import { beheerServiceRoutes } from './routes/beheer-services.ts';
import { beheerHsdsImportRoutes } from './routes/beheer-hsds-import.ts';
import { beheerOrganizationRoutes } from './routes/beheer-organizations.ts';
import { beheerPlaceRoutes } from './routes/beheer-places.ts';
import { beheerAccountRoutes } from './routes/beheer-accounts.ts';
import { invitationPageRoutes } from './routes/invitation-page.ts';

export interface AppOptions {
  db: Database;
  /** The write settings default to WRITE_DEFAULTS (as `npm start` without variables). */
  config: Pick<Config, 'corsOrigins'> & Partial<Pick<Config, 'corsWriteOrigins' | 'trustProxy' | 'writeRateLimit' | 'smtpUrl' | 'feeds' | 'invitationDays'>>;
  log: Logger;
  /** Folders with the built demo site and widget bundles, served at / and /buurtkit/. */
  staticDirs?: { demo: string; widgets: string };
  /** The clock for "open now" in the sociale kaart; injectable for tests. */
  now?: () => Date;
  /** The agenda of this network's database; a write route and its tests share it. */
  agendaStore?: AgendaStore;
  /** Finished agenda responses, keyed by network and data version (shareable between networks). */
  agendaCache?: ResponseCache;
  /** Logins and sessions of this network's accounts; tests give one with their own clock. */
  accountSessions?: AccountSessions;
}

export function createApp({ db, config, log, staticDirs, now, agendaStore = new AgendaStore(db), agendaCache = new ResponseCache(10 * 60_000, 500, FOR_MANY_KEYS), accountSessions = new AccountSessions(db, now) }: AppOptions) {
  const app = new Hono();

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    log.info('request', {
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });

  // On every answer, problems and 304s included (this runs after everything below).
  app.use('*', async (c, next) => {
    await next();
    securityHeaders(c);
  });

  // The widgets and the API usually live on another origin than the village's site.
  // Reads are for every allowed site; the write resources have their own, narrower list.
  const corsMiddleware = corsHeaders({
    origins: config.corsOrigins,
    allowMethods: ['GET', 'HEAD', 'OPTIONS'],
    allowHeaders: ['If-None-Match'],
    exposeHeaders: ['ETag'],
    maxAge: 600,
  });
  const writes = { ...WRITE_DEFAULTS, ...config };
  const writeCors = writeCorsHeaders({
    origins: writes.corsWriteOrigins,
    allowMethods: ['POST', 'DELETE'],
    allowHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization'],
    exposeHeaders: ['Idempotent-Replayed', 'Retry-After', 'Location'],
    maxAge: 600,
  });
  app.use('/v1/*', corsByPath(contractWritePaths(), writeCors, corsMiddleware));
  app.use('/buurtkit/*', corsMiddleware);

  // Writes per client address, before any work is done on them (the limiter is this app's,
  // so this network's).
  const writeLimit = new RateLimiter({ ...writes.writeRateLimit, trustProxy: writes.trustProxy, now: now && (() => now().getTime()) });
  // Not for the coordinator's own routes: they need a session and have their own login throttle.
  app.use('/v1/*', (c, next) => (c.req.path.startsWith('/v1/beheer/') ? next() : writeLimit.middleware(c, next)));

  // Public answers built on each request are compressed as they go (gzip); the agenda, the
  // sociale kaart and the export compress once in their response cache instead. Every public
  // read a widget makes is in one of the two (test/server/compression.test.ts).
  const compressPerRequest = compress();
  const compressedPaths = [
    ...['/v1/network', '/v1/organizations', '/v1/services', '/v1/services/*', '/v1/categories', '/v1/openapi.json'],
    ...['/v1/volunteer-opportunities', '/v1/volunteer-opportunities/*', '/v1/rides', '/v1/rides/*'],
  ];
  for (const path of compressedPaths) {
    app.use(path, compressPerRequest);
  }

  // Conditional requests: an ETag on every successful GET, 304 when it matches.
  // A 304 must keep the CORS headers, or a browser on the village's site rejects it.
  app.use('/v1/*', etag({ weak: true, retainedHeaders: [...RETAINED_304_HEADERS, 'access-control-allow-origin', 'access-control-expose-headers'] }));

  // Behind the coordinator's door: changes only from our own pages, and the session loaded.
  for (const path of ['/v1/beheer/*', '/beheer/*']) app.use(path, loadSession(accountSessions)); // '/beheer/*' matches /beheer too

  app.use('/v1/beheer/*', sessionBeforeBody);

  // Every request matching an operation of the contract is validated against it here.
  app.use('/v1/*', contractValidation);

  app.route('/v1', networkRoutes(db));
  app.route('/v1', agendaRoutes({ store: agendaStore, cache: agendaCache }));
  app.route('/v1', serviceRoutes(db, { now }));
  app.route('/v1', volunteeringRoutes(db, { now, log }));
  app.route('/v1', rideRoutes(db, { now, log }));
  app.get('/v1/health', async (c) => {
    try {
      await db.query('select 1');
      return c.json({ status: 'ok' as const, database: db.kind });
    } catch {
      return respondProblem(c, 'unavailable', 'De database is niet bereikbaar.');
    }
  });
  app.route('/v1', beheerRoutes(accountSessions, { trustProxy: writes.trustProxy }));
  app.route('/v1', beheerVolunteeringRoutes(db, { now }));
  app.route('/v1', beheerMessageRoutes(db, { delivery: config.smtpUrl ? 'smtp' : 'kept', now }));
  app.route('/v1', beheerPrivacyRoutes(db, { now }));
  app.route('/v1', beheerRideRoutes(db, { now }));
  app.route('/v1', beheerActivityRoutes(db, { now }));
  app.route('/v1', beheerFeedRoutes(db, { now, feeds: config.feeds, log }));
  app.route('/v1', beheerServiceRoutes(db, { now }));
  app.route('/v1', beheerHsdsImportRoutes(db, { now }));
  app.route('/v1', beheerOrganizationRoutes(db, { now }));
  app.route('/v1', beheerPlaceRoutes(db, { now }));
  app.route('/v1', beheerAccountRoutes(db, { now, invitationDays: config.invitationDays, delivery: config.smtpUrl ? 'smtp' : 'kept' }));
  app.route('/', beheerPageRoutes(accountSessions, { trustProxy: writes.trustProxy }));
  app.route('/', invitationPageRoutes(db, accountSessions, { trustProxy: writes.trustProxy, invitationDays: config.invitationDays }));
  app.route('/', docsRoutes());

  if (staticDirs) {
    // The entries a webmaster's script tag names keep their URL from release to release, so
    // browsers revalidate them within minutes; the chunks they import carry a content hash
    // in their name (runtime-Mb-fruN1.js, the demo's /assets/*), so they never change.
    const hashed = /-[\w-]{8}\.(js|css)(\.map)?$/;
    app.use('*', async (c, next) => {
      await next();
      const path = new URL(c.req.url).pathname;
      if (c.res.status !== 200 || path.startsWith('/v1/')) return;
      if (hashed.test(path) && (path.startsWith('/buurtkit/') || path.startsWith('/assets/'))) {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      } else if (path.startsWith('/buurtkit/')) {
        c.header('Cache-Control', 'public, max-age=300');
      }
    });
    // The build writes .br and .gz beside each file (vite.config.ts): sent as they are.
    app.use('/buurtkit/*', serveStatic({ root: staticDirs.widgets, precompressed: true, rewriteRequestPath: (p) => p.replace(/^\/buurtkit/, '') }));
    app.use('/*', serveStatic({ root: staticDirs.demo, precompressed: true }));
  }

  const allowedMethods = methodsByPath(app);
  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const allow = allowedMethods(path);
    if (allow.length && !allow.includes(c.req.method)) {
      const res = respondProblem(c, 'method-not-allowed', `${c.req.method} kan niet op ${path}; wel ${allow.join(', ')}.`);
      res.headers.set('Allow', allow.join(', '));
      return res;
    }
    return respondProblem(c, 'not-found', `Er is niets op ${path}.`);
  });

  app.onError((error, c) => {
    if (error instanceof ProblemError) return respondProblem(c, error.problemType, error.message, error.errors, error.extra);
    log.error('unhandled error', { path: new URL(c.req.url).pathname, error: error.message });
    return respondProblem(c, 'internal', 'Probeer het later opnieuw.');
  });

  return app;
}

/**
 * The methods each path answers, derived from the app's own routes (so a new route needs
 * nothing here): for 405 and its Allow header. HEAD comes with GET; OPTIONS with CORS.
 */
function methodsByPath(app: Hono): (path: string) => string[] {
  const router = new PatternRouter<string>();
  const methods = new Set<string>();
  for (const route of app.routes) {
    if (route.method === 'ALL') continue; // middleware, not an answer
    router.add(route.method, route.path, route.method);
    methods.add(route.method);
  }
  return (path) => {
    const found = [...methods].filter((m) => router.match(m, path)[0].length > 0);
    if (!found.length) return [];
    if (found.includes('GET')) found.push('HEAD');
    if (path.startsWith('/v1/') || path.startsWith('/buurtkit/')) found.push('OPTIONS');
    return [...new Set(found)];
  };
}

/**
 * HTML pages (the demo site, /docs) get a CSP unless they bring their own: only
 * same-origin scripts, styles, workers (MSW's, with ?mock=1) and fetches, and no framing by
 * other sites. A JSON-LD `<script type="application/ld+json">` is data, which script-src
 * does not govern. The widgets' JS at /buurtkit/* is JavaScript, not a page: no CSP.
 */
const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

function securityHeaders(c: Context): void {
  const headers = mutableHeaders(c);
  headers.set('X-Content-Type-Options', 'nosniff');
  // A page with a secret in its path (an invitation's link) sets no-referrer itself.
  if (!headers.has('Referrer-Policy')) headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  if (/^text\/html\b/.test(headers.get('content-type') ?? '') && !headers.has('Content-Security-Policy')) {
    headers.set('Content-Security-Policy', PAGE_CSP);
  }
}
