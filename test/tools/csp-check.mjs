/**
 * Renders the full panel on a page served with a strict Content-Security-Policy
 * (no 'unsafe-inline', no 'unsafe-eval', Trusted Types enforced), for the ES
 * module, the classic script and both on one page, in English and in German
 * (whose catalog is loaded on demand), and fails on any securitypolicyviolation
 * or page error:
 *   npm run build && node test/tools/csp-check.mjs
 */
import { launch } from './browser.mjs';
import { BUILDS, serve } from './server.mjs';

export const POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

/** Each build, and both on one page (a theme and a plugin each adding one): the second copy's Lit asks for its policy again. */
const CASES = { ...BUILDS, 'both builds on one page': Object.values(BUILDS).join('\n') };

function page(script) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Strict policy</title>
<link rel="stylesheet" href="/dist/research-snapshot.css">
<link rel="stylesheet" href="/page.css">
${script}
</head><body>
<h1>Story</h1>
<research-snapshot class="four" tickers="MSFT,AMZN,ARM,RIVN" endpoint="/api/snapshot" loading="eager"></research-snapshot>
<research-snapshot class="four" tickers="MSFT,AMZN,ARM,RIVN" endpoint="/api/snapshot" lang="de" loading="eager"></research-snapshot>
</body></html>`;
}

export async function checkCsp() {
  const pages = { '/page.css': { body: '.four { --research-snapshot-cards: 4 }', type: 'text/css' } };
  for (const [name, script] of Object.entries(CASES)) {
    pages[`/${encodeURIComponent(name)}`] = { body: page(script), headers: { 'Content-Security-Policy': POLICY } };
  }
  const server = await serve({ pages });
  const browser = await launch();
  const results = [];
  try {
    for (const name of Object.keys(CASES)) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const errors = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      await tab.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
        );
      });
      await tab.goto(`${server.origin}/${encodeURIComponent(name)}`);
      await tab.waitForFunction(
        () =>
          [...document.querySelectorAll('research-snapshot')].every(
            (el) => el.shadowRoot?.querySelectorAll('[part="card"][data-state="item"]').length === 4,
          ),
        null,
        { timeout: 10_000 },
      );
      await tab.waitForTimeout(300);
      const state = await tab.evaluate(() => ({
        violations: window.__violations,
        subheadings: [...document.querySelectorAll('research-snapshot')].map((el) =>
          el.shadowRoot.querySelector('[part="subheading"]').textContent.trim(),
        ),
        background: getComputedStyle(document.querySelector('research-snapshot').shadowRoot.querySelector('.panel')).backgroundColor,
      }));
      results.push({ build: name, violations: state.violations, errors, ...state });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await checkCsp();
  let failed = false;
  for (const result of results) {
    const styled = result.background === 'rgb(255, 255, 255)';
    const german = result.subheadings[1]?.includes('Börsendaten');
    const ok = !result.violations.length && !result.errors.length && styled && german;
    failed ||= !ok;
    console.log(
      `${result.build}: ${result.violations.length} policy violations, ${result.errors.length} page errors, styles ${styled ? 'applied' : 'MISSING'}, German catalog ${german ? 'loaded' : 'MISSING'}`,
    );
    for (const line of [...result.violations, ...result.errors]) console.log(`  ${line}`);
  }
  console.log(`Policy: ${POLICY}`);
  if (failed) process.exit(1);
}
