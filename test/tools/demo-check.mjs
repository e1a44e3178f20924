/**
 * Opens every demo page on the dev server (what `npm run demo` serves) in
 * headless Chromium and checks that each panel renders, in its language, with
 * no page error: node test/tools/demo-check.mjs
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { createServer, preview } from 'vite';
import { launch } from './browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const server = await createServer({ configFile: `${root}vite.config.ts`, server: { port: 5199, strictPort: true }, logLevel: 'warn' });
await server.listen();
const browser = await launch();
const problems = [];
try {
  // Every page of demo/, the article first.
  const names = readdirSync(`${root}demo`)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replace(/\.html$/, ''))
    .sort((a, b) => (a === 'index' ? -1 : b === 'index' ? 1 : a.localeCompare(b)));
  for (const name of names) {
    // Tall enough that every panel is near the viewport (they load lazily).
    const context = await browser.newContext({ viewport: { width: 1280, height: 10000 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`${name}: ${error.message}`));
    await page.goto(`http://localhost:5199/${name}.html`);
    // Panels further down than the viewport reaches (the languages page has 26) load as they come near it.
    await page.evaluate(async () => {
      for (const el of document.querySelectorAll('research-snapshot')) {
        el.scrollIntoView();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    const panels = await page.waitForFunction(
      () => {
        const all = [...document.querySelectorAll('research-snapshot')];
        const done = all.filter((el) => el.shadowRoot?.querySelector('.panel[aria-busy="false"]'));
        // The loading-state demo never finishes, by design.
        return (
          all.length &&
          done.length >= all.filter((el) => el.getAttribute('endpoint') !== 'api/slow').length &&
          all.map((el) => el.shadowRoot.querySelector('[part="heading"]')?.textContent.trim())
        );
      },
      null,
      { timeout: 15_000 },
    );
    const headings = await panels.jsonValue();
    if (name === 'languages') {
      const subheadings = await page.$$eval('[data-language-panels] research-snapshot', (els) =>
        els.map((el) => el.shadowRoot.querySelector('[part="subheading"]').textContent.trim()),
      );
      if (new Set(subheadings).size !== subheadings.length)
        problems.push(`languages: some panels share a sub-heading: ${subheadings.join(' | ')}`);
    }
    if (name === 'configurator') {
      // Keyboard only: change the theme and the language, and see the panel and the snippet follow.
      await page.focus('#theme');
      await page.keyboard.press('ArrowDown');
      // A select's type-ahead: "Deutsch" among the 24 languages.
      await page.focus('#lang');
      await page.keyboard.type('Deutsch');
      await page.waitForFunction(
        () => {
          const panel = document.querySelector('#preview research-snapshot');
          return (
            panel?.getAttribute('theme') === 'dark' &&
            panel.shadowRoot?.querySelector('[part="subheading"]')?.textContent.includes('Börsendaten')
          );
        },
        null,
        { timeout: 10_000 },
      );
      const snippet = await page.textContent('#es-snippet');
      if (!/integrity="sha384-[A-Za-z0-9+/=]{64}"/.test(snippet) || !snippet.includes('theme="dark"') || !snippet.includes('lang="de"')) {
        problems.push(`configurator: the snippet does not follow the form or lacks its integrity hash:\n${snippet}`);
      }
      const classic = await page.textContent('#classic-snippet');
      if (!classic.includes('research-snapshot.iife.js" integrity="sha384-'))
        problems.push('configurator: no integrity hash in the classic snippet');
      const { violations } = await new AxeBuilder({ page }).analyze();
      if (violations.length) problems.push(`configurator: axe: ${violations.map((v) => `${v.id} (${v.nodes.length})`).join(', ')}`);
    }
    console.log(`${name}.html: ${headings.length} panel(s) rendered`);
    await context.close();
  }
  // The built demo too (npm run build:demo), where a bundler tree-shakes what the dev server does not.
  if (existsSync(`${root}demo-dist/index.html`)) {
    const built = await preview({
      configFile: `${root}vite.config.ts`,
      mode: 'demo',
      preview: { port: 5198, strictPort: true },
      logLevel: 'warn',
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 2000 } });
      page.on('pageerror', (error) => problems.push(`built demo: ${error.message}`));
      await page.goto('http://localhost:5198/index.html');
      await page.waitForFunction(
        () => document.querySelector('research-snapshot')?.shadowRoot?.querySelector('[part="card"][data-state="item"]'),
        null,
        { timeout: 15_000 },
      );
      console.log('built demo (demo-dist/index.html): cards rendered');
    } finally {
      await built.close();
    }
  }
} catch (error) {
  problems.push(String(error));
} finally {
  await browser.close();
  await server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
