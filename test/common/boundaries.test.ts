// The house rule of the layout (docs/decisions/0006-common-logic.md): browser code (src/)
// and server code (server/) never import each other; both may import contract/ and
// common/; common/ imports only itself and contract/, no package and no Node module.
// (That common/ uses no DOM or Node globals is checked by `tsc -p common/tsconfig.json`.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

function sources(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|js)$/.test(f))
    .map((f) => join(folder, f));
}

/** Every module specifier of a file: static imports and re-exports, and dynamic import(). */
export function specifiers(code: string): string[] {
  const stripped = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = [...stripped.matchAll(/\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  found.push(...[...stripped.matchAll(/\bimport\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!));
  found.push(...[...stripped.matchAll(/\bimport\s*\(\s*['"`]([^'"`]+)['"`]/g)].map((m) => m[1]!));
  return found;
}

/** Where an import lands, as a top-level folder of the project ('src', 'server', …), or the bare name. */
function target(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  return relative(root, resolve(root, dirname(file), specifier)).split(/[\\/]/)[0]!;
}

function violations(folder: string, allowed: (to: string, specifier: string) => boolean): string[] {
  return sources(folder).flatMap((file) =>
    specifiers(readFileSync(join(root, file), 'utf8'))
      .filter((s) => !allowed(target(file, s), s))
      .map((s) => `${file} imports ${s}`),
  );
}

test('the scanner sees every kind of import', () => {
  const code = `import a from './a.ts';\nimport type { B } from "../b.ts";\nexport { c } from './c.ts';\nimport './d.ts';\nconst e = await import('./e.ts');\n// import x from './not-me.ts';`;
  assert.deepEqual(specifiers(code).sort(), ['../b.ts', './a.ts', './c.ts', './d.ts', './e.ts']);
});

test('src/ never imports server/', () => {
  assert.deepEqual(violations('src', (to) => to !== 'server'), []);
});

test('server/ never imports src/', () => {
  assert.deepEqual(violations('server', (to) => to !== 'src'), []);
});

test('common/ imports only common/ and contract/: no package, no Node module', () => {
  assert.ok(sources('common').length > 0);
  assert.deepEqual(violations('common', (to, s) => s.startsWith('.') && (to === 'common' || to === 'contract')), []);
});
