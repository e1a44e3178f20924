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
import { BUILT_IN, registerCatalog } from './locales/load.js';
import { ResearchSnapshot } from './research-snapshot.js';
import { movementModule } from './controllers/movement.js';
import * as movement from './templates/movement.js';

// Defined here, not through a side-effect import of index.ts: the package declares its
// source free of side effects, so a bare `import './index.js'` would be left out of this build.
if (!customElements.get('research-snapshot')) customElements.define('research-snapshot', ResearchSnapshot);

// Every catalog, in the server bundle: a server has no folder beside a script to load them from.
const catalogs = import.meta.glob<{ default: Catalog }>('./locales/*.ts', { eager: true });
for (const id of BUILT_IN) registerCatalog(id, catalogs[`./locales/${id}.ts`].default);
// And how the score moved, which browsers load on demand.
movementModule.provide(movement);

export interface RenderOptions {
  /** As the attribute: which cards, in which order; default the items' own order. */
  tickers?: string;
  /** As the attribute: where the element fetches later refreshes, if any. */
  endpoint?: string;
  /**
   * The language to write the panel in (default `en-US`). It is written on the
   * element too, so that the client keeps that language rather than switching
   * to the page's when it takes over.
   */
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  layout?: 'full' | 'compact';
  /** No background of its own (the `transparent` attribute). */
  transparent?: boolean;
  provider?: string;
  heading?: string;
  subheading?: string;
  footer?: string;
  /** The score's name (the `score-name` attribute). */
  scoreName?: string;
  headingLevel?: number;
  /** Seconds between refreshes once the script runs. */
  refresh?: number;
  /** Extra attributes for the element (class, id, data-*, or any of its own), as text; an empty value writes a bare attribute. */
  attributes?: Record<string, string>;
  /** The page's URL, against which relative `url` fields resolve (without it they are dropped). */
  baseUrl?: string;
}

const escapeAttribute = (value: unknown) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** Attribute names a caller may add: plain names, no event handlers. */
const SAFE_NAME = /^(?!on)[a-z][\w.:-]*$/i;
/** JSON inside <script>: nothing in it can close the element or open a comment. */
const escapeScript = (json: string) =>
  json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

const TEXTS = ['tickers', 'endpoint', 'lang', 'provider', 'heading', 'subheading', 'footer', 'scoreName', 'baseUrl'] as const;
const CHOICES = { theme: ['light', 'dark', 'auto'], layout: ['full', 'compact'] } as const;

/** Options of the wrong type or out of range are refused by name, before anything is rendered. */
function check(options: RenderOptions): void {
  const refuse = (name: string, what: string) => {
    throw new TypeError(`renderSnapshot: "${name}" must be ${what}.`);
  };
  // null is taken as absent (a template's `post.heading ?? null`); numbers may come as text from a CMS's settings.
  const given = (name: keyof RenderOptions) => options[name] !== undefined && options[name] !== null;
  for (const name of TEXTS) if (given(name) && typeof options[name] !== 'string') refuse(name, 'a string');
  for (const [name, values] of Object.entries(CHOICES) as [keyof typeof CHOICES, readonly string[]][]) {
    if (given(name) && !values.includes(options[name]!)) refuse(name, values.map((v) => `"${v}"`).join(' or '));
  }
  const level = Number(options.headingLevel);
  if (given('headingLevel') && !(Number.isInteger(level) && level >= 1 && level <= 6)) refuse('headingLevel', 'a whole number from 1 to 6');
  if (given('refresh') && !(Number(options.refresh) >= 0)) refuse('refresh', 'a number of seconds');
  if (given('transparent') && typeof options.transparent !== 'boolean') refuse('transparent', 'true or false');
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    if (!SAFE_NAME.test(name)) throw new TypeError(`renderSnapshot: "${name}" is not an attribute name it will write.`);
    if (typeof value !== 'string') refuse(`attributes.${name}`, 'a string');
  }
}

/**
 * Renders `<research-snapshot>` for a response body (object or JSON text) to
 * an HTML string: the element with its attributes, its shadow root as
 * declarative shadow DOM, and the body inline as `<script type="application/json">`.
 */
export async function renderSnapshot(body: unknown, options: RenderOptions = {}): Promise<string> {
  check(options);
  // A copy: the caller's object is left as it was.
  let parsed: unknown = typeof body === 'object' && body !== null ? structuredClone(body) : body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new TypeError('renderSnapshot: the body is not JSON.');
    }
  }
  if (typeof parsed !== 'object' || parsed === null || !Array.isArray((parsed as { items?: unknown }).items)) {
    throw new TypeError('renderSnapshot: the body must be an object with an "items" array.');
  }
  const items = (parsed as { items: unknown[] }).items;
  // Links resolve the same way on the server and in the browser: against baseUrl, or not at all.
  for (const item of items) {
    if (item && typeof item === 'object' && typeof (item as { url?: unknown }).url === 'string') {
      const entry = item as { url?: string };
      try {
        entry.url = new URL(entry.url!, options.baseUrl).href;
      } catch {
        delete entry.url;
      }
    }
  }
  const source = JSON.stringify(parsed);
  // "auto" reads the story in the browser; the server already knows the companies.
  const tickers =
    options.tickers?.trim().toLowerCase() === 'auto'
      ? items
          .flatMap((item) =>
            item && typeof (item as { ticker?: unknown }).ticker === 'string' ? [(item as { ticker: string }).ticker] : [],
          )
          .join(',')
      : options.tickers;
  const attributes: Record<string, string | undefined> = {
    tickers,
    endpoint: options.endpoint,
    lang: options.lang?.trim() || 'en-US',
    theme: options.theme,
    layout: options.layout,
    transparent: options.transparent ? '' : undefined,
    provider: options.provider,
    heading: options.heading,
    subheading: options.subheading,
    footer: options.footer,
    'score-name': options.scoreName,
    'heading-level': options.headingLevel == null ? undefined : String(options.headingLevel),
    refresh: options.refresh == null ? undefined : String(options.refresh),
    ...options.attributes,
    // Tells the pre-upgrade stylesheet that this panel has its height already.
    'data-rendered': 'server',
  };
  const rendered = await collectResult(
    render(
      html`<research-snapshot
        tickers=${attributes.tickers ?? ''}
        lang=${attributes.lang ?? ''}
        theme=${attributes.theme ?? 'light'}
        layout=${attributes.layout ?? 'full'}
        heading-level=${attributes['heading-level'] ?? '2'}
        .data=${source}
        ?transparent=${attributes.transparent !== undefined}
        .provider=${attributes.provider}
        .heading=${attributes.heading}
        .subheading=${attributes.subheading}
        .footer=${attributes.footer}
        .scoreName=${attributes['score-name']}
      ></research-snapshot>`,
    ),
  );
  // Lit's own markers stay; the opening tag is rewritten with the full attribute list.
  const open = `<research-snapshot ${Object.entries(attributes)
    // Empty values are left out, but for bare attributes: `transparent`, and the caller's own.
    .filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === 'string' && (entry[1] !== '' || entry[0] === 'transparent' || entry[0] in (options.attributes ?? {})),
    )
    .map(([name, value]) => (value === '' ? name : `${name}="${escapeAttribute(value)}"`))
    .join(' ')}>`;
  const inner = rendered.slice(
    rendered.indexOf('>', rendered.indexOf('<research-snapshot')) + 1,
    rendered.lastIndexOf('</research-snapshot>'),
  );
  return `${open}${inner}<script type="application/json">${escapeScript(source)}</script></research-snapshot>`;
}
