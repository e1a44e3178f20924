import { setting } from '../config.js';
import { TaskBatch, chunks } from './batch.js';
import { ANY_AGE, SnapshotCache, type Assembled } from './cache.js';
import { Flight, MAX_DELAY } from './flight.js';
import { DEFAULT_TIMEOUT_MS, SnapshotRequestError, TICKER_PLACEHOLDER, snapshotUrl, tickerUrl, timeoutError } from './request.js';
import type { SnapshotData } from './types.js';

export { retryDelay } from './flight.js';

/**
 * The page-wide data client: one per endpoint, shared by every element. It
 * wires three parts, each in its own module:
 *
 * - batching (`batch.ts`): tickers asked for in the same task are fetched
 *   together, the sorted union split into the fewest requests of at most
 *   `batchSize`; a ticker already being fetched is not asked for again;
 * - the cache and when not to ask (`cache.ts`);
 * - one request with its retries and its deadline (`flight.ts`), aborted
 *   when no caller waits for it any more.
 */

/** What one caller of `load()` waits for. */
interface Ticket {
  /** Tickers to fetch in the next batch. */
  tickers: readonly string[];
  signal?: AbortSignal;
  /** Milliseconds the caller waits. */
  timeout: number;
  /** Whether the caller wants data newer than any stored copy. */
  reload: boolean;
  /** The requests it waits for, so that it can leave them all, even one started for it a moment ago. */
  flights: Set<Flight<Ticket>>;
  /** It stopped waiting (aborted or timed out) before its batch was sent. */
  gone: boolean;
}

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before the caller gives up waiting. */
  timeout?: number;
  /** Seconds: entries older than this are fetched again even if still fresh by their own max-age; 0 for always. */
  maxAge?: number;
}

/** What the cache holds for a set of tickers. */
export interface Snapshot {
  data: SnapshotData;
  /** When the oldest of them is from (its response's `asOf`, else when it was fetched). */
  fetchedAt: number;
  /** Whether all of them are fresh. */
  fresh: boolean;
}

export interface LoadResult extends Assembled {
  /** Set when a request failed: its tickers are shown from older data, or missing. */
  failure?: SnapshotRequestError;
  /** With `failure`: the tickers of the requests that failed (shown from older data, or missing). */
  failed?: string[];
}

export interface ClientOptions {
  /** The `fetch` requests go through; the page's by default. */
  fetch?: typeof fetch;
}

/** `promise`, or the reason of the first of `signals` to abort. */
function until<T>(promise: Promise<T>, ...signals: (AbortSignal | undefined)[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const live = signals.filter((signal): signal is AbortSignal => !!signal);
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the signal's own reason
    const abort = (event?: Event) => reject(((event?.target as AbortSignal | undefined) ?? live.find((s) => s.aborted))?.reason);
    if (live.some((signal) => signal.aborted)) return abort();
    for (const signal of live) signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => live.forEach((signal) => signal.removeEventListener('abort', abort)));
  });
}

export class EndpointClient {
  readonly #cache = new SnapshotCache();
  readonly #inflight = new Map<string, Flight<Ticket>>();
  /** Per flight: its outcome once stored in the cache (or the failure it ended with). */
  readonly #stored = new WeakMap<Flight<Ticket>, Promise<void>>();
  /** Per flight: the tickers it asks for. */
  readonly #tickersOf = new WeakMap<Flight<Ticket>, readonly string[]>();
  readonly #batch = new TaskBatch<Ticket>((tickets) => this.#flush(tickets));
  readonly #perTicker: boolean;
  readonly #fetch?: typeof fetch;

  constructor(
    readonly endpoint: string,
    options: ClientOptions = {},
  ) {
    this.#perTicker = endpoint.includes(TICKER_PLACEHOLDER);
    this.#fetch = options.fetch;
  }

  /** The URL a set of tickers is fetched from (throws a `config` error for a bad endpoint). */
  url(tickers: readonly string[]): string {
    const base = globalThis.document?.baseURI;
    return this.#perTicker ? tickerUrl(this.endpoint, tickers[0] ?? '', base) : snapshotUrl(this.endpoint, tickers, base);
  }

  /** Whether every one of these tickers is being fetched now. */
  fetching(tickers: readonly string[]): boolean {
    return tickers.every((t) => this.#inflight.get(t)?.live);
  }

  /** What the cache holds for these tickers, fresh or not; `undefined` unless it holds all of them. */
  peek(tickers: readonly string[], maxAge = ANY_AGE): Snapshot | undefined {
    if (!tickers.every((t) => this.#cache.has(t))) return undefined;
    const now = Date.now();
    const { data, fetchedAt } = this.#cache.assemble(tickers);
    return { data, fetchedAt, fresh: tickers.every((t) => this.#cache.fresh(t, maxAge, now)) };
  }

  /**
   * Data for `tickers`: from the cache where fresh, otherwise fetched (in a
   * shared, batched request). Rejects only when `signal` aborts.
   */
  async load(tickers: readonly string[], options: LoadOptions = {}): Promise<LoadResult> {
    const { signal, maxAge = ANY_AGE } = options;
    const timeout = Math.min(options.timeout ?? DEFAULT_TIMEOUT_MS, MAX_DELAY);
    const now = Date.now();
    const stale = tickers.filter((t) => !this.#cache.fresh(t, maxAge, now));
    const joining = new Set<Flight<Ticket>>();
    const queued: string[] = [];
    let failure: SnapshotRequestError | undefined;
    // The tickers a failure leaves without new data.
    const failed = new Set<string>();
    for (const ticker of stale) {
      const flight = this.#inflight.get(ticker);
      const blocked = this.#cache.blocked(ticker, maxAge, now);
      if (flight?.live) joining.add(flight);
      else if (blocked) {
        failure = blocked;
        failed.add(ticker);
      } else queued.push(ticker);
    }
    const ticket: Ticket = { tickers: queued, signal, timeout, reload: maxAge !== ANY_AGE, flights: new Set(), gone: false };
    for (const flight of joining) this.#join(flight, ticket);
    const leave = () => {
      ticket.gone = true;
      ticket.flights.forEach((flight) => flight.leave(ticket));
    };
    signal?.addEventListener('abort', leave, { once: true });
    // The caller's own patience: it gives up at its deadline, even on a request another caller started.
    const expiry = new AbortController();
    const timer = setTimeout(() => expiry.abort(timeoutError(timeout)), timeout);

    try {
      // The batch joins the ticket to the requests it starts or shares.
      if (queued.length) await until(this.#batch.add(ticket), signal, expiry.signal);
      const flights = [...ticket.flights];
      const stored = flights.map((f) => this.#stored.get(f) ?? Promise.resolve());
      const outcomes = await until(Promise.allSettled(stored), signal, expiry.signal);
      outcomes.forEach((outcome, i) => {
        if (outcome.status === 'fulfilled') return;
        const reason: unknown = outcome.reason;
        failure = reason instanceof SnapshotRequestError ? reason : new SnapshotRequestError('network', String(reason));
        for (const t of this.#tickersOf.get(flights[i]) ?? []) failed.add(t);
      });
    } catch (error) {
      if (signal?.aborted || !(error instanceof SnapshotRequestError)) throw error;
      // Given up while its request waits to try again: the endpoint's last answer, not "no response".
      failure = (error.kind === 'timeout' && [...ticket.flights].find((f) => f.between)?.between) || error;
      leave();
      this.#cache.block(stale, error, timeout, failure);
      for (const t of stale) failed.add(t);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', leave);
    }
    const result: LoadResult = this.#cache.assemble(tickers);
    if (failure) {
      result.failure = failure;
      result.failed = tickers.filter((t) => failed.has(t));
    }
    return result;
  }

  #join(flight: Flight<Ticket>, ticket: Ticket): void {
    flight.join(ticket, ticket.timeout);
    ticket.flights.add(flight);
  }

  #flush(tickets: Ticket[]): void {
    const live = tickets.filter((t) => !t.gone && !t.signal?.aborted);
    const started = new Set<string>();
    // Tickers another request started fetching meanwhile are shared with it.
    for (const ticket of live) {
      for (const ticker of ticket.tickers) {
        const flight = this.#inflight.get(ticker);
        if (flight?.live) {
          this.#join(flight, ticket);
          started.add(ticker);
        }
      }
    }
    const wanted = [...new Set(live.flatMap((t) => t.tickers))].filter((t) => !started.has(t)).sort();
    const size = this.#perTicker ? 1 : Math.floor(setting('batchSize'));
    for (const chunk of chunks(wanted, size)) {
      this.#start(
        chunk,
        live.filter((ticket) => ticket.tickers.some((t) => chunk.includes(t))),
      );
    }
  }

  #start(tickers: string[], waiters: Ticket[]): void {
    const options = { single: this.#perTicker, reload: waiters.some((t) => t.reload), fetch: this.#fetch };
    const flight: Flight<Ticket> = new Flight(this.url(tickers), options, () => {
      // Gone from the map at once, so that nobody joins a request that is being torn down.
      for (const ticker of tickers) if (this.#inflight.get(ticker) === flight) this.#inflight.delete(ticker);
    });
    for (const ticket of waiters) this.#join(flight, ticket);
    for (const ticker of tickers) this.#inflight.set(ticker, flight);
    this.#tickersOf.set(flight, tickers);
    const stored = flight.done.then(
      ({ data, maxAge, fetchedAt }) => this.#cache.store(tickers, data, maxAge ?? setting('maxAge'), fetchedAt),
      (error: unknown) => this.#failed(flight, tickers, error),
    );
    // Callers may all have gone; the outcome is in the cache either way.
    stored.catch(() => {});
    this.#stored.set(flight, stored);
  }

  #failed(flight: Flight<Ticket>, tickers: string[], error: unknown): void {
    if (this.#perTicker && error instanceof SnapshotRequestError && error.status === 404) {
      // A static file that does not exist: that ticker is unknown.
      const unknown = { items: [], errors: [{ ticker: tickers[0], code: 'not_found' as const }] };
      return this.#cache.store(tickers, unknown, setting('maxAge'), Date.now());
    }
    // Given up while waiting out a Retry-After: nobody asks again before it is over (except a refresh).
    if (flight.waitingOut) this.#cache.block(tickers, flight.waitingOut, 0);
    // Timed out (in a request or between retries): later first loads of these tickers fail fast for a while.
    else if (flight.signal.reason instanceof SnapshotRequestError) this.#cache.block(tickers, flight.signal.reason, flight.patience, error);
    // The endpoint's last answer (a Retry-After longer than we would wait blocks until it is over).
    else this.#cache.block(tickers, error, 0);
    throw error;
  }
}

const clients = new Map<string, EndpointClient>();

/** The page-wide client for an endpoint; two spellings of one URL share a client. */
export function clientFor(endpoint: string): EndpointClient {
  let key = endpoint;
  if (!endpoint.includes(TICKER_PLACEHOLDER)) {
    try {
      key = new URL(endpoint, globalThis.document?.baseURI).href;
    } catch {
      // Not a URL: the client reports it as a config error.
    }
  }
  let client = clients.get(key);
  if (!client) {
    client = new EndpointClient(endpoint);
    clients.set(key, client);
  }
  return client;
}
