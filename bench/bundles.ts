// Bundle weight of the widgets (min+gzip, Node's zlib at level 9), checked against the
// budgets of docs/decisions/0007-widget-pattern.md:
//   the shared runtime plus any one widget ≤ 20 KB, each further widget ≤ 8 KB,
//   all four widgets together ≤ 40 KB.
// The budgets are checked on what a widget loads before its first render (its static
// imports). Parts it loads later with `import()` (the English texts, the verwijskaart) are
// printed beside it, so the weight of the whole widget stays in view.
// Pages that are not widgets (the coordinator's /beheer, vite.config.ts PAGE_ENTRIES) are
// printed apart, outside the budgets: only the server's own page loads them.
// Run alone with `npx tsx bench/bundles.ts` (it builds first), or as part of `npm run bench`.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PAGE_ENTRIES } from '../vite.config.ts';

const KB = 1024;
export const BUDGETS = { runtimePlusOne: 20 * KB, furtherWidget: 8 * KB, fourWidgets: 40 * KB };
/** The widgets the design plans; the "all four" budget is checked on those that exist. */
const PLANNED_WIDGETS = 4;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** Every file an entry loads: its static imports, recursively, and with `lazy` its `import()`s too. */
function closure(manifest: Record<string, ManifestChunk>, key: string, lazy: boolean, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  const c = manifest[key]!;
  for (const next of [...(c.imports ?? []), ...(lazy ? (c.dynamicImports ?? []) : [])]) closure(manifest, next, lazy, seen);
  return seen;
}

export async function runBundleBench(opts: { build?: boolean; dir?: string } = {}): Promise<{ lines: string[]; failures: string[] }> {
  const dir = opts.dir ?? 'dist/lib';
  if (opts.build !== false) execSync('npx vite build --logLevel error', { stdio: 'inherit' });
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const gz = new Map<string, number>();
  const raw = new Map<string, number>();
  for (const chunk of Object.values(manifest)) {
    const bytes = readFileSync(join(dir, chunk.file));
    raw.set(chunk.file, bytes.length);
    gz.set(chunk.file, gzipSync(bytes, { level: 9 }).length);
  }
  const size = (keys: Iterable<string>) => [...keys].reduce((n, k) => n + gz.get(manifest[k]!.file)!, 0);

  // A widget entry is every entry except the all-in-one bundle (src/index.ts) and the pages.
  const pages = new Set<string>(Object.values(PAGE_ENTRIES));
  const widgets = Object.entries(manifest).filter(([k, c]) => c.isEntry && k !== 'src/index.ts' && !pages.has(k));
  const closures = new Map(widgets.map(([k]) => [k, closure(manifest, k, false)]));
  // The runtime: what every widget entry loads.
  const shared = [...closures.values()].reduce((a, b) => new Set([...a].filter((k) => b.has(k))));
  const runtime = size(shared);
  const lines: string[] = [];
  const failures: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) failures.push(what);
    return ok ? 'ok' : 'OVER';
  };

  lines.push('file                          min       min+gzip');
  for (const [file, bytes] of [...raw].sort()) lines.push(`${file.padEnd(26)} ${kb(bytes).padStart(9)} ${kb(gz.get(file)!).padStart(10)}`);
  lines.push(`runtime (${[...shared].map((k) => manifest[k]!.file).join(', ')}): ${kb(runtime)}`);
  let all = runtime;
  for (const [key, chunk] of widgets) {
    const own = size([...closures.get(key)!].filter((k) => !shared.has(k)));
    const later = [...closure(manifest, key, true)].filter((k) => !closures.get(key)!.has(k));
    all += own;
    const one = runtime + own;
    lines.push(
      `${chunk.file.padEnd(14)} own ${kb(own).padStart(8)} (≤ ${kb(BUDGETS.furtherWidget)} as a further widget: ${check(own <= BUDGETS.furtherWidget, `${chunk.file} adds ${kb(own)}, budget ${kb(BUDGETS.furtherWidget)}`)})` +
        `   runtime + it ${kb(one).padStart(8)} (≤ ${kb(BUDGETS.runtimePlusOne)}: ${check(one <= BUDGETS.runtimePlusOne, `runtime + ${chunk.file} is ${kb(one)}, budget ${kb(BUDGETS.runtimePlusOne)}`)}, headroom ${kb(BUDGETS.runtimePlusOne - one)} = ${BUDGETS.runtimePlusOne - one} B)`,
    );
    if (later.length) {
      lines.push(`${''.padEnd(14)} loads later: ${later.map((k) => `${manifest[k]!.file} ${kb(size([k]))}`).join(', ')} (own with these ${kb(own + size(later))})`);
    }
  }
  lines.push(
    `all ${widgets.length} of ${PLANNED_WIDGETS} widgets together: ${kb(all)} (≤ ${kb(BUDGETS.fourWidgets)} for four: ${check(all <= BUDGETS.fourWidgets, `all widgets are ${kb(all)}, budget ${kb(BUDGETS.fourWidgets)}`)}, ` +
      `${kb(BUDGETS.fourWidgets - all)} left for the other ${PLANNED_WIDGETS - widgets.length})`,
  );
  for (const [key, chunk] of Object.entries(manifest).filter(([k, c]) => c.isEntry && pages.has(k))) {
    const first = closure(manifest, key, false);
    const own = size([...first].filter((k) => !shared.has(k)));
    const later = [...closure(manifest, key, true)].filter((k) => !first.has(k));
    lines.push(
      `${chunk.file.padEnd(14)} a page, outside the budgets: own ${kb(own)}, with the runtime ${kb(size(first))}` +
        (later.length ? `, loads later: ${later.map((k) => `${manifest[k]!.file} ${kb(size([k]))}`).join(', ')}` : ''),
    );
  }
  return { lines, failures };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log('## Bundle weight, min+gzip (gzip -9), from dist/lib/.vite/manifest.json');
  const { lines, failures } = await runBundleBench();
  for (const line of lines) console.log(`   ${line}`);
  if (failures.length) {
    console.log(`\nOver budget:\n${failures.map((f) => `   - ${f}`).join('\n')}`);
    process.exitCode = 1;
  }
}
