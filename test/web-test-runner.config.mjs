import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from './tools/browser.mjs';
import { catalogsDefine } from './tools/catalogs.mjs';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const worker = readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');

/** A browser from the system (Debian's packages), or wherever the variable points. */
function find(variable, candidates, install) {
  const found = [process.env[variable], ...candidates].find((path) => path && existsSync(path));
  if (!found) throw new Error(`Not found: install it (${install}) or set ${variable}.`);
  return found;
}
const firefoxPath = () => find('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox'], 'apt-get install firefox-esr');

/** BROWSERS=chromium (or firefox) runs one engine; the default is both. */
const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',');
const firefox = () => chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true } });

export default {
  rootDir: root,
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
      define: catalogsDefine(),
    }),
  ],
  middleware: [
    // Language catalogs are loaded by URL (src/locales/<id>.js): serve the TypeScript source.
    function localeSources(context, next) {
      const match = /^\/src\/locales\/([\w-]+)\.js$/.exec(context.path);
      if (match && !existsSync(`${root}src/locales/${match[1]}.js`)) context.url = context.url.replace(/\.js(\?|$)/, '.ts$1');
      return next();
    },
    // System fonts (Debian's fonts-liberation) served as web fonts, for the late-font tests.
    // ?delay=ms holds one back, as a slow font host would.
    async function fonts(context, next) {
      const match = /^\/test-fonts\/(Liberation[\w-]+\.ttf)$/.exec(context.path);
      if (!match) return next();
      await new Promise((resolve) => setTimeout(resolve, Number(context.query.delay) || 0));
      context.type = 'font/ttf';
      context.set('Cache-Control', 'no-store');
      context.body = readFileSync(`/usr/share/fonts/truetype/liberation/${match[1]}`);
      return undefined;
    },
    // msw's service worker, served at the root so it may control every test page.
    function mockServiceWorker(context, next) {
      if (context.path === '/mockServiceWorker.js') {
        context.type = 'application/javascript';
        context.set('Service-Worker-Allowed', '/');
        context.body = worker;
        return undefined;
      }
      return next();
    },
  ],
  browsers: [
    wanted.includes('chromium') &&
      chromeLauncher({
        launchOptions: {
          executablePath: chromiumPath(),
          headless: true,
          // Lets the lifecycle test force garbage collection (window.gc).
          args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
        },
      }),
    wanted.includes('firefox') && firefox(),
  ].filter(Boolean),
  // Two engines on two cores: one file at a time each keeps timings honest.
  concurrency: 1,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
};
