/**
 * The safety rules of eslint.config.js do what they promise: each snippet
 * below, linted as if it were in src/, must be reported. (They replace a text
 * scan that flagged comments and missed `el['inner' + 'HTML']`.)
 *   node test/tools/lint-rules-check.mjs
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SNIPPETS = {
  unsafeHTML: `import { unsafeHTML } from 'lit/directives/unsafe-html.js';\nexport const a = unsafeHTML;`,
  unsafeSVG: `import { unsafeSVG } from 'lit/directives/unsafe-svg.js';\nexport const a = unsafeSVG;`,
  unsafeMathML: `import { unsafeMathML } from 'lit/directives/unsafe-mathml.js';\nexport const a = unsafeMathML;`,
  unsafeCSS: `import { unsafeCSS } from 'lit';\nexport const a = unsafeCSS('x');`,
  unsafeStatic: `import { unsafeStatic } from 'lit/static-html.js';\nexport const a = unsafeStatic('x');`,
  styleMap: `import { styleMap } from 'lit/directives/style-map.js';\nexport const a = styleMap({});`,
  'inline style=': "import { html } from 'lit';\nexport const a = (c: string) => html`<p style=${c}></p>`;",
  innerHTML: `export function f(el: Element, s: string) { el.innerHTML = s; }`,
  outerHTML: `export function f(el: Element, s: string) { el.outerHTML = s; }`,
  "el['inner' + 'HTML']": `export function f(el: Element, s: string) { (el as unknown as Record<string, string>)['inner' + 'HTML'] = s; }`,
  insertAdjacentHTML: `export function f(el: Element, s: string) { el.insertAdjacentHTML('beforeend', s); }`,
  DOMParser: `export const f = (s: string) => new DOMParser().parseFromString(s, 'text/html');`,
  createContextualFragment: `export const f = (s: string) => document.createRange().createContextualFragment(s);`,
  'document.write': `export const f = (s: string) => document.write(s);`,
  eval: `export const f = (s: string) => eval(s) as unknown;`,
  'new Function': `export const f = (s: string) => new Function(s);`,
};

const eslint = new ESLint({ cwd: root });
const missed = [];
for (const [name, code] of Object.entries(SNIPPETS)) {
  const [result] = await eslint.lintText(code, { filePath: `${root}src/lazy.ts` });
  const errors = result.messages.filter((m) => m.severity === 2 && m.ruleId !== '@typescript-eslint/no-unused-vars');
  if (!errors.length) missed.push(name);
}
// And a comment that names these APIs is not a violation.
const [comment] = await eslint.lintText('// Never innerHTML, unsafeHTML or eval here.\nexport const ok = 1;\n', {
  filePath: `${root}src/lazy.ts`,
});
if (missed.length || comment.messages.length) {
  console.error(
    `Not reported: ${missed.join(', ') || 'none'}; a comment reported: ${comment.messages.map((m) => m.message).join('; ') || 'no'}.`,
  );
  process.exit(1);
}
console.log(`ESLint reports all ${Object.keys(SNIPPETS).length} unsafe patterns in src/, and no comment that names them.`);
