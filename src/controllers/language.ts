import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Catalog } from '../locales/catalog.js';
import { languageOf, onLanguageChange } from '../locales/lang.js';
import { canonicalLocale, catalogFor } from '../locales/load.js';

/**
 * Language and catalog: the element's language is its own `lang`, else the
 * closest ancestor's (across shadow roots), else the document's, else en-US;
 * a change anywhere above renders again. Its catalog is at hand at once or
 * loaded on demand; until it is here, `catalog` is undefined.
 */
export class LanguageController implements ReactiveController {
  locale?: string;
  catalog?: Catalog;
  #stop?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The language the element should speak now. */
  #language(): string {
    return canonicalLocale(isServer ? this.host.getAttribute('lang') : languageOf(this.host));
  }

  /** Called once per update, before the element renders: follows a change of language, and starts loading its catalog. */
  follow(): void {
    const locale = this.#language();
    if (locale === this.locale) return;
    this.locale = locale;
    const catalog = catalogFor(locale);
    if (!(catalog instanceof Promise)) {
      this.catalog = catalog;
      return;
    }
    this.catalog = undefined;
    void catalog.then((loaded) => {
      if (this.locale !== locale) return;
      this.catalog = loaded;
      this.host.requestUpdate();
    });
  }

  hostConnected(): void {
    this.#stop = onLanguageChange(this.host, () => {
      if (this.#language() !== this.locale) this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }
}
