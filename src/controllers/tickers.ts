import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { discovery } from '../data/discover.js';
import { parseTickers, type TickerToken } from '../data/tickers.js';
import { parseSnapshot, type ValidationResult } from '../data/validate.js';

/** What the element's attributes say about which companies to show. */
export interface TickerOptions {
  tickers: string;
  source?: string;
  maxTickers: number;
  linkPattern?: string;
  /** A response body given as a property (object or JSON text). */
  data?: unknown;
}

/**
 * Which cards the panel shows: the `tickers` attribute parsed, or the
 * companies the story mentions (`tickers="auto"`, with discovery loaded on
 * demand), or, with inline data and no tickers, the inline items in their
 * order. Inline data (the `data` property or a `<script type="application/json">`
 * child) is validated once per text.
 */
export class TickersController implements ReactiveController {
  tokens: TickerToken[] = [];
  inline?: ValidationResult;
  #placeholders = 0;

  /** The cards to show: the tokens, or, while discovery first loads, loading cards that are never asked for. */
  get shown(): readonly TickerToken[] {
    return this.tokens.length || !this.#placeholders
      ? this.tokens
      : Array.from({ length: this.#placeholders }, () => ({ ticker: '', valid: true }));
  }
  #inlineSource?: string;
  #reread = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /**
   * Called before each render with the attributes and whether they changed.
   * False while discovery itself is still loading: the panel stays as it is,
   * or, the first time, shows the loading cards its reserved space holds.
   */
  update(options: TickerOptions, changed: boolean): boolean {
    // The element itself (its properties are accessors: not to be copied).
    this.#options = options;
    this.inline = this.#readInline(options.data);
    if (!this.#reread && !changed && this.tokens.length) return true;
    this.#reread = false;
    const tokens = this.#auto() ? (isServer ? [] : this.#discover(options)) : parseTickers(this.#text());
    if (!tokens) {
      // Until the story is read, as many loading cards as the space reserved for them (--research-snapshot-cards).
      if (!this.tokens.length) {
        const reserved = parseInt(getComputedStyle(this.host).getPropertyValue('--research-snapshot-cards'), 10);
        this.#placeholders = Math.min(Math.max(reserved || 1, 1), options.maxTickers || 1);
      }
      return false;
    }
    this.#placeholders = 0;
    this.tokens = tokens.length || !this.inline?.ok ? tokens : this.inline.data.items.map((item) => ({ ticker: item.ticker, valid: true }));
    return true;
  }

  /** Put back in a page (a single-page app's new story, say): the story is read again. */
  hostConnected(): void {
    this.#reread = this.#auto();
  }

  hostDisconnected(): void {
    document.removeEventListener('DOMContentLoaded', this.#readAgain);
  }

  /**
   * With `tickers="auto"`, reads the story again now (`refresh()`): true when
   * it names other companies than the cards show, and the panel is to show them.
   */
  reread(): boolean {
    const options = this.#options;
    if (!options || !this.#auto() || discovery.get() instanceof Promise) return false;
    const found = this.#discover(options)?.map((t) => t.ticker);
    if (!found || found.join() === this.tokens.map((t) => t.ticker).join()) return false;
    this.#readAgain();
    return true;
  }

  #options?: TickerOptions;
  /** The `tickers` attribute; removed (null), or set to nothing as a property, it is no tickers. */
  #text = () => String(this.#options?.tickers ?? '');
  #auto = () => this.#text().trim().toLowerCase() === 'auto';

  #readAgain = () => {
    this.#reread = true;
    this.host.requestUpdate();
  };

  #readInline(data: unknown): ValidationResult | undefined {
    const given = data === undefined || typeof data === 'string' ? data : JSON.stringify(data);
    const script = isServer ? null : this.host.querySelector(':scope > script[type="application/json"]');
    const source = given ?? script?.textContent ?? undefined;
    if (source !== this.#inlineSource) {
      this.#inlineSource = source;
      this.inline = source === undefined ? undefined : parseSnapshot(source, isServer ? undefined : document.baseURI);
    }
    return this.inline;
  }

  /**
   * The tickers the story mentions; undefined while discovery is loading.
   * While the page is still being parsed (a script in <head>), the story is
   * read again once it is whole.
   */
  #discover({ source, maxTickers, linkPattern }: TickerOptions): TickerToken[] | undefined {
    const module = discovery.get();
    if (module instanceof Promise) {
      void module.then(this.#readAgain);
      return undefined;
    }
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', this.#readAgain, { once: true });
    let root: Element | null = null;
    try {
      root = source ? document.querySelector(source) : this.host.closest('article');
    } catch {
      console.error(`<research-snapshot>: "${source}" is not a valid CSS selector for the "source" attribute.`);
    }
    root ??= source ? null : (document.querySelector('main') ?? document.body);
    if (!root) return [];
    return module.discoverTickers(root, { cap: maxTickers, linkPattern }).map((ticker) => ({ ticker, valid: true }));
  }
}
