/**
 * The built panel on publishers' pages and with readers' settings, in
 * Chromium (playwright-core): its size in a float, a flex sidebar, an
 * inline-block and an auto grid column; a web font served 1.5 s late; hostile
 * body typography; the reader's default font size (DevTools'
 * Page.setFontSizes); a failed panel in view and out of view, with its layout
 * shift; and print (page.pdf(), a lazy panel below the fold included).
 * Every text is checked whole with the same detector as the unit tests
 * (test/support/clipping.ts).
 *
 *   npm run build && node test/tools/page-checks.mjs
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { launch } from './browser.mjs';
import { BUILDS, root, serve } from './server.mjs';

const detector =
  (await transform(readFileSync(`${root}test/support/clipping.ts`, 'utf8'), { loader: 'ts', format: 'iife', globalName: 'clipping' }))
    .code + ';window.clipping = clipping;';

const script = BUILDS['ES module'];
const story = (n) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Paragraph ${i + 1} of the story, long enough to wrap over a few lines of the article column on any screen.</p>`,
  ).join('');
const page = (
  body,
  head = '',
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/dist/research-snapshot.css">${head}
<style>body{margin:0;font:18px/1.6 Georgia,serif}main{max-width:1240px;margin:0 auto;padding:16px}</style>${script}</head><body><main>${body}</main></body></html>`;
const panel = (tickers, attributes = '', style = '') =>
  `<research-snapshot tickers="${tickers}" endpoint="/api/snapshot" style="--research-snapshot-cards: ${tickers.split(',').length}; ${style}" ${attributes}></research-snapshot>`;

const pages = {
  '/float': page(`${panel('MSFT,AMZN', '', 'float: right; max-width: 320px; margin: 0 0 1em 1em')}<h1>Float</h1>${story(12)}`),
  '/flex': page(`<div style="display: flex; gap: 24px; align-items: flex-start"><div>${story(10)}</div>${panel('MSFT,AMZN')}</div>`),
  '/inline-block': page(`<p>Before</p>${panel('MSFT', '', 'display: inline-block; vertical-align: top')}${story(3)}`),
  '/grid': page(
    `<div style="display: grid; grid-template-columns: 1fr auto; gap: 24px"><div>${story(10)}</div>${panel('MSFT,AMZN')}</div>`,
  ),
  '/narrow-flex': page(`<div style="display: flex; width: 240px">${panel('MSFT,AMZN')}</div>`),
  '/late-font': page(
    `<h1>A late web font</h1>${panel('MSFT,AMZN,ARM,RIVN,AAPL,NVDA,GOOGL,META')}${story(3)}`,
    '<style>@font-face{font-family:Late;src:url(/fonts/late.ttf) format("truetype");font-display:swap}html body{font-family:Late,"Liberation Sans Narrow",serif}</style>',
  ),
  '/hostile': page(
    `<h1>Hostile typography</h1>${panel('MSFT,AMZN,ARM,RIVN')}${story(3)}`,
    '<style>html body{text-transform:uppercase;text-align:justify;letter-spacing:.1em;word-spacing:.3em;font-style:italic;font-weight:700;white-space:pre-line;text-indent:2em}</style>',
  ),
  '/underlined': page(`<h1>Underlined</h1>${panel('MSFT')}`, '<style>html body{text-decoration:underline overline}</style>'),
  '/not-underlined': page(`<h1>Underlined</h1>${panel('MSFT')}`),
  '/reader-font': page(`<h1>The reader's text size</h1>${panel('MSFT,AMZN,ARM,RIVN')}${story(3)}`, '<style>html{font-size:62.5%}</style>'),
  '/failed-in-view': page(
    `<h1>Failed, in view</h1>${panel('MSFT,AMZN,ARM,RIVN', 'loading="eager"').replace('/api/snapshot', '/api/fail')}${story(30)}`,
  ),
  '/failed-below': page(
    `<h1>Failed, below the fold</h1>${story(30)}${panel('MSFT,AMZN,ARM,RIVN', 'loading="eager"').replace('/api/snapshot', '/api/fail')}${story(30)}`,
  ),
  '/print': page(`<h1>Print</h1>${panel('MSFT')}${story(40)}${panel('AMZN,RIVN', 'theme="dark"')}`),
};

const server = await serve({ pages, delay: 300, fontDelay: 1500 });
const browser = await launch();
const failures = [];
const rows = [];
const check = (name, ok, figure) => {
  rows.push({ check: name, result: ok ? 'ok' : 'FAILED', figure });
  if (!ok) failures.push(`${name}: ${figure}`);
};

async function open(path, { width = 1280, height = 900, scale = 1, setup } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale });
  const tab = await context.newPage();
  tab.on('pageerror', (error) => failures.push(`${path}: ${error.message}`));
  await tab.addInitScript(detector);
  await tab.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  if (setup) await setup(tab);
  await tab.goto(`${server.origin}${path}`);
  return { context, tab };
}
const loaded = (tab, count = 1) =>
  tab.waitForFunction(
    (n) =>
      [...document.querySelectorAll('research-snapshot')]
        .slice(0, n)
        .every((el) => el.shadowRoot?.querySelector('.panel[aria-busy="false"]')),
    count,
    { timeout: 10_000 },
  );
const clipped = (tab) =>
  tab.evaluate(() =>
    [...document.querySelectorAll('research-snapshot')]
      .flatMap((el) => window.clipping.findClipped(el))
      .map((p) => `${p.part} ${p.ticker ?? ''}: ${p.problem}`),
  );
const frames = (tab) => tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

try {
  // Sizing in shrink-to-fit boxes.
  for (const [path, expected] of [
    ['/float', 320],
    ['/flex', 320],
    ['/inline-block', 320],
    ['/grid', 320],
    ['/narrow-flex', 240],
  ]) {
    const { context, tab } = await open(path);
    await loaded(tab);
    const { width, sideways, cards } = await tab.evaluate(() => {
      const el = document.querySelector('research-snapshot');
      return {
        width: el.getBoundingClientRect().width,
        sideways: document.documentElement.scrollWidth - innerWidth,
        cards: [...el.shadowRoot.querySelectorAll('[part="card"]')].map((c) => c.getBoundingClientRect().width),
      };
    });
    const problems = await clipped(tab);
    check(`${path}: panel width`, Math.abs(width - expected) < 1, `${width} px (expected ${expected})`);
    check(
      `${path}: no sideways scroll, cards not slivers`,
      sideways <= 0 && cards.every((w) => w >= Math.min(expected, 280) - 40),
      `overflow ${sideways} px, cards ${cards.map(Math.round).join(', ')} px`,
    );
    check(`${path}: nothing clipped`, !problems.length, problems.join('; ') || 'none');
    await context.close();
  }

  // A web font served 1.5 s late: More is shown exactly on the texts it cuts, before and after.
  {
    const { context, tab } = await open('/late-font');
    await loaded(tab);
    await frames(tab);
    const agree = () =>
      tab.evaluate(() => {
        const el = document.querySelector('research-snapshot');
        return [...el.shadowRoot.querySelectorAll('[part="card"]')].filter((card) => {
          const text = card.querySelector('[part="explanation"]');
          const more = card.querySelector('[part="more"]');
          if (!text) return false;
          const line = parseFloat(getComputedStyle(text).lineHeight);
          const cut = text.scrollHeight > 4 * line + 1;
          const shown = !!more && getComputedStyle(more).display !== 'none';
          return cut !== shown;
        }).length;
      });
    const before = await agree();
    await tab.waitForFunction(() => document.fonts.check('16px Late') && document.fonts.status === 'loaded', null, { timeout: 10_000 });
    await frames(tab);
    await tab.waitForTimeout(200);
    const after = await agree();
    const problems = await clipped(tab);
    check(
      '/late-font: More exactly where text is cut, before and after the font',
      before === 0 && after === 0,
      `${before} card(s) wrong before, ${after} after`,
    );
    check('/late-font: nothing clipped', !problems.length, problems.join('; ') || 'none');
    await context.close();
  }

  // Hostile body typography stays out, and nothing is cut.
  for (const width of [360, 1280]) {
    const { context, tab } = await open('/hostile', { width });
    await loaded(tab);
    const leaked = await tab.evaluate(() => {
      const text = document.querySelector('research-snapshot').shadowRoot.querySelector('[part="explanation"]');
      const s = getComputedStyle(text);
      return [
        s.textTransform !== 'none' && 'text-transform',
        s.textAlign === 'justify' && 'text-align',
        s.letterSpacing !== 'normal' && s.letterSpacing !== '0px' && 'letter-spacing',
        s.fontStyle !== 'normal' && 'font-style',
        s.textIndent !== '0px' && 'text-indent',
      ].filter(Boolean);
    });
    const problems = await clipped(tab);
    check(`/hostile at ${width}px: the page's typography stays out`, !leaked.length, leaked.join(', ') || 'none leaked');
    check(`/hostile at ${width}px: nothing clipped`, !problems.length, problems.join('; ') || 'none');
    await context.close();
  }

  // A page's text-decoration does not reach the panel: the panel is drawn the same, pixel for pixel, with and without it.
  {
    const shots = [];
    for (const path of ['/underlined', '/not-underlined']) {
      const { context, tab } = await open(path, { width: 600 });
      await loaded(tab);
      await frames(tab);
      await tab.waitForTimeout(300);
      // The heading and the footer: text that nothing else changes once the panel has loaded.
      shots.push(Buffer.concat([await tab.locator('[part="heading"]').screenshot(), await tab.locator('[part="footer"]').screenshot()]));
      await context.close();
    }
    check(
      'body { text-decoration } stays out of the panel',
      shots[0].equals(shots[1]),
      shots[0].equals(shots[1]) ? 'same pixels' : 'the panel is drawn differently',
    );
  }

  // 400 % zoom of a 1280 × 900 window: a 320 × 225 CSS-pixel viewport at four device pixels each.
  {
    const { context, tab } = await open('/hostile', { width: 320, height: 225, scale: 4 });
    await loaded(tab);
    const sideways = await tab.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    const problems = await clipped(tab);
    check(
      '400 % zoom: no sideways scroll, nothing clipped',
      sideways <= 0 && !problems.length,
      `overflow ${sideways} px; ${problems.join('; ') || 'nothing clipped'}`,
    );
    await context.close();
  }

  // The reader's default font size (a browser setting), on a page with html { font-size: 62.5% }.
  for (const size of [16, 24]) {
    const { context, tab } = await open('/reader-font', {
      width: 768,
      setup: async (t) => {
        const cdp = await t.context().newCDPSession(t);
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: size } });
      },
    });
    await loaded(tab);
    const { font, columns } = await tab.evaluate(() => {
      const el = document.querySelector('research-snapshot');
      const tops = new Set([...el.shadowRoot.querySelectorAll('[part="card"]')].map((c) => Math.round(c.getBoundingClientRect().top)));
      return { font: getComputedStyle(el).fontSize, columns: 4 / tops.size };
    });
    const problems = await clipped(tab);
    check(`/reader-font: the reader's ${size}px default`, font === `${size}px`, `panel text ${font}, ${columns} column(s) at 768 px`);
    check(`/reader-font ${size}px: nothing clipped`, !problems.length, problems.join('; ') || 'none');
    await context.close();
  }

  // A failed panel: in view it keeps its size (no shift); below the fold it shrinks at once (no shift either).
  for (const [path, shrinks] of [
    ['/failed-in-view', false],
    ['/failed-below', true],
  ]) {
    const { context, tab } = await open(path, { width: 360 });
    await tab.waitForFunction(() => document.querySelector('research-snapshot')?.shadowRoot?.querySelector('[part="retry"]'), null, {
      timeout: 10_000,
    });
    await tab.waitForTimeout(400);
    const { height, shift } = await tab.evaluate(() => ({
      height: document.querySelector('research-snapshot').getBoundingClientRect().height,
      shift: window.__shift,
    }));
    check(
      `${path}: ${shrinks ? 'shrinks out of view' : 'keeps its size in view'}`,
      shrinks ? height < 400 : height > 1000,
      `${Math.round(height)} px tall`,
    );
    check(`${path}: layout shift`, shift < 0.001, `CLS ${shift.toFixed(4)}`);
    if (!shrinks) {
      await tab.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await tab
        .waitForFunction(() => document.querySelector('research-snapshot').getBoundingClientRect().height < 400, null, { timeout: 5000 })
        .catch(() => {});
      const after = await tab.evaluate(() => ({
        height: document.querySelector('research-snapshot').getBoundingClientRect().height,
        shift: window.__shift,
      }));
      check(
        `${path}: shrinks once scrolled out of view, without a shift`,
        after.height < 400 && after.shift < 0.001,
        `${Math.round(after.height)} px, CLS ${after.shift.toFixed(4)}`,
      );
    }
    await context.close();
  }

  // Print: the lazy panel below the fold loads at beforeprint; the PDF carries both panels' data.
  {
    const { context, tab } = await open('/print', { width: 1024 });
    await loaded(tab);
    const lazyBefore = await tab.evaluate(() =>
      document.querySelectorAll('research-snapshot')[1].shadowRoot.querySelector('.panel').getAttribute('aria-busy'),
    );
    const dir = mkdtempSync(join(tmpdir(), 'print-'));
    await tab.pdf({ path: join(dir, 'first.pdf') }); // fires beforeprint
    await loaded(tab, 2);
    await tab.pdf({ path: join(dir, 'print.pdf') });
    let text = '';
    try {
      text = execFileSync('pdftotext', [join(dir, 'print.pdf'), '-'], { encoding: 'utf8' });
    } catch {
      failures.push('pdftotext is missing: apt-get install poppler-utils');
    }
    const has = ['Microsoft Corporation', 'Amazon.com, Inc.', 'Rivian Automotive, Inc.', '423.62'].filter((s) => !text.includes(s));
    check('/print: the lazy panel was waiting before print', lazyBefore === 'true', `aria-busy=${lazyBefore}`);
    check("/print: the PDF holds both panels' data", !has.length, has.length ? `missing ${has.join(', ')}` : 'all there');
    check('/print: no controls on paper', !/\bMore\b|Try again/.test(text), /\bMore\b/.test(text) ? 'More printed' : 'none');
    mkdirSync(`${root}bench-results`, { recursive: true });
    writeFileSync(`${root}bench-results/print.txt`, text);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log('Page checks (Chromium)');
console.table(rows);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exitCode = 1;
}
