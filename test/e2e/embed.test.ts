// The built widget embedded the way a webmaster would, in real Chromium against the real
// server: under a strict Content-Security-Policy, from another origin (CORS), and with
// the script included twice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../../server/app.ts';
import { migrate } from '../../server/db/migrate.ts';
import { createLogger } from '../../server/log.ts';
import { seedIfEmpty } from '../../server/seed/seed.ts';
import { openTestDatabase } from '../server/test-app.ts';

const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'";

let browser: Browser;
let apiOrigin = '';
let hostOrigin = '';
const closers: (() => Promise<void>)[] = [];

function listen(fetch: (req: Request) => Response | Promise<Response>) {
  return new Promise<string>((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve(`http://127.0.0.1:${info.port}`),
    );
    closers.push(() => new Promise((r) => server.close(() => r())));
  });
}

const page = (body: string, head = '') =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Dorpshuis</title>${head}</head><body><h1>Dorpshuis</h1>${body}</body></html>`;

before(async () => {
  assert.ok(existsSync('dist/lib/agenda.js'), 'run `npm run build` first (npm run test:e2e does)');
  const db = await openTestDatabase();
  await migrate(db);
  await seedIfEmpty(db);
  closers.push(() => db.close());

  // The village's own site, on another origin than the API, allowed by CORS.
  const host = new Hono();
  hostOrigin = await listen(host.fetch);
  const api = createApp({
    db,
    config: { corsOrigins: [hostOrigin] },
    log: createLogger('silent'),
    staticDirs: { demo: 'dist/demo', widgets: 'dist/lib' },
  });
  // Host pages served by the API server itself, under a strict CSP.
  const strict = new Hono()
    .get('/host/strict.html', (c) =>
      c.html(page('<buurt-agenda days="14"></buurt-agenda>', '<script type="module" src="/buurtkit/agenda.js"></script>'), 200, {
        'content-security-policy': STRICT_CSP,
      }),
    )
    .get('/host/twice.html', (c) =>
      c.html(
        page(
          '<buurt-agenda days="14"></buurt-agenda>',
          '<script type="module" src="/buurtkit/buurtkit.js"></script><script type="module" src="/buurtkit/agenda.js"></script><script type="module" src="/buurtkit/agenda.js?again"></script>',
        ),
        200,
        { 'content-security-policy': STRICT_CSP },
      ),
    );
  strict.get('/host/strict-map.html', (c) =>
    c.html(page('<buurt-social-map></buurt-social-map>', '<script type="module" src="/buurtkit/social-map.js"></script>'), 200, {
      'content-security-policy': STRICT_CSP,
    }),
  );
  strict.route('/', api);
  apiOrigin = await listen(strict.fetch);
  // Both widgets on a page of the village's own site, each with its own script tag.
  host.get('/both.html', (c) =>
    c.html(
      page(
        `<buurt-agenda api="${apiOrigin}" days="14"></buurt-agenda><buurt-social-map api="${apiOrigin}"></buurt-social-map>`,
        `<script type="module" src="${apiOrigin}/buurtkit/agenda.js"></script><script type="module" src="${apiOrigin}/buurtkit/social-map.js"></script>`,
      ),
      200,
      { 'content-security-policy': `default-src 'none'; script-src ${apiOrigin}; style-src 'self'; connect-src ${apiOrigin}` },
    ),
  );
  // An English page of that site: each widget fetches its English texts as a chunk of its own.
  host.get('/english.html', (c) =>
    c.html(
      page(
        `<div lang="en"><buurt-agenda api="${apiOrigin}" days="14"></buurt-agenda><buurt-social-map api="${apiOrigin}"></buurt-social-map></div>`,
        `<script type="module" src="${apiOrigin}/buurtkit/buurtkit.js"></script>`,
      ),
      200,
      { 'content-security-policy': `default-src 'none'; script-src ${apiOrigin}; style-src 'self'; connect-src ${apiOrigin}` },
    ),
  );
  host.get('/cross.html', (c) =>
    c.html(
      page(`<buurt-agenda api="${apiOrigin}" days="14"></buurt-agenda>`, `<script type="module" src="${apiOrigin}/buurtkit/agenda.js"></script>`),
      200,
      { 'content-security-policy': `default-src 'none'; script-src ${apiOrigin}; style-src 'self'; connect-src ${apiOrigin}` },
    ),
  );

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  closers.push(() => browser.close());
});

after(async () => {
  for (const close of closers.reverse()) await close();
});

/** Opens a page and collects what a webmaster would see go wrong: CSP violations and errors. */
async function open(url: string): Promise<{ page: Page; problems: string[] }> {
  const p = await browser.newPage();
  const problems: string[] = [];
  // Failed requests are reported by URL below; the console's copy of them names none.
  p.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(`console: ${m.text()}`));
  p.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`${r.status()} ${r.url()}`));
  p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await p.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP blocked ${e.violatedDirective}: ${e.blockedURI}`)),
  );
  await p.goto(url);
  return { page: p, problems };
}

/** The agenda shows real occurrences from the server (Playwright's locators see into shadow roots). */
async function expectOccurrences(p: Page) {
  await p.locator('buurt-agenda article').first().waitFor({ timeout: 15_000 });
  assert.ok((await p.locator('buurt-agenda article').count()) > 3);
}

test('works under a strict Content-Security-Policy', async () => {
  const { page: p, problems } = await open(`${apiOrigin}/host/strict.html`);
  await expectOccurrences(p);
  assert.deepEqual(problems, []);
  await p.close();
});

test('works on a site on another origin, with the API allowed by CORS', async () => {
  const { page: p, problems } = await open(`${hostOrigin}/cross.html`);
  await expectOccurrences(p);
  assert.deepEqual(problems, []);
  await p.close();
});

test('works when the widget scripts are included more than once', async () => {
  const { page: p, problems } = await open(`${apiOrigin}/host/twice.html`);
  await expectOccurrences(p);
  assert.deepEqual(problems, []);
  await p.close();
});

test('two widgets on one page load one shared runtime, and Lit once', async () => {
  const { page: p, problems } = await open(`${hostOrigin}/both.html`);
  const scripts: string[] = [];
  const warnings: string[] = [];
  p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  p.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await p.reload();
  await expectOccurrences(p);
  await p.locator('buurt-social-map article').first().waitFor({ timeout: 15_000 });
  const runtime = scripts.filter((s) => /\/buurtkit\/runtime-[\w-]+\.js$/.test(s));
  assert.equal(runtime.length, 1, `one request for the runtime chunk, got: ${scripts.join(', ')}`);
  // Every copy of Lit adds its version to these lists (and warns in development builds).
  const versions = await p.evaluate(() => {
    const w = window as unknown as Record<string, unknown[] | undefined>;
    return { litElement: w.litElementVersions?.length, litHtml: w.litHtmlVersions?.length, reactiveElement: w.reactiveElementVersions?.length };
  });
  assert.deepEqual(versions, { litElement: 1, litHtml: 1, reactiveElement: 1 });
  assert.ok(!warnings.some((m) => /multiple versions of lit/i.test(m)), warnings.join('\n'));
  assert.deepEqual(problems, []);
  await p.close();
});

test('on an English page both widgets speak English, cross-origin under a strict CSP', async () => {
  const { page: p, problems } = await open(`${hostOrigin}/english.html`);
  await expectOccurrences(p);
  await p.locator('buurt-social-map').getByText('What do you need help with?').waitFor();
  await p.locator('buurt-agenda').getByText('Search the calendar').waitFor();
  assert.deepEqual(problems, []);
  await p.close();
});

test('the demo site served by the server shows the agenda with real data', async () => {
  const { page: p, problems } = await open(`${apiOrigin}/`);
  await expectOccurrences(p);
  assert.equal(await p.getByText('Demogegevens').isVisible(), false, 'the real site must not say it shows demo data');
  assert.deepEqual(problems, []);
  await p.close();
});

test('the sociale kaart finds help for a mistyped question under a strict CSP', async () => {
  const { page: p, problems } = await open(`${apiOrigin}/host/strict-map.html`);
  const search = p.locator('buurt-social-map input[type=search]');
  await search.waitFor();
  await search.pressSequentially('schuldhlup');
  await p.locator('buurt-social-map article').first().waitFor();
  assert.match(await p.locator('buurt-social-map article h3').first().innerText(), /schuld/i);
  assert.deepEqual(problems, []);
  await p.close();
});

test('the sociale kaart keeps searching its stored copy when the server cannot be reached', async () => {
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.goto(`${apiOrigin}/host/strict-map.html`);
  await p.locator('buurt-social-map article').first().waitFor();
  // The connection to the API drops; the inloop desk reloads the page.
  await p.route('**/v1/social-map', (route) => route.abort('internetdisconnected'));
  await p.reload();
  await p.locator('buurt-social-map').getByText('er is nu geen verbinding', { exact: false }).waitFor();
  await p.locator('buurt-social-map input[type=search]').pressSequentially('eenzaam');
  await p.locator('buurt-social-map article').first().waitFor();
  assert.ok((await p.locator('buurt-social-map article').count()) > 0);
  await context.close();
});
