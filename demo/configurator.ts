/**
 * The configurator: a form that drives a live panel and writes the embed
 * snippets, with Subresource Integrity hashes of the built files.
 */
import { integrity } from 'virtual:research-snapshot-sri';
import { LANGUAGES, languageName } from './languages.js';

const form = document.getElementById('options') as HTMLFormElement;
const languages = form.elements.namedItem('lang') as HTMLSelectElement;
// By default the panel follows the page's language (no attribute); a language chosen here is written, English too.
languages.append(new Option('The page’s language', '', true, true));
for (const id of LANGUAGES) languages.append(new Option(languageName(id), id));
const preview = document.getElementById('preview')!;
const panel = document.createElement('research-snapshot');
preview.append(panel);

const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value.trim();
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function options() {
  const tickers = value('tickers');
  const count = tickers.toLowerCase() === 'auto' ? 4 : tickers.split(/[\s,]+/).filter(Boolean).length || 1;
  return {
    tickers,
    count,
    endpoint: value('endpoint'),
    cdn: escape(value('cdn').replace(/\/?$/, '/')),
    theme: value('theme'),
    layout: value('layout'),
    lang: value('lang'),
    loading: value('loading'),
  };
}

function attributes(o: ReturnType<typeof options>, endpoint = true): string {
  const list: [string, string][] = [['tickers', o.tickers]];
  if (endpoint) list.push(['endpoint', o.endpoint]);
  if (o.theme !== 'light') list.push(['theme', o.theme]);
  if (o.layout !== 'full') list.push(['layout', o.layout]);
  if (o.lang) list.push(['lang', o.lang]);
  if (o.loading !== 'lazy') list.push(['loading', o.loading]);
  list.push(['style', `--research-snapshot-cards: ${o.count}`]);
  return list.map(([name, v]) => `${name}="${escape(v)}"`).join(' ');
}

const sri = (file: string) => (integrity[file] ? ` integrity="${integrity[file]}" crossorigin="anonymous"` : '');

function render(): void {
  const o = options();
  for (const [name, v] of Object.entries({
    tickers: o.tickers,
    endpoint: o.endpoint,
    theme: o.theme,
    layout: o.layout,
    lang: o.lang,
    loading: o.loading,
  })) {
    if (v) panel.setAttribute(name, v);
    else panel.removeAttribute(name);
  }
  panel.style.setProperty('--research-snapshot-cards', String(o.count));
  const css = `<link rel="stylesheet" href="${o.cdn}research-snapshot.css">`;
  (document.getElementById('es-snippet') as HTMLElement).textContent =
    `${css}\n<script type="module" src="${o.cdn}research-snapshot.js"${sri('research-snapshot.js')}></script>\n\n<research-snapshot ${attributes(o)}></research-snapshot>`;
  (document.getElementById('classic-snippet') as HTMLElement).textContent =
    `${css}\n<script src="${o.cdn}research-snapshot.iife.js"${sri('research-snapshot.iife.js')} defer></script>\n\n<research-snapshot ${attributes(o)}></research-snapshot>`;
  (document.getElementById('cms-snippet') as HTMLElement).textContent = [
    '{# In the site layout, once: #}',
    // A JS string inside <script>: JSON, with nothing that could close the element.
    `<script>window.ResearchSnapshotConfig = { endpoint: ${JSON.stringify(o.endpoint).replace(/</g, '\\u003c')} };</script>`,
    css,
    `<script type="module" src="${o.cdn}research-snapshot.js"${sri('research-snapshot.js')}></script>`,
    '',
    '{# In the article template, beside the story: #}',
    '{% if article.tickers %}',
    `  <research-snapshot tickers="{{ article.tickers | join(',') }}" ${attributes({ ...o, tickers: '' }, false)
      .replace(/^tickers="" /, '')
      .replace(/--research-snapshot-cards: \d+/, '--research-snapshot-cards: {{ article.tickers | length }}')}></research-snapshot>`,
    '{% endif %}',
  ].join('\n');
  document.getElementById('sri-note')!.textContent = Object.keys(integrity).length
    ? 'The integrity hashes are those of the files built from this checkout; serve exactly those files.'
    : 'Build the files (npm run build) to get their integrity hashes.';
}

form.addEventListener('input', render);
form.addEventListener('change', render);
form.addEventListener('submit', (event) => event.preventDefault());
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  button.addEventListener('click', () => void copy(button));
}

async function copy(button: HTMLButtonElement): Promise<void> {
  {
    const text = document.getElementById(button.dataset.copy!)!.textContent ?? '';
    const status = document.getElementById('copy-status')!;
    status.textContent = '';
    try {
      await navigator.clipboard.writeText(text);
      // Emptied first, so that copying the same snippet twice is announced twice.
      await new Promise((resolve) => setTimeout(resolve, 50));
      status.textContent = `${button.textContent.replace(/^Copy /, '')}: copied.`;
    } catch {
      status.textContent = 'Copying is not allowed here: select the text and copy it.';
    }
  }
}
render();
