import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { msw } from 'msw/vite';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

const root = import.meta.dirname;

/**
 * - `vite` (npm run demo): dev server on the demo pages, endpoint mocked by msw.
 * - `vite build` (npm run build): the two publishable files in dist/.
 * - `vite build --mode demo` (npm run build:demo): the demo pages as static files in demo-dist/.
 */
export default defineConfig(({ command, mode }) => {
  if (command === 'build' && mode !== 'demo') {
    return {
      // Lit's html`` and css`` literals keep their source whitespace unless minified here.
      plugins: [{ ...minifyLiterals({ failOnError: true }), enforce: 'pre' as const }],
      build: {
        outDir: 'dist',
        emptyOutDir: true,
        target: 'es2022',
        sourcemap: true,
        lib: {
          entry: resolve(root, 'src/index.ts'),
          name: 'ResearchSnapshot',
          formats: ['es', 'iife'],
          fileName: (format) => (format === 'es' ? 'research-snapshot.js' : 'research-snapshot.iife.js'),
        },
        rolldownOptions: {
          output: { minify: true },
        },
      },
    };
  }
  return {
    root: resolve(root, 'demo'),
    base: './',
    plugins: [msw()],
    optimizeDeps: { include: ['msw/browser'] },
    server: { port: 5173 },
    build: {
      outDir: resolve(root, 'demo-dist'),
      emptyOutDir: true,
      target: 'es2022',
    },
  };
});
