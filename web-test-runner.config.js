// Browser tests for the widgets, in the system's Chromium (a downloaded browser does
// not work on these machines). MSW's worker is served from the demo's public folder.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: 'test/widgets/**/*.test.ts',
  nodeResolve: { exportConditions: ['browser'] },
  // Decorators need the tsconfig (experimentalDecorators), else esbuild emits standard ones.
  // a11ySnapshot: the browser's accessibility tree, for what a screen reader is (not) given.
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), a11ySnapshotPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs },
    }),
  ],
  middleware: [
    // The MSW worker must be served from the root so its scope covers the test pages.
    function serveMswWorker(ctx, next) {
      if (ctx.path === '/mockServiceWorker.js') ctx.url = '/demo/public/mockServiceWorker.js';
      return next();
    },
  ],
  // axe over a whole widget takes seconds when the machine is busy.
  testFramework: { config: { timeout: 15000 } },
  concurrency: 1,
};
