/**
 * Size budgets of the built files, in brotli bytes (quality 11). Sizes are
 * deterministic, so CI fails when a build exceeds its budget. The guard holds
 * the current size plus 0.3 KB, so that it cannot creep up unnoticed. The ES
 * build is 19.5 KiB (20,007 B): 17.6 KB with the client split and the clamp controller,
 * about +1.2 KB for the day words, the score's name and the hooks of how the
 * score moved (whose code, 1.4 KB, is movement.js, loaded on demand), about
 * +0.6 KB for right-to-left isolation, language marking and locale matching;
 * then 20,485 B with the fixes found on real pages (tickers="auto" placeholders,
 * right to left while a catalog loads, unbroken words, a second minifier pass),
 * and 21,634 B with those found by black-box runs of the built files (a partial
 * failure told as such, one polite voice for a failure, the background behind
 * a transparent panel, schemes on wrappers, a late page-wide endpoint, inline
 * data and later tickers, the data property set again, eager set later, Try
 * again only where it can work, a moved panel sharing its request, a language
 * change keeping the panel whole); 22,021 B after the next round of such
 * fixes, and 21,414 B with the page's colour scheme (theme="auto",
 * transparent) read by scheme.js, loaded on demand
 * (a minimal Lit element alone is 5.4 KB: see npm run bench):
 *   npm run build && node test/tools/size-check.mjs
 *
 * (size-limit 14.3 with @size-limit/file would do this job, but it needs
 * Node.js 22: on the Node.js 20.19 this project supports it fails to start,
 * since node:fs/promises has no glob there.)
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { catalogIds } from './catalogs.mjs';

export const BUDGETS = {
  'research-snapshot.js': 21_720,
  'research-snapshot.iife.js': 21_780,
  // Loaded on demand, only by panels with tickers="auto".
  'discovery.js': 1.5 * 1024,
  // Loaded on demand, only for data with history or a previous snapshot.
  'movement.js': 1.5 * 1024,
  // Loaded on demand, only by panels with theme="auto" or transparent.
  'scheme.js': 1.5 * 1024,
};
/** Each language catalog, loaded on demand. */
export const LOCALE_BUDGET = 1024;

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const brotli = (path) => brotliCompressSync(readFileSync(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  let failed = false;
  for (const [file, budget] of Object.entries(BUDGETS)) {
    const size = brotli(`${root}dist/${file}`);
    failed ||= size > budget;
    console.log(`${file}: ${size} B brotli (budget ${budget})${size > budget ? '  OVER BUDGET' : ''}`);
  }
  for (const id of catalogIds()) {
    const size = brotli(`${root}dist/locales/${id}.js`);
    failed ||= size > LOCALE_BUDGET;
    console.log(`locales/${id}.js: ${size} B brotli (budget ${LOCALE_BUDGET})${size > LOCALE_BUDGET ? '  OVER BUDGET' : ''}`);
  }
  if (failed) process.exit(1);
}
