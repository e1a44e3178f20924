import { localeSettings, type Messages } from '../config.js';
import type { Catalog } from './catalog.js';
import en from './en.js';
import { scriptUrl } from '../script-url.js';

/**
 * Language catalogs. English is in the main bundle; the others are small
 * modules beside the script (`locales/de.js`, …), loaded on demand, once per page.
 * Publishers can add a language or override single messages through
 * `window.ResearchSnapshotConfig.locales`.
 */

/** Written in at build time from the files of src/locales/ (test/tools/catalogs.mjs): the one list of languages. */
declare const __CATALOGS__: readonly string[];
/** The catalogs loaded on demand: every language but English. */
export const BUILT_IN: readonly string[] = __CATALOGS__;

/** Beside the script in a build (dist/locales/), beside src/script-url.ts in development (src/locales/). */
const directory = './locales/';

const loaded = new Map<string, Catalog>([['en', en]]);
const loading = new Map<string, Promise<Catalog>>();
/**
 * Catalogs given with registerCatalog, for the whole process or page: the
 * server entry's reach the element even where another entry of the package
 * (an app's client code, run on the server too) defined it first.
 */
const registered = ((globalThis as { [key: symbol]: unknown })[Symbol.for('research-snapshot.catalogs')] ??= new Map()) as Map<
  string,
  Catalog
>;

/** Whether a publisher's messages make a whole catalog (every message of English). */
export const isComplete = (catalog: object | undefined): boolean => !!catalog && Object.keys(en).every((key) => key in catalog);

/** Whether a catalog is at hand: built in, registered, or downloaded (a failed download leaves it out). */
export const hasCatalog = (id: string): boolean => !!(loaded.get(id) ?? fromRegistry(id));

/** A catalog another copy of the package registered, if it has every message this one's English has. */
function fromRegistry(id: string): Catalog | undefined {
  const catalog = registered.get(id);
  return isComplete(catalog) ? catalog : undefined;
}

/** Makes a catalog available without a download (server rendering, bundled apps). */
export function registerCatalog(id: string, catalog: Catalog): void {
  registered.set(id, catalog);
}

/** The canonical form of a language tag, or `en-US` for anything unusable. */
export function canonicalLocale(tag: string | null | undefined): string {
  try {
    return (tag && Intl.getCanonicalLocales(tag.trim())[0]) || 'en-US';
  } catch {
    return 'en-US';
  }
}

/** Languages another catalog serves: Norwegian and Nynorsk readers read Bokmål; the old tag for Hebrew. */
const ALIASES: Record<string, string> = { no: 'nb', nn: 'nb', iw: 'he' };

/**
 * Which built-in catalog serves a locale: the exact tag first (pt-BR), then
 * Chinese by script (Traditional: zh-Hant, zh-TW, zh-HK, zh-MO; else
 * Simplified), Portuguese by Brazil's until a pt-PT exists, the aliases, then
 * the language of any region (de-CH → de). Numbers and dates keep the full locale.
 */
export function catalogId(locale: string): string {
  if (BUILT_IN.includes(locale)) return locale;
  const language = locale.split('-')[0].toLowerCase();
  if (language === 'zh') return /^zh-(Hant|TW|HK|MO)\b/i.test(locale) ? 'zh-TW' : 'zh-CN';
  if (language === 'pt') return 'pt-BR';
  const id = ALIASES[language] ?? language;
  return BUILT_IN.includes(id) ? id : 'en';
}

/** The languages written right to left, of the catalogs. */
export const rightToLeft = (id: string): boolean => id === 'ar' || id === 'he';

/**
 * The publisher's messages for a locale: its exact tag over the catalog's id
 * over its language. A language the publisher writes in full, where English
 * would otherwise stand in, does not take English's messages.
 */
export function overrides(locale: string): Partial<Catalog> | undefined {
  const custom = localeSettings();
  if (!custom) return undefined;
  const language = locale.split('-')[0];
  const id = catalogId(locale);
  const own = { ...custom[language], ...custom[locale] };
  const merged = id === 'en' && language !== 'en' && isComplete(own) ? own : { ...custom[language], ...custom[id], ...custom[locale] };
  return Object.keys(merged).length ? usable(merged) : undefined;
}

/**
 * A publisher's messages in the form the panel reads them: a sentence with
 * values (`stale`, `footer`, …) may be given as text, used as it is; a message
 * of another kind than English's is left out, and the console says which.
 */
const warned = new Set<string>();
function usable(messages: Messages): Partial<Catalog> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(messages)) {
    // Sentences English has not (how the score moved, in movement.js) are functions too.
    const english = (en as unknown as Record<string, unknown>)[key];
    const kind = english === undefined ? 'function' : typeof english;
    if (typeof value === kind && value !== null) out[key] = value;
    else if (typeof value === 'string' && kind === 'function') out[key] = () => value;
    else if (!warned.has(key) && warned.add(key))
      console.warn(`<research-snapshot>: the "${key}" message must be ${kind === 'string' ? 'text' : 'text or a function'}; left out.`);
  }
  return out;
}

/**
 * The messages a publisher wrote in a locale's own language, as `overrides`
 * merges them: under its tag, or under its language where English's own
 * (when English stands in) do not override them.
 */
export function ownKeys(locale: string): string[] {
  const custom = localeSettings();
  const language = locale.split('-')[0];
  if (!custom || language === 'en') return [];
  const english = catalogId(locale) === 'en' ? (custom.en ?? {}) : {};
  return [...Object.keys(custom[language] ?? {}).filter((key) => !(key in english)), ...Object.keys(custom[locale] ?? {})];
}

function load(id: string): Promise<Catalog> {
  let promise = loading.get(id);
  if (!promise) {
    let url = 'beside the script';
    // A catalog beside the script, or in the folder the publisher names (localeBase, the folder of the catalog files
    // themselves). An address that cannot be made (a localeBase that is no URL, a script whose address is unknown)
    // fails like a download.
    promise = Promise.resolve()
      .then(() => {
        const base = localeSettingsBase();
        url = new URL(base ? `${id}.js` : `${directory}${id}.js`, base ?? scriptUrl).href;
        // eslint-disable-next-line no-unsanitized/method
        return import(/* @vite-ignore */ url) as Promise<{ default: Catalog }>;
      })
      .then(
        (module) => module.default,
        (error: unknown) => {
          // Not remembered: the next panel that needs it tries again.
          loading.delete(id);
          console.warn(`<research-snapshot>: could not load the "${id}" catalog from ${url}; using English.`, error);
          return en;
        },
      );
    loading.set(id, promise);
  }
  return promise;
}

function localeSettingsBase(): string | undefined {
  const base = globalThis.window?.ResearchSnapshotConfig?.localeBase;
  return typeof base === 'string' && base ? new URL(base.endsWith('/') ? base : `${base}/`, document.baseURI).href : undefined;
}

/**
 * The catalog for a locale: at once when it is at hand, else a promise.
 * A language the publisher supplies in full needs no download.
 */
export function catalogFor(locale: string): Catalog | Promise<Catalog> {
  const id = catalogId(locale);
  const extra = overrides(locale);
  const base = loaded.get(id) ?? fromRegistry(id);
  if (base) return extra ? { ...base, ...extra } : base;
  if (id === 'en' || isComplete(extra)) return { ...en, ...extra };
  return load(id).then((catalog) => {
    if (catalog !== en) loaded.set(id, catalog);
    return extra ? { ...catalog, ...extra } : catalog;
  });
}
