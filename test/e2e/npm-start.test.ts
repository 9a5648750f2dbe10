// `npm start` as a newcomer and a service manager meet it: on a fresh copy of the project
// (no dist/), it builds and serves the scripts of the embed snippets; SIGTERM to npm
// stops everything, leaving no process, a free port and an unlocked data folder; a
// second start with the bundles up to date skips the build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';

let root = '';
let project = '';
let dataDir = '';

interface NpmStart {
  npm: ChildProcess;
  lines: Record<string, any>[];
  url: Promise<string>;
  exited: Promise<number | null>;
  ms: () => number;
}

function npmStart(): NpmStart {
  const started = performance.now();
  let listeningAt = 0;
  const npm = spawn('npm', ['start'], {
    cwd: project,
    env: { ...process.env, PORT: '0', DATABASE_URL: '', BUURTKIT_DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  npm.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr = (stderr + c).slice(-4000)));
  const lines: Record<string, any>[] = [];
  const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    createInterface({ input: npm.stdout! }).on('line', (line) => {
      if (!line.startsWith('{')) return; // npm's own header lines
      const entry = JSON.parse(line);
      lines.push(entry);
      if (entry.msg === 'listening') {
        listeningAt = performance.now();
        resolve(entry.url.replace('localhost', '127.0.0.1'));
      }
    });
    void exited.then((code) => reject(new Error(`npm start exited with ${code}: ${stderr}`)));
  });
  url.catch(() => {});
  return { npm, lines, url, exited, ms: () => Math.round(listeningAt - started) };
}

/** Every process below pid, from `ps` (pid and parent pid of all processes). */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const line of execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' }).trim().split('\n')) {
    const [p, pp] = line.trim().split(/\s+/).map(Number);
    children.set(pp!, [...(children.get(pp!) ?? []), p!]);
  }
  const found: number[] = [];
  const walk = (p: number) => (children.get(p) ?? []).forEach((c) => (found.push(c), walk(c)));
  walk(pid);
  return found;
}

/** Alive and not a zombie (an exited child that a container's init may not reap at once). */
const isRunning = (pid: number) => {
  try {
    const state = execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    return state !== '' && !state.startsWith('Z');
  } catch {
    return false; // ps exits 1 when there is no such process
  }
};

const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

let first: NpmStart;

before(async () => {
  // A fresh clone: the project's files (tracked, or new and not ignored), no dist/, no data.
  root = mkdtempSync(join(tmpdir(), 'buurtkit-npm-start-'));
  project = join(root, 'buurtkit');
  dataDir = join(root, 'data');
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { encoding: 'utf8' });
  for (const file of files.split('\0').filter((f) => f && existsSync(f))) {
    mkdirSync(join(project, dirname(file)), { recursive: true });
    cpSync(file, join(project, file));
  }
  symlinkSync(join(process.cwd(), 'node_modules'), join(project, 'node_modules'), 'dir'); // as after `npm ci`
  first = npmStart();
});

after(async () => {
  for (const run of [first]) if (run && run.npm.exitCode === null) run.npm.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

test('npm start on a fresh clone serves the scripts of the embed snippets', { timeout: 600_000 }, async (t) => {
  const url = await first.url;
  t.diagnostic(`fresh clone: npm start listening after ${first.ms()} ms (building included)`);
  for (const script of ['agenda.js', 'social-map.js', 'buurtkit.js']) {
    const res = await fetch(`${url}buurtkit/${script}`);
    assert.equal(res.status, 200, `/buurtkit/${script}`);
    assert.match(res.headers.get('content-type') ?? '', /^(application|text)\/javascript/);
    // An entry imports the shared runtime by a relative URL; the runtime defines the elements.
    const runtime = /from\s*"\.\/(runtime-[\w-]+\.js)"/.exec(await res.text())?.[1];
    assert.ok(runtime, `/buurtkit/${script} imports the shared runtime`);
    const chunk = await fetch(`${url}buurtkit/${runtime}`, { headers: { 'accept-encoding': 'br, gzip' } });
    assert.equal(chunk.status, 200, `/buurtkit/${runtime}`);
    const code = await chunk.text();
    assert.match(code, /customElements/);
    // Sent compressed, as built, to a browser that accepts it (as browsers do: br, gzip);
    // the same code, uncompressed, to one that does not.
    assert.equal(chunk.headers.get('content-encoding'), 'br', `/buurtkit/${runtime} compressed`);
    const plain = await fetch(`${url}buurtkit/${runtime}`, { headers: { 'accept-encoding': 'identity' } });
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.equal(await plain.text(), code);
  }
  // The snippets shown to webmasters, on the demo pages and in the README, name those scripts.
  const snippets = [
    ...['/', '/sociale-kaart.html', '/vrijwilligers.html'].map(async (page) => (await (await fetch(new URL(page, url))).text())),
    Promise.resolve(readFileSync(join(project, 'README.md'), 'utf8')),
  ];
  const paths = new Set<string>();
  for (const text of await Promise.all(snippets)) {
    const found = [...text.matchAll(/src="https?:\/\/[^/"]+(\/buurtkit\/[^"]+)"/g)].map((m) => m[1]!);
    assert.ok(found.length > 0, 'a snippet with a /buurtkit/ script');
    found.forEach((p) => paths.add(p));
  }
  for (const path of paths) assert.equal((await fetch(new URL(path, url))).status, 200, path);
});

test('SIGTERM to npm stops the server: no process left, the port free, the data folder unlocked', { timeout: 60_000 }, async () => {
  const url = new URL(await first.url);
  assert.equal((await fetch(new URL('/v1/health', url))).status, 200);
  const below = descendants(first.npm.pid!);
  assert.ok(below.length > 0);
  assert.ok(existsSync(join(dataDir, 'buurtkit.lock')), 'the running server holds the lock');

  first.npm.kill('SIGTERM'); // what systemd or docker stop sends to the main process
  const stoppedAt = performance.now();
  const code = await Promise.race([first.exited, new Promise((r) => setTimeout(r, 15_000, 'still running'))]);
  assert.equal(code, 0, 'npm ends, with the server, cleanly');
  await new Promise((r) => setTimeout(r, 200));
  const left = below.filter(isRunning);
  assert.deepEqual(left, [], `no process is left behind: ${left.length ? execFileSync('ps', ['-o', 'pid,ppid,args', '-p', left.join(',')], { encoding: 'utf8' }) : ''}`);
  assert.ok(await portIsFree(Number(url.port)), 'the port is free');
  assert.ok(!existsSync(join(dataDir, 'buurtkit.lock')), 'the lock is released');
  assert.ok(performance.now() - stoppedAt < 5_000, 'within a few seconds');
});

test('a second npm start with the bundles up to date starts without building', { timeout: 120_000 }, async (t) => {
  const second = npmStart();
  try {
    const url = await second.url;
    t.diagnostic(`second start: listening after ${second.ms()} ms`);
    assert.ok(second.lines.some((l) => l.msg === 'widgets and demo are up to date'));
    assert.equal((await fetch(`${url}buurtkit/agenda.js`)).status, 200);
  } finally {
    second.npm.kill('SIGTERM');
    assert.equal(await second.exited, 0);
  }
});
