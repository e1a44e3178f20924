/**
 * Cumulative layout shift caused by <research-snapshot> on an article page,
 * with an endpoint that answers after 800 ms and scripts held back 300 ms
 * (so the element upgrades after first paint, as on a real page).
 * For the ES module and the classic script, at 360, 768 and 1280 px, with the
 * pre-upgrade stylesheet, and without it for comparison; then, with the
 * stylesheet, on harder pages: hostile body typography, a 24 px root font, a
 * web font that arrives 1.5 s late, explanations long enough to be cut, the
 * companies found in the story (tickers="auto"), and an Arabic panel.
 *
 *   npm run build && node test/tools/layout-shift.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { launch } from './browser.mjs';
import { BUILDS, articlePage, root, serve } from './server.mjs';

/** Pages a publisher's site might be: each adds to the article page's <head>. */
export const HARD_PAGES = {
  'hostile typography':
    '<style>html body{text-transform:uppercase;text-align:justify;letter-spacing:.1em;word-spacing:.3em;font-style:italic;font-weight:700;white-space:pre-line;text-indent:2em}</style>',
  '24px root font': '<style>html{font-size:24px}html body{font-size:1rem}</style>',
  // The publisher's web font reaches the panel 1.5 s late (the article keeps a system font, so any shift is the panel's).
  'late web font':
    '<style>@font-face{font-family:Late;src:url(/fonts/late.ttf) format("truetype");font-display:swap}research-snapshot{--research-snapshot-font-family:Late,Georgia,serif}</style>',
};

export async function measureLayoutShift({ widths = [360, 768, 1280], delay = 800, scriptDelay = 300 } = {}) {
  const pages = {};
  for (const [name, script] of Object.entries(BUILDS)) {
    pages[`/${encodeURIComponent(name)}/reserved`] = articlePage({ script });
    pages[`/${encodeURIComponent(name)}/bare`] = articlePage({ script, reserve: false });
    for (const [page, head] of Object.entries(HARD_PAGES))
      pages[`/${encodeURIComponent(name)}/${encodeURIComponent(page)}`] = articlePage({ script, head });
    // Explanations long enough to be cut: More appears once the text is measured, and must move nothing.
    pages[`/${encodeURIComponent(name)}/${encodeURIComponent('long explanations')}`] = articlePage({
      script,
      endpoint: '/api/snapshot?explain=long',
    });
    // The companies found in the story, with discovery.js loaded on demand: the reserved card stays a card while it loads.
    pages[`/${encodeURIComponent(name)}/${encodeURIComponent('tickers="auto"')}`] = articlePage({
      script,
      tickers: 'auto',
      before: '<p>Shares of $MSFT rose after the deal was announced.</p>',
    });
    // An Arabic panel without dir: right to left from the first paint, while its catalog loads.
    pages[`/${encodeURIComponent(name)}/${encodeURIComponent('Arabic, no dir')}`] = articlePage({ script, attributes: 'lang="ar"' });
  }
  const server = await serve({ pages, delay, scriptDelay });
  const browser = await launch();
  const rows = [];
  try {
    for (const name of Object.keys(BUILDS)) {
      for (const variant of ['reserved', 'bare', ...Object.keys(HARD_PAGES), 'long explanations', 'tickers="auto"', 'Arabic, no dir']) {
        const reserve = variant !== 'bare';
        for (const width of widths) {
          const context = await browser.newContext({ viewport: { width, height: 900 } });
          const page = await context.newPage();
          await page.addInitScript(() => {
            window.__shift = 0;
            window.__shifts = [];
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) {
                if (entry.hadRecentInput) continue;
                window.__shift += entry.value;
                window.__shifts.push(entry.value);
              }
            }).observe({ type: 'layout-shift', buffered: true });
          });
          await page.goto(`${server.origin}/${encodeURIComponent(name)}/${encodeURIComponent(variant)}`);
          await page.waitForFunction(() => document.querySelector('research-snapshot')?.shadowRoot?.querySelector('[part="card"]'), null, {
            timeout: 10_000,
          });
          // The late font arrives 1.5 s after it is asked for: wait for it, and for what it re-wraps.
          if (variant === 'late web font')
            await page.waitForFunction(() => document.fonts.status === 'loaded' && document.fonts.check('16px Late'), null, {
              timeout: 10_000,
            });
          await page.waitForTimeout(500);
          const shift = await page.evaluate(() => window.__shift);
          rows.push({
            build: name,
            page: variant === 'reserved' || variant === 'bare' ? 'article' : variant,
            reserve,
            width,
            cls: Math.round(shift * 10000) / 10000,
          });
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureLayoutShift();
  console.log('Cumulative layout shift (target < 0.01; endpoint 800 ms, scripts held back 300 ms)');
  console.table(
    rows.map((r) => ({ build: r.build, page: r.page, 'pre-upgrade CSS': r.reserve ? 'yes' : 'no', width: r.width, CLS: r.cls })),
  );
  mkdirSync(`${root}bench-results`, { recursive: true });
  writeFileSync(`${root}bench-results/layout-shift.json`, JSON.stringify(rows, null, 2));
  const failed = rows.filter((r) => r.reserve && r.cls >= 0.01);
  if (failed.length) {
    console.error(`Layout shift at or above 0.01 with the pre-upgrade stylesheet: ${JSON.stringify(failed)}`);
    process.exitCode = 1;
  }
}
