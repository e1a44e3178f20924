import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { entriesFor, type Entry } from './data/entries.js';
import { DEFAULT_TIMEOUT_MS, SnapshotRequestError, fetchSnapshot, snapshotUrl } from './data/request.js';
import { parseTickers, type TickerToken } from './data/tickers.js';
import type { SnapshotData } from './data/types.js';
import { SnapshotErrorEvent, SnapshotLoadEvent } from './events.js';
import { styles } from './research-snapshot.styles.js';
import { cardTemplate, skeletonCard } from './templates/card.js';
import { cardList, failureTemplate, loadingStatus, panelTemplate, unavailableTemplate } from './templates/panel.js';

/** Page-wide defaults, set before the script loads. */
export interface ResearchSnapshotConfig {
  /** The endpoint used by every element without an `endpoint` attribute. */
  endpoint?: string;
}

declare global {
  interface Window {
    ResearchSnapshotConfig?: ResearchSnapshotConfig;
  }
}

type LoadState =
  | { status: 'loading' }
  | { status: 'complete'; data: SnapshotData; entries: Entry[] }
  | { status: 'error'; error: SnapshotRequestError };

const NO_ENDPOINT =
  '<research-snapshot>: no endpoint. Set the "endpoint" attribute, or set window.ResearchSnapshotConfig = { endpoint: "…" } before the script loads.';
const NO_TICKERS = '<research-snapshot>: no tickers. Set the "tickers" attribute, e.g. tickers="MSFT,AMZN".';

function asFailure(error: unknown): SnapshotRequestError {
  return error instanceof SnapshotRequestError
    ? error
    : new SnapshotRequestError('network', error instanceof Error ? error.message : String(error));
}

/**
 * The Research Snapshot panel: live stock context for the companies a story
 * mentions, one card per ticker, from the publisher's endpoint.
 *
 * @summary Research Snapshot panel for news articles.
 *
 * @fires {SnapshotLoadEvent} snapshot-load - Cards have rendered from a usable response. `detail.items` holds the items rendered, in card order; `detail.provider` and `detail.asOf` come from the response.
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
 * @csspart explanation - The sentence that explains the score.
 * @csspart coverage - The note shown when some signals have not arrived.
 * @csspart link - The link to the company's research page.
 * @csspart status - A card's message when its ticker has no data or is invalid.
 * @csspart message - The panel's message when nothing could be loaded.
 * @csspart retry - The "Try again" button after a failed request.
 * @csspart footer - The footer.
 *
 * @cssprop [--research-snapshot-font-family=inherit] - Font of the panel; the host page's by default.
 * @cssprop [--research-snapshot-background=#ffffff] - Panel background.
 * @cssprop [--research-snapshot-color=#1a1d21] - Main text colour.
 * @cssprop [--research-snapshot-muted-color=#545b64] - Secondary text colour.
 * @cssprop [--research-snapshot-border-color=#d5d9de] - Borders of panel and cards.
 * @cssprop [--research-snapshot-card-background=#f7f8fa] - Card background.
 * @cssprop [--research-snapshot-accent-color=#0b57d0] - Links, focus ring and the retry button.
 * @cssprop [--research-snapshot-gain-color=#146c2e] - A rising price.
 * @cssprop [--research-snapshot-loss-color=#b3261e] - A falling price.
 * @cssprop [--research-snapshot-meter-track-color=#d5d9de] - The empty part of the meter and the skeleton.
 * @cssprop [--research-snapshot-strong-color=#146c2e] - Meter and label for Strong scores.
 * @cssprop [--research-snapshot-moderate-color=#0b57d0] - Meter and label for Moderate scores.
 * @cssprop [--research-snapshot-weak-color=#a15c00] - Meter and label for Weak scores.
 * @cssprop [--research-snapshot-poor-color=#b3261e] - Meter and label for Poor scores.
 * @cssprop [--research-snapshot-radius=8px] - Corner radius of panel and cards.
 * @cssprop [--research-snapshot-spacing=12px] - Padding and gaps.
 */
export class ResearchSnapshot extends LitElement {
  static override styles = styles;

  /**
   * Ticker symbols, comma and/or whitespace separated, case-insensitive.
   * Duplicates are dropped; cards keep the order given. A token that is not
   * `[A-Z0-9.:-]{1,12}` is not requested and its card says it is invalid.
   */
  @property() tickers = '';

  /**
   * URL of the snapshot endpoint, absolute or relative to the page. Without
   * it, `window.ResearchSnapshotConfig.endpoint` is used.
   */
  @property() endpoint?: string;

  /** Provider named in the footer when the response names none. */
  @property() provider?: string;

  /** Replaces the heading text. */
  @property() heading?: string;

  /** Replaces the sub-heading text. */
  @property() subheading?: string;

  #tokens: TickerToken[] = [];
  /** Identity of the data shown: endpoint and sorted valid tickers. */
  #key?: string;
  #state: LoadState = { status: 'loading' };
  #announced?: LoadState;
  #inflight?: AbortController;
  #reported = new Set<string>();

  /** The endpoint in effect: the attribute, else the page-wide default. */
  #endpoint(): string | undefined {
    const fromConfig = globalThis.window?.ResearchSnapshotConfig?.endpoint;
    const endpoint = this.endpoint ?? (typeof fromConfig === 'string' ? fromConfig : undefined);
    return endpoint?.trim() || undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tickers')) this.#tokens = parseTickers(this.tickers);
    const tickers = this.#tokens.filter((t) => t.valid).map((t) => t.ticker).sort();
    const endpoint = this.#endpoint();
    const key = `${endpoint}\n${tickers}`;
    if (key !== this.#key) {
      this.#key = key;
      void this.#load(endpoint, tickers);
    }
  }

  /** Loads data for the current key; a superseded load is aborted and its result dropped. */
  async #load(endpoint: string | undefined, tickers: string[]): Promise<void> {
    this.#inflight?.abort();
    const controller = new AbortController();
    this.#inflight = controller;
    this.#state = { status: 'loading' };
    let next: LoadState;
    try {
      if (!endpoint) throw new SnapshotRequestError('config', NO_ENDPOINT);
      if (!this.#tokens.length) throw new SnapshotRequestError('config', NO_TICKERS);
      // Build the URL first, so a malformed endpoint is reported even with no valid ticker.
      const url = snapshotUrl(endpoint, tickers, document.baseURI);
      const data = tickers.length
        ? await fetchSnapshot(url, { signal: controller.signal, timeout: DEFAULT_TIMEOUT_MS })
        : { items: [], errors: [] };
      next = { status: 'complete', data, entries: entriesFor(this.#tokens, data) };
    } catch (error) {
      next = { status: 'error', error: asFailure(error) };
    }
    if (controller.signal.aborted) return;
    this.#inflight = undefined;
    this.#state = next;
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A load aborted by removal starts again when the element comes back.
    if (this.#key === undefined) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#inflight) {
      this.#inflight.abort();
      this.#inflight = undefined;
      this.#key = undefined;
    }
  }

  protected override updated(): void {
    const state = this.#state;
    if (state === this.#announced || state.status === 'loading') return;
    this.#announced = state;
    if (state.status === 'error') {
      const { kind, message, status } = state.error;
      if (kind === 'config') {
        // One console message per distinct problem, however often it renders.
        if (this.#reported.has(message)) return;
        this.#reported.add(message);
        console.error(message);
      }
      const tickers = this.#tokens.filter((t) => t.valid).map((t) => t.ticker);
      this.#emit(new SnapshotErrorEvent({ kind, ...(status !== undefined && { status }), tickers, message }));
      return;
    }
    const { data, entries } = state;
    const items = entries.flatMap((e) => (e.state === 'item' ? [e.item] : []));
    this.#emit(
      new SnapshotLoadEvent({
        items,
        ...(data.provider && { provider: data.provider }),
        ...(data.asOf && { asOf: data.asOf }),
      }),
    );
    for (const kind of ['unavailable', 'invalid-ticker'] as const) {
      const tickers = entries
        .filter((e) => e.state === (kind === 'unavailable' ? 'unavailable' : 'invalid'))
        .map((e) => e.ticker);
      if (tickers.length) {
        this.#emit(
          new SnapshotErrorEvent({
            kind,
            tickers,
            message:
              kind === 'unavailable'
                ? `No data for ${tickers.join(', ')}.`
                : `Not ticker symbols, so not requested: ${tickers.join(', ')}.`,
          }),
        );
      }
    }
  }

  /** Events are documented in the class JSDoc; this keeps the manifest to those entries. */
  #emit(event: Event): void {
    this.dispatchEvent(event);
  }

  #retry = () => {
    this.#key = undefined;
    this.requestUpdate();
  };

  protected override render() {
    const state = this.#state;
    const text = {
      heading: this.heading,
      subheading: this.subheading,
      provider: (state.status === 'complete' && state.data.provider) || this.provider,
    };
    switch (state.status) {
      case 'complete':
        return panelTemplate(text, cardList(state.entries.map(cardTemplate)), false);
      case 'error':
        return panelTemplate(
          text,
          state.error.kind === 'config' ? unavailableTemplate() : failureTemplate(this.#retry),
          false,
        );
      default:
        return panelTemplate(
          text,
          html`${loadingStatus()}${cardList(this.#tokens.map((t) => skeletonCard(t.ticker)))}`,
          true,
        );
    }
  }
}
