/**
 * Builds the demo, serves it, and saves screenshots for the README:
 *   docs/demo-page.png, docs/demo-panel.png   the article page and its panel
 *   docs/panel-{light,dark}-{360,768,1280}.png the full-width panel in both themes at three widths
 *   docs/real-pages.png                        the panel in a float, a flex sidebar and on a dark site
 *   docs/panel-text-spacing-360.png            a reader's text-spacing override and 24 px text: the panel grows, nothing is cut
 *   docs/card-history.png                      one card with its trend line and what changed
 *   docs/languages.png, docs/languages-rtl.png the 24 languages, and Arabic and Hebrew articles laid out right to left
 *   node test/tools/screenshot.mjs
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execSync } from 'node:child_process';
import { preview } from 'vite';
import { launch } from './browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const docs = `${root}docs`;
mkdirSync(docs, { recursive: true });

execSync('npm run build:demo --silent', { cwd: root, stdio: 'inherit' });
const server = await preview({
  configFile: `${root}vite.config.ts`,
  mode: 'demo',
  preview: { port: 4179, strictPort: true },
  logLevel: 'warn',
});
const browser = await launch();
const loaded = (locator) => locator.locator('[part="card"]').first().waitFor();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto('http://localhost:4179/index.html');
  const panel = page.locator('research-snapshot');
  await loaded(panel);
  await page.screenshot({ path: `${docs}/demo-page.png`, fullPage: true });
  await panel.screenshot({ path: `${docs}/demo-panel.png` });
  await page.close();

  for (const theme of ['light', 'dark']) {
    for (const width of [360, 768, 1280]) {
      const shot = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
      await shot.goto('http://localhost:4179/layouts.html');
      const first = shot.locator('research-snapshot').first();
      await first.evaluate((el, value) => {
        el.setAttribute('theme', value);
        document.documentElement.dataset.theme = value;
      }, theme);
      await loaded(first);
      await shot.waitForTimeout(100);
      await first.screenshot({ path: `${docs}/panel-${theme}-${width}.png` });
      await shot.close();
    }
  }
  {
    // Tall enough that every panel is near the viewport (they load lazily).
    const shot = await browser.newPage({ viewport: { width: 1280, height: 2400 } });
    await shot.goto('http://localhost:4179/real-pages.html');
    for (const panel of await shot.locator('research-snapshot').all()) await loaded(panel);
    await shot.waitForTimeout(200);
    await shot.screenshot({ path: `${docs}/real-pages.png`, fullPage: true });
    await shot.close();
  }
  {
    const shot = await browser.newPage({ viewport: { width: 360, height: 900 } });
    await shot.goto('http://localhost:4179/layouts.html');
    await shot.addStyleTag({
      content:
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important } research-snapshot { --research-snapshot-font-size: 24px }',
    });
    const first = shot.locator('research-snapshot').first();
    await loaded(first);
    await shot.waitForTimeout(200);
    await first.screenshot({ path: `${docs}/panel-text-spacing-360.png` });
    await shot.close();
  }
  {
    const shot = await browser.newPage({ viewport: { width: 420, height: 900 }, deviceScaleFactor: 2 });
    await shot.goto('http://localhost:4179/layouts.html');
    const first = shot.locator('research-snapshot').first();
    await loaded(first);
    await shot.waitForTimeout(200);
    await first.locator('[part="card"][data-ticker="MSFT"]').screenshot({ path: `${docs}/card-history.png` });
    await shot.close();
  }
  {
    const shot = await browser.newPage({ viewport: { width: 1280, height: 2400 } });
    await shot.goto('http://localhost:4179/languages.html');
    for (const panel of await shot.locator('research-snapshot').all()) {
      await panel.scrollIntoViewIfNeeded();
      await loaded(panel);
    }
    await shot.waitForTimeout(300);
    await shot.locator('.rtl-articles').screenshot({ path: `${docs}/languages-rtl.png` });
    await shot.locator('[data-language-panels]').screenshot({ path: `${docs}/languages.png` });
    await shot.close();
  }
  console.log(
    'wrote docs/languages.png, docs/languages-rtl.png, docs/card-history.png, docs/demo-page.png, docs/demo-panel.png, docs/panel-{light,dark}-{360,768,1280}.png, docs/real-pages.png and docs/panel-text-spacing-360.png',
  );
} finally {
  await browser.close();
  await server.close();
}
