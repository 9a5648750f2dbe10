/**
 * Two builds from one config:
 *
 * - `vite build` (library) into `dist/lib/`: one entry per widget (`agenda.js`,
 *   `social-map.js`, `volunteer-signup.js`, `ride-request.js`) and `buurtkit.js` (every widget). The entries share one hashed
 *   `runtime-<hash>.js` chunk (Lit, @lit/task, core, the API client), which each entry
 *   imports by a relative URL, so a page with two widgets loads Lit once and a webmaster
 *   still writes one `<script type="module">` tag. Entries keep their names (short cache);
 *   the runtime's name changes with its content (long cache).
 * - `vite build --mode demo` / `vite` (dev): the demo site in `demo/` (a multi-page app) to
 *   `dist/demo/`. In dev the demo uses MSW unless `?mock=0`; built, it talks to the server
 *   that serves it unless `?mock=1`. `/v1` is proxied to the reference server in dev.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const here = import.meta.dirname;

/** The widget entries: file name in dist/lib → source. */
export const WIDGET_ENTRIES = {
  agenda: 'src/agenda/buurt-agenda.ts',
  'social-map': 'src/social-map/buurt-social-map.ts',
  'volunteer-signup': 'src/volunteer-signup/buurt-volunteer-signup.ts',
  'ride-request': 'src/ride-request/buurt-ride-request.ts',
} as const;

/**
 * Entries that are not widgets: the coordinator's pages of /beheer (`beheer.js`), loaded
 * only by the reference server's own page, so outside the widgets' budgets (bench/bundles.ts).
 */
export const PAGE_ENTRIES = {
  beheer: 'src/beheer/buurt-beheer.ts',
} as const;

/**
 * Writes `<file>.br` and `<file>.gz` beside every text file of a build, once, at the best
 * compression, so the server sends them as they are (serveStatic's `precompressed`) instead
 * of compressing on every request or sending a phone three times the bytes.
 */
function precompress(outDir: string): Plugin {
  const text = /\.(js|css|html|svg|json)$/;
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return {
    name: 'buurtkit-precompress',
    apply: 'build',
    closeBundle() {
      for (const file of walk(outDir).filter((f) => text.test(f))) {
        const body = readFileSync(file);
        if (body.length < 1024) continue; // not worth a round of decompressing
        writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

/** What every widget needs, in the shared runtime chunk (with what these modules import). */
const RUNTIME = /[\\/](node_modules|src[\\/]core|src[\\/]api|contract)[\\/]/;
/**
 * What only the form widgets need (the form foundation and the writes), in a chunk they
 * share: the read-only widgets do not pay for it. The runtime's group comes first (a group
 * takes its modules' dependencies along, and Lit belongs in the runtime), without these.
 */
const FORM = /[\\/]src[\\/](core[\\/]form[\\/](?!messages(\.en)?\.ts)|api[\\/]write\.ts)/;
/** The form texts go with the widgets' own texts (a form widget's first chunk), in no group. */
const FORM_TEXTS = /[\\/]src[\\/]core[\\/]form[\\/]messages(\.en)?\.ts/;

/** The demo pages that show one widget, and the widget (a WIDGET_ENTRIES name) each loads. */
const DEMO_PAGE_WIDGETS: Record<string, keyof typeof WIDGET_ENTRIES> = {
  'index.html': 'agenda',
  'sociale-kaart.html': 'social-map',
  'vrijwilligers.html': 'volunteer-signup',
  'vervoer.html': 'ride-request',
};

/**
 * The built demo loads its widget from /buurtkit/ as a village site does (demo/setup.ts).
 * That import only starts once the page's own script has run; a `modulepreload` per file
 * the widget's entry imports (read from the library build's manifest) lets the browser
 * fetch them all at once, while it parses the page.
 */
function demoPreloads(): Plugin {
  return {
    name: 'buurtkit-demo-preloads',
    apply: 'build',
    transformIndexHtml(_html, ctx) {
      const widget = DEMO_PAGE_WIDGETS[ctx.filename.split(/[\\/]/).pop()!];
      if (!widget) return [];
      type Chunk = { file: string; imports?: string[] };
      let manifest: Record<string, Chunk> = {};
      try {
        manifest = JSON.parse(readFileSync(resolve(here, 'dist/lib/.vite/manifest.json'), 'utf8'));
      } catch {
        // No library build yet: preload only the entry.
      }
      const files = new Set<string>();
      const visit = (key: string) => {
        const chunk = manifest[key];
        if (!chunk || files.has(chunk.file)) return;
        files.add(chunk.file);
        chunk.imports?.forEach(visit);
      };
      visit(WIDGET_ENTRIES[widget]);
      if (files.size === 0) files.add(`${widget}.js`);
      return [...files].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', href: `/buurtkit/${file}` }, injectTo: 'head' as const }));
    },
  };
}

export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve' || mode === 'demo') {
    return {
      root: resolve(here, 'demo'),
      publicDir: resolve(here, 'demo/public'),
      plugins: [demoPreloads(), precompress(resolve(here, 'dist/demo'))],
      server: { proxy: { '/v1': 'http://localhost:8080' } },
      build: {
        outDir: resolve(here, 'dist/demo'),
        emptyOutDir: true,
        target: 'es2022',
        rollupOptions: {
          input: {
            index: resolve(here, 'demo/index.html'),
            vervoer: resolve(here, 'demo/vervoer.html'),
            'sociale-kaart': resolve(here, 'demo/sociale-kaart.html'),
            vrijwilligers: resolve(here, 'demo/vrijwilligers.html'),
          },
        },
      },
    };
  }
  return {
    publicDir: false,
    // Lit's production guidance: minify the HTML and CSS inside template literals with a
    // maintained plugin (Lit's own), then minify the JavaScript with the standard minifier.
    // Whitespace is collapsed to one space, never removed: each template is minified on its
    // own, so the space at the edge of a fragment ("Nu open." + " " + "Vandaag open…") looks
    // removable there, and removing it ran words together in the built widgets.
    // The closing slash of SVG elements stays: an icon's `<circle/><path/>` without it puts
    // the path inside the circle, where it is not drawn (the magnifier lost its handle).
    plugins: [
      minifyHtmlLiterals({ failOnError: true, options: { minifyOptions: { conservativeCollapse: true, keepClosingSlash: true } } }),
      precompress(resolve(here, 'dist/lib')),
    ],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: resolve(here, 'dist/lib'),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      // dist/lib/.vite/manifest.json tells the bench (and a server) which chunks an entry loads.
      manifest: true,
      lib: {
        entry: {
          ...Object.fromEntries(Object.entries(WIDGET_ENTRIES).map(([name, src]) => [name, resolve(here, src)])),
          buurtkit: resolve(here, 'src/index.ts'),
          // After the widgets, so the chunks they share are laid out (and named) as without it.
          ...Object.fromEntries(Object.entries(PAGE_ENTRIES).map(([name, src]) => [name, resolve(here, src)])),
        },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: {
          chunkFileNames: '[name]-[hash].js',
          codeSplitting: {
            groups: [
              { name: 'runtime', test: (id: string) => RUNTIME.test(id) && !FORM.test(id) && !FORM_TEXTS.test(id), priority: 2 },
              { name: 'form', test: FORM, priority: 1 },
            ],
          },
          // Vite keeps whitespace in ES library output (for a later bundler); these files go
          // straight into a script tag, so minify them fully.
          minify: true,
          // Pure annotations only help a later bundler, and there is none.
          comments: false,
        },
      },
    },
  };
});
