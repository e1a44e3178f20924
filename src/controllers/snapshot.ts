import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { configuredEndpoint } from '../config.js';
import { clientFor, type EndpointClient } from '../data/client.js';
import { ANY_AGE, NO_AGE } from '../data/cache.js';
import { SnapshotRequestError } from '../data/request.js';
import type { LoadState } from '../data/state.js';
import type { SnapshotData } from '../data/types.js';
import type { ValidationResult } from '../data/validate.js';
import { LazyStartController } from './lazy-start.js';

/** What the element's attributes ask for. */
export interface SnapshotSource {
  /** The endpoint in effect (attribute or page-wide default). */
  endpoint?: string;
  /** The `endpoint` attribute alone. */
  ownEndpoint?: string;
  /** Valid tickers, sorted. */
  tickers: string[];
  /** Whether the `tickers` attribute names anything at all. */
  named: boolean;
  /** A response body given inline, already validated. */
  inline?: ValidationResult;
  lazy: boolean;
  /** Milliseconds. */
  timeout: number;
  /** Seconds between refreshes; 0 for none. */
  refresh: number;
}

const NO_ENDPOINT =
  '<research-snapshot>: no endpoint. Set the "endpoint" attribute, or set window.ResearchSnapshotConfig = { endpoint: "…" } before the script loads.';
const NO_TICKERS =
  '<research-snapshot>: no tickers. Set the "tickers" attribute, e.g. tickers="MSFT,AMZN"; with tickers="auto", the story (see "source") holds no cashtag, data-ticker element or stock link.';
const EMPTY: SnapshotData = { items: [], errors: [] };

/** The state a response body given inline puts the panel in. */
function inlineState(inline: ValidationResult): LoadState {
  return inline.ok
    ? { status: 'complete', data: inline.data, fetchedAt: Date.parse(inline.data.asOf ?? '') || Date.now() }
    : { status: 'error', error: new SnapshotRequestError('invalid-response', `Inline data: ${inline.error}`) };
}

/**
 * Data loading: wires the element to the page-wide client, what to load and
 * when (on a lazy start, on refresh, on page visibility), and undoes all of
 * it on disconnect.
 */
export class SnapshotController implements ReactiveController {
  state: LoadState = { status: 'loading' };
  #source?: SnapshotSource;
  #key?: string;
  #client?: EndpointClient;
  #inflight?: AbortController;
  #timer?: ReturnType<typeof setTimeout>;
  readonly #lazy: LazyStartController;
  /** A lazy panel without an endpoint came near the viewport: it says so now rather than wait again. */
  #near = false;
  /** The `endpoint` attribute inline data was first shown with (null: none shown yet). */
  #inlineWith: string | undefined | null = null;
  /** The inline data on screen. */
  #inline?: ValidationResult;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    this.#lazy = new LazyStartController(host);
  }

  /** Called by the host before each render with what its attributes say. */
  set(source: SnapshotSource): void {
    const previous = this.#source;
    this.#source = source;
    // An update that runs after removal (or on a server) starts nothing; inline data still renders.
    if (!this.host.isConnected) {
      if (source.inline) this.state = inlineState(source.inline);
      return;
    }
    const key = JSON.stringify([source.endpoint, source.tickers, source.named, !!source.inline]);
    // New inline data (the data property set again) starts over too.
    if (key !== this.#key || source.inline !== previous?.inline) {
      this.#key = key;
      this.#start();
      return;
    }
    // loading="eager" set on a panel still waiting to be seen: it asks now.
    if (previous?.lazy && !source.lazy) this.#lazy.now();
    if (previous && previous.refresh !== source.refresh) this.#schedule();
  }

  /** Whether Try again can do anything: there is an endpoint to ask (not so for unusable inline data alone). */
  get retriable(): boolean {
    return !!this.#client;
  }

  /**
   * "Try again" after a failure: the message says it is loading while the
   * request runs, so that its outcome is seen (and a new failure heard) again.
   */
  retry(): void {
    if (this.state.status !== 'error' || !this.#client) return;
    this.#set({ status: 'retrying', error: this.state.error });
    this.refresh();
  }

  /** Fetches again now, whatever the cache holds; without an endpoint, looks for one again (page-wide, set since). */
  refresh(): void {
    if (!this.host.isConnected) return;
    if (this.#client) void this.#fetch(NO_AGE);
    // No endpoint so far, and now a page-wide one: take it.
    else if (this.state.status === 'error' && this.state.error.kind === 'config' && configuredEndpoint()) this.#again();
  }

  /** Starts over from what the host's attributes and the page-wide settings say now. */
  #again(): void {
    this.#key = undefined;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
    // Coming back after removal: start again from the cache.
    if (this.#key === undefined) this.#again();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#stop();
    this.#key = undefined;
    this.#near = false;
  }

  #stop(): void {
    this.#letGo();
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#lazy.cancel();
  }

  /**
   * Leaves the request under way a task later: a panel moved or mounted again
   * in the same task, or a new load of the same tickers, joins it rather than
   * asks again. Its answer is this panel's no more.
   */
  #letGo(): void {
    const inflight = this.#inflight;
    this.#inflight = undefined;
    if (inflight) setTimeout(() => inflight.abort());
  }

  #set(state: LoadState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  /**
   * Whether the inline data is what to show: always on the first render;
   * afterwards, while it covers every ticker asked for and the `endpoint`
   * attribute is the one it was first shown with (else the endpoint is asked).
   */
  #inlineShown({ inline, endpoint, ownEndpoint, tickers }: SnapshotSource): boolean {
    if (!inline) return false;
    if (this.#inlineWith === null) {
      this.#inlineWith = ownEndpoint;
      return true;
    }
    if (!endpoint) return true;
    const known = inline.ok ? [...inline.data.items, ...inline.data.errors].map((r) => r.ticker) : [];
    return ownEndpoint === this.#inlineWith && inline.ok && tickers.every((t) => known.includes(t));
  }

  #start(): void {
    this.#stop();
    this.#client = undefined;
    const source = this.#source!;
    const { endpoint } = source;
    const inline = this.#inlineShown(source) ? source.inline : undefined;

    if (inline) {
      // The same data again (a page-wide endpoint arriving, say): what is on screen stays, and is not announced again.
      if (inline !== this.#inline) this.#set(inlineState(inline));
      this.#inline = inline;
      if (!endpoint) return;
    } else if (!endpoint) {
      // The page-wide endpoint may be set after the script: a lazy panel looks again once it is near.
      if (source.lazy && !this.#near) {
        this.#set({ status: 'loading' });
        return this.#lazy.when(() => {
          this.#near = true;
          // A task later: this may run within an update (loading="eager"), which would not take another.
          queueMicrotask(() => this.#again());
        });
      }
      return this.#set({ status: 'error', error: new SnapshotRequestError('config', NO_ENDPOINT) });
    } else if (!source.named) {
      return this.#set({ status: 'error', error: new SnapshotRequestError('config', NO_TICKERS) });
    }

    const client = clientFor(endpoint);
    try {
      client.url(source.tickers);
    } catch (error) {
      return this.#set({ status: 'error', error: error as SnapshotRequestError });
    }
    if (inline) {
      this.#client = client;
      return this.#schedule();
    }
    if (!source.tickers.length) return this.#set({ status: 'complete', data: EMPTY, fetchedAt: 0, unasked: true });
    this.#client = client;

    const cached = client.peek(source.tickers, this.#maxAge());
    if (cached) {
      this.#set({ status: 'complete', data: cached.data, fetchedAt: cached.fetchedAt });
      // Fresh: nothing to ask. Stale: shown now, revalidated in the background.
      if (cached.fresh) return this.#schedule();
      return void this.#fetch(this.#maxAge());
    }
    this.#set({ status: 'loading' });
    // Lazy, unless it already came near while it had no endpoint, or its tickers are being fetched anyway (it was moved).
    if (source.lazy && !this.#near && !client.fetching(source.tickers)) {
      this.#lazy.when(() => void this.#fetch(this.#maxAge()));
    } else {
      void this.#fetch(this.#maxAge());
    }
  }

  /** How old cached data may be: no older than the refresh period. */
  #maxAge(): number {
    return this.#source?.refresh || ANY_AGE;
  }

  async #fetch(maxAge: number): Promise<void> {
    const client = this.#client;
    const source = this.#source;
    if (!client || !source || !this.host.isConnected) return;
    clearTimeout(this.#timer);
    this.#letGo();
    const controller = new AbortController();
    this.#inflight = controller;
    let result;
    try {
      result = await client.load(source.tickers, { signal: controller.signal, timeout: source.timeout, maxAge });
    } catch {
      return; // Aborted: superseded or removed.
    }
    if (controller.signal.aborted || this.#inflight !== controller) return;
    this.#inflight = undefined;

    const { failure, failed = [], data, fetchedAt, missing } = result;
    const shown = this.state.status === 'complete' ? this.state : undefined;
    if (!failure) {
      this.#set({ status: 'complete', data, fetchedAt });
    } else if (missing.length === source.tickers.length) {
      // Nothing newer to show: keep what is on screen, marked stale, or fail.
      this.#set(shown ? { ...shown, stale: { since: shown.fetchedAt, error: failure } } : { status: 'error', error: failure });
    } else if (failed.some((t) => !missing.includes(t))) {
      // Some of what is shown is older than asked for: marked with its time.
      this.#set({ status: 'complete', data, fetchedAt, stale: { since: fetchedAt, error: failure, tickers: failed } });
    } else {
      // Everything shown is new; the tickers the failure left with nothing are unavailable, and said to have failed.
      this.#set({ status: 'complete', data, fetchedAt, failed: { error: failure, tickers: missing } });
    }
    this.#schedule();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const seconds = this.#source?.refresh ?? 0;
    if (!seconds || !this.#client || document.hidden || !this.host.isConnected || this.#lazy.waiting) return;
    this.#timer = setTimeout(() => void this.#fetch(seconds), seconds * 1000);
  }

  #onVisibility = (): void => {
    if (!this.#source?.refresh || !this.#client || this.#lazy.waiting) return;
    if (document.hidden) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    } else if (!this.#inflight) {
      // Back in view: revalidate once, then poll again.
      void this.#fetch(this.#source.refresh);
    }
  };
}
