/**
 * What the ES build is made of: each module's bytes as rendered into
 * dist/research-snapshot.js (before the whole file is minified), grouped by
 * folder (Lit, data, format, templates, controllers, locales, styles, the
 * element), with each group's brotli size when compressed on its own: shares
 * to compare, not bytes that add up to the file's size. npm run bench prints it;
 *   node test/tools/size-breakdown.mjs
 */
import { brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const brotli = (text) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function group(id) {
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(id)) return 'Lit (lit-html, lit-element, reactive-element)';
  const path = id.replace(`${root}src/`, '');
  if (path.startsWith('data/')) return 'src/data (request, batch, cache, validate)';
  if (path.startsWith('format/')) return 'src/format (numbers, dates, words)';
  if (path.startsWith('templates/')) return 'src/templates';
  if (path.startsWith('controllers/') || path === 'lazy.ts') return 'src/controllers (+ lazy)';
  if (path.startsWith('locales/')) return 'src/locales (English, loader)';
  if (path === 'research-snapshot.styles.ts') return 'src/research-snapshot.styles.ts';
  return 'the element and the rest of src/';
}

export async function moduleSizes() {
  const outputs = await build({
    root,
    configFile: `${root}vite.config.ts`,
    mode: 'cdn',
    logLevel: 'silent',
    build: { write: false, emptyOutDir: false },
  });
  const es = (Array.isArray(outputs) ? outputs : [outputs])
    .flatMap((o) => o.output)
    .find((o) => o.type === 'chunk' && o.fileName === 'research-snapshot.js');
  const groups = new Map();
  for (const [id, module] of Object.entries(es.modules)) {
    const name = group(id);
    const entry = groups.get(name) ?? { rendered: 0, code: '' };
    entry.rendered += module.renderedLength;
    entry.code += module.code ?? '';
    groups.set(name, entry);
  }
  return [...groups]
    .map(([name, { rendered, code }]) => ({ group: name, rendered, brotli: brotli(code) }))
    .sort((a, b) => b.brotli - a.brotli);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await moduleSizes());
}
