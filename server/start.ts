// `npm start`: builds the widget bundles (dist/lib, served at /buurtkit/) and the demo site
// (dist/demo) when their sources changed since the last build, then runs the server in
// this same process. package.json starts it with `exec`, so npm's only child is this
// process and the SIGTERM or SIGINT that npm passes on reaches the server itself.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const STAMP = here('dist/.build-stamp');
const INPUTS = ['src', 'demo', 'common', 'contract', 'vite.config.ts', 'tsconfig.json', 'package-lock.json'];
const OUTPUTS = ['dist/lib/buurtkit.js', 'dist/lib/agenda.js', 'dist/lib/social-map.js', 'dist/lib/volunteer-signup.js', 'dist/lib/beheer.js', 'dist/demo/index.html'];
const BUILDS = [['build'], ['build', '--mode', 'demo']];

const quiet = process.env.LOG_LEVEL === 'warn' || process.env.LOG_LEVEL === 'silent';
const say = (msg: string, fields: Record<string, unknown> = {}) =>
  quiet || process.stdout.write(JSON.stringify({ time: new Date().toISOString(), level: 'info', msg, ...fields }) + '\n');

/** The newest modification time under the given files and folders. */
function newest(paths: string[]): number {
  let latest = 0;
  const visit = (path: string) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    latest = Math.max(latest, stat.mtimeMs);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(`${path}/${name}`);
  };
  paths.forEach((p) => visit(here(p)));
  return latest;
}

function isFresh(): boolean {
  const stamp = statSync(STAMP, { throwIfNoEntry: false });
  return !!stamp && OUTPUTS.every((o) => existsSync(here(o))) && newest(INPUTS) <= stamp.mtimeMs;
}

/** Runs `vite <args>`; a stop asked for meanwhile stops the build and this process. */
function vite(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    // Build output is for people: stderr, so that stdout stays JSON log lines.
    const child = spawn(process.execPath, [here('node_modules/vite/bin/vite.js'), ...args], {
      cwd: here(''),
      stdio: ['ignore', process.stderr, process.stderr],
    });
    let stoppedBy: NodeJS.Signals | undefined;
    const stop = (signal: NodeJS.Signals) => child.kill((stoppedBy = signal));
    process.on('SIGTERM', stop).on('SIGINT', stop);
    child.on('exit', (code, signal) => {
      process.off('SIGTERM', stop).off('SIGINT', stop);
      stoppedBy ??= signal ?? undefined;
      if (stoppedBy) process.exit(stoppedBy === 'SIGINT' ? 130 : 143);
      if (code === 0) resolve();
      else reject(new Error(`vite ${args.join(' ')} failed with exit code ${code}`));
    });
    child.on('error', reject);
  });
}

if (isFresh()) {
  say('widgets and demo are up to date');
} else {
  const started = Date.now();
  say('building the widgets and the demo');
  try {
    for (const args of BUILDS) await vite(args);
  } catch (error) {
    process.stderr.write(
      `Buurtkit start niet: het bouwen van de widgets lukt niet (${(error as Error).message}); zie de meldingen hierboven. | Buurtkit cannot start: building the widgets fails (${(error as Error).message}); see the messages above.\n`,
    );
    process.exit(1);
  }
  // Stamped with the time the build began: a source saved during the build counts as newer.
  writeFileSync(STAMP, '');
  utimesSync(STAMP, started / 1000, started / 1000);
  say('built the widgets and the demo', { ms: Date.now() - started });
}

// The demo's example calendar (demo/public/voorbeelden/) is served by this server itself:
// allow exactly that folder of our own address, so a coordinator can try "Agenda's" without
// internet, while every other private address stays refused.
const port = process.env.PORT || '8080';
process.env.FEED_ALLOWED_URLS ??= `http://localhost:${port}/voorbeelden/,http://127.0.0.1:${port}/voorbeelden/`;

await import('./main.ts');
