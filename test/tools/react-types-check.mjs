/**
 * The JSX types of src/react.ts against custom-elements.json: every attribute
 * and event of <research-snapshot> is typed, and nothing else is.
 *   node test/tools/react-types-check.mjs
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'research-snapshot');
if (!element) throw new Error('custom-elements.json has no research-snapshot');
const expected = new Set([...(element.attributes ?? []).map((a) => a.name), ...(element.events ?? []).map((e) => `on${e.name}`)]);

const source = readFileSync(`${root}src/react.ts`, 'utf8');
const body = /interface ResearchSnapshotProps[^{]*\{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
// Global attributes (lang, hidden…) are typed by React's own HTMLAttributes, which the props extend.
const GLOBAL = new Set(['lang', 'hidden', 'dir', 'id', 'class', 'style', 'title']);
const typed = new Set([...body.matchAll(/^\s+'?([\w-]+)'?\?:/gm)].map((m) => m[1]));
for (const name of expected) if (GLOBAL.has(name)) typed.add(name);

const missing = [...expected].filter((name) => !typed.has(name));
const extra = [...typed].filter((name) => !expected.has(name));
if (missing.length || extra.length) {
  console.error(
    `src/react.ts and custom-elements.json disagree. Missing in react.ts: ${missing.join(', ') || 'none'}. Not in the manifest: ${extra.join(', ') || 'none'}.`,
  );
  process.exit(1);
}
console.log(`src/react.ts types all ${expected.size} attributes and events of the manifest, and nothing else.`);
