/**
 * Packs the package (npm pack) and installs the tarball into the two
 * throwaway consumers kept in test/consumers/, in a temporary directory:
 * a React 19 + Vite app (type-checked and built) and a plain HTML page with
 * the classic script. Both are then opened in headless Chromium.
 *   npm run build && node test/tools/consumers-check.mjs
 */
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { launch } from './browser.mjs';
import { root } from './server.mjs';

const run = (command, cwd) => execSync(command, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const work = mkdtempSync(join(tmpdir(), 'research-snapshot-consumers-'));
const tarball = join(work, run(`npm pack --silent --pack-destination ${work}`, root).trim().split('\n').pop());
console.log(`packed ${tarball}`);
const listing = run(`tar -tzf ${tarball}`, work);
for (const required of [
  'package/dist/research-snapshot.js',
  'package/dist/research-snapshot.iife.js',
  'package/dist/index.js',
  'package/dist/element.js',
  'package/dist/types/index.d.ts',
  'package/dist/types/react.d.ts',
  'package/dist/locales/de.js',
  'package/dist/research-snapshot.css',
  'package/custom-elements.json',
]) {
  if (!listing.includes(required)) throw new Error(`the package lacks ${required}`);
}

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.json': 'application/json' };
function serve(directory) {
  const server = createServer((request, response) => {
    const path = normalize(join(directory, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    try {
      const file = path.endsWith('/') ? join(path, 'index.html') : path;
      const body = readFileSync(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })),
  );
}

async function check(name, directory, expected) {
  const server = await serve(directory);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(
      (tickers) =>
        document.querySelector('research-snapshot')?.shadowRoot?.querySelectorAll('[part="card"][data-state="item"]').length ===
        tickers.length,
      expected.tickers,
      { timeout: 15_000 },
    );
    const seen = await page.waitForFunction((id) => document.getElementById(id)?.textContent, expected.eventsIn, { timeout: 5000 });
    const text = await page.evaluate(() => document.querySelector('research-snapshot').shadowRoot.textContent);
    if (errors.length) throw new Error(`${name}: page errors: ${errors.join('; ')}`);
    if (!text.includes(expected.word)) throw new Error(`${name}: expected "${expected.word}" in the panel`);
    console.log(`${name}: ${expected.tickers.length} cards rendered, events seen for ${await seen.jsonValue()}, "${expected.word}" shown`);
  } finally {
    await browser.close();
    server.close();
  }
}

// React 19 + Vite, from JSX, listening to the element's events.
const react = join(work, 'react');
cpSync(join(root, 'test/consumers/react'), react, { recursive: true });
run('npm install --no-audit --no-fund --loglevel=error', react);
run(`npm install --no-audit --no-fund --loglevel=error ${tarball}`, react);
run('npx tsc --noEmit', react);
run('npx vite build --logLevel warn', react);
await check('React 19 + Vite app', join(react, 'dist'), { tickers: ['MSFT', 'AMZN'], eventsIn: 'loaded', word: 'as of' });

// A plain page with the classic script, in German, finding its tickers in the story.
const page = join(work, 'html');
cpSync(join(root, 'test/consumers/html'), page, { recursive: true });
run(`npm install --no-audit --no-fund --loglevel=error ${tarball}`, page);
await check('Plain HTML page, classic script', page, { tickers: ['MSFT', 'AMZN'], eventsIn: 'events', word: 'Stand:' });
console.log('Both consumers work from the packed tarball.');
