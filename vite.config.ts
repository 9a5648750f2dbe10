/**
 * Two builds from one config:
 *
 * - `vite build` (library): `dist/lib/buurtkit.js` (every widget) and `dist/lib/agenda.js`
 *   (the agenda only), each ONE self-contained ES module with Lit bundled in, because a
 *   webmaster with a script tag has no bundler and may copy a single file.
 * - `vite build --mode demo` / `vite` (dev): the demo site in `demo/` (a multi-page app) to
 *   `dist/demo/`. In dev the demo uses MSW unless `?mock=0`; built, it talks to the server
 *   that serves it unless `?mock=1`. `/v1` is proxied to the reference server in dev.
 */
import { resolve } from 'node:path';
import { build, defineConfig, type InlineConfig, type Plugin, type UserConfig } from 'vite';

const here = import.meta.dirname;
const LIB_OUT = resolve(here, 'dist/lib');

/**
 * Minifies the static CSS in Lit's css`…` literals of our own sources (comments and
 * whitespace), which no JS minifier touches. Literals with `${}` are left alone.
 */
function minifyCssLiterals(): Plugin {
  return {
    name: 'buurtkit-minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !/\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/\bcss`([^`$]*)`/g, (_all, body: string) => {
        const min = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${min}\``;
      });
      // Only whitespace inside CSS strings changes; mappings of the code around stay close.
      return { code: out, map: null };
    },
  };
}

/** Library settings for one entry, written as `<name>.js`. */
function libraryBuild(name: string, entry: string, emptyOutDir: boolean): UserConfig {
  return {
    publicDir: false,
    plugins: [minifyCssLiterals()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: LIB_OUT,
      emptyOutDir,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib: { entry: resolve(here, entry), formats: ['es'], fileName: () => `${name}.js` },
      // Vite keeps whitespace in ES library output (for tree-shaking by a later bundler);
      // these files go straight into a script tag, so minify them fully.
      rolldownOptions: { output: { minify: true } },
    },
  };
}

/** Builds the per-widget entries after the main bundle, each as its own single file. */
function perWidgetEntries(entries: Record<string, string>): Plugin {
  return {
    name: 'buurtkit-per-widget-entries',
    apply: 'build',
    async closeBundle() {
      for (const [name, entry] of Object.entries(entries)) {
        const config: InlineConfig = { configFile: false, logLevel: 'warn', ...libraryBuild(name, entry, false) };
        await build(config);
      }
    },
  };
}

export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve' || mode === 'demo') {
    return {
      root: resolve(here, 'demo'),
      publicDir: resolve(here, 'demo/public'),
      server: { proxy: { '/v1': 'http://localhost:8080' } },
      build: {
        outDir: resolve(here, 'dist/demo'),
        emptyOutDir: true,
        target: 'es2022',
        rollupOptions: {
          input: {
            index: resolve(here, 'demo/index.html'),
            vervoer: resolve(here, 'demo/vervoer.html'),
          },
        },
      },
    };
  }
  return {
    ...libraryBuild('buurtkit', 'src/index.ts', true),
    plugins: [minifyCssLiterals(), perWidgetEntries({ agenda: 'src/agenda/buurt-agenda.ts' })],
  };
});
