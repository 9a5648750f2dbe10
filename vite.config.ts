/**
 * Two builds from one config:
 *
 * - `vite build` (library): `dist/lib/buurtkit.js` (every widget), `dist/lib/agenda.js` and
 *   `dist/lib/social-map.js` (one widget each), each ONE self-contained ES module with Lit
 *   bundled in, because a webmaster with a script tag has no bundler and may copy a single file.
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

/**
 * Collapses the indentation inside Lit's html`…` and svg`…` templates of our own sources
 * (a line break plus the spaces after it become one space, which HTML renders the same).
 * The scanner skips `${…}` expressions, strings and nested templates; if it gets lost it
 * leaves the file as it was.
 */
export function collapseTemplateWhitespace(code: string): string {
  let out = '';
  let i = 0;
  const skipString = (q: string) => {
    const start = i++;
    while (i < code.length && code[i] !== q) i += code[i] === '\\' ? 2 : 1;
    i++;
    return code.slice(start, i);
  };
  // Copies a template literal starting at the backtick; `collapse` for html/svg templates.
  const template = (collapse: boolean): string => {
    let text = code[i++]!;
    let part = '';
    const flush = () => {
      text += collapse ? part.replace(/\n\s*/g, ' ') : part;
      part = '';
    };
    while (i < code.length) {
      const c = code[i]!;
      if (c === '\\') {
        part += code.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        flush();
        return text + code[i++];
      } else if (c === '$' && code[i + 1] === '{') {
        flush();
        text += '${';
        i += 2;
        text += expression();
      } else {
        part += c;
        i++;
      }
    }
    throw new Error('unterminated template');
  };
  // Copies a `${…}` expression up to and including its closing brace.
  const expression = (): string => {
    let text = '';
    let depth = 0;
    while (i < code.length) {
      const c = code[i]!;
      if (c === '}' && depth === 0) return text + code[i++];
      if (c === '{') depth++;
      if (c === '}') depth--;
      if (c === "'" || c === '"') text += skipString(c);
      else if (c === '`') text += template(/\b(html|svg)$/.test(text));
      else text += code[i++];
    }
    throw new Error('unterminated expression');
  };
  try {
    while (i < code.length) {
      const c = code[i]!;
      if (c === '/' && code[i + 1] === '/') {
        const end = code.indexOf('\n', i);
        out += code.slice(i, end < 0 ? code.length : end);
        i = end < 0 ? code.length : end;
      } else if (c === '/' && code[i + 1] === '*') {
        const end = code.indexOf('*/', i + 2) + 2;
        out += code.slice(i, end);
        i = end;
      } else if (c === "'" || c === '"') out += skipString(c);
      else if (c === '`') out += template(/\b(html|svg)$/.test(out));
      else out += code[i++];
    }
    return out;
  } catch {
    return code;
  }
}

function collapseHtmlLiterals(): Plugin {
  return {
    name: 'buurtkit-collapse-html-literals',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !/\.ts$/.test(id) || !/\b(html|svg)`/.test(code)) return null;
      const out = collapseTemplateWhitespace(code);
      try {
        this.parse(out); // still valid JavaScript, or keep the original
      } catch {
        return null;
      }
      return { code: out, map: null };
    },
  };
}

/** Library settings for one entry, written as `<name>.js`. */
function libraryBuild(name: string, entry: string, emptyOutDir: boolean): UserConfig {
  return {
    publicDir: false,
    plugins: [minifyCssLiterals(), collapseHtmlLiterals()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: LIB_OUT,
      emptyOutDir,
      target: 'es2022',
      // Terser with a few passes squeezes about 1.5% more out than the default minifier:
      // it matters against a 20 KB budget per widget.
      minify: 'terser',
      terserOptions: {
        module: true,
        ecma: 2020,
        compress: { passes: 5, booleans_as_integers: true, pure_getters: true, unsafe: true, unsafe_arrows: true, unsafe_methods: true, unsafe_comps: true },
        // Reactive *state* (never an attribute) of our elements: a private underscore name is
        // safe to shorten. Public properties and attributes keep their names.
        mangle: { properties: { regex: /^_(sel|card|copyStatus|copyText|showAll|announcement|q)$/ } },
      },
      sourcemap: true,
      lib: { entry: resolve(here, entry), formats: ['es'], fileName: () => `${name}.js` },
      // Vite keeps whitespace in ES library output (for tree-shaking by a later bundler);
      // these files go straight into a script tag, so minify them fully first.
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
            'sociale-kaart': resolve(here, 'demo/sociale-kaart.html'),
          },
        },
      },
    };
  }
  return {
    ...libraryBuild('buurtkit', 'src/index.ts', true),
    plugins: [
      minifyCssLiterals(),
      collapseHtmlLiterals(),
      perWidgetEntries({
        agenda: 'src/agenda/buurt-agenda.ts',
        'social-map': 'src/social-map/buurt-social-map.ts',
      }),
    ],
  };
});
