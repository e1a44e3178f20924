import { setting } from '../config.js';
import { DEFAULT_TIMEOUT_MS, SnapshotRequestError, TICKER_PLACEHOLDER, fetchSnapshot, snapshotUrl, tickerUrl } from './request.js';
import type { SnapshotData, SnapshotItem, TickerError } from './types.js';

/**
 * The page-wide data client: one per endpoint, shared by every element.
 *
 * - Batching: tickers asked for in the same task are fetched together, the
 *   sorted union split into the fewest requests of at most `batchSize`.
 * - Sharing: a ticker already being fetched is not asked for again.
 * - Cache: per ticker, fresh for the response's `max-age` (else `maxAge`);
 *   stale entries stay available to show while they are fetched again.
 * - Faults: retries with full-jitter backoff on network errors, 408, 429 and
 *   5xx, honouring `Retry-After`; a timed-out request is not retried.
 * - Abort: a request is aborted when no caller waits for it any more.
 */

interface CacheEntry {
  value: { item: SnapshotItem } | { error: TickerError };
  /** When it was fetched (ms since the epoch). */
  fetchedAt: number;
  /** Seconds it stays fresh. */
  maxAge: number;
  provider?: string;
  asOf?: string;
}

/** What a caller waits for. */
interface Ticket {
  /** Tickers to fetch in the next batch. */
  tickers: readonly string[];
  signal?: AbortSignal;
  timeout: number;
  /** Whether the caller wants data newer than any stored copy (refresh). */
  reload: boolean;
  /** The requests it waits for, so that it can leave them all, even one started for it a moment ago. */
  flights: Set<Flight>;
}

/**
 * One HTTP request with its retries. It lasts as long as its most patient
 * waiter: each waiter that joins may push its deadline out, and a waiter
 * with a shorter timeout gives up on its own without cutting it short.
 */
class Flight {
  readonly controller = new AbortController();
  readonly waiters = new Set<Ticket>();
  settled = false;
  done!: Promise<void>;
  /** Milliseconds its most patient waiter allows (from when that waiter joined). */
  timeout = 0;
  #deadline = 0;
  #timer?: ReturnType<typeof setTimeout>;
  constructor(
    readonly tickers: readonly string[],
    /** Bypass the browser's HTTP cache (refreshes must not get a stored copy). */
    readonly reload: boolean,
    private readonly abandoned: (flight: Flight) => void,
  ) {}

  get live(): boolean {
    return !this.settled && !this.controller.signal.aborted;
  }

  join(ticket: Ticket): void {
    this.waiters.add(ticket);
    ticket.flights.add(this);
    const deadline = Date.now() + ticket.timeout;
    if (deadline <= this.#deadline || !this.live) return;
    this.#deadline = deadline;
    this.timeout = ticket.timeout;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(
      () => this.controller.abort(new SnapshotRequestError('timeout', `No response within ${ticket.timeout / 1000} s.`)),
      ticket.timeout,
    );
  }

  /** Settled or aborted: its timer goes. */
  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  leave(ticket: Ticket): void {
    this.waiters.delete(ticket);
    if (!this.waiters.size && this.live) {
      this.stop();
      this.controller.abort();
      // Gone at once, so that nobody joins a request that is being torn down.
      this.abandoned(this);
    }
  }
}

interface Queue {
  tickets: Ticket[];
  flushed: Promise<void>;
}

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before a request is given up. */
  timeout?: number;
  /** Seconds: entries older than this are fetched again even if still fresh by their own max-age. */
  maxAge?: number;
}

export interface Snapshot {
  /** The cached records for the tickers asked for. */
  data: SnapshotData;
  /** When the oldest of them was fetched. */
  fetchedAt: number;
  /** Whether all of them are fresh. */
  fresh: boolean;
}

export interface LoadResult extends Snapshot {
  /** Set when a request failed: its tickers are shown from older data, or missing. */
  failure?: SnapshotRequestError;
  /** Tickers with no data at all. */
  missing: string[];
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    // The signal's own reason: an AbortError, unless the caller gave another.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    const abort = () => reject(signal.reason);
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the signal's own reason, as above
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', abort);
      resolve();
    }, ms);
    signal.addEventListener('abort', abort, { once: true });
  });
}

/** Milliseconds to wait before retry `attempt` (0-based), or `undefined` to give up. */
export function retryDelay(error: unknown, attempt: number, random = Math.random): number | undefined {
  if (!(error instanceof SnapshotRequestError)) return undefined;
  const { kind, status = 0, retryAfter } = error;
  const retryable = kind === 'network' || (kind === 'http' && (status === 408 || status === 429 || status >= 500));
  if (!retryable || attempt >= setting('retries')) return undefined;
  const cap = setting('retryMaxDelay') * 1000;
  // Full jitter: random(0, min(cap, base · 2^attempt)).
  const backoff = random() * Math.min(cap, setting('retryBaseDelay') * 1000 * 2 ** attempt);
  if (retryAfter === undefined) return backoff;
  // Honour Retry-After, unless it asks for longer than we would ever wait.
  return retryAfter > cap ? undefined : Math.max(backoff, retryAfter);
}

export class EndpointClient {
  readonly #cache = new Map<string, CacheEntry>();
  readonly #inflight = new Map<string, Flight>();
  /** Tickers not to ask for before `until`: hard for Retry-After, soft after a timeout. */
  readonly #blocked = new Map<string, { until: number; error: SnapshotRequestError; hard: boolean }>();
  #queue?: Queue;
  readonly #perTicker: boolean;

  constructor(readonly endpoint: string) {
    this.#perTicker = endpoint.includes(TICKER_PLACEHOLDER);
  }

  /** The URL a set of tickers is fetched from (throws a `config` error for a bad endpoint). */
  url(tickers: readonly string[]): string {
    const base = globalThis.document?.baseURI;
    return this.#perTicker ? tickerUrl(this.endpoint, tickers[0] ?? '', base) : snapshotUrl(this.endpoint, tickers, base);
  }

  #fresh(ticker: string, maxAge: number, now: number): boolean {
    const entry = this.#cache.get(ticker);
    return !!entry && now - entry.fetchedAt < Math.min(entry.maxAge, maxAge) * 1000;
  }

  /** What the cache holds for these tickers, fresh or not; `undefined` unless it holds all of them. */
  peek(tickers: readonly string[], maxAge = Infinity): Snapshot | undefined {
    const now = Date.now();
    if (!tickers.every((t) => this.#cache.has(t))) return undefined;
    return { ...this.#assemble(tickers), fresh: tickers.every((t) => this.#fresh(t, maxAge, now)) };
  }

  #assemble(tickers: readonly string[]): Omit<Snapshot, 'fresh'> & { missing: string[] } {
    const data: SnapshotData = { items: [], errors: [] };
    const missing: string[] = [];
    let fetchedAt = Infinity;
    for (const ticker of tickers) {
      const entry = this.#cache.get(ticker);
      if (!entry) {
        missing.push(ticker);
        continue;
      }
      fetchedAt = Math.min(fetchedAt, entry.fetchedAt);
      data.provider ??= entry.provider;
      data.asOf ??= entry.asOf;
      if ('item' in entry.value) data.items.push(entry.value.item);
      else data.errors.push(entry.value.error);
    }
    if (!data.provider) delete data.provider;
    if (!data.asOf) delete data.asOf;
    return { data, fetchedAt: Number.isFinite(fetchedAt) ? fetchedAt : 0, missing };
  }

  /**
   * Data for `tickers`: from the cache where fresh, otherwise fetched (in a
   * shared, batched request). Rejects only when `signal` aborts.
   */
  async load(tickers: readonly string[], options: LoadOptions = {}): Promise<LoadResult> {
    const { signal, maxAge = Infinity } = options;
    // Timers take at most 2^31 - 1 ms (about 24.8 days); a longer delay would fire at once.
    const timeout = Math.min(options.timeout ?? DEFAULT_TIMEOUT_MS, 2 ** 31 - 1);
    const now = Date.now();
    const stale = tickers.filter((t) => !this.#fresh(t, maxAge, now));
    const joining = new Set<Flight>();
    const queued: string[] = [];
    let failure: SnapshotRequestError | undefined;
    for (const ticker of stale) {
      const flight = this.#inflight.get(ticker);
      const blocked = this.#blocked.get(ticker);
      if (flight?.live) joining.add(flight);
      else if (blocked && blocked.until > now && (blocked.hard ? maxAge !== 0 : maxAge === Infinity)) {
        failure = blocked.error;
      } else queued.push(ticker);
    }
    const ticket: Ticket = { tickers: queued, signal, timeout, reload: maxAge !== Infinity, flights: new Set() };
    for (const flight of joining) flight.join(ticket);
    const leave = () => ticket.flights.forEach((flight) => flight.leave(ticket));
    signal?.addEventListener('abort', leave, { once: true });
    // Each caller keeps its own timeout, even when it joins a request another started.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new SnapshotRequestError('timeout', `No response within ${timeout / 1000} s.`)), timeout);
    });
    expired.catch(() => {});

    try {
      // The batch joins the ticket to the requests it starts or shares.
      if (queued.length) await Promise.race([abortable(this.#enqueue(ticket), signal), expired]);
      const outcomes = await Promise.race([abortable(Promise.allSettled([...ticket.flights].map((f) => f.done)), signal), expired]);
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') {
          failure =
            outcome.reason instanceof SnapshotRequestError ? outcome.reason : new SnapshotRequestError('network', String(outcome.reason));
          break;
        }
      }
    } catch (error) {
      if (signal?.aborted || !(error instanceof SnapshotRequestError)) throw error;
      failure = error;
      leave();
      this.#block(stale, error, timeout);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', leave);
    }
    const result = { ...this.#assemble(tickers), fresh: !failure } as LoadResult;
    if (failure) result.failure = failure;
    return result;
  }

  /** Adds a ticket to the batch of this task; resolves once the batch is sent (the ticket has joined its requests). */
  #enqueue(ticket: Ticket): Promise<void> {
    if (!this.#queue) {
      const tickets: Ticket[] = [];
      const flushed = new Promise<void>((resolve) => {
        // A macrotask, so that every element updating in this task joins the batch.
        setTimeout(() => {
          this.#queue = undefined;
          resolve(this.#flush(tickets));
        });
      });
      this.#queue = { tickets, flushed };
    }
    this.#queue.tickets.push(ticket);
    return this.#queue.flushed;
  }

  #flush(tickets: Ticket[]): void {
    const live = tickets.filter((t) => !t.signal?.aborted);
    const started = new Map<string, Flight>();
    // Tickers another request started fetching meanwhile are shared with it.
    for (const ticket of live) {
      for (const ticker of ticket.tickers) {
        const flight = this.#inflight.get(ticker);
        if (flight?.live) {
          flight.join(ticket);
          started.set(ticker, flight);
        }
      }
    }
    const wanted = [...new Set(live.flatMap((t) => t.tickers))].filter((t) => !started.has(t)).sort();
    const size = this.#perTicker ? 1 : Math.floor(setting('batchSize'));
    for (let i = 0; i < wanted.length; i += size) {
      const chunk = wanted.slice(i, i + size);
      const waiters = live.filter((ticket) => ticket.tickers.some((t) => chunk.includes(t)));
      const flight = new Flight(
        chunk,
        waiters.some((t) => t.reload),
        (f) => this.#release(f),
      );
      for (const ticket of waiters) flight.join(ticket);
      for (const ticker of chunk) {
        this.#inflight.set(ticker, flight);
        started.set(ticker, flight);
      }
      flight.done = this.#run(flight);
      // Callers may all have gone; the outcome is in the cache either way.
      flight.done.catch(() => {});
    }
  }

  #release(flight: Flight): void {
    for (const ticker of flight.tickers) {
      if (this.#inflight.get(ticker) === flight) this.#inflight.delete(ticker);
    }
  }

  async #run(flight: Flight): Promise<void> {
    const { signal } = flight.controller;
    /** The endpoint's Retry-After, while the request waits it out. */
    let waitingOut: SnapshotRequestError | undefined;
    try {
      for (let attempt = 0; ; attempt++) {
        const startedAt = Date.now();
        try {
          // The flight's own deadline times it out (see Flight.join).
          const { data, maxAge } = await fetchSnapshot(this.url(flight.tickers), {
            signal,
            timeout: Infinity,
            single: this.#perTicker,
            reload: flight.reload,
          });
          this.#store(flight.tickers, data, maxAge ?? setting('maxAge'), startedAt);
          return;
        } catch (error) {
          if (signal.aborted) throw error;
          if (this.#perTicker && error instanceof SnapshotRequestError && error.status === 404) {
            // A static file that does not exist: that ticker is unknown.
            const unknown = { items: [], errors: [{ ticker: flight.tickers[0], code: 'not_found' as const }] };
            this.#store(flight.tickers, unknown, setting('maxAge'), startedAt);
            return;
          }
          const wait = retryDelay(error, attempt);
          if (wait === undefined) {
            this.#block(flight.tickers, error, 0);
            throw error;
          }
          waitingOut = error instanceof SnapshotRequestError && error.retryAfter !== undefined ? error : undefined;
          await sleep(wait, signal);
          waitingOut = undefined;
        }
      }
    } catch (error) {
      // Given up while waiting out a Retry-After: nobody asks again before it is over (except refresh()).
      if (waitingOut) this.#block(flight.tickers, waitingOut, 0);
      // Timed out (in a request or between retries): later first loads of these tickers fail fast for a while.
      else if (signal.reason instanceof SnapshotRequestError) this.#block(flight.tickers, signal.reason, flight.timeout);
      throw error;
    } finally {
      flight.settled = true;
      flight.stop();
      this.#release(flight);
    }
  }

  /**
   * After a failure, requests for the same tickers fail fast for a while, so
   * that a hung or overloaded endpoint is not hammered by every element that
   * scrolls into view: until the endpoint's Retry-After (for everything but an
   * explicit `refresh()`), or for as long as a timeout after a timeout (for
   * first loads only: the next refresh tries again).
   */
  #block(tickers: readonly string[], error: unknown, timeout: number): void {
    if (!(error instanceof SnapshotRequestError)) return;
    const hard = error.retryAfter !== undefined;
    const wait = hard ? error.retryAfter : error.kind === 'timeout' ? timeout : 0;
    if (wait <= 0) return;
    for (const ticker of tickers) this.#blocked.set(ticker, { until: Date.now() + wait, error, hard });
  }

  #store(tickers: readonly string[], data: SnapshotData, maxAge: number, fetchedAt: number): void {
    const meta = { fetchedAt, maxAge, provider: data.provider, asOf: data.asOf };
    const items = new Map(data.items.map((item) => [item.ticker, item]));
    const errors = new Map(data.errors.map((error) => [error.ticker, error]));
    for (const ticker of tickers) {
      const error = errors.get(ticker);
      const item = items.get(ticker);
      const value = error ? { error } : item ? { item } : { error: { ticker, code: 'unavailable' as const } };
      this.#cache.set(ticker, { value, ...meta });
      this.#blocked.delete(ticker);
    }
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
