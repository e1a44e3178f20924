/**
 * Opens every demo page on the dev server (what `npm run demo` serves) in
 * headless Chromium and checks that each panel renders, in its language, with
 * no page error: node test/tools/demo-check.mjs
 */
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { launch } from './browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const server = await createServer({ configFile: `${root}vite.config.ts`, server: { port: 5199, strictPort: true }, logLevel: 'warn' });
await server.listen();
const browser = await launch();
const problems = [];
try {
  for (const name of ['index', 'themes', 'layouts', 'languages', 'states']) {
    // Tall enough that every panel is near the viewport (they load lazily).
    const page = await browser.newPage({ viewport: { width: 1280, height: 5000 } });
    page.on('pageerror', (error) => problems.push(`${name}: ${error.message}`));
    await page.goto(`http://localhost:5199/${name}.html`);
    const panels = await page.waitForFunction(
      () => {
        const all = [...document.querySelectorAll('research-snapshot')];
        const done = all.filter((el) => el.shadowRoot?.querySelector('.panel[aria-busy="false"]'));
        // The loading-state demo never finishes, by design.
        return all.length && done.length >= all.filter((el) => el.getAttribute('endpoint') !== 'api/slow').length && all.map((el) => el.shadowRoot.querySelector('[part="heading"]')?.textContent.trim());
      },
      null,
      { timeout: 15_000 },
    );
    const headings = await panels.jsonValue();
    if (name === 'languages') {
      const subheadings = await page.$$eval('research-snapshot', (els) => els.map((el) => el.shadowRoot.querySelector('[part="subheading"]').textContent.trim()));
      if (new Set(subheadings).size !== subheadings.length) problems.push(`languages: some panels share a sub-heading: ${subheadings.join(' | ')}`);
    }
    console.log(`${name}.html: ${headings.length} panel(s) rendered`);
    await page.close();
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
