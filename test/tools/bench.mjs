/**
 * npm run bench: builds, serves the built files and drives headless Chromium.
 * Prints one table and writes bench-results/bench.json. Times are compared as
 * ratios measured side by side in the same run; sizes are exact.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { build } from 'vite';
import { minify } from 'terser';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launch } from './browser.mjs';
import { measureLayoutShift } from './layout-shift.mjs';
import { moduleSizes } from './size-breakdown.mjs';
import { BUDGETS } from './size-check.mjs';
import { articlePage, root, serve } from './server.mjs';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const rows = [];
const add = (metric, value, target, pass) => rows.push({ metric, value, target, ok: pass === undefined ? '' : pass ? 'yes' : 'NO' });

const only = process.env.BENCH_ONLY; // e.g. BENCH_ONLY=render to run one section
const run = (name) => !only || only.split(',').includes(name);
execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });
// The floor (test/tools/bench-floor.ts): a minimal Lit element, built the same way.
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: `${root}bench-results/floor`,
    emptyOutDir: true,
    target: 'es2022',
    lib: { entry: `${root}test/tools/bench-floor.ts`, formats: ['es'], fileName: () => 'floor.js' },
  },
});
// With the same second pass of terser as the script-tag builds (vite.config.ts).
const floorFile = `${root}bench-results/floor/floor.js`;
writeFileSync(floorFile, (await minify(readFileSync(floorFile, 'utf8'), { ecma: 2020, module: true, compress: { passes: 2 } })).code);
const floorScript = readFileSync(floorFile);

// 1. Sizes
export function sizes() {
  return Object.fromEntries(
    ['research-snapshot.js', 'research-snapshot.iife.js'].map((file) => {
      const code = readFileSync(`${root}dist/${file}`);
      return [
        file,
        {
          min: code.length,
          gzip: gzipSync(code, { level: 9 }).length,
          brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        },
      ];
    }),
  );
}
const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const built = sizes();
// Loaded on demand, beside the script, only by pages that need them.
for (const file of ['discovery.js', 'movement.js', 'scheme.js']) {
  const size = brotli(readFileSync(`${root}dist/${file}`));
  add(`${file} (on demand), brotli (bytes)`, size, `≤ ${BUDGETS[file]} (CI)`, size <= BUDGETS[file]);
}
// The ES build's first-load target; the classic build has no target of its own.
const TARGET = { 'research-snapshot.js': 16 * 1024 };
for (const [file, size] of Object.entries(built)) {
  const target = TARGET[file] ?? BUDGETS[file];
  add(
    `${file} minified / gzip / brotli (bytes)`,
    `${size.min} / ${size.gzip} / ${size.brotli}`,
    `brotli ≤ ${target} (CI guard ${BUDGETS[file]})`,
    size.brotli <= target,
  );
}
const floorBrotli = brotli(floorScript);
add('floor: a minimal Lit element, Lit inlined, minified / brotli (bytes)', `${floorScript.length} / ${floorBrotli}`, '');
add(
  'ES build beyond the floor, brotli (bytes)',
  built['research-snapshot.js'].brotli - floorBrotli,
  `≤ ${TARGET['research-snapshot.js'] - floorBrotli} to meet 16 KB`,
  built['research-snapshot.js'].brotli <= TARGET['research-snapshot.js'],
);

// What the ES build is made of, by folder (see size-breakdown.mjs).
if (run('size')) {
  for (const { group, rendered, brotli: alone } of await moduleSizes()) {
    add(`ES build, ${group}: rendered / brotli alone (bytes)`, `${rendered} / ${alone}`, '');
  }
}

const browser = await launch();
try {
  // 2. Requests
  if (run('requests')) {
    const threeByFour = `<!doctype html><html lang="en"><head><script type="module" src="/dist/research-snapshot.js"></script></head><body>
      <research-snapshot tickers="MSFT AMZN GOOGL NVDA" endpoint="/api/snapshot"></research-snapshot>
      <research-snapshot tickers="NVDA TSLA MSFT META" endpoint="/api/snapshot"></research-snapshot>
      <research-snapshot tickers="AAPL AMZN META TSLA" endpoint="/api/snapshot"></research-snapshot></body></html>`;
    const belowFold = `<!doctype html><html lang="en"><head><script type="module" src="/dist/research-snapshot.js"></script></head><body>
      <div style="height: 5000px">Story</div><research-snapshot tickers="MSFT AMZN" endpoint="/api/snapshot"></research-snapshot></body></html>`;
    const server = await serve({ pages: { '/three': threeByFour, '/below': belowFold } });
    const page = await browser.newPage({ viewport: { width: 1280, height: 4000 } });
    await page.goto(`${server.origin}/three`);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('research-snapshot')].every((el) => el.shadowRoot?.querySelectorAll('[part="card"]').length === 4),
    );
    await page.waitForTimeout(300);
    const three = server.requests.filter((r) => r.startsWith('/api/snapshot')).length;
    add('requests: 3 elements × 4 overlapping tickers', three, '1', three === 1);
    server.requests.length = 0;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.origin}/below`);
    await page.waitForTimeout(1000);
    const below = server.requests.filter((r) => r.startsWith('/api/snapshot')).length;
    add('requests: element below the fold, before scrolling', below, '0', below === 0);
    await page.close();
    await server.close();
  }

  // 3. Render time, 200 tickers: the element vs a hand-written vanilla-DOM renderer of the same cards
  if (run('render')) {
    const server = await serve({
      pages: {
        '/render': `<!doctype html><html lang="en"><head>
      <script type="module" src="/dist/research-snapshot.js"></script>
      <script type="module" src="/test/tools/vanilla-cards.js"></script></head><body><div id="stage" style="width: 1200px"></div></body></html>`,
      },
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}/render`);
    await page.waitForFunction(() => customElements.get('research-snapshot') && window.vanillaCards);
    const result = await page.evaluate(async () => {
      const body = JSON.stringify({
        provider: 'AlphaDesk',
        items: Array.from({ length: 200 }, (_, i) => ({
          ticker: `T${i}`,
          name: `Company ${i} Holdings`,
          sector: 'Industrials',
          score: (i * 37) % 101,
          signals: { momentum: 'strong', value: 'weak', quality: 'moderate', ...(i % 3 ? { sentiment: 'poor' } : {}) },
          scoreCap: i % 3 ? undefined : 90,
          price: 10 + i,
          changePercent: ((i % 21) - 10) / 10,
          priceAsOf: '2026-04-27T20:30:00Z',
          url: `https://example.com/research/T${i}`,
        })),
      });
      const tickers = Array.from({ length: 200 }, (_, i) => `T${i}`).join(' ');
      const stage = document.getElementById('stage');
      const lit = async () => {
        const el = document.createElement('research-snapshot');
        el.setAttribute('tickers', tickers);
        el.setAttribute('loading', 'eager');
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = body;
        el.append(script);
        const start = performance.now();
        stage.append(el);
        await el.updateComplete;
        if (el.shadowRoot.querySelectorAll('[part="card"]').length !== 200) throw new Error('not all cards');
        void stage.offsetHeight;
        const time = performance.now() - start;
        el.remove();
        return time;
      };
      const vanilla = () => {
        const start = performance.now();
        const host = window.vanillaCards(stage, body);
        void stage.offsetHeight;
        const time = performance.now() - start;
        host.remove();
        return time;
      };
      await lit();
      vanilla();
      // Both must build the same cards: the same elements with the same attributes, card by card.
      const shape = (card) =>
        [card, ...card.querySelectorAll('*')].map((el) => `${el.localName}[${[...el.getAttributeNames()].sort()}]`).join(' ');
      const shapes = async () => {
        const el = document.createElement('research-snapshot');
        el.setAttribute('tickers', tickers);
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = body;
        el.append(script);
        stage.append(el);
        await el.updateComplete;
        const mine = [...el.shadowRoot.querySelectorAll('[part="card"]')].map(shape);
        el.remove();
        const host = window.vanillaCards(stage, body);
        const theirs = [...host.shadowRoot.querySelectorAll('[part="card"]')].map(shape);
        host.remove();
        return mine.length === theirs.length && mine.every((s, i) => s === theirs[i]) ? 'same' : `different: ${mine[0]} vs ${theirs[0]}`;
      };
      const same = await shapes();
      const times = { lit: [], vanilla: [], same };
      for (let i = 0; i < 25; i++) {
        if (i % 2) {
          times.lit.push(await lit());
          times.vanilla.push(vanilla());
        } else {
          times.vanilla.push(vanilla());
          times.lit.push(await lit());
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return times;
    });
    const lit = median(result.lit);
    const vanilla = median(result.vanilla);
    add('render 200 cards: element, median of 25 (ms)', round(lit, 1), '');
    add('render 200 cards: vanilla DOM, median of 25 (ms)', round(vanilla, 1), '');
    add('render 200 cards: element / vanilla', round(lit / vanilla), '≤ 1.5', lit / vanilla <= 1.5);
    add('render 200 cards: both build the same elements and attributes, card by card', result.same, 'same', result.same === 'same');
    await page.close();
    await server.close();
  }

  // 4. Main-thread cost with 4× CPU throttling: the article page with and without the element
  if (run('cpu')) {
    const withElement = articlePage({ script: '<script type="module" src="/dist/research-snapshot.js"></script>' });
    const without = articlePage({ script: '' }).replace(/<research-snapshot[^>]*><\/research-snapshot>/, '');
    const floorPage = articlePage({ script: '<script type="module" src="/floor.js"></script>' });
    const server = await serve({
      pages: {
        '/with': withElement,
        '/without': without,
        '/floor': floorPage,
        '/floor.js': { body: floorScript, type: 'text/javascript' },
      },
      delay: 100,
    });
    // The page is watched through bare CDP calls: Playwright's waitForFunction and
    // evaluate would inject their own scripts into the page and add long tasks of their own.
    const measure = async (path) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await cdp.send('Performance.enable');
      await cdp.send('Page.enable');
      await cdp.send('Page.addScriptToEvaluateOnNewDocument', {
        source: `window.__long = []; new PerformanceObserver((list) => window.__long.push(...list.getEntries().map((e) => [Math.round(e.startTime), Math.round(e.duration)]))).observe({ type: 'longtask', buffered: true });`,
      });
      const value = async (expression) => (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })).result.value;
      const loaded = new Promise((resolve) => cdp.once('Page.loadEventFired', resolve));
      await cdp.send('Page.navigate', { url: `${server.origin}${path}` });
      await loaded;
      const deadline = Date.now() + 15_000;
      if (path !== '/without') {
        while (!(await value(`!!document.querySelector('research-snapshot')?.shadowRoot?.querySelector('[part="card"]')`))) {
          if (Date.now() > deadline) throw new Error('The panel did not render its cards.');
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const { metrics } = await cdp.send('Performance.getMetrics');
      const script = metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
      const long = await value('window.__long');
      await page.close();
      return { script, long, total: long.reduce((sum, [, duration]) => sum + duration, 0) };
    };
    // The engine's floor: the first Intl.NumberFormat of a fresh page builds ICU's
    // locale tables in one piece, whoever calls it.
    const intlFloor = async () => {
      const page = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      await page.goto(`${server.origin}/without`);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: `(() => { const start = performance.now(); new Intl.NumberFormat('en-US').format(1); return performance.now() - start; })()`,
        returnByValue: true,
      });
      await page.close();
      return result.value;
    };
    const runs = { with: [], without: [], floor: [], intl: [] };
    for (let i = 0; i < 5; i++) {
      runs.with.push(await measure('/with'));
      runs.without.push(await measure('/without'));
      runs.floor.push(await measure('/floor'));
      runs.intl.push(await intlFloor());
    }
    const longWith = median(runs.with.map((r) => r.total));
    const longWithout = median(runs.without.map((r) => r.total));
    const added = median(runs.with.map((r, i) => Math.max(0, r.total - runs.without[i].total)));
    const longest = median(runs.with.map((r) => Math.max(0, ...r.long.map(([, duration]) => duration))));
    const scriptWith = median(runs.with.map((r) => r.script));
    const scriptWithout = median(runs.without.map((r) => r.script));
    if (process.env.BENCH_VERBOSE) for (const r of runs.with) console.log('long tasks [start, ms]:', JSON.stringify(r.long));
    add('4× CPU: long tasks (> 50 ms) on the page with the element (ms, median of 5)', round(longWith, 0), '');
    add('4× CPU: long tasks on the same page without it (ms)', round(longWithout, 0), '');
    add('4× CPU: long-task time the element adds (with − without, ms)', round(added, 0), '0', added === 0);
    add('4× CPU: longest task on the page with the element (ms)', round(longest, 0), '');
    add('4× CPU: long tasks on the page with the floor element instead (ms)', round(median(runs.floor.map((r) => r.total)), 0), '');
    add(
      '4× CPU: longest task on the page with the floor element (ms)',
      round(median(runs.floor.map((r) => Math.max(0, ...r.long.map(([, duration]) => duration)))), 0),
      '',
    );
    const floorTotal = median(runs.floor.map((r) => r.total));
    add(
      "4× CPU: long-task time the element adds, against the floor element's, same run",
      floorTotal ? `${round(added, 0)} / ${round(floorTotal, 0)} = ${round(added / floorTotal)}×` : `${round(added, 0)} / 0`,
      '≤ 1.5×',
      floorTotal > 0 && added / floorTotal <= 1.5,
    );
    // Where the main thread goes, from a DevTools trace of one load of each page (4× CPU): by kind of work.
    // Top-level trace events by kind of work (a callback run from an idle callback is counted in both).
    const KINDS = {
      'v8.evaluateModule': 'script evaluation (module top level)',
      EvaluateScript: 'script evaluation (module top level)',
      'v8.compile': 'script compilation',
      'v8.compileModule': 'script compilation',
      FireIdleCallback: 'formatter set-up (idle callbacks)',
      FunctionCall: 'render and cards (tasks, timers, observers)',
      TimerFire: 'render and cards (tasks, timers, observers)',
      FireAnimationFrame: 'render and cards (tasks, timers, observers)',
      UpdateLayoutTree: 'style',
      Layout: 'layout',
      Paint: 'paint',
      ParseHTML: 'HTML parsing',
    };
    const trace = async (path) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const events = [];
      cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
      await page.goto(`${server.origin}${path}`);
      await new Promise((resolve) => setTimeout(resolve, 2500));
      await cdp.send('Tracing.end');
      await done;
      await page.close();
      const main = events.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames?.[0]?.processId;
      if (process.env.BENCH_VERBOSE) {
        const names = {};
        for (const e of events) if (e.ph === 'X' && e.dur) names[e.name] = (names[e.name] ?? 0) + e.dur / 1000;
        console.log(
          path,
          Object.entries(names)
            .sort((x, y) => y[1] - x[1])
            .slice(0, 15),
        );
      }
      const totals = {};
      for (const e of events) {
        const kind = KINDS[e.name];
        if (!kind || e.ph !== 'X' || (main && e.pid !== main)) continue;
        totals[kind] = (totals[kind] ?? 0) + (e.dur ?? 0) / 1000;
      }
      return totals;
    };
    const [traced, tracedFloor] = [await trace('/with'), await trace('/floor')];
    for (const kind of new Set(Object.values(KINDS))) {
      add(
        `4× CPU trace: ${kind}, with the element / with the floor element (ms)`,
        `${round(traced[kind] ?? 0, 0)} / ${round(tracedFloor[kind] ?? 0, 0)}`,
        '',
      );
    }
    add("4× CPU: the engine's first Intl.NumberFormat on a fresh page (ms)", round(median(runs.intl), 0), '');
    add('4× CPU: scripting time with / without the element (ms)', `${round(scriptWith, 0)} / ${round(scriptWithout, 0)}`, '');
    await server.close();
  }

  // 5. Layout shift
  for (const row of run('cls') ? await measureLayoutShift({ widths: [360, 768, 1280] }) : []) {
    // The article page is held to 0; the harder pages (hostile typography, 24 px root font, late web font) are reported against 0.01.
    if (row.reserve)
      add(
        `CLS, ${row.build}, ${row.page}, ${row.width} px, 800 ms endpoint`,
        row.cls,
        row.page === 'article' ? '0' : '< 0.01',
        row.page === 'article' ? row.cls === 0 : row.cls < 0.01,
      );
  }

  // 6. Heap and live instances after 1,000 connect/disconnect cycles
  if (run('heap')) {
    const server = await serve({
      pages: {
        '/cycles': `<!doctype html><html lang="en"><head><script type="module" src="/dist/research-snapshot.js"></script></head><body><div id="host"></div></body></html>`,
      },
      delay: 20,
    });
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${server.origin}/cycles`);
    await page.waitForFunction(() => customElements.get('research-snapshot'));
    const heap = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const cycle = (n) =>
      page.evaluate(async (count) => {
        window.__refs ??= [];
        const host = document.getElementById('host');
        for (let i = 0; i < count; i++) {
          const el = document.createElement('research-snapshot');
          el.setAttribute('tickers', `MSFT AMZN T${i % 9}`);
          el.setAttribute('endpoint', '/api/snapshot');
          el.setAttribute('refresh', '30');
          host.append(el);
          if (i % 2) await el.updateComplete;
          el.remove();
          window.__refs.push(new WeakRef(el));
        }
      }, n);
    await cycle(50); // warm up: code, caches and formatters
    await page.waitForTimeout(300);
    const batch = async () => {
      await page.evaluate(() => (window.__refs = []));
      await cycle(1000);
      await page.waitForTimeout(500);
      await page.evaluate(() => new Promise(requestAnimationFrame));
      await heap();
      const alive = await page.evaluate(() => window.__refs.filter((ref) => ref.deref()).length);
      // The weak references are the measurement's own; drop them before weighing the heap.
      await page.evaluate(() => (window.__refs = []));
      return { alive, heap: await heap() };
    };
    const start = await heap();
    const first = await batch();
    const second = await batch();
    add(
      'heap after 1,000 connect/disconnect cycles, forced GC, vs before (KB)',
      round((first.heap - start) / 1024, 1),
      'one-time caches only',
    );
    add(
      'heap after 1,000 more cycles vs after the first 1,000 (KB)',
      round((second.heap - first.heap) / 1024, 1),
      '≈ 0 (no growth)',
      Math.abs(second.heap - first.heap) < 32 * 1024,
    );
    add('element instances alive after each 1,000', `${first.alive} / ${second.alive}`, '0', first.alive + second.alive === 0);
    await page.close();
    await server.close();
  }
} finally {
  await browser.close();
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`;
console.log(`research-snapshot benchmark, ${new Date().toISOString().slice(0, 10)}, ${machine}`);
console.table(rows);
mkdirSync(`${root}bench-results`, { recursive: true });
writeFileSync(`${root}bench-results/bench.json`, JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2));
console.log('written to bench-results/bench.json');
