// The Buurtkit API as a Hono app, without a port: main.ts listens, tests call
// app.request(...) in-process.
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { Logger } from './log.ts';
import { ProblemError, respondProblem } from './http/problem.ts';
import { networkRoutes } from './routes/network.ts';
import { agendaRoutes } from './routes/agenda.ts';
import { AgendaStore } from './agenda/store.ts';
import { ResponseCache } from './http/response-cache.ts';
import { serviceRoutes } from './routes/services.ts';
import { docsRoutes } from './routes/docs.ts';

export interface AppOptions {
  db: Database;
  config: Pick<Config, 'corsOrigins'>;
  log: Logger;
  /** Folders with the built demo site and widget bundles, served at / and /buurtkit/. */
  staticDirs?: { demo: string; widgets: string };
  /** The clock for "open now" in the sociale kaart; injectable for tests. */
  now?: () => Date;
  /** The agenda of this network's database; a write route and its tests share it. */
  agendaStore?: AgendaStore;
  /** Finished agenda responses, keyed by network and data version (shareable between networks). */
  agendaCache?: ResponseCache;
}

export function createApp({ db, config, log, staticDirs, now, agendaStore = new AgendaStore(db), agendaCache = new ResponseCache(10 * 60_000, 500, 1) }: AppOptions) {
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

  // The widgets and the API usually live on another origin than the village's site.
  const allowAll = config.corsOrigins.includes('*');
  const corsMiddleware = cors({
    origin: allowAll ? '*' : config.corsOrigins,
    allowMethods: ['GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Idempotency-Key', 'If-None-Match', 'Authorization'],
    exposeHeaders: ['ETag', 'Location'],
    maxAge: 600,
  });
  app.use('/v1/*', corsMiddleware);
  app.use('/buurtkit/*', corsMiddleware);

  // Conditional requests: an ETag on every successful GET, 304 when it matches.
  // A 304 must keep the CORS headers, or a browser on the village's site rejects it.
  app.use('/v1/*', etag({ weak: true, retainedHeaders: [...RETAINED_304_HEADERS, 'access-control-allow-origin', 'access-control-expose-headers'] }));

  app.route('/v1', networkRoutes(db));
  app.route('/v1', agendaRoutes({ store: agendaStore, cache: agendaCache }));
  app.route('/v1', serviceRoutes(db, { now }));
  app.get('/v1/health', async (c) => {
    try {
      await db.query('select 1');
      return c.json({ status: 'ok' as const, database: db.kind });
    } catch {
      return respondProblem(c, 'unavailable', 'De database is niet bereikbaar.');
    }
  });
  app.route('/', docsRoutes());

  if (staticDirs) {
    app.use('/buurtkit/*', async (c, next) => {
      await next();
      c.header('Cache-Control', 'public, max-age=300');
    });
    app.use('/buurtkit/*', serveStatic({ root: staticDirs.widgets, rewriteRequestPath: (p) => p.replace(/^\/buurtkit/, '') }));
    app.use('/*', serveStatic({ root: staticDirs.demo }));
  }

  app.notFound((c) => respondProblem(c, 'not-found', `Er is niets op ${new URL(c.req.url).pathname}.`));

  app.onError((error, c) => {
    if (error instanceof ProblemError) return respondProblem(c, error.problemType, error.message, error.errors);
    log.error('unhandled error', { path: new URL(c.req.url).pathname, error: error.message });
    return respondProblem(c, 'internal', 'Probeer het later opnieuw.');
  });

  return app;
}
