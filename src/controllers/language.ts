import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Catalog } from '../locales/catalog.js';
import type { View } from '../templates/view.js';
import { languageOf, onLanguageChange } from '../locales/lang.js';
import { canonicalLocale, catalogFor, catalogId, hasCatalog, isComplete, overrides, ownKeys, rightToLeft } from '../locales/load.js';

/**
 * Language and catalog: the element's language is its own `lang`, else the
 * closest ancestor's (across shadow roots), else the document's, else en-US;
 * a change anywhere above renders again. Its catalog is at hand at once or
 * loaded on demand; until it is here, `catalog` is undefined the first time,
 * and afterwards the previous language stays, whole.
 */
export class LanguageController implements ReactiveController {
  locale?: string;
  catalog?: Catalog;
  /** The language the catalog is written in (`lang` of the panel's content): its id, or the locale's language for a catalog the publisher supplies. */
  lang = 'en';
  /** The language asked for, whose catalog may still be on its way. */
  #wanted?: string;
  #stop?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The language the element should speak now. */
  #language(): string {
    return canonicalLocale(isServer ? this.host.getAttribute('lang') : languageOf(this.host));
  }

  /**
   * The locale numbers, dates and lists are written in: the reader's, where
   * the panel is written in the reader's language (de-CH: German words, Swiss
   * digits); else the panel's language with the reader's region and options
   * (nn-NO read in Bokmål: nb-NO; English on a Romanian page: en-RO), so that
   * no sentence holds another language's month names or "and".
   */
  get formats(): string | undefined {
    const language = this.lang.split('-')[0];
    return this.locale?.replace(/^[a-z]{2,3}(?=-|$)/i, (own) => (own === language ? own : language));
  }

  /** Called once per update, before the element renders: follows a change of language, and starts loading its catalog. */
  follow(): void {
    const locale = this.#language();
    if (locale === this.#wanted) return;
    this.#wanted = locale;
    const id = catalogId(locale);
    const lang = id === 'en' && isComplete(overrides(locale)) ? locale : id;
    const take = (catalog: Catalog | undefined, written = lang) => {
      this.locale = locale;
      this.lang = written;
      this.catalog = catalog;
    };
    const catalog = catalogFor(locale);
    if (!(catalog instanceof Promise)) return take(catalog);
    // Until it is here, what is on screen stays, in its own language; the first time, the panel waits (loading).
    if (!this.catalog) take(undefined);
    void catalog.then((loaded) => {
      if (this.#wanted !== locale) return;
      // A catalog that could not be downloaded: the panel is written in English, and says so.
      take(loaded, hasCatalog(id) ? lang : 'en');
      this.host.requestUpdate();
    });
  }

  /**
   * The content's language and direction: the catalog's, or English while it
   * loads; and the element's own language (`pageLang`) where the content is in
   * another, for the publisher's texts. The direction is the catalog's from the
   * start, so that an Arabic or Hebrew panel does not turn around when its
   * catalog arrives (only a failed download leaves it left to right, in English).
   */
  written(): Pick<View, 'lang' | 'dir' | 'pageLang' | 'pending' | 'marked'> {
    const lang = this.catalog ? this.lang : 'en';
    const page = this.locale && this.locale.split('-')[0] !== lang.split('-')[0] ? { pageLang: this.locale } : {};
    const pending = this.catalog ? {} : { pending: true as const };
    // English standing in, with some messages the publisher wrote in the page's language: those are marked so.
    const keys = page.pageLang && lang === 'en' && this.catalog ? ownKeys(page.pageLang) : [];
    const marked = keys.length ? { marked: { lang: page.pageLang!, keys: new Set(keys) } } : {};
    const extra = { ...page, ...pending, ...marked };
    return rightToLeft(catalogId(this.lang)) ? { lang, dir: 'rtl', ...extra } : { lang, ...extra };
  }

  hostConnected(): void {
    this.#stop = onLanguageChange(this.host, () => {
      if (this.#language() !== this.#wanted) this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }
}
