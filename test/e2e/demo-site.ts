// The built demo site served by the real server on a fresh, seeded database, and one
// Chromium for the test file. `prepare` runs on the database before the server answers.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp, type AppOptions } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { createLogger } from '../../server/log.ts';
import { seedIfEmpty } from '../../server/seed/seed.ts';
import { openTestDatabase } from '../server/test-app.ts';

export interface DemoSite {
  origin: string;
  browser: Browser;
  db: Database;
  close(): Promise<void>;
}

export async function startDemoSite({ prepare, config }: { prepare?: (db: Database) => Promise<void>; config?: Partial<AppOptions['config']> } = {}): Promise<DemoSite> {
  assert.ok(existsSync('dist/demo/index.html'), 'run `npm run build:demo` first (npm run test:e2e does)');
  const closers: (() => Promise<void>)[] = [];
  const db = await openTestDatabase();
  closers.push(() => db.close());
  await migrate(db);
  await seedIfEmpty(db);
  await prepare?.(db);
  const app = createApp({ db, log: createLogger('silent'), staticDirs: { demo: 'dist/demo', widgets: 'dist/lib' }, config: { corsOrigins: ['*'], ...config } });
  const origin = await new Promise<string>((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(`http://127.0.0.1:${info.port}`));
    closers.push(() => new Promise((r) => server.close(() => r())));
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  closers.push(() => browser.close());
  return {
    origin,
    browser,
    db,
    close: async () => {
      for (const close of closers.reverse()) await close();
    },
  };
}

/** Logs in at /beheer through its script-free form. */
export async function logIn(page: Page, origin: string, who: { email: string; password: string }): Promise<void> {
  await page.goto(`${origin}/beheer`);
  await page.getByLabel('E-mailadres').fill(who.email);
  await page.getByLabel('Wachtwoord').fill(who.password);
  await page.getByRole('button', { name: 'Inloggen' }).press('Enter');
}
