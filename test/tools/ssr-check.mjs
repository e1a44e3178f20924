/**
 * Server rendering, checked in a real browser:
 * - without JavaScript, the page shows the companies, scores, labels and explanations;
 * - with it, the element takes over the server's markup with no request, no
 *   layout shift, and the same text as the server rendered;
 * - the server's text equals a client-only render of the same data.
 *   npm run build && node test/tools/ssr-check.mjs
 */
import { launch } from './browser.mjs';
import { root, serve } from './server.mjs';

const { renderSnapshot } = await import(`${root}dist/server.js`);
const { ITEMS, PROVIDER } = await import(`${root}demo/mocks/data.mjs`);

const problems = [];

// Hostile input on the server: attribute names are refused, strings stay text.
try {
  await renderSnapshot({ items: [] }, { attributes: { 'x><img src=x onerror=alert(1)': 'a' } });
  problems.push('renderSnapshot wrote an unsafe attribute name');
} catch (error) {
  if (!(error instanceof TypeError)) problems.push(`renderSnapshot failed the wrong way: ${error}`);
}
for (const bad of [undefined, null, 'not json', { data: [] }]) {
  try {
    await renderSnapshot(bad);
    problems.push(`renderSnapshot accepted ${JSON.stringify(bad)}`);
  } catch (error) {
    if (!(error instanceof TypeError)) problems.push(`renderSnapshot failed the wrong way on ${JSON.stringify(bad)}: ${error}`);
  }
}
// Options of the wrong type or value are refused by name.
for (const bad of [
  { lang: 123 },
  { tickers: 5 },
  { theme: 'neon' },
  { layout: 'grid' },
  { headingLevel: 'two' },
  { refresh: -5 },
  { attributes: { id: 5 } },
]) {
  try {
    await renderSnapshot({ items: [] }, bad);
    problems.push(`renderSnapshot accepted the option ${JSON.stringify(bad)}`);
  } catch (error) {
    if (!(error instanceof TypeError && error.message.includes(`"${Object.keys(bad)[0]}`))) {
      problems.push(`renderSnapshot refused ${JSON.stringify(bad)} without naming it: ${error}`);
    }
  }
}
// Every option reaches what the server writes: theme "auto", transparent, the score's name and the footer.
{
  const html = await renderSnapshot(
    { items: [{ ticker: 'MSFT', name: 'Microsoft', score: 65, signals: { momentum: 'strong' } }] },
    { theme: 'auto', transparent: true, scoreName: 'Q.A.R.', footer: 'Data: our desk.', attributes: { 'data-x': '' } },
  );
  const [host, shadow = ''] = html.split('<template');
  for (const [what, ok] of [
    ['theme="auto" on the element', /theme="auto"/.test(host)],
    ['transparent on the element', / transparent[ >]/.test(host)],
    ['a bare data-x attribute', / data-x[ >]/.test(host)],
    ['the score’s name in the panel', shadow.includes('Q.A.R.') && !shadow.includes('Alpha Score')],
    ['the footer in the panel', shadow.includes('Data: our desk.')],
  ]) {
    if (!ok) problems.push(`renderSnapshot with every option: no ${what}`);
  }
}
// The server entry imported after the package's client entry (an app's code run on the server): still the finished panel, in its language.
{
  const script = `import '${root}dist/index.js'; const { renderSnapshot } = await import('${root}dist/server.js');
    const html = await renderSnapshot({ items: [{ ticker: 'MSFT', name: 'Microsoft', score: 65, previous: { asOf: '2026-04-20', score: 58 } }] }, { lang: 'de' });
    console.log(JSON.stringify([/aria-busy="false"/.test(html), html.includes('Alpha-Score'), html.includes('seit dem')]));`;
  const { execFileSync } = await import('node:child_process');
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim().split('\n').at(-1);
  if (out !== '[true,true,true]')
    problems.push(`with the client entry imported first, the server wrote ${out} (finished, German, what changed)`);
}
{
  const payload = '</script><img src=x onerror=alert(1)><!--';
  const html = await renderSnapshot(
    { provider: payload, items: [{ ticker: 'MSFT', name: payload, explanation: payload, url: 'javascript:alert(1)', score: 5 }] },
    { heading: payload, attributes: { class: '"><img src=x>' } },
  );
  const markup = html.replace(/<script type="application\/json">[^<]*<\/script>/, '');
  if (/<img|<!--<|javascript:/i.test(markup.replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<!--\?lit\$\d+\$-->/g, ''))) {
    problems.push('renderSnapshot let markup from data through');
  }
  if ((html.match(/<\/script>/g) ?? []).length !== 1) problems.push('the inline JSON closed its <script> early');
  if (!markup.includes('&lt;img src=x onerror=alert(1)>')) problems.push('the hostile name is not shown as text');
}

const LONG = 'A long explanation that a reader without JavaScript must still read to its last word, which is here: '.repeat(6) + 'END.';
const body = { provider: PROVIDER, items: ITEMS };
const panel = await renderSnapshot(body, { tickers: 'MSFT,AMZN,ARM,RIVN', endpoint: '/api/snapshot' });
// theme="auto": the take-over waits for scheme.js with the server's markup on screen, so it comes after the first paint
// (data without history: the movement line's fit at a late take-over is a separate, known difference).
const plainItems = ITEMS.map(({ history: _history, previous: _previous, ...item }) => item);
const auto = await renderSnapshot(
  { provider: PROVIDER, items: plainItems },
  { tickers: 'MSFT,AMZN,ARM,RIVN', endpoint: '/api/snapshot', theme: 'auto' },
);
const long = await renderSnapshot({ items: [{ ticker: 'SAP', name: 'SAP SE', score: 80, explanation: LONG }] }, {});
if (!/^<research-snapshot [^>]*lang="en-US"/.test(long)) problems.push('renderSnapshot without lang did not write lang="en-US"');
// In German, with tickers="auto" in a story that mentions another company too.
const german = await renderSnapshot(body, { tickers: 'auto', endpoint: '/api/snapshot', lang: 'de' });
const storyDe = `<article><p>Auch $TSLA wird erwähnt.</p>${german}</article>`;
const page = (content, script = true) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="/dist/research-snapshot.css">
${script ? '<script type="module" src="/dist/research-snapshot.js"></script>' : ''}
<style>body{margin:0;font:18px/1.6 Georgia,serif}main{max-width:420px;padding:16px}</style></head>
<body><main><h1>Story</h1>${content}<p>Text below the panel.</p></main></body></html>`;

const server = await serve({
  pages: {
    '/ssr': page(panel),
    '/ssr-long': page(long),
    '/ssr-de': page(storyDe),
    '/ssr-auto': page(auto),
    '/client': page(
      `<research-snapshot tickers="MSFT,AMZN,ARM,RIVN"><script type="application/json">${JSON.stringify(body)}</script></research-snapshot>`,
    ),
  },
});
const browser = await launch();
const normal = (text) => text.replace(/\s+/g, ' ').trim();
/** The panel's text (not its <style>). */
const panelText = () => document.querySelector('research-snapshot').shadowRoot.querySelector('[part="panel"]').textContent;
let serverText;
try {
  // 1. No JavaScript at all.
  {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/ssr`);
    const text = normal((await tab.locator('research-snapshot [part="card"]').allTextContents()).join(' '));
    for (const expected of [
      'Microsoft Corporation',
      'Amazon.com, Inc.',
      'Arm Holdings plc',
      'Rivian Automotive, Inc.',
      'Moderate',
      'Weak',
      'Alpha Score of 65 reflects moderate overall profile with moderate momentum, moderate value, strong quality, weak sentiment.',
    ]) {
      if (!text.includes(expected)) problems.push(`without JavaScript, "${expected}" is not shown`);
    }
    serverText = (await tab.locator('research-snapshot [part="panel"]').allTextContents()).join(' ');
    const box = await tab.locator('research-snapshot').boundingBox();
    if (!box || box.height < 200) problems.push(`without JavaScript, the panel is ${box?.height}px tall`);
    console.log(
      `without JavaScript: ${await tab.locator('research-snapshot [part="card"]').count()} cards, ${Math.round(box.height)}px tall`,
    );
    // The trend lines are in the server's markup: inline SVG in the declarative shadow DOM, drawn without script.
    const trends = await tab.locator('research-snapshot svg[part="trend"] polyline').count();
    const drawn = await tab
      .locator('research-snapshot svg[part="trend"]')
      .first()
      .evaluate((svg) => svg.getBoundingClientRect().width > 0 && svg.namespaceURI === 'http://www.w3.org/2000/svg');
    if (trends !== 2 || !drawn) problems.push(`without JavaScript: ${trends} trend lines drawn (the demo data has 2)`);
    console.log(`without JavaScript: ${trends} trend lines, drawn as SVG`);
    // Nothing can expand a clamped explanation without script: it is shown in full.
    await tab.goto(`${server.origin}/ssr-long`);
    const explanation = tab.locator('research-snapshot [part="explanation"]');
    const clipped = await explanation.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
    if (clipped) problems.push('without JavaScript, a long explanation is cut short');
    console.log(`without JavaScript: a long explanation is ${clipped ? 'cut short' : 'shown in full'}`);
    await context.close();
  }

  // 2. With JavaScript: take-over, in English and in German (whose catalog loads on demand), and with theme="auto" (scheme.js on demand).
  for (const [path, word] of [
    ['/ssr', 'as of'],
    ['/ssr-de', 'Stand:'],
    ['/ssr-auto', 'as of'],
  ]) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    const tab = await context.newPage();
    await tab.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__shift += e.hadRecentInput ? 0 : e.value))).observe({
        type: 'layout-shift',
        buffered: true,
      });
      // Any moment the panel shows something other than the server's markup counts as a change.
      window.__changed = [];
      document.addEventListener('DOMContentLoaded', () => {
        const host = document.querySelector('research-snapshot');
        const seen = () => {
          const text = host.shadowRoot?.querySelector('[part="panel"]')?.textContent?.replace(/\s+/g, ' ').trim();
          if (text && !window.__changed.includes(text)) window.__changed.push(text);
        };
        seen();
        new MutationObserver(seen).observe(host.shadowRoot, { childList: true, subtree: true, characterData: true });
      });
    });
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${server.origin}${path}`);
    const before = normal((await plain.locator('research-snapshot [part="panel"]').allTextContents()).join(' '));
    await noJs.close();
    const count = server.requests.length;
    await tab.goto(`${server.origin}${path}`);
    await tab.waitForFunction(() => customElements.get('research-snapshot') && document.querySelector('research-snapshot').hasUpdated);
    await tab.waitForTimeout(500);
    const requests = server.requests.slice(count).filter((p) => p.startsWith('/api/'));
    const shift = await tab.evaluate(() => window.__shift);
    const clientText = normal(await tab.evaluate(panelText));
    const states = await tab.evaluate(() => window.__changed);
    if (requests.length) problems.push(`${path}: the take-over made requests: ${requests.join(', ')}`);
    if (shift !== 0) problems.push(`${path}: the take-over shifted the layout: ${shift}`);
    if (before !== clientText) problems.push(`${path}: server and take-over texts differ:\n${before}\n${clientText}`);
    if (states.some((text) => normal(text) !== before))
      problems.push(`${path}: the panel showed something else on the way: ${states.join(' | ')}`);
    if (!clientText.includes(word)) problems.push(`${path}: "${word}" is not shown`);
    if (path === '/ssr-auto' && !server.requests.slice(count).includes('/dist/scheme.js'))
      problems.push(`${path}: scheme.js was not loaded`);
    console.log(`take-over ${path}: ${requests.length} requests, layout shift ${shift}, ${states.length} distinct text(s) seen`);
    if (path === '/ssr') serverText = clientText;
    await context.close();
  }
  {
    const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    const clientText = serverText;
    // 3. The same data rendered by the client alone.
    const client = await context.newPage();
    await client.goto(`${server.origin}/client`);
    await client.waitForFunction(() => document.querySelector('research-snapshot')?.shadowRoot?.querySelector('[part="card"]'));
    const clientOnly = await client.evaluate(panelText);
    if (normal(clientOnly) !== normal(clientText))
      problems.push(`server and client-only texts differ:\n${normal(clientText)}\n${normal(clientOnly)}`);
    console.log(`server render vs client-only render: ${normal(clientOnly) === normal(clientText) ? 'same text' : 'DIFFERENT'}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
