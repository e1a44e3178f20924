import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

const TYPES = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.json': 'application/json',
  '.map': 'application/json',
};

const COMPANIES = {
  MSFT: {
    name: 'Microsoft Corporation',
    sector: 'Technology',
    score: 65,
    signals: { momentum: 'moderate', value: 'moderate', quality: 'strong', sentiment: 'weak' },
    price: 423.62,
    changePercent: -0.24,
    priceAsOf: '2026-04-27T20:30:00Z',
    url: 'https://example.com/research/MSFT',
  },
  AMZN: {
    name: 'Amazon.com, Inc.',
    sector: 'Consumer Discretionary',
    score: 54,
    signals: { momentum: 'strong', value: 'poor', quality: 'strong', sentiment: 'weak' },
    price: 263.07,
    changePercent: -0.35,
    priceAsOf: '2026-04-27T20:30:00Z',
    url: 'https://example.com/research/AMZN',
  },
  ARM: { name: 'Arm Holdings plc', score: 45, signals: { momentum: 'strong', value: 'poor', quality: 'poor', sentiment: 'weak' } },
  RIVN: {
    name: 'Rivian Automotive, Inc.',
    sector: 'Consumer Cyclical',
    score: 47,
    signals: { momentum: 'moderate', value: 'poor', quality: 'moderate' },
    scoreCap: 90,
  },
};

/** A made-up company for any other ticker, so pages can ask for as many as they like. */
function company(ticker) {
  if (COMPANIES[ticker]) return { ticker, ...COMPANIES[ticker] };
  const n = [...ticker].reduce((a, c) => a + c.charCodeAt(0), 0);
  return {
    ticker,
    name: `${ticker} Holdings`,
    sector: 'Industrials',
    score: n % 101,
    signals: { momentum: 'strong', value: 'weak', quality: 'moderate', sentiment: 'poor' },
    price: 10 + (n % 500),
    changePercent: ((n % 21) - 10) / 10,
    priceAsOf: '2026-04-27T20:30:00Z',
  };
}

/**
 * Serves the repository's files (dist/ above all), pages given by `pages`
 * (a body, or { body, type, headers }), and
 * a snapshot endpoint at /api/snapshot that answers after `delay` ms.
 * `scriptDelay` holds back the built scripts, as a slow CDN would.
 */
/** A system font (Debian's fonts-liberation, which Chromium depends on), served late as a web font; wider than the serif it replaces. */
export const LATE_FONT = '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf';

export function serve({ pages = {}, delay = 0, scriptDelay = 0, fontDelay = 1500, port = 0 } = {}) {
  const requests = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    requests.push(url.pathname + url.search);
    try {
      if (url.pathname === '/api/fail') {
        await new Promise((resolve) => setTimeout(resolve, delay));
        response.writeHead(503, { 'Access-Control-Allow-Origin': '*' });
        response.end();
        return;
      }
      if (url.pathname === '/fonts/late.ttf') {
        const font = await readFile(LATE_FONT);
        await new Promise((resolve) => setTimeout(resolve, fontDelay));
        response.writeHead(200, { 'Content-Type': 'font/ttf', 'Cache-Control': 'no-store' });
        response.end(font);
        return;
      }
      if (url.pathname === '/api/snapshot') {
        const tickers = (url.searchParams.get('tickers') ?? '').split(',').filter(Boolean);
        await new Promise((resolve) => setTimeout(resolve, delay));
        response.writeHead(200, {
          'Content-Type': 'application/json',
          'Cache-Control': 'public, max-age=60',
          'Access-Control-Allow-Origin': '*',
        });
        // ?explain=long: each company has a 300-character explanation of its own (cut, with More, at every width).
        const long = url.searchParams.get('explain') === 'long';
        const items = tickers
          .map(company)
          .map((item) =>
            long
              ? { ...item, explanation: `${item.name} `.padEnd(300, 'is explained at length by the provider, line after line, ') }
              : item,
          );
        response.end(JSON.stringify({ provider: 'AlphaDesk', items }));
        return;
      }
      const page = pages[url.pathname];
      if (page !== undefined) {
        const { body, type = 'text/html; charset=utf-8', headers = {} } = typeof page === 'string' ? { body: page } : page;
        response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
        response.end(body);
        return;
      }
      const path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(root)) throw new Error('outside');
      const body = await readFile(path);
      if (scriptDelay && url.pathname.startsWith('/dist/') && url.pathname.endsWith('.js')) {
        await new Promise((resolve) => setTimeout(resolve, scriptDelay));
      }
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ origin: `http://127.0.0.1:${actual}`, requests, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

/** An article page around the panel: text above and below, so any shift shows. */
export function articlePage({
  script,
  reserve = true,
  tickers = 'MSFT,AMZN,ARM,RIVN',
  attributes = '',
  head = '',
  endpoint = '/api/snapshot',
  before = '',
  panel = true,
}) {
  const count = tickers.split(',').length;
  const paragraphs = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the story. Readers keep their place while the panel loads: nothing below it may move when its data arrives.</p>`,
  ).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Layout shift check</title>
${reserve ? '<link rel="stylesheet" href="/dist/research-snapshot.css">' : ''}
${head}
<style>body{margin:0;font:18px/1.6 Georgia,serif}main{max-width:1240px;margin:0 auto;padding:16px}</style>
${script}
</head><body><main>
<h1>Microsoft and Amazon rewrite their cloud capacity pact</h1>
<p>The two rivals will swap spare computing capacity across regions for the first time.</p>
${before}
${panel ? `<research-snapshot tickers="${tickers}" endpoint="${endpoint}" style="--research-snapshot-cards: ${count}" ${attributes}></research-snapshot>` : ''}
${paragraphs}
</main></body></html>`;
}

export const BUILDS = {
  'ES module': '<script type="module" src="/dist/research-snapshot.js"></script>',
  'classic script': '<script src="/dist/research-snapshot.iife.js" defer></script>',
};
