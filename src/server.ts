/**
 * Server rendering: the finished panel as HTML, with declarative shadow DOM,
 * for CMS templates and static sites. Node only; needs `@lit-labs/ssr`.
 *
 *   import { renderSnapshot } from 'research-snapshot/server';
 *   const html = await renderSnapshot(responseBody, { tickers: 'MSFT,AMZN', endpoint: '/api/snapshot' });
 *
 * The HTML shows the panel before any script runs, and without JavaScript at
 * all (declarative shadow DOM). The response body travels inline in it, so the
 * element, when its script loads, takes over with no request and no visible change.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import type { Catalog } from './locales/catalog.js';
import de from './locales/de.js';
import es from './locales/es.js';
import fr from './locales/fr.js';
import it from './locales/it.js';
import ja from './locales/ja.js';
import { registerCatalog } from './locales/load.js';
import ptBR from './locales/pt-BR.js';
import zhCN from './locales/zh-CN.js';
import './index.js';

const CATALOGS: Record<string, Catalog> = { de, fr, es, it, 'pt-BR': ptBR, ja, 'zh-CN': zhCN };
for (const [id, catalog] of Object.entries(CATALOGS)) registerCatalog(id, catalog);

export interface RenderOptions {
  /** As the attribute: which cards, in which order; default the items' own order. */
  tickers?: string;
  /** As the attribute: where the element fetches later refreshes, if any. */
  endpoint?: string;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  layout?: 'full' | 'compact';
  provider?: string;
  heading?: string;
  subheading?: string;
  headingLevel?: number;
  /** Seconds between refreshes once the script runs. */
  refresh?: number;
  /** Extra attributes for the element (class, id, data-*), as text. */
  attributes?: Record<string, string>;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** JSON inside <script>: nothing in it can close the element or open a comment. */
const escapeScript = (json: string) => json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/**
 * Renders `<research-snapshot>` for a response body (object or JSON text) to
 * an HTML string: the element with its attributes, its shadow root as
 * declarative shadow DOM, and the body inline as `<script type="application/json">`.
 */
export async function renderSnapshot(body: unknown, options: RenderOptions = {}): Promise<string> {
  const source = typeof body === 'string' ? body : JSON.stringify(body);
  const attributes: Record<string, string | undefined> = {
    tickers: options.tickers,
    endpoint: options.endpoint,
    lang: options.lang,
    theme: options.theme,
    layout: options.layout,
    provider: options.provider,
    heading: options.heading,
    subheading: options.subheading,
    'heading-level': options.headingLevel === undefined ? undefined : String(options.headingLevel),
    refresh: options.refresh === undefined ? undefined : String(options.refresh),
    ...options.attributes,
  };
  const rendered = await collectResult(
    render(html`<research-snapshot
      tickers=${attributes.tickers ?? ''}
      lang=${attributes.lang ?? ''}
      theme=${attributes.theme ?? 'light'}
      layout=${attributes.layout ?? 'full'}
      heading-level=${attributes['heading-level'] ?? '2'}
      .data=${source}
      .provider=${attributes.provider}
      .heading=${attributes.heading}
      .subheading=${attributes.subheading}
    ></research-snapshot>`),
  );
  // Lit's own markers stay; the opening tag is rewritten with the full attribute list.
  const open = `<research-snapshot ${Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
    .join(' ')}>`;
  const inner = rendered.slice(rendered.indexOf('>', rendered.indexOf('<research-snapshot')) + 1, rendered.lastIndexOf('</research-snapshot>'));
  return `${open}${inner}<script type="application/json">${escapeScript(source)}</script></research-snapshot>`;
}
