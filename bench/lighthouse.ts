// Lighthouse 12 (mobile: its default form factor and simulated throttling) on every demo
// page, served by the real server (server/main.ts on a fresh PGlite folder and a free port).
// Prints per page the four category scores, CLS, TBT and LCP (median of several runs) and
// checks the targets of issue 6: 100 in every category, CLS < 0.05, TBT < 100 ms.
//
//   npx tsx bench/lighthouse.ts [--runs=3] [--no-build] [--details] [--save=<dir>] [--url=<origin>] [--pages=/,/vrijwilligers.html]
//
// --details names what costs points: failing audits, long tasks, script evaluation and the
// elements that shift. --save writes each run's JSON report. --url measures a server that
// is already running instead of starting one. --pages measures only those demo pages.
import lighthouse, { type Result } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** The demo pages (vite.config.ts, demo inputs). */
export const DEMO_PAGES = ['/', '/sociale-kaart.html', '/vrijwilligers.html', '/vervoer.html'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGETS = { score: 100, cls: 0.05, tbtMs: 100 };
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export interface PageFigures {
  path: string;
  runs: number;
  scores: Record<(typeof CATEGORIES)[number], number>;
  cls: number;
  tbtMs: number;
  lcpMs: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Starts server/main.ts as `npm start` does, on a throw-away data folder; resolves with its URL. */
async function startServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'buurtkit-lighthouse-'));
  const root = fileURLToPath(new URL('..', import.meta.url));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', BUURTKIT_DATA_DIR: join(dataDir, 'data'), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const entry = JSON.parse(line);
        if (entry.msg === 'listening') resolve(String(entry.url).replace(/\/$/, ''));
      } catch {
        // not a log line
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited early with ${code}`)));
  });
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function runOnce(url: string, port: number): Promise<Result> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
  return result.lhr;
}

function figures(path: string, reports: Result[]): PageFigures {
  const numeric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, median(reports.map((r) => Math.round((r.categories[c]?.score ?? 0) * 100)))]),
  ) as PageFigures['scores'];
  return {
    path,
    runs: reports.length,
    scores,
    cls: median(reports.map((r) => numeric(r, 'cumulative-layout-shift'))),
    tbtMs: median(reports.map((r) => numeric(r, 'total-blocking-time'))),
    lcpMs: median(reports.map((r) => numeric(r, 'largest-contentful-paint'))),
  };
}

/** What costs points in one report: failing audits, long tasks, script time, shifting elements. */
function details(lhr: Result): string[] {
  const lines: string[] = [];
  for (const c of CATEGORIES) {
    const failing = lhr.categories[c]!.auditRefs
      .map((ref) => ({ ref, audit: lhr.audits[ref.id]! }))
      .filter(({ audit }) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
      .map(({ ref, audit }) => `${audit.id} ${audit.score}${ref.weight ? ` (weight ${ref.weight})` : ''}${audit.displayValue ? `: ${audit.displayValue}` : ''}`);
    if (failing.length) lines.push(`${c}: ${failing.join('; ')}`);
  }
  const items = (id: string) => ((lhr.audits[id]?.details as { items?: Record<string, any>[] } | undefined)?.items ?? []);
  const shortUrl = (u: unknown) => String(u ?? '').replace(/^https?:\/\/[^/]+/, '');
  const dom = lhr.audits['dom-size'];
  const longTasks = items('long-tasks');
  lines.push(`dom-size ${dom?.numericValue ?? '?'} elements; ${longTasks.length} long tasks, ${Math.round(longTasks.reduce((sum, t) => sum + t.duration, 0))} ms in all`);
  for (const t of longTasks.slice(0, 6)) {
    lines.push(`long task ${Math.round(t.duration)} ms at ${Math.round(t.startTime)} ms: ${shortUrl(t.url)}`);
  }
  for (const b of items('bootup-time').slice(0, 4)) {
    lines.push(`script ${shortUrl(b.url)}: ${Math.round(b.total)} ms main thread (evaluation ${Math.round(b.scripting)} ms, parse/compile ${Math.round(b.scriptParseCompile)} ms)`);
  }
  for (const m of items('mainthread-work-breakdown').slice(0, 5)) lines.push(`main thread ${m.groupLabel}: ${Math.round(m.duration)} ms`);
  for (const s of items('layout-shifts').slice(0, 5)) {
    lines.push(`layout shift ${Number(s.score).toFixed(3)}: ${s.node?.selector ?? s.node?.snippet ?? '?'}`);
  }
  return lines;
}

export async function runLighthouseBench(options: { runs?: number; build?: boolean; details?: boolean; save?: string; url?: string; pages?: string[] } = {}) {
  const runs = options.runs ?? 3;
  const lines: string[] = [];
  const failures: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    console.log(`   ${line}`);
  };
  console.log(`\n## Demo pages in Lighthouse 12 (mobile, simulated throttling)\n   (npx tsx bench/lighthouse.ts [--details]; median of ${runs} runs per page)`);
  if (options.build !== false && !options.url) {
    execSync('npx vite build --logLevel error', { stdio: 'inherit' });
    execSync('npx vite build --mode demo --logLevel error', { stdio: 'inherit' });
  }
  const server = options.url ? { url: options.url.replace(/\/$/, ''), stop: async () => {} } : await startServer();
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  const load = [loadavg()[0]!];
  // Lighthouse's own measure of the host's speed in each run (higher is faster): simulated
  // TBT scales with it, so runs on a host whose speed swings are not comparable.
  const speed: number[] = [];
  const results: PageFigures[] = [];
  try {
    // One unmeasured visit, so the server's first answers (cold caches) count against nobody.
    await runOnce(`${server.url}/`, chrome.port);
    for (const path of options.pages ?? DEMO_PAGES) {
      const reports: Result[] = [];
      for (let run = 0; run < runs; run++) {
        const lhr = await runOnce(server.url + path, chrome.port);
        reports.push(lhr);
        load.push(loadavg()[0]!);
        speed.push(lhr.environment.benchmarkIndex);
        if (options.save) {
          mkdirSync(options.save, { recursive: true });
          writeFileSync(join(options.save, `${path.replace(/\W+/g, '_') || 'index'}-${run + 1}.json`), JSON.stringify(lhr));
        }
      }
      const f = figures(path, reports);
      results.push(f);
      const s = f.scores;
      say(
        `${path.padEnd(20)} perf ${String(s.performance).padStart(3)}  a11y ${String(s.accessibility).padStart(3)}  best ${String(s['best-practices']).padStart(3)}  seo ${String(s.seo).padStart(3)}  CLS ${f.cls.toFixed(3)}  TBT ${Math.round(f.tbtMs).toString().padStart(4)} ms  LCP ${Math.round(f.lcpMs).toString().padStart(5)} ms`,
      );
      if (options.details) {
        // The report whose performance score is the median one.
        const typical = [...reports].sort((a, b) => a.categories.performance!.score! - b.categories.performance!.score!)[reports.length >> 1]!;
        for (const line of details(typical)) say(`    ${line}`);
      }
      for (const c of CATEGORIES) if (s[c] < TARGETS.score) failures.push(`${path}: ${c} ${s[c]} (target ${TARGETS.score})`);
      if (!(f.cls < TARGETS.cls)) failures.push(`${path}: CLS ${f.cls.toFixed(3)} (target < ${TARGETS.cls})`);
      if (!(f.tbtMs < TARGETS.tbtMs)) failures.push(`${path}: TBT ${Math.round(f.tbtMs)} ms (target < ${TARGETS.tbtMs} ms)`);
    }
  } finally {
    chrome.kill();
    await server.stop();
  }
  say(`load average ${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)} on ${cpus().length} cores (scores under load are indicative)`);
  if (speed.length) say(`host speed (Lighthouse's benchmarkIndex, higher is faster) ${Math.min(...speed)}–${Math.max(...speed)}: a wide range means runs are not comparable`);
  return { lines, failures, results };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
  const { failures } = await runLighthouseBench({
    runs: Number(arg('runs') ?? 3),
    build: !process.argv.includes('--no-build'),
    details: process.argv.includes('--details'),
    save: arg('save'),
    url: arg('url'),
    pages: arg('pages')?.split(','),
  });
  if (failures.length) {
    console.log(`\nBelow target:\n${failures.map((f) => `   - ${f}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log('\nEvery demo page meets the targets.');
  }
}
