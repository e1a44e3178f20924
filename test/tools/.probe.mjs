import { preview } from 'vite';
import { launch } from './browser.mjs';
const server = await preview({ configFile: 'vite.config.ts', mode: 'demo', preview: { port: 4180, strictPort: true }, logLevel: 'warn' });
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 360, height: 1000 } });
await page.goto('http://localhost:4180/index.html');
await page.evaluate(() => document.querySelector('research-snapshot').scrollIntoView());
await page.locator('research-snapshot').first().locator('[part="card"]').first().waitFor({ state: 'attached' });
await page.waitForTimeout(500);
console.log(
  await page.evaluate(() => {
    const el = document.querySelector('research-snapshot');
    const row = el.shadowRoot.querySelector('[part="score"]');
    return [
      row.getBoundingClientRect().width,
      ...[...row.children].map(
        (c) => `${c.className || c.tagName} ${c.getBoundingClientRect().width.toFixed(1)} ${getComputedStyle(c).display}`,
      ),
    ];
  }),
);
await browser.close();
server.httpServer.close();
