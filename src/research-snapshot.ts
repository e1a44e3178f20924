import { LitElement, isServer, type PropertyValues } from 'lit';
import { configuredEndpoint, configuredScoreName, refreshSeconds, seconds } from './config.js';
import { warmCardFormats } from './format/warm.js';
import { DEFAULT_TIMEOUT_MS } from './data/request.js';
import { DEFAULT_CAP, requested } from './data/tickers.js';
import { styles } from './research-snapshot.styles.js';
import { SnapshotController } from './controllers/snapshot.js';
import { ClampController } from './controllers/clamp.js';
import { PageSchemeController } from './controllers/page-scheme.js';
import { ShrinkController } from './controllers/shrink.js';
import { TickersController } from './controllers/tickers.js';
import { RetryFocusController } from './controllers/retry-focus.js';
import { AnnounceController } from './controllers/announce.js';
import { LanguageController } from './controllers/language.js';
import { MovementController } from './controllers/movement.js';
import en from './locales/en.js';
import { snapshotTemplate } from './templates/snapshot.js';
import type { View } from './templates/view.js';

export type { ResearchSnapshotConfig } from './config.js';

/**
 * The Research Snapshot panel: live stock context for the companies a story
 * mentions, one card per ticker, from the publisher's endpoint. A `<script type="application/json">` child holding a response body renders with no request (static pages, server-rendered templates, previews); it is never shown.
 *
 * @summary Research Snapshot panel for news articles.
 *
 * @fires {SnapshotLoadEvent} snapshot-load - Cards have rendered from a usable response (none when every ticker is invalid, so nothing was asked). `detail.items` holds the items rendered, in card order; `detail.provider` and `detail.asOf` come from the response. After a failed refresh it fires again with the older items and `detail.stale: true`, before `snapshot-error`.
 * @fires {SnapshotErrorEvent} snapshot-error - The request failed as a whole, the element is not configured, or some tickers have no data. `detail.kind` is one of `config`, `network`, `timeout`, `http`, `invalid-response`, `unavailable`, `invalid-ticker`; `detail.status` is the HTTP status if any; `detail.tickers` lists the tickers affected; `detail.message` says what happened.
 *
 * @slot heading - Replaces the heading text ("Research Snapshot").
 * @slot subheading - Replaces the sub-heading text.
 * @slot footer - Replaces the footer text.
 *
 * @csspart panel - The panel around everything.
 * @csspart heading - The heading.
 * @csspart subheading - The sub-heading.
 * @csspart cards - The list of cards.
 * @csspart card - One company's card; it carries `data-ticker` (upper case) and `data-state` (`item`, `unavailable` or `invalid`). Loading placeholders are `card skeleton`.
 * @csspart skeleton - A loading placeholder card.
 * @csspart name - The company's name (the ticker when the name is unknown).
 * @csspart ticker - The ticker symbol beside the name.
 * @csspart sector - The company's sector.
 * @csspart score - The score row: number, meter and label.
 * @csspart meter - The 0–100 score meter (a native `<meter>`).
 * @csspart label - The score's label (Strong, Moderate, Weak, Poor).
 * @csspart price - The price row: price, change and time.
 * @csspart change - Today's change, with its sign and an arrow.
 * @csspart score-change - In the compact layout, the score's change since the previous snapshot, after the label.
 * @csspart movement - How the score moved: the trend line and what changed since the previous snapshot.
 * @csspart trend - The score's trend line (inline SVG, named in words), drawn from `history`.
 * @csspart explanation - The sentence that explains the score.
 * @csspart coverage - The note shown when some signals have not arrived.
 * @csspart link - The link to the company's research page.
 * @csspart more - The More / Less button, shown when the explanation has more than its lines show.
 * @csspart status - A card's message when its ticker has no data or is invalid.
 * @csspart message - The panel's message when nothing could be loaded.
 * @csspart retry - The "Try again" button after a failed request.
 * @csspart stale - The note shown when a refresh failed and older data stays on screen.
 * @csspart footer - The footer.
 *
 * @cssprop [--research-snapshot-font-family=inherit] - Font of the panel; the host page's by default.
 * @cssprop [--research-snapshot-background=#ffffff] - Panel background.
 * @cssprop [--research-snapshot-color=#1a1d21] - Main text colour.
 * @cssprop [--research-snapshot-muted-color=#51575f] - Secondary text colour.
 * @cssprop [--research-snapshot-border-color=#d5d9de] - Borders of panel and cards.
 * @cssprop [--research-snapshot-card-background=#f7f8fa] - Card background.
 * @cssprop [--research-snapshot-accent-color=#0b57d0] - Links, focus ring and the retry button.
 * @cssprop [--research-snapshot-gain-color=#146c2e] - A rising price.
 * @cssprop [--research-snapshot-loss-color=#b3261e] - A falling price.
 * @cssprop [--research-snapshot-meter-track-color=#d5d9de] - The empty part of the meter and the skeleton.
 * @cssprop [--research-snapshot-meter-edge-color=#848c95] - The meter's outline, which marks where 100 is (keep it at 3:1 against the card).
 * @cssprop [--research-snapshot-spacing=0.75em] - Horizontal spacing: the panel's side padding and the gap between card columns. Vertical spacing is fixed, so that the space reserved before loading stays exact.
 * @cssprop [--research-snapshot-strong-color=#146c2e] - Meter and label for Strong scores.
 * @cssprop [--research-snapshot-moderate-color=#0b57d0] - Meter and label for Moderate scores.
 * @cssprop [--research-snapshot-weak-color=#975700] - Meter and label for Weak scores.
 * @cssprop [--research-snapshot-poor-color=#b3261e] - Meter and label for Poor scores.
 * @cssprop [--research-snapshot-radius=8px] - Corner radius of panel and cards.
 * @cssprop [--research-snapshot-cards=1] - How many cards' height to reserve before the data arrives (and before the script runs, with `research-snapshot.css`); set it from a stylesheet under a strict Content-Security-Policy.
 * @cssprop [--research-snapshot-font-size=medium] - Base text size: the reader's default (`medium`, 16px unless the reader has chosen another); every length of the panel scales with it, and column breakpoints are in em of it. `1em` matches the surrounding text.
 */
export class ResearchSnapshot extends LitElement {
  static override styles = styles;

  /** The reactive properties and their attributes; each is described at its field below. */
  static override properties = {
    tickers: {},
    source: {},
    maxTickers: { attribute: 'max-tickers', type: Number },
    linkPattern: { attribute: 'link-pattern' },
    endpoint: {},
    data: { attribute: false },
    provider: {},
    heading: {},
    subheading: {},
    footer: {},
    loading: {},
    timeout: { type: Number },
    refreshInterval: { attribute: 'refresh', type: Number },
    theme: { reflect: true },
    layout: { reflect: true },
    transparent: { type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    scoreName: { attribute: 'score-name' },
  };

  /**
   * Ticker symbols, comma and/or whitespace separated, case-insensitive.
   * Duplicates are dropped; cards keep the order given. A token that is not
   * `[A-Z0-9.:-]{1,12}` is not requested and its card says it is invalid.
   * With inline data and no tickers, the inline items are shown in their order.
   * `auto` finds the companies the story mentions (see `source`).
   */
  tickers = '';

  /**
   * With `tickers="auto"`: a CSS selector for the story to read (default: the closest `article`, else the page's `main`
   * or body). Cashtags (`$MSFT`), elements with `data-ticker` and links to stock pages count, in order of first mention.
   */
  source?: string;

  /** With `tickers="auto"`: the most companies to show (default 8). */
  maxTickers = DEFAULT_CAP;

  /**
   * With `tickers="auto"`: a regular expression for links to stock pages,
   * whose first group is the ticker, tried on the link's path, then on its full
   * address (e.g. `[?&]s=([A-Z.]+)`). The default reads the path only: `/quote/MSFT`,
   * `/stocks/MSFT`, `/symbol/MSFT`; `MSFT:NASDAQ` counts as MSFT.
   */
  linkPattern?: string;

  /**
   * URL of the snapshot endpoint, absolute or relative to the page. Without it, `window.ResearchSnapshotConfig.endpoint`
   * is used. When it contains `{ticker}`, each ticker is fetched on its own from that URL with the ticker substituted
   * (e.g. static JSON files on a CDN).
   */
  endpoint?: string;

  /** A response body (object or JSON text) to render with no request, like a `<script type="application/json">` child. Server rendering uses it. */
  data?: unknown;

  /** Provider named in the footer when the response names none. */
  provider?: string;

  /** Replaces the heading text. */
  heading?: string;

  /** Replaces the sub-heading text. */
  subheading?: string;
  /** Replaces the footer text (e.g. where the default's "source wire linked above" is not true). */
  footer?: string;

  /** `lazy` waits until the element is within 300 px of the viewport before asking the endpoint; `eager` asks at once. */
  loading: 'lazy' | 'eager' = 'lazy';

  /** Seconds before a request is given up as timed out. */
  timeout = DEFAULT_TIMEOUT_MS / 1000;

  /**
   * Seconds between refreshes (the `refresh` attribute); none when 0, at least 5. Polling
   * pauses while the page is hidden and revalidates once when it is shown again.
   * A failed refresh keeps the data on screen, marked with its time.
   */
  refreshInterval = 0;

  /**
   * `light`, `dark`, or `auto`: the colour scheme the page declares (`color-scheme` on the root element or an
   * ancestor, or `<meta name="color-scheme">`), else (transparent) the background's, else the reader's; followed live.
   */
  theme: 'light' | 'dark' | 'auto' = 'light';

  /** `full` cards, or `compact`: one line per company, for sidebars. */
  layout: 'full' | 'compact' = 'full';

  /** No background of its own: the page shows through; the text follows the page's declared scheme (with `auto`, else its background's). */
  transparent = false;

  /** Level of the panel's heading (1–6), to fit the page's outline; company names are one level below. */
  headingLevel = 2;

  /** The score's name, shown before it and in the sentences about it (default: the catalog's, "Alpha Score"). */
  scoreName?: string;

  #data = new SnapshotController(this);
  #language = new LanguageController(this);
  #scheme = new PageSchemeController(this);
  #shrink = new ShrinkController(this);
  #tickers = new TickersController(this);
  #clamp = new ClampController(this);
  #focus = new RetryFocusController(this, () => this.#data.state);
  #movement = new MovementController(this);

  // Announcing needs nothing from the element but what it shows.
  #announce = new AnnounceController(this, () => ({ state: this.#data.state, tokens: this.#tickers.tokens, ready: this.#ready() }));

  /** Whether what the data says can be shown: in the panel's words and colours, with every part its cards need. */
  #ready = () => this.#movement.ready(this.#data.state, !!this.#language.catalog && this.#scheme.ready(this.theme, this.transparent));

  /** Fetches fresh data now, whatever the cache holds; with `tickers="auto"`, after reading the story again. */
  refresh(): void {
    if (this.#tickers.reread()) void this.updateComplete.then(() => this.#data.refresh());
    else this.#data.refresh();
  }

  /** `lang` is the platform's attribute; a change to it re-renders in the new language. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** Server-rendered markup stays on screen until the client can render the same thing: its words, and how the score moved if shown. */
  #serverMarkup?: { moved: boolean };

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    this.#language.follow();
    const moved = !this.#serverMarkup?.moved || this.#movement.load();
    const same = !!this.#language.catalog && moved && this.#scheme.ready(this.theme, this.transparent);
    return (!this.#serverMarkup || same) && super.shouldUpdate(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Server rendering calls willUpdate() but not shouldUpdate(): there, the language is followed here (once either way).
    if (isServer) this.#language.follow();
    const changes = (['tickers', 'source', 'maxTickers', 'linkPattern', 'data'] as const).some((name) => changed.has(name));
    // Discovery is on its way: stay as we are until it has read the story.
    if (!this.#tickers.update(this, changes)) return;
    const { tokens, inline } = this.#tickers;
    this.#data.set({
      endpoint: this.endpoint?.trim() || configuredEndpoint(),
      ownEndpoint: this.endpoint?.trim() || undefined,
      tickers: requested(tokens).sort(),
      named: tokens.length > 0,
      inline,
      lazy: this.loading !== 'eager',
      timeout: (seconds(this.timeout, 0) || DEFAULT_TIMEOUT_MS / 1000) * 1000,
      refresh: refreshSeconds(this.refreshInterval),
    });
    const { status } = this.#data.state;
    this.#shrink.follow(!!this.#language.catalog && (status === 'error' || status === 'retrying'));
  }

  /**
   * Server markup (declarative shadow DOM) is replaced by the first client render, in the same task:
   * no visible change, no second request (the data came inline). Not @lit-labs/ssr-client's hydration:
   * it adds 1.9 KB brotli to a minimal element (5.3 → 7.2 KB, esbuild) against about 0.2 KB for this,
   * and needs the first client render to match the server's exactly, while here the server's markup
   * stays until the client has the same words (its catalog).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (!isServer && !this.hasUpdated && root.childNodes.length) {
      // Render into the emptied root, not before a server node.
      this.#serverMarkup = { moved: !!(root as ShadowRoot).querySelector('[part~="movement"], [part~="score-change"]') };
      this.#movement.shown();
      this.renderOptions.renderBefore = null;
    }
    return root;
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.#serverMarkup) {
      this.#serverMarkup = undefined;
      this.renderRoot.replaceChildren();
    }
    super.update(changed);
  }

  protected override updated(): void {
    // While the data is on its way, the formatters its cards need are built in idle time.
    if (this.#data.state.status === 'loading' && this.#language.formats) warmCardFormats(this.#language.formats);
  }

  #retry = () => (this.#focus.retrying(), this.#data.retry());

  protected override render() {
    const state = this.#data.state;
    const catalog = this.#language.catalog;
    const ready = this.#ready();
    const view: View = {
      t: catalog ?? en,
      name: this.scoreName?.trim() || configuredScoreName() || (catalog ?? en).scoreName,
      now: Date.now(),
      ...this.#language.written(),
      locale: this.#language.formats ?? 'en-US',
      level: Math.min(Math.max(Math.round(this.headingLevel) || 2, 1), 6),
      expanded: this.#clamp.expanded,
      movement: this.#movement.parts,
      scheme: this.#scheme.for(this.theme, this.transparent),
    };
    const text = { heading: this.heading, subheading: this.subheading, footer: this.footer, provider: this.provider };
    const on = { onRetry: this.#data.retriable ? this.#retry : undefined, onCardClick: this.#clamp.onClick, tokens: this.#tickers.shown };
    return snapshotTemplate(view, { state, ready, text, shrunk: this.#shrink.shrunk, voice: this.#announce.voice, ...on });
  }
}
