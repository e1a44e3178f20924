/**
 * Fails when the source uses an API that could turn data into markup or code,
 * or binds inline styles (which a strict Content-Security-Policy forbids):
 *   node test/tools/check-source.mjs
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FORBIDDEN = [
  [/\bunsafeHTML\b/, 'unsafeHTML'],
  [/\bunsafeSVG\b/, 'unsafeSVG'],
  [/\bunsafeMathML\b/, 'unsafeMathML'],
  [/\bunsafeCSS\b/, 'unsafeCSS'],
  [/\bunsafeStatic\b/, 'unsafeStatic'],
  [/\b(?:inner|outer)HTML\b/, 'innerHTML/outerHTML'],
  [/\binsertAdjacentHTML\b|\bcreateContextualFragment\b|\bsetHTMLUnsafe\b|\bparseHTMLUnsafe\b/, 'HTML parsing from strings'],
  [/\bdocument\.write/, 'document.write'],
  [/\beval\s*\(|\bnew Function\b/, 'eval / new Function'],
  [/\bstyleMap\b/, 'styleMap (an inline style binding)'],
  [/\sstyle\s*=/, 'an inline style= attribute or binding'],
];

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|js)$/.test(name) ? [path] : [];
  });
}

const found = [];
for (const file of files(join(root, 'src'))) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      for (const [pattern, name] of FORBIDDEN) {
        if (pattern.test(line)) found.push(`${relative(root, file)}:${i + 1}: ${name}: ${line.trim()}`);
      }
    });
}
if (found.length) {
  console.error(`Forbidden in src/:\n${found.join('\n')}`);
  process.exit(1);
}
console.log(`src/ uses no ${FORBIDDEN.map(([, name]) => name).join(', ')}.`);
