import { SnapshotRequestError } from './request.js';
import type { SnapshotData, SnapshotItem, TickerError } from './types.js';

/**
 * What the page knows per ticker, and when not to ask for it.
 *
 * - Freshness: an entry is fresh for the response's `max-age` (else the
 *   page's `maxAge`), and no longer than the caller allows; stale entries
 *   stay available to show while they are fetched again.
 * - Blocking: after a failure, requests for the same tickers fail fast for a
 *   while, so that a hung or overloaded endpoint is not hammered by every
 *   element that scrolls into view: until the endpoint's `Retry-After` (for
 *   everything but an explicit refresh), or for as long as the timeout after
 *   a timeout (for first loads only: the next refresh tries again).
 */

interface Entry {
  value: { item: SnapshotItem } | { error: TickerError };
  /** When it was fetched (ms since the epoch). */
  fetchedAt: number;
  /** Seconds it stays fresh. */
  maxAge: number;
  provider?: string;
  asOf?: string;
  lang?: string;
}

interface Block {
  until: number;
  error: SnapshotRequestError;
  /** Retry-After: only an explicit refresh goes through. */
  hard: boolean;
}

/** `maxAge` of a caller that takes any stored copy (a first load). */
export const ANY_AGE = Infinity;
/** `maxAge` of a caller that wants data newer than any stored copy (refresh()). */
export const NO_AGE = 0;

export interface Assembled {
  /** The records for the tickers asked for, in their order. */
  data: SnapshotData;
  /** When the oldest of them is from: its response's `asOf`, else when it was fetched (0 when none is stored). */
  fetchedAt: number;
  /** Tickers with nothing stored. */
  missing: string[];
}

export class SnapshotCache {
  readonly #entries = new Map<string, Entry>();
  readonly #blocks = new Map<string, Block>();

  has(ticker: string): boolean {
    return this.#entries.has(ticker);
  }

  /** Whether the entry is younger than its own max-age and than `maxAge` (seconds). */
  fresh(ticker: string, maxAge: number, now = Date.now()): boolean {
    const entry = this.#entries.get(ticker);
    return !!entry && now - entry.fetchedAt < Math.min(entry.maxAge, maxAge) * 1000;
  }

  /** The failure a caller asking with `maxAge` gets at once instead of a request, if any. */
  blocked(ticker: string, maxAge: number, now = Date.now()): SnapshotRequestError | undefined {
    const block = this.#blocks.get(ticker);
    if (!block || block.until <= now) return undefined;
    return (block.hard ? maxAge !== NO_AGE : maxAge === ANY_AGE) ? block.error : undefined;
  }

  /**
   * After `error`: a Retry-After blocks until it is over; a timeout blocks first loads for `timeout` ms.
   * Those blocked are told `reported` (the endpoint's last answer, when the time ran out waiting to retry it).
   */
  block(tickers: readonly string[], error: unknown, timeout: number, reported = error): void {
    if (!(error instanceof SnapshotRequestError)) return;
    const hard = error.retryAfter !== undefined;
    const wait = hard ? error.retryAfter : error.kind === 'timeout' ? timeout : 0;
    if (wait <= 0) return;
    const until = Date.now() + wait;
    for (const ticker of tickers) this.#blocks.set(ticker, { until, error: reported as SnapshotRequestError, hard });
  }

  /** Stores a response for the tickers it was asked for; a ticker it leaves out is `unavailable`. */
  store(tickers: readonly string[], data: SnapshotData, maxAge: number, fetchedAt: number): void {
    const meta = { fetchedAt, maxAge, provider: data.provider, asOf: data.asOf, lang: data.lang };
    const items = new Map(data.items.map((item) => [item.ticker, item]));
    const errors = new Map(data.errors.map((error) => [error.ticker, error]));
    for (const ticker of tickers) {
      const error = errors.get(ticker);
      const item = items.get(ticker);
      const value = error ? { error } : item ? { item } : { error: { ticker, code: 'unavailable' as const } };
      this.#entries.set(ticker, { value, ...meta });
      this.#blocks.delete(ticker);
    }
  }

  /** What is stored for `tickers`. */
  assemble(tickers: readonly string[]): Assembled {
    const data: SnapshotData = { items: [], errors: [] };
    const missing: string[] = [];
    let fetchedAt = Infinity;
    const langs = new Set<string | undefined>();
    for (const ticker of tickers) {
      const entry = this.#entries.get(ticker);
      if (!entry) {
        missing.push(ticker);
        continue;
      }
      // From when its response says it was assembled (asOf), else when it came; never later than it came.
      fetchedAt = Math.min(fetchedAt, Date.parse(entry.asOf ?? '') || Infinity, entry.fetchedAt);
      data.provider ??= entry.provider;
      data.asOf ??= entry.asOf;
      langs.add(entry.lang);
      if ('item' in entry.value) data.items.push(entry.value.item);
      else data.errors.push(entry.value.error);
    }
    if (!data.provider) delete data.provider;
    if (!data.asOf) delete data.asOf;
    // The language of the texts, when the responses they came from agree on one; else none is claimed.
    const [lang] = langs;
    if (langs.size === 1 && lang) data.lang = lang;
    return { data, fetchedAt: Number.isFinite(fetchedAt) ? fetchedAt : 0, missing };
  }
}
