/**
 * Builds the demo, serves it, and saves screenshots of the panel for the README:
 *   node test/tools/screenshot.mjs           → docs/demo-panel.png, docs/demo-page.png
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { launch } from './browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const docs = `${root}docs`;
mkdirSync(docs, { recursive: true });

const configFile = `${root}vite.config.ts`;
await build({ configFile, mode: 'demo', logLevel: 'warn' });
const server = await preview({ configFile, mode: 'demo', preview: { port: 4179, strictPort: true }, logLevel: 'warn' });
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 1 });
  await page.goto('http://localhost:4179/');
  const panel = page.locator('research-snapshot');
  await panel.locator('[part="card"]').first().waitFor();
  await page.screenshot({ path: `${docs}/demo-page.png`, fullPage: true });
  await panel.screenshot({ path: `${docs}/demo-panel.png` });
  console.log('wrote docs/demo-page.png and docs/demo-panel.png');
} finally {
  await browser.close();
  await server.close();
}
