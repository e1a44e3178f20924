import { createHash } from 'node:crypto';
import { brotliCompressSync, constants } from 'node:zlib';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { catalogIds, catalogsDefine } from './test/tools/catalogs.mjs';
import { msw } from 'msw/vite';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { minify } from 'terser';
import { reserveCss } from './src/layout.js';

const root = import.meta.dirname;

/** Lit's html`` and css`` literals keep their source whitespace unless minified here. */
const literals = { ...minifyLiterals({ failOnError: true }), enforce: 'pre' as const };

/**
 * - `vite` (npm run demo): dev server on the demo pages, endpoint mocked by msw.
 * - `vite build --mode <output>`, one per output, run by scripts/build.mjs (npm run build)
 *   into a dist/ it empties first: `cdn` (the two script-tag files and the stylesheet;
 *   also plain `vite build`), `locales` (catalogs, discovery.js and movement.js), `npm` (entries for
 *   bundlers), `server` (renderSnapshot). No build empties dist/, so none depends on another.
 * - `vite build --mode demo` (npm run build:demo): the demo pages as static files in demo-dist/.
 * Any other mode is refused, so that a typo never builds (or wipes) something else.
 */
const BUILD_MODES = ['cdn', 'production', 'locales', 'npm', 'server', 'demo'];
/**
 * `virtual:research-snapshot-sri`: Subresource Integrity hashes of the built
 * files, for the configurator's snippets.
 */
const sriHashes: Plugin = {
  name: 'research-snapshot-sri',
  resolveId: (id) => (id === 'virtual:research-snapshot-sri' ? '\0research-snapshot-sri' : undefined),
  load(id) {
    if (id !== '\0research-snapshot-sri') return undefined;
    const integrity: Record<string, string> = {};
    for (const file of ['research-snapshot.js', 'research-snapshot.iife.js']) {
      const path = resolve(root, 'dist', file);
      if (existsSync(path)) integrity[file] = `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
    }
    return `export const integrity = ${JSON.stringify(integrity)};`;
  },
};

const brotli = (code: string) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * A second minifier pass, by terser, over the script-tag builds and the
 * modules beside them (catalogs, discovery.js, movement.js, scheme.js) that rolldown
 * has minified: it folds what the first pass leaves (about 1 % of the brotli
 * size), and is kept where the file comes out smaller. Source maps follow the
 * new code.
 */
const secondPass: Plugin = {
  name: 'terser-second-pass',
  async generateBundle(options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk') continue;
      // The map is an asset of its own, or written from the chunk's.
      const asset = bundle[`${file.fileName}.map`];
      const before = (asset?.type === 'asset' ? JSON.parse(String(asset.source)) : file.map && JSON.parse(JSON.stringify(file.map))) as
        { file?: string; sources: string[]; ignoreList?: number[] } | undefined;
      const { code, map } = await minify(file.code, {
        ecma: 2020,
        module: options.format === 'es',
        compress: { passes: 2 },
        sourceMap: before ? { content: JSON.stringify(before), includeSources: true } : false,
      });
      // Kept where it makes the file smaller on the wire (brotli), which is not every catalog.
      if (brotli(code!) >= brotli(file.code)) continue;
      file.code = code!;
      if (!before || typeof map !== 'string') continue;
      // The new map keeps the old one's file name, and its list of sources to step over (Lit's).
      const ignored = new Set((before.ignoreList ?? []).map((i) => before.sources[i]));
      const after = JSON.parse(map) as { file?: string; sources: string[]; ignoreList?: number[] };
      after.file = before.file ?? file.fileName;
      after.ignoreList = after.sources.flatMap((source, i) => (ignored.has(source) ? [i] : []));
      if (asset?.type === 'asset') asset.source = JSON.stringify(after);
      else if (file.map) Object.assign(file.map, after);
    }
  },
};

/** The modules beside the script that only some pages load: ticker discovery, how the score moved, the page's colour scheme. */
const ON_DEMAND = ['discovery', 'movement', 'scheme'];
/** The language catalogs: small self-contained modules, loaded on demand from `locales/` beside the script. */
const LOCALES = catalogIds();
/** Every build and the dev server write the list of catalogs into the source. */
const catalogs = catalogsDefine();

/** In development, catalogs are asked for as `src/locales/<id>.js`: serve the TypeScript source. */
const localeSources: Plugin = {
  name: 'locale-sources',
  configureServer(server) {
    server.middlewares.use((request, _response, next) => {
      const match = /^(.*\/src\/locales\/[\w-]+)\.js(\?.*)?$/.exec(request.url ?? '');
      if (match && !existsSync(resolve(root, `src/locales/${match[1].split('/').pop()}.js`))) {
        request.url = `${match[1]}.ts${match[2] ?? ''}`;
      }
      next();
    });
  },
};

export default defineConfig(({ command, mode }) => {
  if (command === 'build' && !BUILD_MODES.includes(mode)) {
    throw new Error(
      `vite.config.ts: unknown build mode "${mode}"; use one of ${BUILD_MODES.filter((m) => m !== 'production').join(', ')}.`,
    );
  }
  if (command === 'build' && mode === 'npm') {
    // For bundlers: Lit stays a dependency, and the class has a side-effect-free entry.
    return {
      plugins: [literals],
      // Code loaded on demand (ticker discovery) is a chunk the app's bundler handles.
      define: { ...catalogs, 'import.meta.env.CDN': 'false' },
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: false,
        lib: {
          // react.js holds only types (JSX for React 19); the module exists so that a runtime import of it works.
          entry: { index: resolve(root, 'src/index.ts'), element: resolve(root, 'src/element.ts'), react: resolve(root, 'src/react.ts') },
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        rolldownOptions: {
          external: [/^lit($|\/)/, /^@lit\//],
          // Chunks sit beside the entries, so that locales/ is beside them too.
          output: { chunkFileNames: '[name]-[hash].js' },
        },
      },
    };
  }
  if (command === 'build' && mode === 'server') {
    // Node: renderSnapshot() with @lit-labs/ssr (and lit) left to the server's node_modules.
    return {
      plugins: [literals],
      // Servers never discover tickers (the story is the browser's): no chunk for it.
      define: { ...catalogs, 'import.meta.env.CDN': 'true' },
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'node20',
        minify: false,
        ssr: resolve(root, 'src/server.ts'),
        rolldownOptions: { output: { entryFileNames: 'server.js' } },
      },
    };
  }
  if (command === 'build' && mode === 'locales') {
    return {
      plugins: [literals, secondPass],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        lib: {
          // With the catalogs, the other modules the script-tag builds load from beside themselves.
          entry: {
            ...Object.fromEntries(LOCALES.map((id) => [id, resolve(root, `src/locales/${id}.ts`)])),
            discovery: resolve(root, 'src/data/discovery.ts'),
            movement: resolve(root, 'src/templates/movement.ts'),
            scheme: resolve(root, 'src/controllers/scheme-follower.ts'),
          } as Record<string, string>,
          formats: ['es'],
          fileName: (_format, name) => (ON_DEMAND.includes(name) ? `${name}.js` : `locales/${name}.js`),
        },
        rolldownOptions: { output: { minify: true } },
      },
    };
  }
  if (command === 'build' && (mode === 'cdn' || mode === 'production')) {
    return {
      plugins: [
        literals,
        secondPass,
        {
          // The stylesheet that reserves the panel's space before the script runs.
          name: 'reserve-css',
          generateBundle(options) {
            if (options.format === 'es') {
              this.emitFile({ type: 'asset', fileName: 'research-snapshot.css', source: reserveCss() });
            }
          },
        },
      ],
      // The script-tag builds load on-demand code (ticker discovery) from beside themselves.
      define: { ...catalogs, 'import.meta.env.CDN': 'true' },
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        // Maps for local debugging, without a sourceMappingURL comment: they are not published, so CDN users get no 404s.
        sourcemap: 'hidden',
        lib: {
          entry: resolve(root, 'src/index.ts'),
          name: 'ResearchSnapshot',
          formats: ['es', 'iife'],
          fileName: (format) => (format === 'es' ? 'research-snapshot.js' : 'research-snapshot.iife.js'),
        },
        rolldownOptions: {
          output: { minify: true },
          // The classic build reads its URL from document.currentScript instead (src/locales/load.ts).
          onLog(level, log, handler) {
            if (log.code !== 'EMPTY_IMPORT_META') handler(level, log);
          },
        },
      },
    };
  }
  return {
    root: resolve(root, 'demo'),
    base: './',
    define: catalogs,
    plugins: [
      msw(),
      localeSources,
      sriHashes,
      {
        // What a publisher puts in <head>: the pre-upgrade stylesheet (dist/research-snapshot.css).
        name: 'reserve-css',
        transformIndexHtml: () => [{ tag: 'style', children: reserveCss(), injectTo: 'head-prepend' }],
      },
    ],
    optimizeDeps: { include: ['msw/browser'] },
    server: { port: 5173 },
    build: {
      outDir: resolve(root, 'demo-dist'),
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: {
        // Every page of demo/.
        input: Object.fromEntries(
          readdirSync(resolve(root, 'demo'))
            .filter((file) => file.endsWith('.html'))
            .map((file) => [file.replace(/\.html$/, ''), resolve(root, 'demo', file)]),
        ),
      },
    },
  };
});
